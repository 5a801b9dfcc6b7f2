package org.readinglist.ui.help;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import javafx.util.Callback;
import org.readinglist.i18n.Messages;

/** Help ▸ Keyboard shortcuts and Help ▸ About, each an FXML view in a plain dialog with a Close button. */
public final class HelpDialogs {

    private final Messages messages;
    private final Supplier<Window> owner;
    private final String stylesheet;

    public HelpDialogs(Messages messages, Supplier<Window> owner, String stylesheet) {
        this.messages = messages;
        this.owner = owner;
        this.stylesheet = stylesheet;
    }

    public void showShortcuts(KeyboardShortcutsView view) {
        show("/fxml/KeyboardShortcuts.fxml", type -> view, messages.get("shortcuts.title"), "shortcuts-dialog");
    }

    public void showAbout(AboutView view) {
        show("/fxml/About.fxml", type -> view, messages.get("about.title"), "about-dialog");
    }

    private void show(String fxml, Callback<Class<?>, Object> controller, String title, String id) {
        FXMLLoader loader = new FXMLLoader(HelpDialogs.class.getResource(fxml), messages.bundle());
        loader.setControllerFactory(controller);
        Parent content;
        try {
            content = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.initOwner(owner.get());
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(messages.get("dialog.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStylesheets().add(stylesheet);
        dialog.show();
    }
}
