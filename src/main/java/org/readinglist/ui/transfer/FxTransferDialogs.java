package org.readinglist.ui.transfer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.readinglist.i18n.Messages;

/** The questions as dialogs over the main window; each answers when it closes, without blocking the window. */
public final class FxTransferDialogs implements TransferDialogs {

    private final Supplier<Window> owner;
    private final String stylesheet;
    private final Messages messages;

    public FxTransferDialogs(Supplier<Window> owner, String stylesheet, Messages messages) {
        this.owner = owner;
        this.stylesheet = stylesheet;
        this.messages = messages;
    }

    @Override
    public void askImportUsable(Path file, int usable, int withProblems, List<String> problems,
                                Consumer<Boolean> answer) {
        ButtonType importValid = new ButtonType(messages.get("import.question.importValid"),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("import.question.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> dialog = dialog(messages.get("import.question.title"),
                messages.format("import.question.header", usable, withProblems), importValid, cancel);
        VBox lines = new VBox();
        lines.getStyleClass().add("transfer-problems");
        lines.getChildren().add(new Label(messages.format("import.question.file", file)));
        for (String problem : problems) {
            Label line = new Label(problem);
            line.setWrapText(true);
            line.getStyleClass().add("transfer-problem");
            lines.getChildren().add(line);
        }
        dialog.getDialogPane().setContent(lines);
        dialog.setOnHidden(event -> answer.accept(dialog.getResult() == importValid));
        dialog.show();
    }

    @Override
    public void askExportScope(int all, int shown, Consumer<Optional<ExportScope>> answer) {
        ButtonType everything = new ButtonType(messages.format("export.question.all", all),
                ButtonBar.ButtonData.OTHER);
        ButtonType onlyShown = new ButtonType(messages.format("export.question.shown", shown),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("export.question.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> dialog = dialog(messages.get("export.question.title"),
                messages.get("export.question.header"), everything, onlyShown, cancel);
        dialog.setOnHidden(event -> {
            ButtonType result = dialog.getResult();
            answer.accept(result == everything ? Optional.of(ExportScope.ALL)
                    : result == onlyShown ? Optional.of(ExportScope.SHOWN) : Optional.empty());
        });
        dialog.show();
    }

    private Dialog<ButtonType> dialog(String title, String header, ButtonType... buttons) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        dialog.getDialogPane().getButtonTypes().setAll(buttons);
        dialog.getDialogPane().getStylesheets().add(stylesheet);
        dialog.getDialogPane().getStyleClass().add("transfer-dialog");
        return dialog;
    }
}
