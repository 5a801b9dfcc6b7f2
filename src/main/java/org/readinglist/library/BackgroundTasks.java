package org.readinglist.library;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the thread that owns the reading list and hands the outcome back on that thread: the JavaFX thread
 * in the app, the calling thread in tests.
 */
public interface BackgroundTasks {

    <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure);
}
