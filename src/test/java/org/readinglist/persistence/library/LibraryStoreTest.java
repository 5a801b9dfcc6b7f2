package org.readinglist.persistence.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readinglist.model.Article;
import org.readinglist.model.ReadMarks;
import org.readinglist.persistence.files.BundledArticles;
import org.readinglist.web.UrlNormalizer;

class LibraryStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T10:15:30Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    private LibraryStore store() {
        return new LibraryStore(data, CLOCK, UrlNormalizer::key);
    }

    private static Article article(String id, String title, List<String> tags) {
        return new Article(id, title, "Co", "About " + title, tags, 5, "https://example.com/" + id, null, null);
    }

    @Test
    void aNewBundledListAddsAndUpdatesButNeverOverwritesAnEditNorBringsBackARemoval() throws Exception {
        List<Article> first = List.of(article("a", "A", List.of("x")), article("b", "B", List.of("x")),
                article("c", "C", List.of("y")));
        try (LibraryStore store = store()) {
            assertThat(store.read(first).articles()).isEqualTo(first);
            store.editArticles(List.of(article("b", "B, as I like it", List.of("mine"))));
            store.removeArticles(List.of(first.get(2)));
        }
        List<Article> second = List.of(article("a", "A, corrected", List.of("x")),
                article("b", "B, corrected", List.of("x")), article("c", "C, corrected", List.of("y")),
                article("d", "D", List.of("z")));

        List<Article> now;
        try (LibraryStore store = store()) {
            now = store.read(second).articles();
        }

        assertThat(now).extracting(Article::title).containsExactly("A, corrected", "B, as I like it", "D");
    }

    @Test
    void theSameBundledListIsNotMergedAgainAtEveryStart() throws Exception {
        List<Article> bundled = List.of(article("a", "A", List.of("x")));
        try (LibraryStore store = store()) {
            store.read(bundled);
            store.removeArticles(bundled);
        }
        try (LibraryStore store = store()) {
            assertThat(store.read(bundled).articles()).isEmpty();
        }
    }

    @Test
    void anUnchangedBundledFileIsNotReadAgainAtTheNextStart() throws Exception {
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        List<Article> articles = List.of(article("a", "A", List.of("x")));
        byte[] file = "the bundled file".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (LibraryStore store = store()) {
            assertThat(store.read(BundledArticles.ofFile(file, () -> {
                reads.incrementAndGet();
                return articles;
            })).articles()).isEqualTo(articles);
        }
        try (LibraryStore store = store()) {
            assertThat(store.read(BundledArticles.ofFile(file, () -> {
                reads.incrementAndGet();
                return articles;
            })).articles()).isEqualTo(articles);
        }

        assertThat(reads).hasValue(1);
    }

    @Test
    void importingTheSameArticlesTwiceChangesNothingTheSecondTime() throws Exception {
        List<Article> articles = List.of(article("a", "A", List.of("x")), article("b", "B", List.of("y")));
        try (LibraryStore store = store()) {
            store.read(List.of());
            assertThat(store.importArticles(articles)).isEqualTo(new Merge.Summary(2, 0, 0, List.of()));
            assertThat(store.importArticles(articles)).isEqualTo(new Merge.Summary(0, 0, 2, List.of()));
            assertThat(store.read(List.of()).articles()).isEqualTo(articles);
        }
    }

    @Test
    void anImportSkipsWhatTheUserRemovedAndKeepsWhatTheUserEdited() throws Exception {
        List<Article> articles = List.of(article("a", "A", List.of("x")), article("b", "B", List.of("y")));
        try (LibraryStore store = store()) {
            store.read(List.of());
            store.importArticles(articles);
            store.removeArticles(List.of(articles.get(0)));
            store.editArticles(List.of(article("b", "Mine", List.of("y"))));

            Merge.Summary again = store.importArticles(List.of(article("a", "A", List.of("x")),
                    article("b", "B, new", List.of("y"))));

            assertThat(again.skipped()).containsExactly(new Merge.Skipped(1, "a", Merge.SkipReason.REMOVED));
            assertThat(again.unchanged()).isEqualTo(1);
            assertThat(store.read(List.of()).articles()).extracting(Article::title).containsExactly("Mine");
        }
    }

    @Test
    void articlesImportedAfterATagWasRenamedArriveWithTheNewName() throws Exception {
        try (LibraryStore store = store()) {
            store.read(List.of());
            store.addTagAlias("k8s", "kubernetes");
            store.addTagAlias("kubernetes", "containers"); // a rename of the renamed tag: the old alias follows

            store.importArticles(List.of(article("a", "A", List.of("k8s", "containers", "go"))));

            assertThat(store.read(List.of()).articles().get(0).tags()).containsExactly("containers", "go");
            assertThat(store.tagAliases()).containsEntry("k8s", "containers").containsEntry("kubernetes",
                    "containers");
        }
    }

    @Test
    void textsThatLookLikeSqlOrHtmlComeBackUnchanged() throws Exception {
        Article odd = new Article("x'); DROP TABLE article; --", "<script>alert(1)</script> & \"quotes\"",
                "Robert'); --", "\u202Eevil\u0000nul", List.of("a'b", "<i>"), 1, "https://example.com/?q=' OR 1=1",
                null, List.of("O'Brien", "<b>"));
        try (LibraryStore store = store()) {
            store.read(List.of());
            store.importArticles(List.of(odd));
        }
        try (LibraryStore store = store()) {
            assertThat(store.read(List.of()).articles()).containsExactly(odd);
        }
    }

    @Test
    void aMillionArticlesAllMarkedReadAreReadBackWhole() throws Exception {
        try (LibraryStore store = store()) {
            store.read(List.of());
            store.save(millionMarks());
        }

        // compared entry by entry with what was written, so the test never holds two million marks at once
        Map<String, Instant> back = TestLibraries.marks(data).read();
        assertThat(back).hasSize(1_000_000);
        for (int i = 0; i < 1_000_000; i++) {
            if (!expectedMark(i).equals(back.get("article-" + i))) {
                throw new AssertionError("article-" + i + " came back as " + back.get("article-" + i));
            }
        }
    }

    private static ReadMarks millionMarks() {
        Map<String, Instant> read = new HashMap<>();
        for (int i = 0; i < 1_000_000; i++) {
            read.put("article-" + i, expectedMark(i));
        }
        return ReadMarks.of(read);
    }

    private static Instant expectedMark(int i) {
        return Instant.ofEpochSecond(1_700_000_000L + i, i);
    }

    @Test
    void anInstanceSeesWhenAnotherChangedTheArticlesButNotWhenItDidItself() throws Exception {
        List<Article> articles = List.of(article("a", "A", List.of("x")), article("b", "B", List.of("y")));
        try (LibraryStore one = store(); LibraryStore two = store()) {
            one.read(articles);
            two.read(articles);
            assertThat(two.articlesChangedElsewhere()).isNull();

            one.removeArticles(List.of(articles.get(0)));
            assertThat(one.articlesChangedElsewhere()).as("its own change").isNull();
            ArticleLibrary.Contents seen = two.articlesChangedElsewhere();

            assertThat(seen.articles()).extracting(Article::id).containsExactly("b");
            assertThat(two.articlesChangedElsewhere()).as("seen once").isNull();
            two.editArticles(List.of(article("b", "B2", List.of("y"))));
            assertThat(one.articlesChangedElsewhere().articles()).extracting(Article::title).containsExactly("B2");
        }
    }

    @Test
    void twoInstancesKeepEachOthersMarksAndSeeThem() throws Exception {
        try (LibraryStore one = store(); LibraryStore two = store()) {
            one.read(List.of());
            two.read(List.of());
            one.save(ReadMarks.of(Map.of("a", Instant.parse("2026-05-01T00:00:00Z"))));
            ReadMarks seen = two.changedElsewhere();
            assertThat(seen.read()).containsOnlyKeys("a");

            ReadMarks stored = two.save(new ReadMarks(Map.of("b", Instant.parse("2026-05-02T00:00:00Z")),
                    Map.of("a", Instant.parse("2026-04-01T00:00:00Z")))); // an older unmark loses

            assertThat(stored.read()).containsOnlyKeys("a", "b");
            assertThat(one.changedElsewhere().read()).containsOnlyKeys("a", "b");
            assertThat(one.changedElsewhere()).isNull();
        }
    }
}
