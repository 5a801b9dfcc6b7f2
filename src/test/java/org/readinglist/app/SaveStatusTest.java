package org.readinglist.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.readinglist.i18n.Messages;
import org.readinglist.library.LibraryWriter;
import org.readinglist.model.ReadMarks;
import org.readinglist.persistence.marks.ReadStateSaver;
import org.readinglist.ui.CurrentThreadTaskExecutor;
import org.readinglist.ui.RecordingNotifier;

class SaveStatusTest {

    private static final ReadMarks STORED = ReadMarks.of(Map.of("a", Instant.parse("2026-11-01T08:00:00Z")));

    private final RecordingNotifier notices = new RecordingNotifier();
    private final List<String> told = notices.told;
    private final List<ReadMarks> takenIn = new ArrayList<>();
    private final List<String> observed = new ArrayList<>();
    private final SaveStatus status = new SaveStatus(new CurrentThreadTaskExecutor(), notices, Messages.of(Locale.US));
    private final ReadStateSaver.Listener marks = status.ofMarks(takenIn::add, new ReadStateSaver.Listener() {
        @Override
        public void saved(ReadMarks stored) {
            observed.add("saved");
        }

        @Override
        public void failed(String message) {
            observed.add("failed");
        }
    });

    @Test
    void aFailedSaveIsToldOncePerProblemAndRememberedUntilASaveWorks() {
        marks.failed("the disk is full");
        marks.failed("the disk is full");
        marks.failed("the folder is gone");

        assertThat(told).containsExactly("warn: the disk is full", "warn: the folder is gone");
        assertThat(status.problem()).isEqualTo("the folder is gone");

        marks.saved(STORED, false);

        assertThat(told).last().isEqualTo("info: Read marks are saved again.");
        assertThat(status.problem()).isNull();
        assertThat(observed).containsExactly("failed", "failed", "failed", "saved");
    }

    @Test
    void marksAreTakenInOnlyWhenAnotherInstanceChangedThem() {
        marks.saved(STORED, false);
        marks.saved(STORED, true);

        assertThat(takenIn).containsExactly(STORED);
        assertThat(told).isEmpty();
    }

    @Test
    void aFailedWriteOfTheArticlesNamesTheFileAndWhatWentWrong() {
        List<String> written = new ArrayList<>();
        LibraryWriter.Listener articles = status.ofArticles(Path.of("data", "library.db"), () -> written.add("one"));

        articles.failed(new SQLException("database or disk is full", "", 13));

        assertThat(status.problem()).isEqualTo("Your changes could not be saved to " + Path.of("data", "library.db")
                + ": the disk is full. They are kept and saving is tried again.");
        assertThat(told).containsExactly("warn: " + status.problem());

        articles.written();
        articles.recovered();

        assertThat(written).containsExactly("one");
        assertThat(status.problem()).isNull();
        assertThat(told).last().isEqualTo("info: Read marks are saved again.");
    }
}
