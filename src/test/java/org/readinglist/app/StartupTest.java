package org.readinglist.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readinglist.model.ReadMarks;
import org.readinglist.persistence.GsonReadStateStore;
import org.readinglist.i18n.Messages;
import org.readinglist.ui.state.ListLoader;

class StartupTest {

    @Test
    void readsTheDataFolderThePreferencesAndTheListOfTheArguments(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path articles = dir.resolve("articles.json");
        Files.writeString(articles, """
                {"articles": [{"id": "one", "title": "One"}, {"id": "two", "title": "Two"}]}""",
                StandardCharsets.UTF_8);
        new GsonReadStateStore(data, Messages.of(Locale.US))
                .save(ReadMarks.of(Map.of("two", Instant.parse("2026-11-01T08:00:00Z"))));

        Startup startup = Startup.forArguments(List.of("--data-dir", data.toString(), "--articles",
                articles.toString()));

        Startup.Settings settings = startup.settings();
        assertThat(settings.dataDir()).isEqualTo(data);
        assertThat(settings.options().articlesFile()).contains(articles);
        assertThat(settings.store().file()).isEqualTo(data.resolve("state.json"));
        ListLoader.Loaded list = startup.list().get(30, TimeUnit.SECONDS);
        assertThat(list.engine().articles()).extracting(article -> article.title()).containsExactly("One", "Two");
        assertThat(list.marks().read()).containsOnlyKeys("two");
        assertThat(list.source()).isEqualTo(articles.toString());
    }

    @Test
    void aLongFileOpenedAgainComesFromItsSnapshotInTheDataFolder(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path articles = dir.resolve("articles.json");
        StringBuilder json = new StringBuilder("{\"articles\": [");
        for (int i = 0; i < 6000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\": \"a").append(i).append("\", \"title\": \"Title ")
                    .append(i).append("\", \"summary\": \"").append("words of a summary ".repeat(10))
                    .append("\", \"tags\": [\"t").append(i % 7).append("\"]}");
        }
        Files.writeString(articles, json.append("]}"), StandardCharsets.UTF_8);
        assertThat(Files.size(articles)).isGreaterThanOrEqualTo(1024 * 1024);
        List<String> args = List.of("--data-dir", data.toString(), "--articles", articles.toString());

        List<?> first = Startup.forArguments(args).list().get(30, TimeUnit.SECONDS).engine().articles();
        Path cache = data.resolve("cache");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (snapshots(cache).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(snapshots(cache)).hasSize(1);
        Files.write(snapshots(cache).get(0), new byte[] {1, 2, 3}); // a snapshot not of this list is not used
        List<?> damaged = Startup.forArguments(args).list().get(30, TimeUnit.SECONDS).engine().articles();
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (snapshots(cache).stream().allMatch(file -> size(file) < 1000) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        List<?> again = Startup.forArguments(args).list().get(30, TimeUnit.SECONDS).engine().articles();

        assertThat(first).hasSize(6000);
        assertThat(damaged).isEqualTo(first);
        assertThat(again).isEqualTo(first);
        assertThat(snapshots(cache)).singleElement().matches(file -> size(file) > 100_000);
    }

    private static List<Path> snapshots(Path cache) throws java.io.IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (var files = Files.list(cache)) {
            return files.filter(file -> file.toString().endsWith(".snapshot")).toList();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    @Test
    void theListIsReadInTheLanguageOfThePreferences(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("preferences.json"), """
                {"version": 1, "language": "de"}""", StandardCharsets.UTF_8);

        Startup startup = Startup.forArguments(List.of("--data-dir", data.toString(), "--articles",
                dir.resolve("missing.json").toString()));

        assertThat(startup.settings().locale()).isEqualTo(Locale.GERMAN);
        ListLoader.Loaded list = startup.list().get(30, TimeUnit.SECONDS);
        assertThat(list.source()).isEqualTo("mitgelieferte Liste");
        assertThat(list.notices()).singleElement().asString()
                .contains("konnte nicht geöffnet werden", "missing.json");
        assertThat(list.engine().articles()).hasSize(19);
    }

    @Test
    void theAppTakesOverWhatTheLauncherBeganOnce(@TempDir Path dir) {
        List<String> args = List.of("--data-dir", dir.toString());
        Startup.begin(args);

        Startup taken = Startup.forArguments(args);
        Startup again = Startup.forArguments(args);

        assertThat(taken.settings().dataDir()).isEqualTo(dir);
        assertThat(again).isNotSameAs(taken);
    }

    @Test
    void aBeginningForOtherArgumentsIsNotUsed(@TempDir Path dir) {
        Startup.begin(List.of("--data-dir", dir.resolve("a").toString()));

        Startup startup = Startup.forArguments(List.of("--data-dir", dir.resolve("b").toString()));

        assertThat(startup.settings().dataDir()).isEqualTo(dir.resolve("b"));
    }
}
