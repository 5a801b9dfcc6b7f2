package org.readinglist.ui.transfer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.readinglist.i18n.Messages;
import org.readinglist.library.ArticlesExport;
import org.readinglist.library.ArticlesImport;
import org.readinglist.model.Article;
import org.readinglist.model.ReadMarks;
import org.readinglist.persistence.files.ArticlesExportException;
import org.readinglist.persistence.files.ArticlesFileException;
import org.readinglist.persistence.files.ArticlesFileWriter;
import org.readinglist.persistence.files.ArticlesRead;
import org.readinglist.ui.state.ImportTexts;
import org.readinglist.ui.state.ReadingListState;
import org.readinglist.ui.util.FileChoices;
import org.readinglist.ui.util.Notifier;
import org.readinglist.ui.util.TaskExecutor;

/**
 * File ▸ Import Articles File… and File ▸ Export…: one at a time, off the JavaFX thread, with what is under way and
 * how far it got for the bar at the foot of the window. An import reads the file, asks what to do when some of its
 * articles have problems, merges the rest into the library in one transaction and shows the library again; Cancel
 * stops it until that transaction commits. An export writes the whole library (with the ids of the articles removed
 * from it) or the articles shown, with their read marks. Every method runs on the JavaFX thread.
 */
public final class TransferViewModel {

    /** The name an export is offered under. */
    static final String EXPORT_NAME = "reading-list.json";
    /** At most this many problems are listed in the question; the rest are counted. */
    static final int PROBLEMS_LISTED = 10;

    /** One import or export: the background work looks at {@link #cancelled}, the window at the rest. */
    private static final class Transfer {
        volatile boolean cancelled;
    }

    private final ArticlesImport importing;
    private final ArticlesExport exporting;
    private final ReadingListState state;
    private final FileChoices files;
    private final TransferDialogs dialogs;
    private final TaskExecutor executor;
    private final Notifier notifier;
    private final Messages messages;

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(this, "cancellable");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private Transfer current;

    public TransferViewModel(ArticlesImport importing, ArticlesExport exporting, ReadingListState state,
                             FileChoices files, TransferDialogs dialogs, TaskExecutor executor, Notifier notifier,
                             Messages messages) {
        this.importing = importing;
        this.exporting = exporting;
        this.state = state;
        this.files = files;
        this.dialogs = dialogs;
        this.executor = executor;
        this.notifier = notifier;
        this.messages = messages;
    }

    // ---- properties

    /** Whether an import or export is under way: the menu items wait for it. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Whether Cancel can still stop what is under way (an import, until its merge commits). */
    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    /** What is under way: "Reading articles.json…". */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** How much of the file has been read, 0 to 1; -1 when that cannot be told. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    // ---- commands

    /** Asks for an articles file and imports it. */
    public void importFile() {
        if (!running.get()) {
            files.fileToImport().ifPresent(this::importFile);
        }
    }

    /** Imports an articles file: reads it, asks when some articles have problems, and merges the rest. */
    public void importFile(Path file) {
        if (running.get()) {
            return;
        }
        Transfer transfer = begin(messages.format("transfer.reading", file.getFileName()), true);
        executor.execute(() -> importing.read(file, part -> {
            if (transfer.cancelled) {
                throw new CancellationException("the import was cancelled");
            }
            executor.runOnUi(() -> {
                if (current == transfer) {
                    progress.set(part);
                }
            });
        }), read -> read(transfer, file, read), error -> importFailed(transfer, file, error));
    }

    private void read(Transfer transfer, Path file, ArticlesRead read) {
        if (transfer.cancelled) {
            importFailed(transfer, file, new CancellationException());
            return;
        }
        if (!read.hasProblems()) {
            merge(transfer, file, read);
            return;
        }
        if (read.articles().isEmpty()) {
            end(transfer);
            notifier.warn(ImportTexts.refused(file, read, messages));
            return;
        }
        cancellable.set(false); // the question has its own Cancel
        dialogs.askImportUsable(file, read.articles().size(), read.problemCount(),
                ImportTexts.problems(read, PROBLEMS_LISTED, messages), yes -> {
                    if (yes) {
                        merge(transfer, file, read);
                    } else {
                        importFailed(transfer, file, new CancellationException());
                    }
                });
    }

    private void merge(Transfer transfer, Path file, ArticlesRead read) {
        text.set(messages.format("transfer.merging", file.getFileName()));
        progress.set(-1);
        cancellable.set(true);
        executor.execute(() -> importing.merge(file, read, () -> transfer.cancelled), outcome -> {
            end(transfer);
            // a cancel that came after the commit came too late: the summary tells what was done
            String summary = ImportTexts.summary(outcome, messages);
            if (ImportTexts.isWarning(outcome)) {
                notifier.warn(summary);
            } else {
                notifier.info(summary);
            }
            if (outcome.summary().changedAnything()) {
                state.reload();
            }
        }, error -> importFailed(transfer, file, error));
    }

    private void importFailed(Transfer transfer, Path file, Exception error) {
        end(transfer);
        if (error instanceof CancellationException) {
            notifier.info(messages.format("import.cancelled", file));
        } else if (error instanceof ArticlesFileException refused) {
            notifier.warn(messages.format("import.failed", file, refused.problem()));
        } else {
            notifier.warn(messages.format("import.error", file, reason(error)));
        }
    }

    /** Stops the import under way before it commits; the library stays as it was. */
    public void cancel() {
        if (current != null && cancellable.get()) {
            current.cancelled = true;
            cancellable.set(false);
        }
    }

    /**
     * Asks which articles to export when a filter hides some, then where to, and writes them with their read
     * marks.
     */
    public void export() {
        if (running.get()) {
            return;
        }
        int all = state.articles().size();
        int shown = state.getResult().size();
        if (shown < all) {
            dialogs.askExportScope(all, shown, scope -> scope.ifPresent(this::export));
        } else {
            export(TransferDialogs.ExportScope.ALL);
        }
    }

    private void export(TransferDialogs.ExportScope scope) {
        Optional<Path> chosen = files.exportTarget(EXPORT_NAME);
        if (chosen.isEmpty() || running.get()) {
            return;
        }
        Path target = chosen.get();
        // both lists are immutable: the background reads them as they are now
        boolean all = scope == TransferDialogs.ExportScope.ALL;
        List<Article> articles = all ? state.articles() : state.getResult().articles();
        ReadMarks marks = state.readMarks();
        Transfer transfer = begin(messages.format("transfer.exporting", target.getFileName()), false);
        executor.execute(() -> {
            exporting.write(target, articles, marks, all);
            return articles.stream().filter(article -> marks.read().containsKey(article.id())).count();
        }, read -> {
            end(transfer);
            notifier.info(messages.format("export.done", articles.size(), read, target));
        }, error -> {
            end(transfer);
            notifier.warn(exportFailed(target, error));
        });
    }

    private String exportFailed(Path target, Exception error) {
        if (error instanceof ArticlesExportException refused) {
            return switch (refused.reason()) {
                case FILE_IN_USE -> messages.format("export.fileInUse", target);
                case IS_FOLDER -> messages.format("export.isFolder", target);
                case NOT_WRITTEN -> messages.format("export.failed", target, reason(error));
            };
        }
        return messages.format("export.failed", target, reason(error));
    }

    private static String reason(Exception error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }

    private Transfer begin(String what, boolean canCancel) {
        Transfer transfer = new Transfer();
        current = transfer;
        text.set(what);
        progress.set(-1);
        cancellable.set(canCancel);
        running.set(true);
        return transfer;
    }

    private void end(Transfer transfer) {
        if (current == transfer) {
            current = null;
            running.set(false);
            cancellable.set(false);
            text.set("");
            progress.set(-1);
        }
    }
}
