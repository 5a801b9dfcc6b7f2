package org.readinglist.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readinglist.i18n.Messages;
import org.readinglist.model.ReadMarks;
import org.readinglist.logic.IndexedQueryEngine;
import org.readinglist.persistence.library.LibraryDatabase;
import org.readinglist.persistence.library.LibraryStore;
import org.readinglist.web.UrlNormalizer;
import org.readinglist.library.ListLoader;
import org.readinglist.ui.state.LibraryNotices;
import java.time.Clock;
import org.readinglist.persistence.files.ArticlesFileException;
import org.readinglist.persistence.files.GsonArticleRepository;
import org.readinglist.persistence.marks.LegacyStateFile;
import org.readinglist.persistence.marks.ReadStateSaver;
import org.readinglist.persistence.marks.ReadStateStore;
import org.readinglist.persistence.preferences.GsonPreferencesStore;
import org.readinglist.persistence.preferences.PreferencesStore;

/** The problems the files cause reach a German user in German, file names and places included. */
class GermanFileProblemsTest {

    private static final Messages GERMAN = Messages.of(Locale.GERMAN);
    /** Words of the English messages that must not turn up in a German sentence. */
    private static final List<String> ENGLISH = List.of("not valid", "could not", "must be", "article ", "file ",
            "Read marks", "Preferences", "kept", "missing", "Expected", "Unterminated", "end");

    @TempDir
    Path dir;

    @Test
    void brokenArticlesFileIsNamedWithLineAndColumnInGerman() throws IOException {
        Path file = Files.writeString(dir.resolve("kaputt.json"),
                "{\"articles\": [\n  {\"title\": \"A\"},\n  {\"title\" \"B\"}\n]}\n");

        ArticlesFileException e = assertThrows(ArticlesFileException.class,
                () -> new GsonArticleRepository(GERMAN).load(file, part -> { }));

        assertThat(e.getMessage()).startsWith(file + ": kein gültiges JSON in Zeile 3, Spalte ")
                .endsWith(": erwartet wurde „:“");
        // as the notice bar shows it: one language throughout
        String notice = GERMAN.format("state.openFailed", e.getMessage());
        assertThat(notice).contains(file.toString()).contains("Zeile 3").contains("mitgelieferte Liste");
        assertThat(ENGLISH).noneMatch(notice::contains);
    }

    @Test
    void gsonsOwnWordsAreKeptInEnglishAndTranslatedIntoGerman() {
        Messages english = Messages.of(Locale.ENGLISH);
        JsonProblems.GSON_WORDS.forEach((words, key) -> {
            assertThat(english.format(key)).isEqualTo(words);
            assertThat(GERMAN.format(key)).isNotEqualTo(words);
        });
    }

    @Test
    void articleProblemNamesTheArticleAndFieldInGerman() throws IOException {
        Path file = Files.writeString(dir.resolve("a.json"),
                "{\"articles\": [{\"title\": \"Erster\"}, {\"title\": \"Zweiter\", \"readMinutes\": -3}]}");

        ArticlesFileException e = assertThrows(ArticlesFileException.class,
                () -> new GsonArticleRepository(GERMAN).load(file, part -> { }));

        assertThat(e.problem())
                .isEqualTo("Artikel 2 („Zweiter“): „readMinutes“ muss zwischen 0 und 100000 liegen");
    }

    @Test
    void largeLineNumbersHaveNoSeparatorInEitherLanguage() throws IOException {
        Path file = Files.writeString(dir.resolve("long.json"), "{\"articles\": [" + "\n".repeat(1233) + "x]}");

        ArticlesFileException german = assertThrows(ArticlesFileException.class,
                () -> new GsonArticleRepository(GERMAN).load(file, part -> { }));
        ArticlesFileException english = assertThrows(ArticlesFileException.class,
                () -> new GsonArticleRepository().load(file, part -> { }));

        assertThat(german.problem()).startsWith("kein gültiges JSON in Zeile 1234, Spalte 1: ");
        assertThat(english.problem()).startsWith("not valid JSON at line 1234, column 1: ");
    }

    @Test
    void unreadableOldStateFileIsLeftWithAGermanNotice() throws Exception {
        Path state = dir.resolve(LegacyStateFile.FILE_NAME);
        Files.writeString(state, "{\"version\": 2, \"read\": []}");

        ListLoader.Loaded loaded;
        try (LibraryStore library = new LibraryStore(dir, Clock.systemUTC(), UrlNormalizer::key,
                file -> LegacyStateFile.read(file, GERMAN))) {
            loaded = new ListLoader(new GsonArticleRepository(GERMAN), library, IndexedQueryEngine::new)
                    .load(Optional.empty(), part -> { });
        }

        assertThat(loaded.notices()).singleElement().satisfies(notice -> assertThat(
                LibraryNotices.describe(notice, GERMAN)).startsWith("Die Lesemarken in " + state + " konnten nicht in Ihre Bibliothek übernommen werden "
                        + "(„read“ muss ein Objekt sein")
                .endsWith("Die Datei bleibt unverändert."));
        assertThat(state).hasContent("{\"version\": 2, \"read\": []}");
    }

    @Test
    void failedSaveIsToldInGerman() {
        Path state = dir.resolve(LibraryDatabase.FILE_NAME);
        ReadStateStore refusing = new RefusingStore(state);
        List<String> failures = new CopyOnWriteArrayList<>();
        ReadStateSaver saver = new ReadStateSaver(refusing, Duration.ofHours(1), new ReadStateSaver.Listener() {
            @Override
            public void saved(ReadMarks stored) {
            }

            @Override
            public void failed(String message) {
                failures.add(message);
            }
        }, GERMAN);

        saver.submit(ReadMarks.NONE);
        saver.flush(Duration.ofSeconds(10));
        saver.close();

        assertThat(failures).isNotEmpty();
        assertThat(failures.get(0)).isEqualTo("Die Lesemarken konnten nicht in " + state + " gespeichert werden: "
                + "keine Berechtigung, " + state + " zu schreiben. Sie bleiben im Speicher, und das Speichern wird "
                + "erneut versucht.");
    }

    /** A store on a disk that refuses every write. */
    private record RefusingStore(Path file) implements ReadStateStore {

        @Override
        public ReadMarks save(ReadMarks marks) throws IOException {
            throw new AccessDeniedException(file.toString());
        }

        @Override
        public List<Backup> backups() {
            return List.of();
        }

        @Override
        public ReadMarks readBackup(Backup backup) throws IOException {
            throw new AccessDeniedException(backup.file().toString());
        }

        @Override
        public ReadMarks restore(Backup backup) throws IOException {
            throw new AccessDeniedException(file.toString());
        }
    }

    @Test
    void brokenPreferencesAreSetAsideWithAGermanNotice() throws IOException {
        Files.writeString(dir.resolve(GsonPreferencesStore.FILE_NAME), "{\"theme\": ");

        PreferencesStore.Loaded loaded = new GsonPreferencesStore(dir, GERMAN).load();

        assertThat(loaded.problem()).hasValueSatisfying(problem -> assertThat(problem)
                .startsWith("Die Einstellungen in " + dir.resolve(GsonPreferencesStore.FILE_NAME)
                        + " konnten nicht gelesen werden (kein gültiges JSON in Zeile 1, Spalte ")
                .endsWith("und das Fenster startet mit den Standardeinstellungen."));
    }
}
