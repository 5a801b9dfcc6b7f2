package org.readinglist.ui.util;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.readinglist.library.BackgroundTasks;

/**
 * Runs work off the JavaFX thread and hands the outcome back on it. Tests use an executor that runs everything on
 * the calling thread.
 */
public interface TaskExecutor extends BackgroundTasks {

    /** Work that was handed over and can be called off. */
    @FunctionalInterface
    interface Cancellable {
        /**
         * Calls the work off (on the UI thread): neither of its consumers hears from it after this. Work that waits
         * does not start; work under way is interrupted, where the executor runs it on a thread of its own. Once the
         * work is done, does nothing.
         */
        void cancel();
    }

    /**
     * As {@link #execute}, for work worth calling off when its outcome is of no use any more (a page being fetched
     * for a dialog that closed). This default keeps the consumers from hearing; executors that run work on their own
     * threads also interrupt it.
     */
    default <T> Cancellable executeCancellable(Callable<T> work, Consumer<T> onSuccess,
                                               Consumer<Exception> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        execute(work, result -> {
            if (!cancelled.get()) {
                onSuccess.accept(result);
            }
        }, error -> {
            if (!cancelled.get()) {
                onFailure.accept(error);
            }
        });
        return () -> cancelled.set(true);
    }

    /** Runs a small piece of UI work on the UI thread (from any thread). */
    void runOnUi(Runnable action);

    /**
     * Runs a piece of UI work once the window has drawn its next frame, for work that would slow that frame down
     * (call on the UI thread). Without a window, at once.
     */
    default void afterNextFrame(Runnable action) {
        runOnUi(action);
    }

    void shutdown();
}
