package org.readinglist.ui.feeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.readinglist.i18n.Messages;

/**
 * The Feeds window, built from Feeds.fxml around a fresh view model each time it opens. It does not block the main
 * window: articles a refresh brings show there while it is open.
 */
public final class FeedsDialog {

    private final Supplier<FeedsViewModel> viewModels;
    private final Supplier<Window> owner;
    private final String stylesheet;
    private final Messages messages;
    private Dialog<ButtonType> open;
    private FeedsViewModel openModel;

    public FeedsDialog(Supplier<FeedsViewModel> viewModels, Supplier<Window> owner, String stylesheet,
                       Messages messages) {
        this.viewModels = viewModels;
        this.owner = owner;
        this.stylesheet = stylesheet;
        this.messages = messages;
    }

    /** Opens the window, or brings the open one to the front. */
    public void show() {
        if (open != null && open.isShowing()) {
            open.getDialogPane().getScene().getWindow().requestFocus();
            return;
        }
        FeedsViewModel viewModel = viewModels.get();
        FXMLLoader loader = new FXMLLoader(FeedsDialog.class.getResource("/fxml/Feeds.fxml"), messages.bundle());
        loader.setControllerFactory(type -> new FeedsView(viewModel, messages, stylesheet));
        Parent content;
        try {
            content = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("feeds.title"));
        dialog.initOwner(owner.get());
        dialog.initModality(Modality.NONE);
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStylesheets().add(stylesheet);
        dialog.setOnHidden(event -> {
            open = null;
            openModel = null;
        });
        viewModel.reload();
        open = dialog;
        openModel = viewModel;
        dialog.show();
        // a resizable dialog opens at its content's minimum size; the table's columns want the preferred one
        dialog.setWidth(Math.max(dialog.getWidth(), content.prefWidth(-1) + 40));
        dialog.setHeight(Math.max(dialog.getHeight(), content.prefHeight(-1) + 80));
    }

    /** Reads the feeds again in the open window, if one is open (a refresh changed what it shows). */
    public void reloadIfOpen() {
        if (openModel != null) {
            openModel.reload();
        }
    }
}
