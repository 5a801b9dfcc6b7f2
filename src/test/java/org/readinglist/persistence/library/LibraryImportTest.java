package org.readinglist.persistence.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readinglist.model.Article;
import org.readinglist.model.ReadMarks;
import org.readinglist.persistence.files.ArticlesRead;
import org.readinglist.persistence.AtomicFileWriter;
import org.readinglist.persistence.files.GsonArticleRepository;
import org.readinglist.persistence.files.GsonArticlesFileWriter;
import org.readinglist.web.UrlNormalizer;

/** Articles files merged into the library with their read marks, once or twice, cancelled, and exported back. */
class LibraryImportTest {

    private static final Instant T1 = Instant.parse("2026-11-01T08:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-02T08:00:00.000000123Z");
    private static final Instant T3 = Instant.parse("2026-11-03T08:00:00Z");

    @TempDir
    Path dir;

    private final GsonArticleRepository files = new GsonArticleRepository();

    private static Article article(String id, String title, String url) {
        return new Article(id, title, "Company", "Summary of " + title, List.of("tag-" + id, "shared"), 7, url,
                LocalDate.of(2026, 1, 2), List.of("Author " + id));
    }

    private ArticlesRead read(String json) throws Exception {
        return files.read(Files.writeString(dir.resolve("import.json"), json, StandardCharsets.UTF_8), part -> { });
    }

    private static Merge.Summary importInto(LibraryStore store, ArticlesRead read) throws Exception {
        return store.importArticles(read.articles(), read.marks(), read.removed(), () -> false);
    }

    @Test
    void aFilesMarksComeInWithItsArticlesAndTheSameFileTwiceChangesNothing() throws Exception {
        ArticlesRead read = read("""
                {"articles": [
                  {"id": "a", "title": "A", "readAt": "2026-11-01T08:00:00Z"},
                  {"id": "b", "title": "B", "unreadAt": "2026-11-02T08:00:00.000000123Z"},
                  {"id": "c", "title": "C"}
                ]}""");
        try (LibraryStore store = TestLibraries.open(dir.resolve("data"))) {
            Merge.Summary first = importInto(store, read);
            ArticleLibrary.Contents after = store.read(List.of());

            Merge.Summary second = importInto(store, read);

            assertThat(first).isEqualTo(new Merge.Summary(3, 0, 0, List.of(), 2));
            assertThat(after.marks()).isEqualTo(new ReadMarks(Map.of("a", T1), Map.of("b", T2)));
            assertThat(second).isEqualTo(new Merge.Summary(0, 0, 3, List.of(), 0));
            assertThat(second.changedAnything()).isFalse();
            assertThat(store.read(List.of()).articles()).isEqualTo(after.articles());
            assertThat(store.read(List.of()).marks()).isEqualTo(after.marks());
        }
    }

    @Test
    void perArticleTheLaterMarkWinsAndAMatchByUrlTakesTheMarkUnderTheLibrarysId() throws Exception {
        try (LibraryStore store = TestLibraries.open(dir.resolve("data"))) {
            store.importArticles(List.of(article("kept", "Kept", "https://example.com/kept"),
                    article("older", "Older", null), article("newer", "Newer", null)));
            store.save(new ReadMarks(Map.of("older", T1), Map.of("newer", T3)));

            Merge.Summary summary = importInto(store, read("""
                    {"articles": [
                      {"id": "other-id", "title": "Kept", "url": "HTTPS://EXAMPLE.com/kept#top",
                       "readAt": "2026-11-02T08:00:00.000000123Z"},
                      {"id": "older", "title": "Older", "unreadAt": "2026-11-03T08:00:00Z"},
                      {"id": "newer", "title": "Newer", "readAt": "2026-11-02T08:00:00Z"}
                    ]}"""));

            assertThat(summary.marks()).isEqualTo(2);
            assertThat(store.read(List.of()).marks())
                    .isEqualTo(new ReadMarks(Map.of("kept", T2), Map.of("older", T3, "newer", T3)));
        }
    }

    @Test
    void articlesTheFileSaysWereRemovedGoWhenTheyCameUneditedFromTheBundledListOrAnImport() throws Exception {
        List<Article> bundled = List.of(article("b-plain", "Bundled", "https://example.com/b-plain"),
                article("b-edited", "Bundled, then edited", null), article("b-listed", "Bundled, listed", null));
        Path data = dir.resolve("data");
        ArticlesRead read = read("""
                {"articles": [{"id": "b-listed", "title": "Bundled, listed"}],
                 "removed": ["b-plain", "i-plain", "b-edited", "mine", "b-listed", "never-here"]}""");
        try (LibraryStore store = new LibraryStore(data, Clock.fixed(T1, ZoneOffset.UTC), UrlNormalizer::key)) {
            store.read(bundled);
            store.importArticles(List.of(article("i-plain", "Imported", null)));
            store.addArticles(List.of(article("mine", "Added by hand", null)), Origin.ADDED);
            store.editArticles(List.of(article("b-edited", "Edited title", null)));
            store.save(ReadMarks.of(Map.of("b-plain", T2)));

            Merge.Summary first = importInto(store, read);
            ArticleLibrary.Contents after = store.read(List.of());
            Merge.Summary second = importInto(store, read);

            assertThat(first.removed()).isEqualTo(2);
            assertThat(first.changedAnything()).isTrue();
            assertThat(after.articles()).extracting(Article::id)
                    .containsExactly("b-edited", "b-listed", "mine");
            assertThat(after.marks().read()).as("a removed article's mark is kept, as with a removal by hand")
                    .containsEntry("b-plain", T2);
            assertThat(store.removedIds()).containsExactlyInAnyOrder("b-plain", "i-plain");
            assertThat(second.removed()).isZero();
            assertThat(second.changedAnything()).isFalse();
            assertThat(store.read(List.of()).articles()).isEqualTo(after.articles());
            // removed as if by hand: neither the same article imported again nor by its address comes back
            Merge.Summary again = store.importArticles(List.of(article("b-plain", "Bundled", null),
                    article("other-id", "Same address", "https://example.com/b-plain")));
            assertThat(again.added()).isZero();
            assertThat(again.skipped()).hasSize(2);
        }
        // nor does a newer bundled list
        try (LibraryStore store = new LibraryStore(data, Clock.fixed(T3, ZoneOffset.UTC), UrlNormalizer::key)) {
            List<Article> newer = List.of(article("b-plain", "Bundled, newer", "https://example.com/b-plain"),
                    article("b-new", "Bundled later", null));
            assertThat(store.read(newer).articles()).extracting(Article::id)
                    .containsExactly("b-edited", "b-listed", "mine", "b-new");
        }
    }

    @Test
    void aLaterArticleOfTheSameListWithTheSameUrlUpdatesTheOneAddedBeforeIt() throws Exception {
        List<Article> list = new ArrayList<>();
        for (int i = 0; i < 1200; i++) { // more than one batch of inserts before the match
            list.add(article("n" + i, "Number " + i, "https://example.com/n" + i));
        }
        list.add(article("again", "Number 3, again", "https://EXAMPLE.com/n3#top"));
        try (LibraryStore store = TestLibraries.open(dir.resolve("data"))) {
            Merge.Summary summary = store.importArticles(list, ReadMarks.NONE, () -> false);

            List<Article> stored = store.read(List.of()).articles();
            assertThat(summary).isEqualTo(new Merge.Summary(1200, 1, 0, List.of(), 0));
            assertThat(stored).hasSize(1200);
            assertThat(stored.get(3).id()).isEqualTo("n3");
            assertThat(stored.get(3).title()).isEqualTo("Number 3, again");
            assertThat(stored.get(3).tags()).containsExactly("tag-again", "shared");
            assertThat(stored.get(1199).tags()).containsExactly("tag-n1199", "shared");
        }
    }

    @Test
    void aCancelBeforeTheCommitLeavesTheLibraryAsItWas() throws Exception {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            many.add("{\"id\": \"n" + i + "\", \"title\": \"Number " + i + "\", \"readAt\": \"2026-11-01T08:00:00Z\"}");
        }
        ArticlesRead read = read("{\"articles\": [" + String.join(",", many) + "]}");
        try (LibraryStore store = TestLibraries.open(dir.resolve("data"))) {
            store.importArticles(List.of(article("before", "Before", null)));
            ArticleLibrary.Contents before = store.read(List.of());
            for (int answersBeforeYes : new int[] {0, 3}) { // in the merge, and after the marks, just before commit
                AtomicInteger asked = new AtomicInteger();

                assertThatThrownBy(() -> store.importArticles(read.articles(), read.marks(),
                        () -> asked.incrementAndGet() > answersBeforeYes)).isInstanceOf(CancellationException.class);

                assertThat(store.read(List.of()).articles()).isEqualTo(before.articles());
                assertThat(store.read(List.of()).marks()).isEqualTo(before.marks());
            }
            assertThat(importInto(store, read).added()).isEqualTo(1000); // and it can be imported afterwards
        }
    }

    @Test
    void anExportImportedIntoAnEmptyLibraryGivesTheSameArticlesInTheSameOrderAndTheSameMarks() throws Exception {
        Path export = dir.resolve("export.json");
        ArticleLibrary.Contents original;
        try (LibraryStore store = TestLibraries.open(dir.resolve("first"))) {
            store.importArticles(List.of(article("z-first", "Zed", "https://example.com/z"),
                    new Article("bare", "Bare", "", "", List.of(), 0, null, null, null),
                    article("a-last", "Ay", null)));
            store.editArticles(List.of(new Article("bare", "Bare, edited", "Me", "Now with a summary",
                    List.of("edited"), 3, "https://example.com/bare", LocalDate.of(2020, 2, 29), List.of())));
            store.save(new ReadMarks(Map.of("z-first", T2, "gone", T1), Map.of("a-last", T3)));
            original = store.read(List.of());
            new GsonArticlesFileWriter(new AtomicFileWriter(), List::of)
                    .write(export, original.articles(), original.marks());
        }

        try (LibraryStore copy = TestLibraries.open(dir.resolve("second"))) {
            ArticlesRead read = files.read(export, part -> { });
            Merge.Summary summary = importInto(copy, read);
            ArticleLibrary.Contents copied = copy.read(List.of());

            assertThat(summary).isEqualTo(new Merge.Summary(3, 0, 0, List.of(), 2));
            assertThat(copied.articles()).isEqualTo(original.articles());
            assertThat(copied.marks()).isEqualTo(new ReadMarks(Map.of("z-first", T2), Map.of("a-last", T3)));
        }
    }
}
