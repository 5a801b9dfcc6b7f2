package org.readinglist.ui.main;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.readinglist.i18n.Messages;
import org.readinglist.ui.util.TaskExecutor;

/**
 * Closing the main window (its close button, File ▸ Quit) first makes sure nothing of the user's is lost: what is
 * pending is written, off the JavaFX thread; then the window closes, or, when something could not be saved, the
 * user chooses: save again, quit anyway, or stay.
 */
public final class QuitDialog {

    private final TaskExecutor executor;
    private final BooleanSupplier saveAll;
    private final Supplier<String> problem;
    private final Messages messages;
    private final String stylesheet;
    private boolean quitting;

    /**
     * @param saveAll writes what is pending, blocking; true when nothing is left unsaved
     * @param problem what the last failed save said, or null
     */
    public QuitDialog(TaskExecutor executor, BooleanSupplier saveAll, Supplier<String> problem, Messages messages,
                      String stylesheet) {
        this.executor = executor;
        this.saveAll = saveAll;
        this.problem = problem;
        this.messages = messages;
        this.stylesheet = stylesheet;
    }

    /** From now on a request to close the stage saves first. */
    public void guard(Stage stage) {
        stage.setOnCloseRequest(event -> {
            if (!quitting) {
                event.consume();
                quitWhenSaved(stage);
            }
        });
    }

    private void quitWhenSaved(Stage stage) {
        executor.execute(saveAll::getAsBoolean, saved -> {
            if (saved) {
                quitting = true;
                stage.close();
            } else {
                askBeforeQuitting(stage);
            }
        }, error -> askBeforeQuitting(stage));
    }

    private void askBeforeQuitting(Stage stage) {
        ButtonType again = new ButtonType(messages.get("quit.saveAgain"), ButtonBar.ButtonData.OK_DONE);
        ButtonType anyway = new ButtonType(messages.get("quit.anyway"), ButtonBar.ButtonData.OTHER);
        ButtonType stay = new ButtonType(messages.get("quit.stay"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", again, anyway, stay);
        alert.initOwner(stage);
        alert.setTitle(messages.get("quit.title"));
        alert.setHeaderText(messages.get("quit.header"));
        String said = problem.get();
        alert.setContentText(said == null ? messages.get("quit.notSaved") : said);
        alert.getDialogPane().getStylesheets().add(stylesheet);
        ButtonType choice = alert.showAndWait().orElse(stay);
        if (choice == again) {
            quitWhenSaved(stage);
        } else if (choice == anyway) {
            quitting = true;
            stage.close();
        }
    }
}
