package org.readinglist.persistence.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readinglist.logic.IndexedQueryEngine;
import org.readinglist.logic.PreparedIndex;
import org.readinglist.logic.PreparedIndexCache;
import org.readinglist.logic.QueryResult;
import org.readinglist.logic.ReadSet;
import org.readinglist.model.Article;
import org.readinglist.model.ArticleQuery;
import org.readinglist.model.SortColumn;
import org.readinglist.model.SortKey;
import org.readinglist.web.UrlNormalizer;

/** The index kept beside the library: used for the list it was built from, never for a changed or damaged one. */
class IndexCacheTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T10:15:30Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    private LibraryStore store() {
        return new LibraryStore(data, CLOCK, UrlNormalizer::key);
    }

    private static List<Article> articles(int count) {
        List<Article> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(new Article("id-" + i, "Title " + (i * 7919 % count) + " über", "Co " + i % 5,
                    "About stream " + i, List.of("t" + i % 3, "u" + i % 4), i % 13, "https://example.com/" + i,
                    null, null));
        }
        return list;
    }

    /** Reads the library, builds its engine with the store's cache and prepares it: what the app does at start. */
    private static IndexedQueryEngine startOn(LibraryStore store) throws Exception {
        List<Article> read = store.read(List.of()).articles();
        IndexedQueryEngine engine = new IndexedQueryEngine(read, store.indexCacheFor(read));
        engine.prepare();
        return engine;
    }

    private Path cacheFile() {
        return data.resolve(IndexCacheFile.FILE_NAME);
    }

    @Test
    void theFirstStartKeepsTheIndexAndTheNextOneUsesItWithTheSameAnswers() throws Exception {
        try (LibraryStore store = store()) {
            store.read(List.of());
            store.importArticles(articles(300));
            startOn(store);
        }
        assertThat(cacheFile()).exists();

        try (LibraryStore store = store()) {
            List<Article> read = store.read(List.of()).articles();
            PreparedIndexCache cache = store.indexCacheFor(read);
            assertThat(cache.load()).isPresent();
            IndexedQueryEngine cached = new IndexedQueryEngine(read, cache);
            cached.prepare();
            IndexedQueryEngine built = new IndexedQueryEngine(read);
            ReadSet none = new ReadSet(read.size());
            for (ArticleQuery query : List.of(ArticleQuery.everything().withText("über 1"),
                    ArticleQuery.everything().withText("stream").withSort(List.of(SortKey.ascending(SortColumn.TITLE))),
                    ArticleQuery.everything().withTags(Set.of("t1"))
                            .withSort(List.of(SortKey.descending(SortColumn.COMPANY), SortKey.ascending(SortColumn.TAGS))),
                    ArticleQuery.everything().withSort(List.of(SortKey.descending(SortColumn.READ_TIME))))) {
                assertThat(order(cached.run(query, none))).isEqualTo(order(built.run(query, none)));
            }
        }
    }

    @Test
    void aChangeThroughAnotherConnectionIsNeverAnsweredFromTheCache() throws Exception {
        try (LibraryStore store = store()) {
            store.read(List.of());
            store.importArticles(articles(50));
            startOn(store);
        }
        try (Connection other = LibraryDatabase.connectForTests(data.resolve(LibraryDatabase.FILE_NAME));
             Statement statement = other.createStatement()) {
            statement.executeUpdate("UPDATE article SET title = 'Changed elsewhere' WHERE id = 'id-7'");
        }

        try (LibraryStore store = store()) {
            List<Article> read = store.read(List.of()).articles();
            assertThat(read).extracting(Article::title).contains("Changed elsewhere");
            assertThat(store.indexCacheFor(read).load()).isEmpty();
            IndexedQueryEngine engine = new IndexedQueryEngine(read, store.indexCacheFor(read));
            engine.prepare();
            assertThat(engine.run(ArticleQuery.everything().withText("elsewhere"), new ReadSet(read.size())).size())
                    .isEqualTo(1);
        }
        // that start kept the index of the changed library: the one after it uses it
        try (LibraryStore store = store()) {
            List<Article> read = store.read(List.of()).articles();
            assertThat(store.indexCacheFor(read).load()).isPresent();
        }
    }

    @Test
    void aTagLinkChangedElsewhereOrAnotherInstancesEditAlsoStalesIt() throws Exception {
        try (LibraryStore store = store()) {
            store.read(List.of());
            store.importArticles(articles(20));
            startOn(store);
        }
        try (Connection other = LibraryDatabase.connectForTests(data.resolve(LibraryDatabase.FILE_NAME));
             Statement statement = other.createStatement()) {
            statement.executeUpdate("DELETE FROM article_tag WHERE position = 1 AND article = 3");
        }
        try (LibraryStore store = store()) {
            List<Article> read = store.read(List.of()).articles();
            assertThat(store.indexCacheFor(read).load()).isEmpty();
            startOn(store);
            try (LibraryStore another = store()) {
                another.read(List.of());
                another.editArticles(List.of(new Article("id-1", "Edited", "Co", "", List.of(), 1, null, null,
                        null)));
            }
            List<Article> again = store.read(List.of()).articles();
            assertThat(store.indexCacheFor(again).load()).isEmpty();
        }
    }

    @Test
    void aDamagedCacheIsNotUsedAndAnyOtherListGetsNone() throws Exception {
        try (LibraryStore store = store()) {
            store.read(List.of());
            store.importArticles(articles(40));
            startOn(store);
        }
        byte[] bytes = Files.readAllBytes(cacheFile());
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(cacheFile(), bytes);

        try (LibraryStore store = store()) {
            List<Article> read = store.read(List.of()).articles();
            assertThat(store.indexCacheFor(read).load()).isEmpty();
            assertThat(store.indexCacheFor(new ArrayList<>(read)).load()).isEmpty();
        }
        Files.write(cacheFile(), java.util.Arrays.copyOf(bytes, bytes.length / 3));
        try (LibraryStore store = store()) {
            List<Article> read = store.read(List.of()).articles();
            assertThat(store.indexCacheFor(read).load()).isEmpty();
        }
    }

    @Test
    void theIndexOfAListChangedByThisInstanceIsKeptAtQuitForTheNextStart() throws Exception {
        try (LibraryStore store = store()) {
            store.read(List.of());
            store.importArticles(articles(60));
            startOn(store);
        }
        Article edited = new Article("id-4", "Edited here", "Co", "", List.of("fresh"), 2, null, null, null);
        try (LibraryStore store = store()) {
            List<Article> read = store.read(List.of()).articles();
            store.editArticles(List.of(edited));
            // the app's list with the change made, and its engine built in the background
            List<Article> changed = new ArrayList<>(read);
            changed.set(4, edited);
            new IndexedQueryEngine(changed, store.indexCacheFor(changed)).prepare();
            assertThat(store.keepArticles()).isTrue();
        }
        try (LibraryStore store = store()) {
            List<Article> read = store.read(List.of()).articles();
            assertThat(read.get(4)).isEqualTo(edited);
            assertThat(store.indexCacheFor(read).load()).isPresent();
            IndexedQueryEngine cached = new IndexedQueryEngine(read, store.indexCacheFor(read));
            cached.prepare();
            IndexedQueryEngine built = new IndexedQueryEngine(read);
            ReadSet none = new ReadSet(read.size());
            for (ArticleQuery query : List.of(ArticleQuery.everything().withText("edited"),
                    ArticleQuery.everything().withTags(Set.of("fresh")),
                    ArticleQuery.everything().withSort(List.of(SortKey.ascending(SortColumn.TITLE))))) {
                assertThat(order(cached.run(query, none))).isEqualTo(order(built.run(query, none)));
            }
        }
    }

    @Test
    void theIndexOfAListThatIsNotTheLibrarysIsNotKept() throws Exception {
        try (LibraryStore store = store()) {
            store.read(List.of());
            store.importArticles(articles(30));
            startOn(store);
        }
        try (LibraryStore store = store()) {
            List<Article> read = store.read(List.of()).articles();
            store.editArticles(List.of(new Article("id-4", "Edited here", "Co", "", List.of(), 2, null, null,
                    null)));
            // an engine of a list the library does not hold (the edit left out)
            List<Article> other = new ArrayList<>(read);
            other.remove(0);
            new IndexedQueryEngine(other, store.indexCacheFor(other)).prepare();
            store.keepArticles();
        }
        try (LibraryStore store = store()) {
            List<Article> read = store.read(List.of()).articles();
            assertThat(store.indexCacheFor(read).load()).isEmpty();
        }
    }

    @Test
    void aCacheForAnotherNumberOfArticlesIsRefusedByTheEngine() {
        List<Article> list = articles(10);
        PreparedIndexCache wrong = new PreparedIndexCache() {
            @Override
            public java.util.Optional<PreparedIndex> load() {
                return java.util.Optional.of(new PreparedIndex(9, new String[0], new byte[0][],
                        java.util.Map.of()));
            }

            @Override
            public void save(PreparedIndex index) {
            }
        };
        IndexedQueryEngine engine = new IndexedQueryEngine(list, wrong);
        engine.prepare();
        assertThat(engine.run(ArticleQuery.everything().withText("title"), new ReadSet(10)).size()).isEqualTo(10);
    }

    private static List<Integer> order(QueryResult result) {
        List<Integer> order = new ArrayList<>();
        for (int p = 0; p < result.size(); p++) {
            order.add(result.indexAt(p));
        }
        return order;
    }
}
