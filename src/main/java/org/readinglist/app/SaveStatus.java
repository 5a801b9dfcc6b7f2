package org.readinglist.app;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.readinglist.i18n.Messages;
import org.readinglist.library.LibraryWriter;
import org.readinglist.model.ReadMarks;
import org.readinglist.persistence.library.WriteProblem;
import org.readinglist.persistence.marks.ReadStateSaver;
import org.readinglist.ui.util.Notifier;
import org.readinglist.ui.util.TaskExecutor;

/**
 * How saving goes, as the window tells it: a failed save once per problem, not on every retry; that saving works
 * again; and what the last failure said while something is not saved, for the question asked when quitting. It
 * hears the read-marks saver and the library writer on their threads and tells on the JavaFX thread.
 */
final class SaveStatus {

    private final TaskExecutor executor;
    private final Notifier notices;
    private final Messages messages;
    /** What the last failed save said, while something is not saved. */
    private volatile String problem;

    SaveStatus(TaskExecutor executor, Notifier notices, Messages messages) {
        this.executor = executor;
        this.notices = notices;
        this.messages = messages;
    }

    /** What the last failed save said, while something is not saved; else null. */
    String problem() {
        return problem;
    }

    /**
     * Hears the read-marks saver.
     *
     * @param othersMarks takes in, on the JavaFX thread, what the file holds after a save that found another
     *                    instance's marks
     * @param observer    hears every save too (the crash test's harness)
     */
    ReadStateSaver.Listener ofMarks(Consumer<ReadMarks> othersMarks, ReadStateSaver.Listener observer) {
        return new ReadStateSaver.Listener() {
            private String lastFailure;

            @Override
            public void saved(ReadMarks stored) {
                saved(stored, true);
            }

            @Override
            public void saved(ReadMarks stored, boolean othersChanged) {
                problem = null;
                boolean recovered = lastFailure != null;
                lastFailure = null;
                if (othersChanged || recovered) {
                    executor.runOnUi(() -> {
                        if (othersChanged) {
                            othersMarks.accept(stored); // visits every row: only when there is something to take in
                        }
                        if (recovered) {
                            notices.info(messages.get("notice.savedAgain"));
                        }
                    });
                }
                observer.saved(stored);
            }

            @Override
            public void failed(String message) {
                problem = message;
                // once per problem, not on every retry
                if (!message.equals(lastFailure)) {
                    lastFailure = message;
                    executor.runOnUi(() -> notices.warn(message));
                }
                observer.failed(message);
            }
        };
    }

    /**
     * Hears the library writer.
     *
     * @param written hears each change to the articles once it is written (the crash test's harness)
     */
    LibraryWriter.Listener ofArticles(Path libraryFile, Runnable written) {
        return new LibraryWriter.Listener() {
            @Override
            public void failed(Exception reason) {
                String message = messages.format("library.writeFailed", libraryFile, WriteProblem.of(reason)
                        .map(kind -> messages.get(kind.messageKey())).orElse(reason.getMessage()));
                problem = message;
                executor.runOnUi(() -> notices.warn(message));
            }

            @Override
            public void recovered() {
                problem = null;
                executor.runOnUi(() -> notices.info(messages.get("notice.savedAgain")));
            }

            @Override
            public void written() {
                written.run();
            }
        };
    }
}
