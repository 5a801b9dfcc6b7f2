package org.readinglist.persistence;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The one background thread a saver writes on: delayed writes, and a flush that waits a bounded time. */
public final class WriterThread {

    private static final System.Logger LOG = System.getLogger(WriterThread.class.getName());

    private final String name;
    private final ScheduledExecutorService thread;

    public WriterThread(String name) {
        this.name = name;
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, name);
            t.setDaemon(true); // a hung disk must not keep the app from exiting; close() flushes first
            return t;
        });
    }

    public void runAfter(Duration delay, Runnable write) {
        thread.schedule(write, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs the write now, after anything already queued, and waits for it at most the given time. */
    public void runAndWait(Runnable write, Duration timeout) {
        Future<?> done = thread.submit(write);
        try {
            done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.WARNING, name + ": not written in time", e);
        }
    }

    public void stop() {
        thread.shutdownNow();
    }
}
