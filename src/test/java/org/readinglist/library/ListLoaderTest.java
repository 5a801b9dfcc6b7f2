package org.readinglist.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readinglist.logic.IndexedQueryEngine;
import org.readinglist.model.Article;
import org.readinglist.persistence.files.ArticleProblem;
import org.readinglist.persistence.files.ArticlesFileException;
import org.readinglist.persistence.files.GsonArticleRepository;
import org.readinglist.persistence.library.LibraryNotice;
import org.readinglist.persistence.library.LibraryStore;
import org.readinglist.persistence.library.Merge;
import org.readinglist.web.UrlNormalizer;

class ListLoaderTest {

    private static final String DRUID_ID =
            "stop-answering-the-same-question-twice-interval-aware-caching-for-druid-at-netflix-scale-22fadc9b840e";

    @TempDir
    Path dir;

    private ListLoader.Loaded load(Path dataDir, Optional<Path> importFile) throws ArticlesFileException {
        try (LibraryStore library = new LibraryStore(dataDir, Clock.systemUTC(), UrlNormalizer::key)) {
            return new ListLoader(new GsonArticleRepository(), library, IndexedQueryEngine::new)
                    .load(importFile, part -> { });
        }
    }

    @Test
    void theFirstStartPutsTheBundledListIntoTheLibraryFile() throws Exception {
        Path data = dir.resolve("data");

        ListLoader.Loaded first = load(data, Optional.empty());

        assertThat(first.engine().articles()).hasSize(19);
        assertThat(first.notices()).isEmpty();
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
        assertThat(imported(loaded, file)).isEqualTo(new Merge.Summary(1, 1, 0, List.of()));

        ListLoader.Loaded twice = load(data, Optional.of(file));

        assertThat(twice.engine().articles()).isEqualTo(loaded.engine().articles());
        assertThat(imported(twice, file)).isEqualTo(new Merge.Summary(0, 0, 2, List.of()));
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
        assertThat(imported(loaded, file)).isEqualTo(new Merge.Summary(0, 1, 0, List.of()));
    }

    @Test
    void aBrokenArticlesFileImportsNothingAndSaysWhy() throws Exception {
        Path data = dir.resolve("data");
        Path broken = Files.writeString(dir.resolve("articles.json"), "{ not json");

        ListLoader.Loaded loaded = load(data, Optional.of(broken));

        assertThat(loaded.engine().articles()).hasSize(19);
        assertThat(loaded.notices()).singleElement().isInstanceOfSatisfying(ListLoader.ImportFailed.class,
                failed -> {
                    assertThat(failed.file()).isEqualTo(broken);
                    assertThat(failed.problem()).startsWith("not valid JSON");
                });
    }

    @Test
    void aFileWithABrokenArticleImportsNothingAtStartAndTheNoticeNamesTheFileAndTheFirstProblem() throws Exception {
        Path data = dir.resolve("data");
        Path file = Files.writeString(dir.resolve("partly.json"), """
                {"articles": [{"id": "fine", "title": "Fine"}, {"id": "no-title"}, {"id": "x", "title": 5}]}""");

        ListLoader.Loaded loaded = load(data, Optional.of(file));

        assertThat(loaded.engine().articles()).hasSize(19);
        assertThat(loaded.engine().indexOf("fine")).isNegative();
        assertThat(loaded.notices()).singleElement().isInstanceOfSatisfying(ListLoader.ImportRefused.class,
                refused -> {
                    assertThat(refused.file()).isEqualTo(file);
                    assertThat(refused.firstProblem().position()).isEqualTo(2);
                    assertThat(refused.firstProblem().reason()).isEqualTo(ArticleProblem.Reason.TITLE_MISSING);
                });
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
        assertThat(loaded.notices()).singleElement().isInstanceOfSatisfying(ListLoader.Imported.class,
                imported -> {
                    assertThat(imported.outcome().summary()).isEqualTo(new Merge.Summary(2, 1, 0, List.of(), 2));
                    assertThat(imported.outcome().cut()).isEqualTo(2);
                });
    }

    @Test
    void readMarksOfAnOldStateFileMoveIntoTheLibraryOnce() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("state.json"), """
                {"version": 2, "read": {"%s": "2026-11-01T08:00:00.123456Z"}, "unread": {}}""".formatted(DRUID_ID));

        ListLoader.Loaded loaded = load(data, Optional.empty());

        assertThat(loaded.marks().read()).containsOnlyKeys(DRUID_ID);
        assertThat(loaded.read().count()).isEqualTo(1);
        assertThat(libraryNotice(loaded)).satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(LibraryNotice.Kind.MARKS_MIGRATED);
            assertThat(notice.count()).isEqualTo(1);
            assertThat(notice.file()).isEqualTo(data.resolve("library.db"));
            assertThat(notice.other().toString()).startsWith(data.resolve("state.json.migrated-").toString());
        });
        assertThat(data.resolve("state.json")).doesNotExist();
        try (Stream<Path> files = Files.list(data.resolve("backups"))) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .anySatisfy(name -> assertThat(name).endsWith("-before-migration.db"));
        }
        ListLoader.Loaded again = load(data, Optional.empty());
        assertThat(again.notices()).isEmpty();
        assertThat(again.marks().read().get(DRUID_ID)).hasToString("2026-11-01T08:00:00.123456Z");
    }

    @Test
    void aLibraryThatCannotBeOpenedLeavesTheBundledListShownAndSaysSo() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("data"), "a file where the data folder should be");

        ListLoader.Loaded loaded = load(notAFolder, Optional.empty());

        assertThat(loaded.engine().articles()).hasSize(19);
        assertThat(loaded.notices()).singleElement().isInstanceOfSatisfying(ListLoader.LibraryUnavailable.class,
                unavailable -> assertThat(unavailable.file()).isEqualTo(notAFolder.resolve("library.db").toString()));
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
        assertThat(libraryNotice(loaded)).satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(LibraryNotice.Kind.SET_ASIDE);
            assertThat(notice.file()).isEqualTo(data.resolve("library.db"));
            assertThat(notice.other().toString()).startsWith(data.resolve("library.db.damaged-").toString());
        });
        assertThat(setAside(data)).singleElement().satisfies(file -> assertThat(file).hasBinaryContent(garbage));
    }

    private static List<Path> setAside(Path data) throws IOException {
        try (Stream<Path> files = Files.list(data)) {
            return files.filter(path -> path.getFileName().toString().startsWith("library.db.damaged-")).toList();
        }
    }

    /** What the one notice says the import of the file did. */
    private static Merge.Summary imported(ListLoader.Loaded loaded, Path file) {
        assertThat(loaded.notices()).singleElement().isInstanceOf(ListLoader.Imported.class);
        ListLoader.Imported imported = (ListLoader.Imported) loaded.notices().get(0);
        assertThat(imported.outcome().file()).isEqualTo(file);
        return imported.outcome().summary();
    }

    /** The one notice, which the library gave. */
    private static LibraryNotice libraryNotice(ListLoader.Loaded loaded) {
        assertThat(loaded.notices()).singleElement().isInstanceOf(ListLoader.FromLibrary.class);
        return ((ListLoader.FromLibrary) loaded.notices().get(0)).notice();
    }

    private static String titleOf(ListLoader.Loaded loaded, String id) {
        return loaded.engine().articles().get(loaded.engine().indexOf(id)).title();
    }
}
