package org.readinglist.persistence.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readinglist.model.Article;
import org.readinglist.web.UrlNormalizer;

/**
 * The articles kept beside the library ({@code library.articles}): they come back exactly, they are used only while
 * the library has the stamp they were kept at, and what a start reads from them is what it would read from the
 * tables, after this instance's own changes too.
 */
class ArticleCacheTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T10:15:30Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    private LibraryStore store() {
        return new LibraryStore(data, CLOCK, UrlNormalizer::key);
    }

    private Path cacheFile() {
        return data.resolve(ArticleCacheFile.FILE_NAME);
    }

    private static List<Article> articles(int count) {
        List<Article> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(new Article("id-" + i, "Title " + i + " über", "Co " + i % 5, "About stream " + i,
                    List.of("t" + i % 3, "u" + i % 4), i % 13, "https://example.com/" + i,
                    LocalDate.of(2020, 1, 1).plusDays(i), i % 2 == 0 ? List.of("Ann", "Bo " + i) : null));
        }
        return list;
    }

    /** Articles whose every part takes an unusual form. */
    private static List<Article> unusual() {
        return List.of(
                new Article("plain", "A title", "", "", List.of(), 0, null, null, null),
                new Article("wide \u05D0", "\u202Eright to left \uD83D\uDE00", "Ко", "sum\u0000mary",
                        List.of("日本", "t", "t"), 3, "https://example.com/\u00E9", LocalDate.of(1, 1, 1),
                        List.of()),
                new Article("lone \uD800 surrogate", "title \uDFFF", "co \uD800", "s", List.of("x\uDC00"), 100_000,
                        "", LocalDate.of(9999, 12, 31), List.of("a\uD801")),
                new Article("long", "x".repeat(500), "c", "y".repeat(5000), List.of("t"), 1,
                        "https://example.com/" + "z".repeat(1500), LocalDate.of(2024, 2, 29),
                        List.of("one", "two", "three")));
    }

    @Test
    void articlesComeBackExactlyWithTheirOriginAndEditedFlagAcrossBlocks() throws IOException {
        List<Article> articles = new ArrayList<>(unusual());
        articles.addAll(articles(50));
        List<Origin> origins = new ArrayList<>();
        boolean[] edited = new boolean[articles.size()];
        for (int i = 0; i < articles.size(); i++) {
            origins.add(Origin.values()[i % Origin.values().length]);
            edited[i] = i % 3 == 0;
        }
        ArticleCacheFile file = new ArticleCacheFile(cacheFile());
        // blocks smaller than most articles, and one article (the long one) larger than a block on its own
        assertThat(file.save(42, articles, origins, edited, 200)).isTrue();

        ArticleCacheFile.Cached cached = file.load(42).orElseThrow();
        assertThat(cached.articles()).containsExactlyElementsOf(articles);
        for (int i = 0; i < articles.size(); i++) {
            Article back = cached.articles().get(i);
            Article was = articles.get(i);
            assertThat(back.id()).isEqualTo(was.id());
            assertThat(back.title()).isEqualTo(was.title());
            assertThat(back.summary()).isEqualTo(was.summary());
            assertThat(back.url()).isEqualTo(was.url());
            assertThat(back.authors()).isEqualTo(was.authors());
            assertThat(back.hashCode()).isEqualTo(was.hashCode());
        }
        assertThat(cached.origins()).containsExactlyElementsOf(origins);
        assertThat(cached.edited()).containsExactly(edited);
        assertThat(file.stamp()).isEqualTo(42);
    }

    @Test
    void anEmptyListIsKeptToo() {
        ArticleCacheFile file = new ArticleCacheFile(cacheFile());
        assertThat(file.save(7, List.of(), List.of(), new boolean[0])).isTrue();
        assertThat(file.load(7).orElseThrow().articles()).isEmpty();
    }

    @Test
    void aFileOfAnotherStampOrDamagedOrCutShortIsNeverUsed() throws IOException {
        ArticleCacheFile file = new ArticleCacheFile(cacheFile());
        List<Article> articles = articles(40);
        file.save(42, articles, Collections.nCopies(40, Origin.IMPORTED), new boolean[40], 300);
        byte[] good = Files.readAllBytes(cacheFile());

        assertThat(file.load(43)).isEmpty();
        assertThat(file.load(0)).isEmpty();

        for (int at : new int[] {0, 5, 30, good.length / 2, good.length - 20, good.length - 1}) {
            byte[] bad = good.clone();
            bad[at] ^= 0x5A;
            Files.write(cacheFile(), bad);
            assertThat(file.load(42)).as("byte %d changed", at).isEmpty();
        }
        for (int length : new int[] {0, 3, 16, good.length / 3, good.length - 8, good.length - 1}) {
            Files.write(cacheFile(), Arrays.copyOf(good, length));
            assertThat(file.load(42)).as("cut to %d bytes", length).isEmpty();
        }
        Files.write(cacheFile(), good);
        Files.write(cacheFile(), new byte[] {1, 2, 3}, StandardOpenOption.APPEND);
        assertThat(file.load(42)).as("bytes after the checksum").isEmpty();

        Files.write(cacheFile(), good);
        assertThat(file.load(42)).isPresent();
    }

    @Test
    void aStartAfterTheFirstTakesTheArticlesFromTheKeptFile() throws Exception {
        try (LibraryStore store = store()) {
            store.read(List.of());
            store.importArticles(articles(30));
            store.read(List.of());
            assertThat(store.keepArticles()).isTrue();
        }
        long stamp = new ArticleCacheFile(cacheFile()).stamp();
        assertThat(stamp).isNotZero();
        // what the next start shows comes from the file: one that says otherwise at this very stamp wins
        List<Article> marked = new ArrayList<>(articles(30));
        marked.set(0, new Article("id-0", "From the kept file", "", "", List.of(), 0, null, null, null));
        new ArticleCacheFile(cacheFile()).save(stamp, marked, Collections.nCopies(30, Origin.IMPORTED),
                new boolean[30]);
        try (LibraryStore store = store()) {
            assertThat(store.read(List.of()).articles().get(0).title()).isEqualTo("From the kept file");
        }
    }

    @Test
    void anotherInstancesChangeMakesTheNextStartReadTheLibrary() throws Exception {
        try (LibraryStore store = store()) {
            store.read(List.of());
            store.importArticles(articles(30));
            store.read(List.of());
            store.keepArticles();
        }
        Article edited = new Article("id-3", "Changed elsewhere", "Co", "", List.of("new"), 1, null, null, null);
        try (LibraryStore mine = store(); LibraryStore other = store()) {
            mine.read(List.of());
            other.read(List.of());
            other.editArticles(List.of(edited));
            // this instance's own change after it: it cannot know the articles now, so it keeps nothing
            mine.removeArticles(List.of(articles(30).get(5)));
            assertThat(mine.keepArticles()).isFalse();
        }
        try (LibraryStore store = store()) {
            List<Article> read = store.read(List.of()).articles();
            assertThat(read).contains(edited);
            assertThat(read).extracting(Article::id).doesNotContain("id-5");
            assertThat(read).isEqualTo(readFromTables());
        }
    }

    @Test
    void ownChangesAreKeptAtQuitAsTheTablesWouldGiveThem() throws Exception {
        List<Article> start = articles(30);
        try (LibraryStore store = store()) {
            store.read(List.of());
            store.importArticles(start);
            store.read(List.of());
            store.addArticles(List.of(new Article("new-1", "Added", "Site", "", List.of("t0"), 4,
                    "https://example.com/new", null, List.of("line\nbreak", ""))), Origin.ADDED);
            store.addArticles(List.of(new Article("new-2", "Added too", "Site", "", List.of(), 4, null, null,
                    List.of("two\nlines"))), Origin.ADDED);
            store.editArticles(List.of(new Article("id-2", "Edited", "Co", "", List.of("z"), 2, null, null, null)));
            store.removeArticles(List.of(start.get(7), start.get(8)));
            // an undone removal comes back at the end, with its origin
            store.removeArticles(List.of(start.get(1)));
            store.addArticles(List.of(start.get(1)), Origin.IMPORTED);
            store.editArticles(List.of(new Article("new-1", "Added, then edited", "Site", "", List.of(), 4,
                    "https://example.com/new", null, List.of("line\nbreak"))));
            assertThat(store.keepArticles()).isTrue();
        }
        LibraryDatabase.Contents fromTables = contentsFromTables();
        try (LibraryStore store = store()) {
            LibraryDatabase.Opened opened = LibraryDatabase.open(data, CLOCK);
            try (LibraryDatabase database = opened.database()) {
                assertThat(new ArticleCacheFile(cacheFile()).load(database.stamp())).isPresent();
                LibraryDatabase.Contents kept = opened.contents();
                assertThat(kept.articles()).containsExactlyElementsOf(fromTables.articles());
                assertThat(kept.origins()).containsExactlyElementsOf(fromTables.origins());
                assertThat(kept.edited()).containsExactly(fromTables.edited());
            }
            assertThat(store.read(List.of()).articles()).containsExactlyElementsOf(fromTables.articles());
        }
    }

    @Test
    void anImportSetsTheStampOnceAndLeavesTheTriggersThatKeepItEvenWhenCancelled() throws Exception {
        long before;
        try (LibraryStore store = store()) {
            store.read(List.of());
            before = stampNow();
            store.importArticles(articles(20));
            long afterImport = stampNow();
            assertThat(afterImport).isNotEqualTo(before);
            try {
                store.importArticles(articles(40), org.readinglist.model.ReadMarks.NONE, () -> true);
            } catch (java.sql.SQLException | RuntimeException cancelled) {
                // cancelled: nothing of it is kept
            }
            assertThat(stampNow()).isEqualTo(afterImport);
        }
        for (String change : List.of("UPDATE article SET title = 'x' WHERE id = 'id-1'",
                "DELETE FROM article_tag WHERE article = (SELECT seq FROM article WHERE id = 'id-2')",
                "DELETE FROM article WHERE id = 'id-3'")) {
            long was = stampNow();
            try (java.sql.Connection other = LibraryDatabase.connectForTests(data.resolve(LibraryDatabase.FILE_NAME));
                 java.sql.Statement statement = other.createStatement()) {
                statement.executeUpdate(change);
            }
            assertThat(stampNow()).as(change).isNotEqualTo(was);
        }
    }

    private long stampNow() throws Exception {
        try (java.sql.Connection connection = LibraryDatabase.connectForTests(data.resolve(LibraryDatabase.FILE_NAME))) {
            return LibrarySchema.stamp(connection);
        }
    }

    /** What the library's tables hold, read without the kept file (which is moved away and back). */
    private LibraryDatabase.Contents contentsFromTables() throws Exception {
        Path aside = data.resolve("aside");
        boolean had = Files.exists(cacheFile());
        if (had) {
            Files.move(cacheFile(), aside);
        }
        try (LibraryDatabase database = LibraryDatabase.open(data, CLOCK).database()) {
            return database.read();
        } finally {
            if (had) {
                Files.move(aside, cacheFile());
            }
        }
    }

    private List<Article> readFromTables() throws Exception {
        return contentsFromTables().articles();
    }
}
