package org.readinglist.ui.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** Builds the restore dialog from RestoreBackup.fxml around a fresh view model each time it opens. */
public final class RestoreBackupDialog {

    private final Supplier<RestoreBackupViewModel> viewModels;
    private final Supplier<Window> owner;
    private final String stylesheet;

    public RestoreBackupDialog(Supplier<RestoreBackupViewModel> viewModels, Supplier<Window> owner,
                               String stylesheet) {
        this.viewModels = viewModels;
        this.owner = owner;
        this.stylesheet = stylesheet;
    }

    public void show() {
        RestoreBackupViewModel viewModel = viewModels.get();
        FXMLLoader loader = new FXMLLoader(RestoreBackupDialog.class.getResource("/fxml/RestoreBackup.fxml"));
        loader.setControllerFactory(type -> new RestoreBackupView(viewModel));
        Parent content;
        try {
            content = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Restore read marks from backup");
        dialog.initOwner(owner.get());
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(restore, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStylesheets().add(stylesheet);
        Node restoreButton = dialog.getDialogPane().lookupButton(restore);
        restoreButton.disableProperty().bind(viewModel.canRestoreProperty().not());
        ((Button) restoreButton).setOnAction(event -> viewModel.restore());
        viewModel.refresh();
        dialog.show();
    }
}
