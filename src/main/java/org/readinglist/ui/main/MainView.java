package org.readinglist.ui.main;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.readinglist.model.ShowFilter;

/** The window: notices, the search field, the Show switch, the three panes and the status line. */
public final class MainView {

    private static final KeyCombination FIND = KeyCombination.keyCombination("Shortcut+F");

    private final MainViewModel viewModel;
    private final NoticeCenter notices;

    @FXML
    private BorderPane root;
    @FXML
    private HBox noticeBar;
    @FXML
    private Label noticeText;
    @FXML
    private Button noticeCloseButton;
    @FXML
    private TextField searchField;
    @FXML
    private ToggleGroup showGroup;
    @FXML
    private ToggleButton showAllButton;
    @FXML
    private ToggleButton showUnreadButton;
    @FXML
    private ToggleButton showReadButton;
    @FXML
    private Label statusLabel;

    public MainView(MainViewModel viewModel, NoticeCenter notices) {
        this.viewModel = viewModel;
        this.notices = notices;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());

        showAllButton.setUserData(ShowFilter.ALL);
        showUnreadButton.setUserData(ShowFilter.UNREAD);
        showReadButton.setUserData(ShowFilter.READ);
        selectShowButton(viewModel.showProperty().get());
        viewModel.showProperty().addListener((obs, old, now) -> selectShowButton(now));
        showGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one choice is always on
            } else {
                viewModel.showProperty().set((ShowFilter) now.getUserData());
            }
        });

        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKeyPressed);
        root.addEventFilter(KeyEvent.KEY_TYPED, this::onKeyTyped);
        notices.attach(noticeBar, noticeText, noticeCloseButton);
    }

    private void selectShowButton(ShowFilter show) {
        switch (show) {
            case ALL -> showAllButton.setSelected(true);
            case UNREAD -> showUnreadButton.setSelected(true);
            case READ -> showReadButton.setSelected(true);
        }
    }

    private void onKeyPressed(KeyEvent event) {
        if (FIND.match(event)) {
            focusSearch();
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE && searchField.isFocused()
                && !searchField.getText().isEmpty()) {
            viewModel.clearSearch();
            event.consume();
        }
    }

    /** "/" jumps to the search field unless the user is typing somewhere. */
    private void onKeyTyped(KeyEvent event) {
        Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        if ("/".equals(event.getCharacter()) && !(focused instanceof TextInputControl)) {
            focusSearch();
            event.consume();
        }
    }

    @FXML
    private void restoreFromBackup() {
        viewModel.restoreFromBackup();
    }

    @FXML
    private void quit() {
        root.getScene().getWindow().hide();
    }

    private void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }
}
