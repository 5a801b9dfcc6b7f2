package org.readinglist.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readinglist.model.ReadMarks;
import org.readinglist.persistence.library.TestLibraries;
import org.readinglist.i18n.Messages;
import org.readinglist.library.ListLoader;

class StartupTest {

    /** Every start-up a test began: each is waited for, so none writes to a folder while it is deleted. */
    private final List<Startup> started = new ArrayList<>();

    private Startup start(List<String> args) {
        Startup startup = Startup.forArguments(args);
        started.add(startup);
        return startup;
    }

    @AfterEach
    void waitForTheStartUps() throws Exception {
        for (Startup startup : started) {
            startup.finished().get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void readsTheDataFolderThePreferencesAndTheListOfTheArguments(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path articles = dir.resolve("articles.json");
        Files.writeString(articles, """
                {"articles": [{"id": "one", "title": "One"}, {"id": "two", "title": "Two"}]}""",
                StandardCharsets.UTF_8);
        TestLibraries.store(data, ReadMarks.of(Map.of("two", Instant.parse("2026-11-01T08:00:00Z"))));

        Startup startup = start(List.of("--data-dir", data.toString(), "--articles",
                articles.toString()));

        Startup.Settings settings = startup.settings();
        assertThat(settings.dataDir()).isEqualTo(data);
        assertThat(settings.options().articlesFile()).contains(articles);
        assertThat(settings.library().file()).isEqualTo(data.resolve("library.db"));
        ListLoader.Loaded list = startup.list().get(30, TimeUnit.SECONDS);
        // the file is merged into the library, after the bundled list
        assertThat(list.engine().articles()).hasSize(21);
        assertThat(list.engine().articles().subList(19, 21)).extracting(article -> article.title())
                .containsExactly("One", "Two");
        assertThat(list.marks().read()).containsOnlyKeys("two");
        assertThat(list.notices()).singleElement().isInstanceOf(ListLoader.Imported.class);
    }

    @Test
    void temporaryFilesAKilledWriteLeftBehindAreDeletedAtTheNextStart(@TempDir Path dir) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path old = Files.writeString(data.resolve(".preferences.json.123456.tmp"), "{\"version\": 1, \"the");
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()
                - TimeUnit.HOURS.toMillis(2)));
        Path fresh = Files.writeString(data.resolve(".preferences.json.987654.tmp"), "another instance's write");
        Path mine = Files.writeString(data.resolve("notes.tmp"), "not ours");
        Files.setLastModifiedTime(mine, Files.getLastModifiedTime(old));

        start(List.of("--data-dir", data.toString())).list().get(30, TimeUnit.SECONDS);

        assertThat(old).doesNotExist();
        assertThat(fresh).exists();
        assertThat(mine).exists();
    }

    @Test
    void aFileImportedOnceIsInTheLibraryAtTheNextStart(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path articles = dir.resolve("articles.json");
        Files.writeString(articles, """
                {"articles": [{"id": "one", "title": "One"}, {"id": "two", "title": "Two"}]}""",
                StandardCharsets.UTF_8);
        start(List.of("--data-dir", data.toString(), "--articles", articles.toString()))
                .list().get(30, TimeUnit.SECONDS);
        Files.delete(articles);

        ListLoader.Loaded again = start(List.of("--data-dir", data.toString()))
                .list().get(30, TimeUnit.SECONDS);

        assertThat(again.engine().articles()).hasSize(21);
        assertThat(again.notices()).isEmpty();
    }

    @Test
    void theListIsReadInTheLanguageOfThePreferences(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("preferences.json"), """
                {"version": 1, "language": "de"}""", StandardCharsets.UTF_8);

        Startup startup = start(List.of("--data-dir", data.toString(), "--articles",
                dir.resolve("missing.json").toString()));

        assertThat(startup.settings().locale()).isEqualTo(Locale.GERMAN);
        ListLoader.Loaded list = startup.list().get(30, TimeUnit.SECONDS);
        // the reader tells what is wrong with the file in the language of the preferences
        assertThat(list.notices()).containsExactly(new ListLoader.ImportFailed(dir.resolve("missing.json"),
                Messages.of(Locale.GERMAN).get("articles.notFound")));
        assertThat(list.engine().articles()).hasSize(19);
    }

    @Test
    void theAppTakesOverWhatTheLauncherBeganOnce(@TempDir Path dir) {
        List<String> args = List.of("--data-dir", dir.toString());
        started.add(Startup.begin(args));

        Startup taken = start(args);
        Startup again = start(args);

        assertThat(taken.settings().dataDir()).isEqualTo(dir);
        assertThat(again).isNotSameAs(taken);
    }

    @Test
    void aBeginningForOtherArgumentsIsNotUsed(@TempDir Path dir) {
        started.add(Startup.begin(List.of("--data-dir", dir.resolve("a").toString())));

        Startup startup = start(List.of("--data-dir", dir.resolve("b").toString()));

        assertThat(startup.settings().dataDir()).isEqualTo(dir.resolve("b"));
    }
}
