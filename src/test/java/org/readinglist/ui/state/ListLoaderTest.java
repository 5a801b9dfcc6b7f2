package org.readinglist.ui.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readinglist.i18n.Messages;
import org.readinglist.logic.IndexedQueryEngine;
import org.readinglist.model.Article;
import org.readinglist.persistence.ArticlesFileException;
import org.readinglist.persistence.GsonArticleRepository;
import org.readinglist.persistence.library.LibraryStore;
import org.readinglist.web.UrlNormalizer;

class ListLoaderTest {

    private static final String DRUID_ID =
            "stop-answering-the-same-question-twice-interval-aware-caching-for-druid-at-netflix-scale-22fadc9b840e";

    @TempDir
    Path dir;

    private ListLoader.Loaded load(Path dataDir, Optional<Path> importFile) throws ArticlesFileException {
        try (LibraryStore library = new LibraryStore(dataDir, Clock.systemUTC(), UrlNormalizer::key)) {
            return new ListLoader(new GsonArticleRepository(), library, IndexedQueryEngine::new,
                    Messages.of(Locale.US)).load(importFile, part -> { });
        }
    }

    @Test
    void theFirstStartPutsTheBundledListIntoTheLibraryFile() throws Exception {
        Path data = dir.resolve("data");

        ListLoader.Loaded first = load(data, Optional.empty());

        assertThat(first.engine().articles()).hasSize(19);
        assertThat(first.notices()).isEmpty();
        assertThat(first.source()).isEqualTo("your library");
        assertThat(data.resolve("library.db")).isRegularFile();
        ListLoader.Loaded again = load(data, Optional.empty());
        assertThat(again.engine().articles()).isEqualTo(first.engine().articles());
    }

    @Test
    void anArticlesFileIsMergedIntoTheLibraryAndTheSummarySaysWhatChanged() throws Exception {
        Path data = dir.resolve("data");
        Path file = Files.writeString(dir.resolve("mine.json"), """
                {"articles": [
                  {"id": "%s", "title": "Druid, retitled", "tags": ["caching"]},
                  {"id": "mine-1", "title": "My own article", "url": "https://example.com/a#top"}
                ]}""".formatted(DRUID_ID), StandardCharsets.UTF_8);

        ListLoader.Loaded loaded = load(data, Optional.of(file));

        assertThat(loaded.engine().articles()).hasSize(20);
        assertThat(titleOf(loaded, DRUID_ID)).isEqualTo("Druid, retitled");
        assertThat(loaded.notices()).isEmpty();
        assertThat(loaded.infos()).containsExactly(
                "Imported " + file + ": 1 added, 1 updated, 0 unchanged, 0 skipped.");

        ListLoader.Loaded twice = load(data, Optional.of(file));

        assertThat(twice.engine().articles()).isEqualTo(loaded.engine().articles());
        assertThat(twice.infos()).containsExactly(
                "Imported " + file + ": 0 added, 0 updated, 2 unchanged, 0 skipped.");
        assertThat(file).hasContent("""
                {"articles": [
                  {"id": "%s", "title": "Druid, retitled", "tags": ["caching"]},
                  {"id": "mine-1", "title": "My own article", "url": "https://example.com/a#top"}
                ]}""".formatted(DRUID_ID));
    }

    @Test
    void anArticleIsMatchedByItsNormalizedUrlWhenItsIdIsNew() throws Exception {
        Path data = dir.resolve("data");
        Article druid = load(data, Optional.empty()).engine().articles().stream()
                .filter(article -> article.id().equals(DRUID_ID)).findFirst().orElseThrow();
        String shouting = druid.url().replace("https://netflixtechblog.com", "HTTPS://NetflixTechBlog.com") + "#x";
        Path file = Files.writeString(dir.resolve("same.json"), """
                {"articles": [{"id": "another-id", "title": "%s", "url": "%s"}]}"""
                .formatted(druid.title(), shouting), StandardCharsets.UTF_8);

        ListLoader.Loaded loaded = load(data, Optional.of(file));

        assertThat(loaded.engine().articles()).hasSize(19);
        assertThat(loaded.engine().indexOf("another-id")).isNegative();
        assertThat(loaded.infos()).containsExactly(
                "Imported " + file + ": 0 added, 1 updated, 0 unchanged, 0 skipped.");
    }

    @Test
    void aBrokenArticlesFileImportsNothingAndSaysWhy() throws Exception {
        Path data = dir.resolve("data");
        Path broken = Files.writeString(dir.resolve("articles.json"), "{ not json");

        ListLoader.Loaded loaded = load(data, Optional.of(broken));

        assertThat(loaded.engine().articles()).hasSize(19);
        assertThat(loaded.notices()).singleElement().satisfies(notice -> assertThat(notice)
                .startsWith("Nothing was imported from " + broken + ": "));
    }

    @Test
    void aFileWithABrokenArticleImportsNothingAtStartAndTheNoticeNamesTheFileAndTheFirstProblem() throws Exception {
        Path data = dir.resolve("data");
        Path file = Files.writeString(dir.resolve("partly.json"), """
                {"articles": [{"id": "fine", "title": "Fine"}, {"id": "no-title"}, {"id": "x", "title": 5}]}""");

        ListLoader.Loaded loaded = load(data, Optional.of(file));

        assertThat(loaded.engine().articles()).hasSize(19);
        assertThat(loaded.engine().indexOf("fine")).isNegative();
        assertThat(loaded.notices()).containsExactly(
                "Nothing was imported from " + file + ": article 2: \"title\" is missing or empty");
        assertThat(loaded.infos()).isEmpty();
    }

    @Test
    void aFilesReadMarksComeInAtStartAndTextsCutToTheirLimitAreToldOncePerFile() throws Exception {
        Path data = dir.resolve("data");
        Path file = Files.writeString(dir.resolve("marked.json"), """
                {"articles": [
                  {"id": "long-1", "title": "%s", "readAt": "2026-11-01T08:00:00Z"},
                  {"id": "long-2", "title": "Short", "summary": "%s"},
                  {"id": "%s", "title": "Druid", "unreadAt": "2026-11-02T08:00:00Z"}
                ]}""".formatted("t".repeat(800), "s".repeat(9000), DRUID_ID));

        ListLoader.Loaded loaded = load(data, Optional.of(file));

        assertThat(titleOf(loaded, "long-1")).hasSize(500);
        assertThat(loaded.marks().read()).containsOnlyKeys("long-1");
        assertThat(loaded.marks().unread()).containsOnlyKeys(DRUID_ID);
        assertThat(loaded.infos()).isEmpty();
        assertThat(loaded.notices()).containsExactly("Imported " + file + ": 2 added, 1 updated, 0 unchanged, "
                + "0 skipped. 2 read marks taken in. 2 articles had texts too long to keep whole; they were cut.");
    }

    @Test
    void readMarksOfAnOldStateFileMoveIntoTheLibraryOnce() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("state.json"), """
                {"version": 2, "read": {"%s": "2026-11-01T08:00:00.123456Z"}, "unread": {}}""".formatted(DRUID_ID));

        ListLoader.Loaded loaded = load(data, Optional.empty());

        assertThat(loaded.marks().read()).containsOnlyKeys(DRUID_ID);
        assertThat(loaded.read().count()).isEqualTo(1);
        assertThat(loaded.notices()).isEmpty();
        assertThat(loaded.infos()).singleElement().satisfies(notice -> assertThat(notice)
                .startsWith("1 read mark was moved into your library " + data.resolve("library.db"))
                .contains("The old file was kept as " + data.resolve("state.json.migrated-")));
        assertThat(data.resolve("state.json")).doesNotExist();
        try (Stream<Path> files = Files.list(data.resolve("backups"))) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .anySatisfy(name -> assertThat(name).endsWith("-before-migration.db"));
        }
        ListLoader.Loaded again = load(data, Optional.empty());
        assertThat(again.notices()).isEmpty();
        assertThat(again.infos()).isEmpty();
        assertThat(again.marks().read().get(DRUID_ID)).hasToString("2026-11-01T08:00:00.123456Z");
    }

    @Test
    void aLibraryThatCannotBeOpenedLeavesTheBundledListShownAndSaysSo() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("data"), "a file where the data folder should be");

        ListLoader.Loaded loaded = load(notAFolder, Optional.empty());

        assertThat(loaded.engine().articles()).hasSize(19);
        assertThat(loaded.notices()).singleElement().satisfies(notice -> assertThat(notice)
                .startsWith("Your library " + notAFolder.resolve("library.db") + " cannot be opened ("));
        assertThat(notAFolder).hasContent("a file where the data folder should be");
    }

    @Test
    void aDamagedLibraryIsSetAsideAndANewOneStarted() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        byte[] garbage = "this is not a database, but somebody's bytes all the same".repeat(100)
                .getBytes(StandardCharsets.UTF_8);
        Files.write(data.resolve("library.db"), garbage);

        ListLoader.Loaded loaded = load(data, Optional.empty());

        assertThat(loaded.engine().articles()).hasSize(19);
        assertThat(loaded.notices()).singleElement().satisfies(notice -> assertThat(notice)
                .startsWith("Your library " + data.resolve("library.db") + " could not be read")
                .contains("It was kept as " + data.resolve("library.db.damaged-")));
        assertThat(setAside(data)).singleElement().satisfies(file -> assertThat(file).hasBinaryContent(garbage));
    }

    private static List<Path> setAside(Path data) throws IOException {
        try (Stream<Path> files = Files.list(data)) {
            return files.filter(path -> path.getFileName().toString().startsWith("library.db.damaged-")).toList();
        }
    }

    private static String titleOf(ListLoader.Loaded loaded, String id) {
        return loaded.engine().articles().get(loaded.engine().indexOf(id)).title();
    }
}
