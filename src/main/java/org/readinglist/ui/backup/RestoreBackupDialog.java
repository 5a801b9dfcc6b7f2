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
import org.readinglist.i18n.Messages;

/** Builds the restore dialog from RestoreBackup.fxml around a fresh view model each time it opens. */
public final class RestoreBackupDialog {

    private final Supplier<RestoreBackupViewModel> viewModels;
    private final Supplier<Window> owner;
    private final String stylesheet;
    private final Messages messages;

    public RestoreBackupDialog(Supplier<RestoreBackupViewModel> viewModels, Supplier<Window> owner,
                               String stylesheet, Messages messages) {
        this.viewModels = viewModels;
        this.owner = owner;
        this.stylesheet = stylesheet;
        this.messages = messages;
    }

    public void show() {
        RestoreBackupViewModel viewModel = viewModels.get();
        FXMLLoader loader = new FXMLLoader(RestoreBackupDialog.class.getResource("/fxml/RestoreBackup.fxml"),
                messages.bundle());
        loader.setControllerFactory(type -> new RestoreBackupView(viewModel));
        Parent content;
        try {
            content = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("restore.title"));
        dialog.initOwner(owner.get());
        ButtonType restore = new ButtonType(messages.get("restore.button"), ButtonBar.ButtonData.OK_DONE);
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
