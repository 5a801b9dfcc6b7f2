package org.readinglist.ui.transfer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/** The bar at the foot of the window while an import or export runs: what, how far, and Cancel. */
public final class TransferView {

    private final TransferViewModel viewModel;

    @FXML
    private HBox transferBar;
    @FXML
    private Label transferText;
    @FXML
    private ProgressBar transferProgress;
    @FXML
    private Button cancelButton;

    public TransferView(TransferViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        transferBar.visibleProperty().bind(viewModel.runningProperty());
        transferBar.managedProperty().bind(transferBar.visibleProperty());
        transferText.textProperty().bind(viewModel.textProperty());
        transferProgress.progressProperty().bind(viewModel.progressProperty());
        cancelButton.disableProperty().bind(viewModel.cancellableProperty().not());
    }

    /** Whether an import or export runs: the menu items that start one wait meanwhile. */
    public ReadOnlyBooleanProperty runningProperty() {
        return viewModel.runningProperty();
    }

    public void importFile() {
        viewModel.importFile();
    }

    public void export() {
        viewModel.export();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }
}
