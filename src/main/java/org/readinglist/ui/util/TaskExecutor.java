package org.readinglist.ui.util;

import org.readinglist.library.BackgroundTasks;

/**
 * Runs work off the JavaFX thread and hands the outcome back on it. Tests use an executor that runs everything on
 * the calling thread.
 */
public interface TaskExecutor extends BackgroundTasks {

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
