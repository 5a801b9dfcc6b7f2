package org.readinglist.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.readinglist.ui.util.TaskExecutor;

/** Keeps background work until the test lets it run, so a test decides when a page arrives. */
public final class DeferredTaskExecutor implements TaskExecutor {

    private final List<Runnable> waiting = new ArrayList<>();

    @Override
    public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        waiting.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
    }

    /** Cancelled work is taken out of the queue: it never runs. */
    @Override
    public <T> Cancellable executeCancellable(Callable<T> work, Consumer<T> onSuccess,
                                              Consumer<Exception> onFailure) {
        execute(work, onSuccess, onFailure);
        Runnable queued = waiting.get(waiting.size() - 1);
        return () -> waiting.remove(queued);
    }

    @Override
    public void runOnUi(Runnable action) {
        action.run();
    }

    @Override
    public void shutdown() {
    }

    /** Runs what waits, and what that starts, until nothing waits. */
    public void runAll() {
        while (!waiting.isEmpty()) {
            waiting.remove(0).run();
        }
    }

    public int waiting() {
        return waiting.size();
    }
}
