package org.readinglist.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.readinglist.model.Article;
import org.readinglist.model.ArticleQuery;
import org.readinglist.model.ShowFilter;
import org.readinglist.model.SortColumn;
import org.readinglist.model.SortKey;
import org.readinglist.model.TagMatch;

/**
 * The index engine against the straightforward one, over random lists and random combinations of tags, text, read
 * filter and sort keys. Lists are built from small vocabularies so that ties, shared words and empty results are
 * common; sizes cover both ways the index orders a result (walking a column order, sorting a small result).
 */
class IndexMatchesReferenceTest {

    private static final String[] WORDS = {"kafka", "Stream", "streaming", "cache", "caching", "graph", "search",
        "Netflix", "netflixoss", "ml", "AI", "real-time", "real", "time", "déjà", "ÉCOLE", "straße", "ΣΊΣΥΦΟΣ",
        "a/b", "C++", "x", "io", "data", "database"};
    private static final String[] TAGS = {"java", "web", "db", "ops", "ml-systems", "search", "kafka", "caching",
        "rare-1", "rare-2", "Upper-Case"};
    private static final String[] COMPANIES = {"Netflix", "netflix", "Uber", "Acme Labs", "", "Zeta"};
    private static final String[] PEOPLE = {"Ann Lee", "Bo Kafka", "Chen Wu", "Dora Search"};

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void givesTheReferenceResultForRandomListsAndQueries(long seed) {
        Random random = new Random(seed);
        int size = switch ((int) (seed % 4)) {
            case 0 -> random.nextInt(5);
            case 1 -> 20 + random.nextInt(100);
            case 2 -> 500 + random.nextInt(1500);
            default -> 3000;
        };
        List<Article> articles = randomArticles(random, size);
        IndexedQueryEngine index = new IndexedQueryEngine(articles);
        ReferenceQueryEngine reference = new ReferenceQueryEngine(articles);
        assertThat(index.tagTotals()).isEqualTo(reference.tagTotals());
        if (seed % 2 == 0) {
            index.prepare();
        }
        ReadSet read = ReadSet.of(size, i -> random.nextInt(3) == 0);
        for (int q = 0; q < 150; q++) {
            ArticleQuery query = randomQuery(random, articles);
            if (q % 10 == 0 && size > 0) {
                read.set(random.nextInt(size), random.nextBoolean());
            }
            assertSame(reference.run(query, read), index.run(query, read), query);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {21, 22, 23})
    void typingAWordLetterByLetterGivesTheReferenceResultAtEveryStep(long seed) {
        Random random = new Random(seed);
        List<Article> articles = randomArticles(random, 800);
        IndexedQueryEngine index = new IndexedQueryEngine(articles);
        ReferenceQueryEngine reference = new ReferenceQueryEngine(articles);
        ReadSet read = new ReadSet(articles.size());
        for (int round = 0; round < 20; round++) {
            String typed = String.join(" ", word(random), word(random));
            for (int end = 0; end <= typed.length(); end++) {
                ArticleQuery query = ArticleQuery.everything().withText(typed.substring(0, end));
                assertSame(reference.run(query, read), index.run(query, read), query);
            }
            for (int end = typed.length(); end >= 0; end--) {
                ArticleQuery query = ArticleQuery.everything().withText(typed.substring(0, end));
                assertSame(reference.run(query, read), index.run(query, read), query);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {31, 32})
    void findsArticlesByIdAsTheReferenceDoes(long seed) {
        Random random = new Random(seed);
        List<Article> articles = randomArticles(random, 2000);
        IndexedQueryEngine index = new IndexedQueryEngine(articles);
        for (int i = 0; i < articles.size(); i++) {
            assertThat(index.indexOf(articles.get(i).id())).isEqualTo(i);
        }
        assertThat(index.indexOf("missing")).isEqualTo(-1);
        assertThat(index.indexOf("")).isEqualTo(-1);
    }

    @Test
    void findsIdsWhoseHashesCollideTheFirstOfTwinsAndIdsBeyondLatin1() {
        // "Aa" and "BB" have the same hash code: every id made of them collides with the others of its length
        List<String> ids = new java.util.ArrayList<>();
        for (int bits = 0; bits < 256; bits++) {
            StringBuilder id = new StringBuilder();
            for (int k = 0; k < 8; k++) {
                id.append((bits >> k & 1) == 0 ? "Aa" : "BB");
            }
            ids.add(id.toString());
        }
        ids.add("日本-1");
        ids.add("emoji-\uD83D\uDE80");
        ids.add(ids.get(3)); // a twin: the first one is found
        List<Article> articles = ids.stream()
                .map(id -> new Article(id, "T " + id, "Co", "", List.of(), 1, null, null, null)).toList();
        IndexedQueryEngine index = new IndexedQueryEngine(articles);

        for (int i = 0; i < ids.size() - 1; i++) {
            assertThat(index.indexOf(ids.get(i))).as(ids.get(i)).isEqualTo(i);
        }
        assertThat(index.indexOf(ids.get(ids.size() - 1))).isEqualTo(3);
        assertThat(index.indexOf("AaAaAaAaAaAaAaBb")).isEqualTo(-1);
        assertThat(index.indexOf("日本-2")).isEqualTo(-1);
    }

    private static void assertSame(QueryResult expected, QueryResult actual, ArticleQuery query) {
        assertThat(order(actual)).as("order for %s", query).isEqualTo(order(expected));
        assertThat(actual.tagCounts()).as("tag counts for %s", query).isEqualTo(expected.tagCounts());
        assertThat(actual.readCount()).as("read count for %s", query).isEqualTo(expected.readCount());
        assertThat(actual.unreadMinutes()).as("unread minutes for %s", query).isEqualTo(expected.unreadMinutes());
        assertThat(actual.total()).isEqualTo(expected.total());
    }

    private static List<Integer> order(QueryResult result) {
        return IntStream.range(0, result.size()).map(result::indexAt).boxed().toList();
    }

    private static List<Article> randomArticles(Random random, int size) {
        List<Article> articles = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String title = String.join(" ", words(random, 1 + random.nextInt(4)));
            String summary = random.nextInt(4) == 0 ? "" : String.join(random.nextBoolean() ? " " : "\t",
                    words(random, random.nextInt(8)));
            Set<String> tags = new LinkedHashSet<>();
            int tagCount = random.nextInt(4);
            for (int t = 0; t < tagCount; t++) {
                // skewed: early tags are common, late ones rare
                tags.add(TAGS[Math.min(TAGS.length - 1, (int) Math.abs(random.nextGaussian() * 4))]);
            }
            LocalDate published = random.nextInt(8) == 0 ? null
                    : LocalDate.of(2020, 1, 1).plusDays(random.nextInt(60));
            List<String> authors = random.nextInt(5) == 0 ? null
                    : List.of(PEOPLE[random.nextInt(PEOPLE.length)]);
            articles.add(new Article("id-" + i, title, COMPANIES[random.nextInt(COMPANIES.length)], summary,
                    List.copyOf(tags), random.nextInt(6), null, published, authors));
        }
        return articles;
    }

    private static ArticleQuery randomQuery(Random random, List<Article> articles) {
        Set<String> tags = new LinkedHashSet<>();
        int tagCount = random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(3);
        for (int t = 0; t < tagCount; t++) {
            tags.add(random.nextInt(12) == 0 ? "no-such-tag" : TAGS[random.nextInt(TAGS.length)]);
        }
        String text = switch (random.nextInt(6)) {
            case 0, 1 -> "";
            case 2 -> word(random);
            case 3 -> fragment(random, articles);
            case 4 -> "  " + word(random).toUpperCase(Locale.ROOT) + "\t" + fragment(random, articles) + " ";
            default -> word(random).substring(0, 1);
        };
        List<SortKey> sort = new ArrayList<>();
        List<SortColumn> columns = new ArrayList<>(List.of(SortColumn.values()));
        int keys = random.nextInt(4);
        for (int k = 0; k < keys; k++) {
            SortColumn column = columns.remove(random.nextInt(columns.size()));
            sort.add(new SortKey(column, random.nextBoolean()));
        }
        return new ArticleQuery(tags, random.nextBoolean() ? TagMatch.ALL : TagMatch.ANY, text,
                ShowFilter.values()[random.nextInt(ShowFilter.values().length)], sort);
    }

    /** A piece of some article's title: often the middle of a word, sometimes across two. */
    private static String fragment(Random random, List<Article> articles) {
        if (articles.isEmpty()) {
            return "x";
        }
        String title = articles.get(random.nextInt(articles.size())).title();
        int start = random.nextInt(title.length());
        int end = Math.min(title.length(), start + 1 + random.nextInt(6));
        String fragment = title.substring(start, end).strip();
        return fragment.isEmpty() ? "e" : fragment;
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static List<String> words(Random random, int count) {
        List<String> words = new ArrayList<>(count);
        for (int w = 0; w < count; w++) {
            words.add(word(random));
        }
        return words;
    }
}
