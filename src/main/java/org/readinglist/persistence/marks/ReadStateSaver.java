package org.readinglist.persistence.marks;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.Optional;
import org.readinglist.i18n.Messages;
import org.readinglist.persistence.library.WriteProblem;
import org.readinglist.model.ReadMarks;
import org.readinglist.persistence.WriterThread;

/**
 * Saves read marks on its own thread. Changes that arrive while a save is pending are coalesced: only the newest
 * snapshot is written, once, after a short delay. A save that fails (read-only or full disk, folder gone) keeps the
 * snapshot and is tried again later, waiting longer each time up to a minute; a newer change is tried at once.
 * {@link #close()} writes whatever is still pending.
 */
public final class ReadStateSaver implements AutoCloseable {

    /** Hears how saves went; called on the saver's thread. */
    public interface Listener {
        /** The snapshot was stored; {@code stored} is what the file holds now (merged with other instances'). */
        void saved(ReadMarks stored);

        /**
         * As {@link #saved(ReadMarks)}, and whether the file held marks the snapshot did not (another instance's).
         * When it did not, the app has nothing to take in: its own marks are at least as new.
         */
        default void saved(ReadMarks stored, boolean othersChanged) {
            saved(stored);
        }

        void failed(String message);
    }

    private static final System.Logger LOG = System.getLogger(ReadStateSaver.class.getName());
    private static final Duration MAX_RETRY_DELAY = Duration.ofMinutes(1);

    private final ReadStateStore store;
    private final Duration delay;
    private final Duration firstRetryDelay;
    private final Listener listener;
    private final Messages messages;
    private final WriterThread thread = new WriterThread("read-state-saver");
    private final AtomicReference<Supplier<ReadMarks>> pending = new AtomicReference<>();
    private final AtomicBoolean waitingForRetry = new AtomicBoolean();
    private int failuresInARow;

    /** With the failures told in English. */
    public ReadStateSaver(ReadStateStore store, Duration delay, Listener listener) {
        this(store, delay, listener, Messages.of(Locale.ENGLISH));
    }

    /** With the failures told in the language of these texts. */
    public ReadStateSaver(ReadStateStore store, Duration delay, Listener listener, Messages messages) {
        this(store, delay, Duration.ofSeconds(5), listener, messages);
    }

    public ReadStateSaver(ReadStateStore store, Duration delay, Duration firstRetryDelay, Listener listener) {
        this(store, delay, firstRetryDelay, listener, Messages.of(Locale.ENGLISH));
    }

    public ReadStateSaver(ReadStateStore store, Duration delay, Duration firstRetryDelay, Listener listener,
                          Messages messages) {
        this.store = store;
        this.delay = delay;
        this.firstRetryDelay = firstRetryDelay;
        this.listener = listener;
        this.messages = messages;
    }

    /** Schedules a save of this snapshot, replacing any snapshot not yet written. */
    public void submit(ReadMarks snapshot) {
        submit(() -> snapshot);
    }

    /**
     * Schedules a save of the marks the source gives when the save starts, on the saver's thread: a change costs
     * its sender no copy of all marks. Replaces any source not yet written.
     */
    public void submit(Supplier<ReadMarks> source) {
        // after a failure the old snapshot waits for its retry; a newer change is tried after the usual delay
        if (pending.getAndSet(source) == null || waitingForRetry.getAndSet(false)) {
            thread.runAfter(delay, this::writePending);
        }
    }

    private void writePending() {
        Supplier<ReadMarks> source = pending.getAndSet(null);
        if (source == null) {
            return;
        }
        ReadMarks snapshot = source.get();
        try {
            ReadMarks stored = store.save(snapshot);
            failuresInARow = 0;
            LOG.log(Level.DEBUG, "saved {0} read marks to {1}", stored.read().size(), store.file());
            // compared here, off the JavaFX thread: with a million marks that is milliseconds the window keeps
            listener.saved(stored, !stored.equals(snapshot));
        } catch (Exception e) {
            failuresInARow++;
            LOG.log(Level.WARNING, "could not save read marks to " + store.file(), e);
            if (pending.compareAndSet(null, () -> snapshot)) {
                waitingForRetry.set(true);
                thread.runAfter(retryDelay(), this::writePending);
            }
            listener.failed(messages.format("save.failed", store.file(), reason(e)));
        }
    }

    private Duration retryDelay() {
        Duration wait = firstRetryDelay.multipliedBy(1L << Math.min(failuresInARow - 1, 10));
        return wait.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : wait;
    }

    private String reason(Exception e) {
        Optional<WriteProblem> problem = WriteProblem.of(e);
        if (problem.isPresent()) {
            return messages.get(problem.get().messageKey());
        }
        String name = e.getClass().getSimpleName();
        String message = e.getMessage() == null ? "" : e.getMessage();
        return switch (name) {
            case "AccessDeniedException" -> messages.format("save.noPermission", message);
            case "NoSuchFileException" -> messages.format("save.noSuchFile", message);
            case "FileSystemException", "IOException" -> message.isEmpty() ? messages.get("save.diskRefused") : message;
            default -> message.isEmpty() ? name : message;
        };
    }

    /**
     * From now on looks every {@code period} whether another instance changed the stored marks, and tells the
     * listener ({@link Listener#saved(ReadMarks, boolean)} with {@code othersChanged}) when it did.
     */
    public void watchOthers(Duration period) {
        thread.runAfter(period, () -> {
            lookForOthers();
            watchOthers(period);
        });
    }

    private void lookForOthers() {
        try {
            ReadMarks stored = store.changedElsewhere();
            if (stored != null) {
                listener.saved(stored, true);
            }
        } catch (Exception e) {
            LOG.log(Level.DEBUG, "could not look for other instances' marks in " + store.file(), e);
        }
    }

    /** Whether marks wait to be written: a save is due, or a failed one waits to be tried again. */
    public boolean hasPending() {
        return pending.get() != null;
    }

    /** Writes anything pending now and waits for it, at most the given time. */
    public void flush(Duration timeout) {
        thread.runAndWait(this::writePending, timeout);
    }

    @Override
    public void close() {
        flush(Duration.ofSeconds(10));
        thread.stop();
    }
}
