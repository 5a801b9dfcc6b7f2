package org.readinglist.persistence;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Saves read marks on its own thread. Changes that arrive while a save is pending are coalesced: only the newest
 * snapshot is written, once, after a short delay. {@link #close()} writes whatever is still pending.
 */
public final class ReadStateSaver implements AutoCloseable {

    /** Hears how saves went; called on the saver's thread. */
    public interface Listener {
        void saved(int markCount);

        void failed(String message);
    }

    private static final System.Logger LOG = System.getLogger(ReadStateSaver.class.getName());

    private final ReadStateStore store;
    private final Duration delay;
    private final Listener listener;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread t = new Thread(runnable, "read-state-saver");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Map<String, Instant>> pending = new AtomicReference<>();

    public ReadStateSaver(ReadStateStore store, Duration delay, Listener listener) {
        this.store = store;
        this.delay = delay;
        this.listener = listener;
    }

    /** Schedules a save of this snapshot, replacing any snapshot not yet written. */
    public void submit(Map<String, Instant> snapshot) {
        if (pending.getAndSet(Map.copyOf(snapshot)) == null) {
            thread.schedule(this::writePending, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void writePending() {
        Map<String, Instant> snapshot = pending.getAndSet(null);
        if (snapshot == null) {
            return;
        }
        try {
            store.save(snapshot);
            LOG.log(Level.DEBUG, "saved {0} read marks to {1}", snapshot.size(), store.file());
            listener.saved(snapshot.size());
        } catch (Exception e) {
            LOG.log(Level.WARNING, "could not save read marks to " + store.file(), e);
            listener.failed("Read marks could not be saved to " + store.file() + ": " + e.getMessage());
        }
    }

    /** Writes anything pending now and waits for it, at most the given time. */
    public void flush(Duration timeout) {
        Future<?> done = thread.submit(this::writePending);
        try {
            done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.WARNING, "read marks were not saved in time", e);
        }
    }

    @Override
    public void close() {
        flush(Duration.ofSeconds(10));
        thread.shutdown();
    }
}
