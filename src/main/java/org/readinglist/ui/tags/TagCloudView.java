package org.readinglist.ui.tags;

import java.util.List;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.readinglist.model.TagMatch;

/** The tag cloud pane: the cloud with its filter field and "show more", the all/any switch and "Clear". */
public final class TagCloudView {

    private final TagCloudViewModel viewModel;

    @FXML
    private ResourceBundle resources;
    @FXML
    private TagCloud tagCloud;
    @FXML
    private ToggleButton matchAllButton;
    @FXML
    private ToggleButton matchAnyButton;
    @FXML
    private ToggleGroup matchGroup;
    @FXML
    private Button clearButton;
    @FXML
    private TextField filterField;
    @FXML
    private ScrollPane tagScroll;
    @FXML
    private Label noteLabel;
    @FXML
    private Button showMoreButton;

    public TagCloudView(TagCloudViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        tagCloud.setItems(viewModel.items());
        tagCloud.setOnToggle(viewModel::toggle);
        tagCloud.setMenuItems(tag -> {
            MenuItem rename = new MenuItem(resources.getString("tags.rename"));
            rename.setOnAction(event -> askRename(tag));
            MenuItem delete = new MenuItem(resources.getString("tags.delete"));
            delete.setOnAction(event -> viewModel.delete(tag));
            return List.of(rename, delete);
        });
        clearButton.disableProperty().bind(viewModel.hasSelectionProperty().not());
        filterField.textProperty().bindBidirectional(viewModel.filterTextProperty());
        filterField.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && !filterField.getText().isEmpty()) {
                viewModel.clearFilter();
                event.consume();
            }
        });
        // the matches start at the top of the cloud, so show the top
        viewModel.filterTextProperty().addListener((obs, old, now) -> tagScroll.setVvalue(0));
        noteLabel.textProperty().bind(viewModel.noteProperty());
        noteLabel.visibleProperty().bind(viewModel.noteProperty().isNotEmpty());
        noteLabel.managedProperty().bind(noteLabel.visibleProperty());
        showMoreButton.textProperty().bind(viewModel.showMoreTextProperty());
        showMoreButton.visibleProperty().bind(viewModel.canShowMoreProperty());
        showMoreButton.managedProperty().bind(showMoreButton.visibleProperty());
        matchAllButton.setUserData(TagMatch.ALL);
        matchAnyButton.setUserData(TagMatch.ANY);
        selectMatchButton(viewModel.tagMatchProperty().get());
        viewModel.tagMatchProperty().addListener((obs, old, now) -> selectMatchButton(now));
        matchGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one of the two is always on
            } else {
                viewModel.tagMatchProperty().set((TagMatch) now.getUserData());
            }
        });
    }

    private void askRename(String tag) {
        TextInputDialog dialog = new TextInputDialog(tag);
        dialog.initOwner(tagCloud.getScene().getWindow());
        dialog.setTitle(resources.getString("tags.renameTitle"));
        dialog.setHeaderText(viewModel.renameHeader(tag));
        dialog.setContentText(resources.getString("tags.renameLabel"));
        dialog.getDialogPane().getStylesheets().setAll(tagCloud.getScene().getStylesheets());
        dialog.getDialogPane().getStylesheets().addAll(tagCloud.getScene().getRoot().getStylesheets());
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(Bindings.createBooleanBinding(
                () -> viewModel.tagName(dialog.getEditor().getText()).isEmpty(), dialog.getEditor().textProperty()));
        // the name is ready to be typed over
        dialog.setOnShown(event -> Platform.runLater(() -> {
            dialog.getEditor().requestFocus();
            dialog.getEditor().selectAll();
        }));
        dialog.showAndWait().ifPresent(name -> viewModel.rename(tag, name));
    }

    private void selectMatchButton(TagMatch match) {
        (match == TagMatch.ANY ? matchAnyButton : matchAllButton).setSelected(true);
    }

    @FXML
    private void clear() {
        viewModel.clear();
    }

    @FXML
    private void showMore() {
        viewModel.showMore();
        if (!viewModel.canShowMoreProperty().get()) {
            filterField.requestFocus(); // the button is gone; the note points to the filter
        }
    }
}
