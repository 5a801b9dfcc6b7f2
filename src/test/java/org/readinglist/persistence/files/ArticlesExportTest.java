package org.readinglist.persistence.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readinglist.model.Article;
import org.readinglist.model.ReadMarks;
import org.readinglist.persistence.AtomicFileWriter;

/** The export format, byte for byte, and the files an export never writes over. */
class ArticlesExportTest {

    static final Path GOLDEN = Path.of("src", "test", "resources", "export", "golden-articles.json");

    static final List<Article> ARTICLES = List.of(
            new Article("netflix-live-origin-41f1b0ad5371", "Netflix Live Origin", "Netflix",
                    "Netflix needed a custom origin server …", List.of("real-time-systems", "distributed-systems"), 5,
                    "https://netflixtechblog.com/netflix-live-origin-41f1b0ad5371", LocalDate.of(2025, 12, 15),
                    List.of("Xiaomei Liu", "Joseph Lynch")),
            new Article("unknowns", "Only a title, with \"quotes\", <b>tags</b> & ünïcödé", "", "", List.of(), 0,
                    null, null, null),
            new Article("plain", "Plain", "ACME", "A summary.", List.of("one"), 12, "https://example.com/plain",
                    LocalDate.of(2024, 2, 29), List.of()));

    static final ReadMarks MARKS = new ReadMarks(
            Map.of("netflix-live-origin-41f1b0ad5371", Instant.parse("2026-11-28T10:15:30Z"),
                    "not-exported", Instant.parse("2026-01-01T00:00:00Z")),
            Map.of("unknowns", Instant.parse("2026-11-28T10:16:02.123456789Z")));

    @TempDir
    Path dir;

    private final GsonArticlesFileWriter writer = new GsonArticlesFileWriter(new AtomicFileWriter(), List::of);

    @Test
    void writesTheDocumentedFormatWithReadAndUnreadMoments() throws Exception {
        Path target = dir.resolve("export.json");

        writer.write(target, ARTICLES, MARKS);

        assertThat(Files.readString(target, StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
        assertThat(folder()).containsExactly("export.json");
    }

    @Test
    void theReaderReadsTheExportBackAsTheSameArticlesAndMarks() throws Exception {
        Path target = dir.resolve("export.json");
        writer.write(target, ARTICLES, MARKS);

        ArticlesRead read = new GsonArticleRepository().read(target, part -> { });

        assertThat(read.articles()).isEqualTo(ARTICLES);
        assertThat(read.hasProblems()).isFalse();
        assertThat(read.marks().read()).containsOnlyKeys("netflix-live-origin-41f1b0ad5371");
        assertThat(read.marks().unread()).isEqualTo(MARKS.unread());
    }

    @Test
    void theIdsOfRemovedArticlesFollowTheListAndAreReadBack() throws Exception {
        Path target = dir.resolve("export.json");

        writer.write(target, ARTICLES, MARKS, List.of("gone-first", "plain", "gone-second"));

        assertThat(Files.readString(target, StandardCharsets.UTF_8)).endsWith("""
                  ],
                  "removed": [
                    "gone-first",
                    "gone-second"
                  ]
                }
                """);
        ArticlesRead read = new GsonArticleRepository().read(target, part -> { });
        assertThat(read.articles()).isEqualTo(ARTICLES);
        assertThat(read.removed()).as("an exported article is never said to be removed")
                .containsExactly("gone-first", "gone-second");
    }

    @Test
    void removedIdsAreCleanedAsArticleIdsAreAndAFileWithoutThemHasNone() throws Exception {
        Path file = Files.writeString(dir.resolve("import.json"), """
                {"removed": [" gone ", "gone", "", "two\\nlines", "%s"],
                 "articles": [{"id": "a", "title": "A"}]}""".formatted("x".repeat(600)), StandardCharsets.UTF_8);
        Path old = Files.writeString(dir.resolve("old.json"), """
                {"articles": [{"id": "a", "title": "A"}]}""");

        GsonArticleRepository reader = new GsonArticleRepository();

        assertThat(reader.read(file, part -> { }).removed()).containsExactly("gone", "two lines", "x".repeat(500));
        assertThat(reader.read(old, part -> { }).removed()).isEmpty();
    }

    /**
     * What a version of the app from before the "removed" list does with it: it reads only "articles" and skips
     * every other top-level value, whatever its shape, before or after the list.
     */
    @Test
    void topLevelValuesTheReaderDoesNotKnowAreSkipped() throws Exception {
        Path file = Files.writeString(dir.resolve("newer.json"), """
                {"comingLater": {"nested": [1, {"x": null}], "more": "text"},
                 "articles": [{"id": "a", "title": "A"}],
                 "alsoLater": ["b", 2, null]}""", StandardCharsets.UTF_8);

        ArticlesRead read = new GsonArticleRepository().read(file, part -> { });

        assertThat(read.articles()).extracting(Article::id).containsExactly("a");
        assertThat(read.hasProblems()).isFalse();
        assertThat(read.removed()).isEmpty();
    }

    @Test
    void anExportReplacesAnOldFileWhole() throws Exception {
        Path target = Files.writeString(dir.resolve("export.json"), "old content, longer than nothing at all");

        writer.write(target, List.of(), ReadMarks.NONE);

        assertThat(target).hasContent("{\n  \"articles\": []\n}\n");
        assertThat(folder()).containsExactly("export.json");
    }

    @Test
    void theFilesInUseAreNeverWrittenOverNotEvenThroughALink() throws Exception {
        Path library = Files.writeString(dir.resolve("library.db"), "the library");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), library);
        GsonArticlesFileWriter guarded = new GsonArticlesFileWriter(new AtomicFileWriter(), () -> List.of(library));

        for (Path target : List.of(library, link, dir.resolve("sub/../library.db"))) {
            assertThatThrownBy(() -> guarded.write(target, ARTICLES, MARKS))
                    .isInstanceOfSatisfying(ArticlesExportException.class, e -> assertThat(e.reason())
                            .isEqualTo(ArticlesExportException.Reason.FILE_IN_USE));
        }
        assertThat(library).hasContent("the library");
    }

    @Test
    void aFolderIsNoTargetAndAFailedWriteLeavesNothingBehind() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("folder.json"));
        assertThatThrownBy(() -> writer.write(folder, ARTICLES, MARKS))
                .isInstanceOfSatisfying(ArticlesExportException.class,
                        e -> assertThat(e.reason()).isEqualTo(ArticlesExportException.Reason.IS_FOLDER));

        Path existing = Files.writeString(dir.resolve("kept.json"), "kept");
        GsonArticlesFileWriter failing = new GsonArticlesFileWriter(new AtomicFileWriter() {
            @Override
            protected void beforeRename(Path temp) throws IOException {
                throw new IOException("disk full");
            }
        }, List::of);
        assertThatThrownBy(() -> failing.write(existing, ARTICLES, MARKS))
                .isInstanceOfSatisfying(ArticlesExportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ArticlesExportException.Reason.NOT_WRITTEN);
                    assertThat(e.getMessage()).isEqualTo("disk full");
                });
        assertThat(existing).hasContent("kept");
        assertThat(folder()).containsExactly("folder.json", "kept.json");
    }

    private List<String> folder() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
