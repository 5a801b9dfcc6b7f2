package org.readinglist.persistence.preferences;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.readinglist.i18n.Messages;
import org.readinglist.model.Preferences;
import org.readinglist.persistence.WriterThread;

/**
 * Saves preferences on its own thread, a short while after the last change, so dragging a column or a divider
 * writes once. A failure is reported once per distinct reason; the next change tries again.
 */
public final class PreferencesSaver implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PreferencesSaver.class.getName());

    private final PreferencesStore store;
    private final Duration delay;
    private final Consumer<String> onFailure;
    private final Messages messages;
    private final AtomicReference<Preferences> pending = new AtomicReference<>();
    private final WriterThread thread = new WriterThread("preferences-saver");
    private String lastFailure;
    private volatile boolean closed;

    /** With the failures told in English. */
    public PreferencesSaver(PreferencesStore store, Duration delay, Consumer<String> onFailure) {
        this(store, delay, onFailure, Messages.of(Locale.ENGLISH));
    }

    /** With the failures told in the language of these texts. */
    public PreferencesSaver(PreferencesStore store, Duration delay, Consumer<String> onFailure, Messages messages) {
        this.store = store;
        this.delay = delay;
        this.onFailure = onFailure;
        this.messages = messages;
    }

    /** Saves these preferences soon; after {@link #close()} nothing is saved any more. */
    public void submit(Preferences preferences) {
        if (closed) {
            return;
        }
        if (pending.getAndSet(preferences) == null) {
            thread.runAfter(delay, this::writePending);
        }
    }

    private void writePending() {
        Preferences preferences = pending.getAndSet(null);
        if (preferences == null) {
            return;
        }
        try {
            store.save(preferences);
            lastFailure = null;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "could not save preferences to " + store.file(), e);
            String message = messages.format("preferences.saveFailed", store.file(), e.getMessage());
            if (!message.equals(lastFailure)) {
                lastFailure = message;
                onFailure.accept(message);
            }
        }
    }

    /** Writes anything pending and waits for it, at most the given time. */
    public void flush(Duration timeout) {
        thread.runAndWait(this::writePending, timeout);
    }

    @Override
    public void close() {
        closed = true;
        flush(Duration.ofSeconds(5));
        thread.stop();
    }
}
