package org.readinglist.ui.edit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.readinglist.i18n.Messages;

/** Shows the article editor (ArticleEditor.fxml) in a dialog with Save and Cancel, around a given view model. */
public final class ArticleEditorDialog {

    private final Supplier<Window> owner;
    private final String stylesheet;
    private final Messages messages;

    public ArticleEditorDialog(Supplier<Window> owner, String stylesheet, Messages messages) {
        this.owner = owner;
        this.stylesheet = stylesheet;
        this.messages = messages;
    }

    public void show(ArticleEditorViewModel viewModel) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(viewModel.heading());
        dialog.initOwner(owner.get());
        dialog.setResizable(true);
        dialog.getDialogPane().setId("article-editor");
        dialog.getDialogPane().getStylesheets().add(stylesheet);
        ButtonType save = new ButtonType(messages.get("editor.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("editor.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.disableProperty().bind(viewModel.canSaveProperty().not());
        // the dialog closes after Save only when the article was saved
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            if (!viewModel.save()) {
                event.consume();
            }
        });

        FXMLLoader loader = new FXMLLoader(ArticleEditorDialog.class.getResource("/fxml/ArticleEditor.fxml"),
                messages.bundle());
        loader.setControllerFactory(type -> new ArticleEditorView(viewModel, messages, saveButton::fire,
                dialog::close));
        Parent content;
        try {
            content = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        dialog.getDialogPane().setContent(content);
        // messages, chips and suggestions come and go: the dialog grows and shrinks with them
        content.needsLayoutProperty().addListener((obs, was, needs) -> {
            if (needs) {
                Platform.runLater(() -> fitHeight(dialog));
            }
        });
        dialog.setOnHidden(event -> viewModel.close());
        dialog.show();
        viewModel.start();
    }

    private static void fitHeight(Dialog<ButtonType> dialog) {
        DialogPane pane = dialog.getDialogPane();
        if (!dialog.isShowing() || pane.getHeight() <= 0) {
            return;
        }
        double change = pane.prefHeight(pane.getWidth()) - pane.getHeight();
        if (Math.abs(change) > 0.5) {
            dialog.setHeight(dialog.getHeight() + change);
        }
    }
}
