package org.readinglist.ui.util;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Runs work on a small pool of daemon threads; results come back through {@link Platform#runLater}. Cancelled work
 * is interrupted, and its result, should it still come, is dropped on the JavaFX thread.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private final AtomicInteger threadCount = new AtomicInteger();
    private final ExecutorService pool = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "reading-list-io-" + threadCount.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        if (pool.isShutdown()) {
            return; // the window is closing: work asked for by a last frame has nobody to report to
        }
        pool.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public <T> Cancellable executeCancellable(Callable<T> work, Consumer<T> onSuccess,
                                              Consumer<Exception> onFailure) {
        if (pool.isShutdown()) {
            return () -> { };
        }
        // read and set on the JavaFX thread only: a result posted before the cancel is dropped when it arrives
        AtomicBoolean cancelled = new AtomicBoolean();
        Future<?> running = pool.submit(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    if (!cancelled.get()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (Exception e) {
                Platform.runLater(() -> {
                    if (!cancelled.get()) {
                        onFailure.accept(e);
                    }
                });
            }
        });
        return () -> {
            cancelled.set(true);
            running.cancel(true);
        };
    }

    @Override
    public void runOnUi(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /** An animation timer hears every frame as it starts: at the second one, the first has been drawn. */
    @Override
    public void afterNextFrame(Runnable action) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == 2) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }

    @Override
    public void shutdown() {
        pool.shutdownNow();
    }
}
