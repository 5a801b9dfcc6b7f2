package org.readinglist.ui.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.readinglist.i18n.Messages;
import org.readinglist.library.ArticlesImport;
import org.readinglist.library.ListLoader;
import org.readinglist.persistence.files.ArticleProblem;
import org.readinglist.persistence.library.LibraryNotice;
import org.readinglist.persistence.library.Merge;
import org.readinglist.ui.RecordingNotifier;

class LibraryNoticesTest {

    private static final Messages ENGLISH = Messages.of(Locale.US);
    private static final Path LIBRARY = Path.of("data", "library.db");
    private static final Path FILE = Path.of("mine.json");

    @Test
    void marksMovedFromAnOldStateFileAreNewsThatNamesBothFiles() {
        ListLoader.Notice migrated = new ListLoader.FromLibrary(new LibraryNotice(LibraryNotice.Kind.MARKS_MIGRATED,
                LIBRARY, Path.of("data", "state.json.migrated-1"), 1, ""));

        assertThat(LibraryNotices.isWarning(migrated)).isFalse();
        assertThat(LibraryNotices.describe(migrated, ENGLISH)).isEqualTo("1 read mark was moved into your library "
                + LIBRARY + ". The old file was kept as " + Path.of("data", "state.json.migrated-1") + ".");
    }

    @Test
    void aLibraryThatCannotBeOpenedIsAWarningWithTheReason() {
        ListLoader.Notice unavailable = new ListLoader.LibraryUnavailable(LIBRARY.toString(),
                new AccessDeniedException(LIBRARY.toString()));

        assertThat(LibraryNotices.isWarning(unavailable)).isTrue();
        assertThat(LibraryNotices.describe(unavailable, ENGLISH))
                .startsWith("Your library " + LIBRARY + " cannot be opened (no permission).");
    }

    @Test
    void aFileThatImportsNothingIsAWarningThatNamesTheFileAndItsFirstProblem() {
        ListLoader.Notice failed = new ListLoader.ImportFailed(FILE, "not valid JSON at line 1, column 3");
        ListLoader.Notice refused = new ListLoader.ImportRefused(FILE,
                new ArticleProblem(2, null, ArticleProblem.Reason.TITLE_MISSING, "", 0));

        assertThat(LibraryNotices.isWarning(failed)).isTrue();
        assertThat(LibraryNotices.describe(failed, ENGLISH))
                .isEqualTo("Nothing was imported from " + FILE + ": not valid JSON at line 1, column 3");
        assertThat(LibraryNotices.isWarning(refused)).isTrue();
        assertThat(LibraryNotices.describe(refused, ENGLISH))
                .isEqualTo("Nothing was imported from " + FILE + ": article 2: \"title\" is missing or empty");
    }

    @Test
    void warningsAreToldBeforeNewsAndAnImportThatCutTextsIsAWarning() {
        ListLoader.Notice clean = imported(0);
        ListLoader.Notice cut = imported(2);
        ListLoader.Notice failed = new ListLoader.ImportFailed(FILE, "no such file");
        RecordingNotifier notifier = new RecordingNotifier();

        LibraryNotices.tell(List.of(clean, failed, cut), notifier, ENGLISH);

        assertThat(notifier.told).containsExactly(
                "warn: Nothing was imported from " + FILE + ": no such file",
                "warn: Imported " + FILE + ": 1 added, 0 updated, 0 unchanged, 0 skipped. "
                        + "2 articles had texts too long to keep whole; they were cut.",
                "info: Imported " + FILE + ": 1 added, 0 updated, 0 unchanged, 0 skipped.");
    }

    private static ListLoader.Notice imported(int cut) {
        return new ListLoader.Imported(new ArticlesImport.Outcome(FILE, new Merge.Summary(1, 0, 0, List.of()),
                List.of(), 0, cut));
    }
}
