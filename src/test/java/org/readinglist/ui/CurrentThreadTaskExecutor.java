package org.readinglist.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.readinglist.ui.util.TaskExecutor;

/** Runs work and its continuation at once on the calling thread, so view-model tests need no waiting. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void runOnUi(Runnable action) {
        action.run();
    }

    @Override
    public void shutdown() {
    }
}
