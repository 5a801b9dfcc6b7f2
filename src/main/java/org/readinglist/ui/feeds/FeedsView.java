package org.readinglist.ui.feeds;

import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.readinglist.feeds.FeedLookup;
import org.readinglist.i18n.Messages;

/** The content of the Feeds window; its one button (Close) belongs to the dialog. */
public final class FeedsView {

    private final FeedsViewModel viewModel;
    private final Messages messages;
    private final String stylesheet;

    @FXML
    private TextField addressField;
    @FXML
    private Button followButton;
    @FXML
    private VBox offeredBox;
    @FXML
    private ListView<FeedLookup.Offered> offeredList;
    @FXML
    private Button followOfferedButton;
    @FXML
    private TableView<FeedsViewModel.Row> feedTable;
    @FXML
    private TableColumn<FeedsViewModel.Row, String> nameColumn;
    @FXML
    private TableColumn<FeedsViewModel.Row, String> addressColumn;
    @FXML
    private TableColumn<FeedsViewModel.Row, String> articlesColumn;
    @FXML
    private TableColumn<FeedsViewModel.Row, String> refreshedColumn;
    @FXML
    private TableColumn<FeedsViewModel.Row, String> problemColumn;
    @FXML
    private Button renameButton;
    @FXML
    private Button pauseButton;
    @FXML
    private Button removeButton;
    @FXML
    private Label statusLabel;

    public FeedsView(FeedsViewModel viewModel, Messages messages, String stylesheet) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.stylesheet = stylesheet;
    }

    @FXML
    private void initialize() {
        addressField.textProperty().bindBidirectional(viewModel.addressProperty());
        addressField.setOnAction(event -> viewModel.follow());
        followButton.disableProperty().bind(viewModel.canFollowProperty().not());
        offeredList.setItems(viewModel.offered());
        offeredList.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(FeedLookup.Offered item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : (item.title().isBlank() ? item.url() : item.title() + " — " + item.url()));
            }
        });
        offeredBox.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.offered()));
        offeredBox.managedProperty().bind(offeredBox.visibleProperty());
        followOfferedButton.disableProperty().bind(offeredList.getSelectionModel().selectedItemProperty().isNull()
                .or(viewModel.busyProperty()));
        offeredList.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                followOffered();
            }
        });

        nameColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        addressColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().url()));
        articlesColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().articles()));
        refreshedColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().lastRefresh()));
        problemColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().problem()));
        feedTable.setItems(viewModel.rows());
        feedTable.getSelectionModel().selectedItemProperty().addListener(
                (obs, old, now) -> viewModel.selectedProperty().set(now));
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now != feedTable.getSelectionModel().getSelectedItem()) {
                feedTable.getSelectionModel().select(now);
            }
            pauseButton.setText(messages.get(now != null && now.feed().paused() ? "feeds.resume" : "feeds.pause"));
        });
        renameButton.disableProperty().bind(viewModel.hasSelectionProperty().not());
        pauseButton.disableProperty().bind(viewModel.hasSelectionProperty().not());
        removeButton.disableProperty().bind(viewModel.hasSelectionProperty().not());
        statusLabel.textProperty().bind(viewModel.statusProperty());
    }

    @FXML
    private void follow() {
        viewModel.follow();
    }

    @FXML
    private void followOffered() {
        FeedLookup.Offered picked = offeredList.getSelectionModel().getSelectedItem();
        if (picked != null && !viewModel.busyProperty().get()) {
            viewModel.follow(picked);
        }
    }

    @FXML
    private void rename() {
        FeedsViewModel.Row row = viewModel.selectedProperty().get();
        if (row == null) {
            return;
        }
        TextField name = new TextField(row.name());
        TextField company = new TextField(row.feed().company());
        TextField tags = new TextField(String.join(", ", row.feed().tags()));
        GridPane grid = new GridPane();
        grid.getStyleClass().add("feed-rename");
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, labelFor(name, "feeds.rename.name"), name);
        grid.addRow(1, labelFor(company, "feeds.rename.company"), company);
        grid.addRow(2, labelFor(tags, "feeds.rename.tags"), tags);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("feeds.rename.title"));
        dialog.initOwner(feedTable.getScene().getWindow());
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getStylesheets().add(stylesheet);
        ButtonType save = new ButtonType(messages.get("feeds.rename.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(name.textProperty().isEmpty());
        dialog.setOnShown(event -> name.requestFocus());
        if (dialog.showAndWait().filter(save::equals).isPresent()) {
            viewModel.describeSelected(name.getText(), company.getText(), tags.getText());
        }
    }

    private Label labelFor(TextField field, String key) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        label.setMnemonicParsing(true);
        return label;
    }

    @FXML
    private void togglePause() {
        viewModel.togglePause();
    }

    @FXML
    private void remove() {
        FeedsViewModel.Row row = viewModel.selectedProperty().get();
        if (row == null) {
            return;
        }
        ButtonType keep = new ButtonType(messages.get("feeds.remove.keep"), ButtonBar.ButtonData.YES);
        ButtonType drop = new ButtonType(messages.get("feeds.remove.drop"), ButtonBar.ButtonData.NO);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, messages.format("feeds.remove.text", row.name()),
                keep, drop, ButtonType.CANCEL);
        confirm.setTitle(messages.get("feeds.remove.title"));
        confirm.setHeaderText(messages.format("feeds.remove.header", row.name()));
        confirm.initOwner(feedTable.getScene().getWindow());
        confirm.getDialogPane().getStylesheets().add(stylesheet);
        Optional<ButtonType> answer = confirm.showAndWait();
        if (answer.isPresent() && (answer.get() == keep || answer.get() == drop)) {
            viewModel.unfollowSelected(answer.get() == keep);
        }
    }

    @FXML
    private void refreshAll() {
        viewModel.refreshAll();
    }
}
