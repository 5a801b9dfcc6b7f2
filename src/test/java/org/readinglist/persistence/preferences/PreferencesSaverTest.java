package org.readinglist.persistence.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.readinglist.model.Preferences;
import org.readinglist.model.ShowFilter;
import org.readinglist.model.TagMatch;

class PreferencesSaverTest {

    private final List<Preferences> saved = new CopyOnWriteArrayList<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private volatile String failWith;

    private final PreferencesStore store = new PreferencesStore() {
        @Override
        public Path file() {
            return Path.of("memory", "preferences.json");
        }

        @Override
        public Loaded load() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void save(Preferences preferences) throws IOException {
            if (failWith != null) {
                throw new IOException(failWith);
            }
            saved.add(preferences);
        }
    };

    private static Preferences searching(String text) {
        return Preferences.DEFAULTS.withFilters(List.of(), TagMatch.ALL, text, ShowFilter.ALL);
    }

    @Test
    void rapidChangesAreWrittenOnceWithTheLastValue() {
        try (PreferencesSaver saver = new PreferencesSaver(store, Duration.ofSeconds(10), failures::add)) {
            saver.submit(searching("d"));
            saver.submit(searching("dr"));
            saver.submit(searching("druid"));
            assertThat(saved).isEmpty();

            saver.flush(Duration.ofSeconds(5));

            assertThat(saved).containsExactly(searching("druid"));
        }
    }

    @Test
    void closingWritesWhatIsPendingAndLaterChangesAreIgnored() {
        PreferencesSaver saver = new PreferencesSaver(store, Duration.ofSeconds(10), failures::add);
        saver.submit(searching("pending"));

        saver.close();
        saver.submit(searching("after close"));

        assertThat(saved).containsExactly(searching("pending"));
    }

    @Test
    void aFailureIsReportedOnceAndTheNextChangeTriesAgain() {
        try (PreferencesSaver saver = new PreferencesSaver(store, Duration.ofSeconds(10), failures::add)) {
            failWith = "disk full";
            saver.submit(searching("a"));
            saver.flush(Duration.ofSeconds(5));
            saver.submit(searching("b"));
            saver.flush(Duration.ofSeconds(5));
            assertThat(failures).singleElement().asString().contains("memory").contains("disk full");

            failWith = null;
            saver.submit(searching("c"));
            saver.flush(Duration.ofSeconds(5));
            assertThat(saved).containsExactly(searching("c"));
        }
    }
}
