package org.readinglist.ui.backup;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;

/** The content of the "Restore read marks from backup" dialog; its buttons belong to the dialog. */
public final class RestoreBackupView {

    private final RestoreBackupViewModel viewModel;

    @FXML
    private Label statusLabel;
    @FXML
    private ListView<RestoreBackupViewModel.Choice> backupList;
    @FXML
    private TextArea changesArea;

    public RestoreBackupView(RestoreBackupViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        statusLabel.textProperty().bind(viewModel.statusProperty());
        backupList.setItems(viewModel.backups());
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now != backupList.getSelectionModel().getSelectedItem()) {
                backupList.getSelectionModel().select(now);
            }
        });
        backupList.getSelectionModel().selectedItemProperty().addListener(
                (obs, old, now) -> viewModel.selectedProperty().set(now));
        changesArea.textProperty().bind(viewModel.changesProperty());
    }
}
