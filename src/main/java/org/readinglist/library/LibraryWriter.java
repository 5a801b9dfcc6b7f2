package org.readinglist.library;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Writes the user's changes to the library in the order they were made, on one background thread. A write that
 * fails (a full or read-only disk) stays first in line and is tried again, waiting longer each time up to a minute;
 * nothing after it is written before it, so the file never holds a later change without an earlier one.
 */
public final class LibraryWriter implements AutoCloseable {

    /** One change to write, in one transaction. */
    @FunctionalInterface
    public interface Write {
        void run() throws Exception;
    }

    /** Hears how writing goes; called on the writer's thread. */
    public interface Listener {
        /** A write failed; said once for a run of failures, not on every retry. */
        void failed(Exception reason);

        /** Everything waiting was written after a failure. */
        void recovered();

        /** One change was written (the changes are written in the order they were submitted). */
        default void written() {
        }
    }

    private static final System.Logger LOG = System.getLogger(LibraryWriter.class.getName());
    private static final Duration FIRST_RETRY = Duration.ofSeconds(2);
    private static final Duration LONGEST_RETRY = Duration.ofMinutes(1);

    private final ScheduledExecutorService thread;
    private final Listener listener;
    private final Deque<Write> waiting = new ArrayDeque<>();
    private int failuresInARow;
    private boolean retryScheduled;

    /** @param thread a single-thread executor of its own */
    public LibraryWriter(ScheduledExecutorService thread, Listener listener) {
        this.thread = thread;
        this.listener = listener;
    }

    /** Queues the write after every earlier one. */
    public void submit(Write write) {
        synchronized (waiting) {
            waiting.addLast(write);
        }
        thread.execute(this::drain);
    }

    /**
     * From now on runs the check every {@code period} on the writer's thread, while no change waits to be written
     * (a check that reads the file then sees what this instance wrote).
     */
    public void every(Duration period, Write check) {
        thread.scheduleWithFixedDelay(() -> {
            if (hasPending()) {
                return;
            }
            try {
                check.run();
            } catch (Exception e) {
                LOG.log(Level.DEBUG, "a check of the library failed", e);
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether some change is not written yet. */
    public boolean hasPending() {
        synchronized (waiting) {
            return !waiting.isEmpty();
        }
    }

    private void drain() {
        while (true) {
            Write next;
            synchronized (waiting) {
                next = waiting.peekFirst();
            }
            if (next == null) {
                return;
            }
            try {
                next.run();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "a change could not be written to the library", e);
                failuresInARow++;
                if (failuresInARow == 1) {
                    listener.failed(e);
                }
                scheduleRetry();
                return;
            }
            synchronized (waiting) {
                waiting.pollFirst();
            }
            listener.written();
            if (failuresInARow > 0) {
                failuresInARow = 0;
                listener.recovered();
            }
        }
    }

    private void scheduleRetry() {
        if (retryScheduled) {
            return;
        }
        retryScheduled = true;
        long wait = Math.min(LONGEST_RETRY.toMillis(),
                FIRST_RETRY.toMillis() << Math.min(failuresInARow - 1, 10));
        thread.schedule(() -> {
            retryScheduled = false;
            drain();
        }, wait, TimeUnit.MILLISECONDS);
    }

    /** Tries once more to write what is waiting, now, and waits for it at most the given time. */
    public boolean flush(Duration timeout) {
        Future<?> done = thread.submit(this::drain);
        try {
            done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.WARNING, "the library's changes were not written in time", e);
        }
        return !hasPending();
    }

    @Override
    public void close() {
        flush(Duration.ofSeconds(10));
        thread.shutdownNow();
    }
}
