package org.readinglist.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readinglist.logic.ArticleQueryEngine.TagCount;
import org.readinglist.model.Article;
import org.readinglist.model.ArticleQuery;
import org.readinglist.model.ShowFilter;
import org.readinglist.model.SortColumn;
import org.readinglist.model.SortKey;
import org.readinglist.model.TagMatch;
import org.readinglist.persistence.files.GsonArticleRepository;

class IndexedQueryEngineTest {

    private static final Predicate<String> NOTHING_READ = id -> false;

    private static List<Article> bundled;
    private static ArticleQueryEngine bundledEngine;

    /** Four small articles: java+web, java+db, web, db+ops. */
    private static final List<Article> TAGGED = List.of(
            article("a1", "Alpha", List.of("java", "web")),
            article("a2", "Beta", List.of("java", "db")),
            article("a3", "Gamma", List.of("web")),
            article("a4", "Delta", List.of("db", "ops")));

    /** Titles in mixed case, not in order. */
    private static final List<Article> FRUIT = List.of(
            article("b", "banana", "X", 5, null),
            article("a", "Apple", "X", 5, null),
            article("d", "Date", "X", 5, null),
            article("c", "cherry", "X", 5, null));

    @BeforeAll
    static void loadBundledList() throws Exception {
        bundled = new GsonArticleRepository().loadBundled();
        assertEquals(19, bundled.size(), "the tests below count on the 19 bundled Netflix articles");
        bundledEngine = engine(bundled);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static Article article(String id, String title, List<String> tags) {
        return new Article(id, title, "Acme", "", tags, 5, null, null, null);
    }

    private static Article article(String id, String title, String company, int minutes, LocalDate published) {
        return new Article(id, title, company, "", List.of(), minutes, null, published, null);
    }

    private static ArticleQueryEngine engine(List<Article> list) {
        return new IndexedQueryEngine(list);
    }

    private static QueryResult run(ArticleQueryEngine engine, ArticleQuery query, Predicate<String> readIds) {
        List<Article> list = engine.articles();
        return engine.run(query, ReadSet.of(list.size(), i -> readIds.test(list.get(i).id())));
    }

    private static QueryResult runBundled(ArticleQuery query) {
        return run(bundledEngine, query, NOTHING_READ);
    }

    private static List<String> titles(QueryResult result) {
        return result.articles().stream().map(Article::title).toList();
    }

    private static List<String> ids(QueryResult result) {
        return result.articles().stream().map(Article::id).toList();
    }

    private static Article bundledByTitle(String titleStart) {
        return bundled.stream().filter(a -> a.title().startsWith(titleStart)).findFirst().orElseThrow();
    }

    private static ArticleQuery tags(TagMatch match, String... tags) {
        return ArticleQuery.everything().withTags(Set.of(tags)).withTagMatch(match);
    }

    private static ArticleQuery text(String text) {
        return ArticleQuery.everything().withText(text);
    }

    /** Three bundled articles (first, the Druid one, last) marked read. */
    private static Set<String> someReadIds() {
        return Set.of(bundled.get(0).id(), bundled.get(7).id(), bundled.get(18).id());
    }

    private static QueryResult runTagged(ArticleQuery query, Predicate<String> status) {
        return run(engine(TAGGED), query, status);
    }

    private static List<String> sortedIds(List<Article> list, SortKey... keys) {
        return ids(run(engine(list), ArticleQuery.everything().withSort(List.of(keys)),
                NOTHING_READ));
    }

    // ---- tags ------------------------------------------------------------------------------------------------

    @Test
    void noFiltersKeepsTheWholeList() {
        QueryResult result = runBundled(ArticleQuery.everything());

        assertEquals(19, result.size());
        assertEquals(19, result.total());
    }

    @Test
    void singleTagKeepsOnlyArticlesWithThatTag() {
        QueryResult result = runBundled(tags(TagMatch.ALL, "search"));

        assertEquals(2, result.size());
        assertTrue(result.articles().stream().allMatch(a -> a.hasTag("search")));
        assertEquals(19, result.total(), "total is always the whole list");
    }

    @Test
    void selectingTwoTagsWithAllMatchKeepsArticlesWithBoth() {
        QueryResult result = runBundled(tags(TagMatch.ALL, "ml-systems", "microservices"));

        assertEquals(2, result.size());
        assertTrue(result.articles().stream()
                .allMatch(a -> a.hasTag("ml-systems") && a.hasTag("microservices")));
    }

    @Test
    void selectingTwoTagsWithAnyMatchKeepsArticlesWithEither() {
        QueryResult result = runBundled(tags(TagMatch.ANY, "ml-systems", "microservices"));

        assertEquals(12, result.size());
        assertTrue(result.articles().stream()
                .allMatch(a -> a.hasTag("ml-systems") || a.hasTag("microservices")));
    }

    @Test
    void unknownTagGivesNothing() {
        assertEquals(0, runBundled(tags(TagMatch.ALL, "no-such-tag")).size());
        assertEquals(0, runBundled(tags(TagMatch.ANY, "no-such-tag")).size());
    }

    // ---- search text -----------------------------------------------------------------------------------------

    @Test
    void searchWordFindsTheOneArticleMentioningIt() {
        QueryResult result = runBundled(text("druid"));

        assertEquals(List.of("Stop Answering the Same Question Twice: Interval-Aware Caching for Druid at Netflix"
                + " Scale"), titles(result));
    }

    @Test
    void searchIgnoresCaseAndSurroundingSpaces() {
        assertEquals(1, runBundled(text("DRUID")).size());
        assertEquals(1, runBundled(text("  DrUiD  ")).size());
    }

    @Test
    void blankSearchTextIsNoFilter() {
        assertEquals(19, runBundled(text("   ")).size());
    }

    @Test
    void searchMatchesAnAuthorName() {
        QueryResult result = runBundled(text("Saish"));

        assertEquals(1, result.size());
        assertEquals(List.of("Saish Sali", "Nipun Kumar", "Sura Elamurugu"), result.articles().get(0).authors());
    }

    @Test
    void searchMatchesTheSummary() {
        // "polyrepo" appears only in the summary of the ArchUnit article
        assertEquals(List.of("Scaling ArchUnit with Nebula ArchRules"), titles(runBundled(text("polyrepo"))));
    }

    @Test
    void searchMatchesATag() {
        // "load-balancing" is only a tag, never in a title or summary
        assertEquals(List.of("State of Routing in Model Serving"), titles(runBundled(text("load-balancing"))));
    }

    @Test
    void searchMatchesEachField() {
        List<Article> list = List.of(
                new Article("t", "Kafka in practice", "Acme", "", List.of(), 1, null, null, null),
                new Article("s", "One", "Acme", "We replaced kafka.", List.of(), 1, null, null, null),
                new Article("g", "Two", "Acme", "", List.of("kafka-streams"), 1, null, null, null),
                new Article("c", "Three", "Kafka Labs", "", List.of(), 1, null, null, null),
                new Article("a", "Four", "Acme", "", List.of(), 1, null, null, List.of("Franz Kafka")),
                new Article("none", "Five", "Acme", "Queues.", List.of("queues"), 1, null, null, List.of("Ann")));

        QueryResult result = run(engine(list), text("KAFKA"), NOTHING_READ);

        assertEquals(Set.of("t", "s", "g", "c", "a"), Set.copyOf(ids(result)));
    }

    @Test
    void searchMatchesCompany() {
        List<Article> list = List.of(
                article("uber", "Scaling queues", "Uber", 5, null),
                article("netflix", "Scaling queues", "Netflix", 5, null));

        QueryResult result = run(engine(list), text("uber"), NOTHING_READ);

        assertEquals(List.of("uber"), ids(result));
    }

    @Test
    void everyWordOfAMultiWordSearchMustMatch() {
        assertEquals(2, runBundled(text("graph")).size());
        assertEquals(3, runBundled(text("search")).size());
        assertEquals(List.of("The AI Evolution of Graph Search at Netflix"),
                titles(runBundled(text("graph search"))));
        assertEquals(List.of("The AI Evolution of Graph Search at Netflix"),
                titles(runBundled(text("search   GRAPH"))), "word order and spacing do not matter");
        assertEquals(0, runBundled(text("druid graph")).size());
    }

    @Test
    void wordsMayMatchDifferentFields() {
        // "druid" is in the title, "sykes" is the author
        assertEquals(1, runBundled(text("druid sykes")).size());
    }

    @Test
    void searchCombinesWithTagFilter() {
        QueryResult result = runBundled(tags(TagMatch.ALL, "ml-systems").withText("search"));

        assertEquals(Set.of("Powering Multimodal Intelligence for Video Search",
                "Scaling LLM Post-Training at Netflix", "The AI Evolution of Graph Search at Netflix"),
                Set.copyOf(titles(result)));
    }

    // ---- read state ------------------------------------------------------------------------------------------

    @Test
    void unreadFilterDropsReadArticles() {
        Set<String> readIds = someReadIds();
        Predicate<String> status = readIds::contains;
        QueryResult result = run(bundledEngine, ArticleQuery.everything().withShow(ShowFilter.UNREAD), status);

        assertEquals(16, result.size());
        assertTrue(result.articles().stream().noneMatch(a -> readIds.contains(a.id())));
    }

    @Test
    void readFilterKeepsOnlyReadArticles() {
        Set<String> readIds = someReadIds();
        Predicate<String> status = readIds::contains;
        QueryResult result = run(bundledEngine, ArticleQuery.everything().withShow(ShowFilter.READ), status);

        assertEquals(readIds, Set.copyOf(ids(result)));
    }

    @Test
    void showFilterCombinesWithText() {
        Set<String> readIds = someReadIds();
        Predicate<String> status = readIds::contains;
        ArticleQuery druid = text("druid");

        assertEquals(1, run(bundledEngine, druid.withShow(ShowFilter.READ), status).size());
        assertEquals(0, run(bundledEngine, druid.withShow(ShowFilter.UNREAD), status).size());
    }

    @Test
    void readCountAndUnreadMinutesDescribeTheResult() {
        List<Article> list = List.of(
                new Article("a", "A", "X", "", List.of("java"), 5, null, null, null),
                new Article("b", "B", "X", "", List.of("java"), 7, null, null, null),
                new Article("c", "C", "X", "", List.of("web"), 11, null, null, null),
                new Article("d", "D", "X", "", List.of("web"), 13, null, null, null));
        Predicate<String> aAndDRead = id -> id.equals("a") || id.equals("d");
        ArticleQueryEngine engine = engine(list);

        QueryResult all = run(engine, ArticleQuery.everything(), aAndDRead);
        assertEquals(2, all.readCount());
        assertEquals(7 + 11, all.unreadMinutes());

        QueryResult java = run(engine, tags(TagMatch.ALL, "java"), aAndDRead);
        assertEquals(1, java.readCount());
        assertEquals(7, java.unreadMinutes());
        assertEquals(4, java.total());

        QueryResult readOnly = run(engine, ArticleQuery.everything().withShow(ShowFilter.READ), aAndDRead);
        assertEquals(2, readOnly.readCount());
        assertEquals(0, readOnly.unreadMinutes());
    }

    @Test
    void bundledUnreadMinutesAddUpOverTheUnreadResult() {
        Set<String> readIds = someReadIds();
        Predicate<String> status = readIds::contains;
        QueryResult result = run(bundledEngine, ArticleQuery.everything(), status);

        assertEquals(3, result.readCount());
        assertEquals(16 * 5, result.unreadMinutes(), "every bundled article takes 5 minutes");
    }

    // ---- tag counts ------------------------------------------------------------------------------------------

    @Test
    void withoutFiltersCountsAreTheWholeListCounts() {
        QueryResult result = runTagged(ArticleQuery.everything(), NOTHING_READ);

        assertEquals(2, result.tagCount("java"));
        assertEquals(2, result.tagCount("web"));
        assertEquals(2, result.tagCount("db"));
        assertEquals(1, result.tagCount("ops"));
    }

    @Test
    void allModeCountsWithinTheTagFilteredResult() {
        QueryResult result = runTagged(tags(TagMatch.ALL, "java"), NOTHING_READ);

        assertEquals(2, result.tagCount("java"));
        assertEquals(1, result.tagCount("web"));
        assertEquals(1, result.tagCount("db"));
        assertEquals(0, result.tagCount("ops"), "adding ops to java would give nothing");
    }

    @Test
    void allModeWithTwoTagsNarrowsTheCounts() {
        QueryResult result = runTagged(tags(TagMatch.ALL, "java", "web"), NOTHING_READ);

        assertEquals(List.of("a1"), ids(result));
        assertEquals(1, result.tagCount("java"));
        assertEquals(1, result.tagCount("web"));
        assertEquals(0, result.tagCount("db"));
        assertEquals(0, result.tagCount("ops"));
    }

    @Test
    void anyModeCountsWithinWhatTheOtherFiltersLeave() {
        QueryResult result = runTagged(tags(TagMatch.ANY, "java"), NOTHING_READ);

        assertEquals(List.of("a1", "a2"), ids(result));
        assertEquals(2, result.tagCount("java"));
        assertEquals(2, result.tagCount("web"), "a3 would join the result if web were added");
        assertEquals(2, result.tagCount("db"));
        assertEquals(1, result.tagCount("ops"));
    }

    @Test
    void anyModeCountsFollowTheTextFilter() {
        QueryResult result = runTagged(tags(TagMatch.ANY, "db").withText("alpha"), NOTHING_READ);

        assertEquals(0, result.size());
        assertEquals(1, result.tagCount("java"));
        assertEquals(1, result.tagCount("web"));
        assertEquals(0, result.tagCount("db"), "no article left by the text filter carries db");
        assertEquals(0, result.tagCount("ops"));
    }

    @Test
    void anyModeCountsFollowTheShowFilter() {
        Predicate<String> a2Read = id -> id.equals("a2");

        QueryResult result = runTagged(tags(TagMatch.ANY, "java").withShow(ShowFilter.UNREAD), a2Read);

        assertEquals(List.of("a1"), ids(result));
        assertEquals(1, result.tagCount("java"));
        assertEquals(2, result.tagCount("web"));
        assertEquals(1, result.tagCount("db"));
        assertEquals(1, result.tagCount("ops"));
    }

    @Test
    void allModeCountsFollowTheTextFilter() {
        QueryResult result = runTagged(ArticleQuery.everything().withText("gamma"), NOTHING_READ);

        assertEquals(1, result.tagCount("web"));
        assertEquals(0, result.tagCount("java"));
    }

    @Test
    void bundledCountsInAllModeStayWithinTheSelection() {
        QueryResult result = runBundled(tags(TagMatch.ALL, "ml-systems"));

        assertEquals(7, result.size());
        assertEquals(7, result.tagCount("ml-systems"));
        assertEquals(2, result.tagCount("microservices"));
        assertEquals(2, result.tagCount("search"));
        assertEquals(0, result.tagCount("databases"));
        assertEquals(0, result.tagCount("caching"));
    }

    @Test
    void bundledCountsInAnyModeCoverTheWholeTextFilteredList() {
        QueryResult result = runBundled(tags(TagMatch.ANY, "ml-systems", "microservices"));

        assertEquals(3, result.tagCount("databases"));
        assertEquals(8, result.tagCount("distributed-systems"));
        assertEquals(7, result.tagCount("ml-systems"));

        QueryResult druid = runBundled(tags(TagMatch.ANY, "ml-systems").withText("druid"));
        assertEquals(0, druid.size());
        assertEquals(1, druid.tagCount("caching"));
        assertEquals(1, druid.tagCount("databases"));
        assertEquals(0, druid.tagCount("ml-systems"));
    }

    // ---- sorting ---------------------------------------------------------------------------------------------

    @Test
    void titleAscendingIgnoresCase() {
        assertEquals(List.of("a", "b", "c", "d"), sortedIds(FRUIT, SortKey.ascending(SortColumn.TITLE)));
    }

    @Test
    void titleDescendingIsTheReverse() {
        assertEquals(List.of("d", "c", "b", "a"), sortedIds(FRUIT, SortKey.descending(SortColumn.TITLE)));
    }

    @Test
    void bundledTitleSortRunsFromAutomatingToTheHuman() {
        List<String> ascending = titles(runBundled(ArticleQuery.everything()
                .withSort(List.of(SortKey.ascending(SortColumn.TITLE)))));

        assertEquals("Automating RDS Postgres to Aurora Postgres Migration", ascending.get(0));
        assertTrue(ascending.get(18).startsWith("The Human Infrastructure"));
    }

    @Test
    void newestFirstPutsTheArticleWithUnknownDateLast() {
        QueryResult result = runBundled(ArticleQuery.everything()
                .withSort(List.of(SortKey.descending(SortColumn.PUBLISHED))));

        assertEquals("Scaling ArchUnit with Nebula ArchRules", result.articles().get(0).title());
        Article last = result.articles().get(18);
        assertEquals("Automating RDS Postgres to Aurora Postgres Migration", last.title());
        assertNull(last.published());
        for (int i = 1; i < 18; i++) {
            assertTrue(!result.articles().get(i).published().isAfter(result.articles().get(i - 1).published()),
                    "dates must not increase at position " + i);
        }
    }

    @Test
    void defaultQuerySortsNewestFirst() {
        QueryResult result = runBundled(ArticleQuery.everything());

        assertEquals(LocalDate.of(2026, 5, 8), result.articles().get(0).published());
        assertNull(result.articles().get(18).published());
    }

    @Test
    void newestFirstWithUnknownDatesInAHandMadeList() {
        List<Article> list = List.of(
                article("unknown", "U", "X", 5, null),
                article("old", "O", "X", 5, LocalDate.of(2020, 1, 1)),
                article("new", "N", "X", 5, LocalDate.of(2024, 1, 1)));

        assertEquals(List.of("new", "old", "unknown"), sortedIds(list, SortKey.descending(SortColumn.PUBLISHED)));
    }

    @Test
    void secondSortKeyOrdersTiesOfTheFirst() {
        List<Article> list = List.of(
                article("beta-2024", "T1", "Beta", 5, LocalDate.of(2024, 1, 1)),
                article("alpha-2023", "T2", "alpha", 5, LocalDate.of(2023, 1, 1)),
                article("beta-2025", "T3", "Beta", 5, LocalDate.of(2025, 1, 1)),
                article("alpha-2026", "T4", "Alpha", 5, LocalDate.of(2026, 1, 1)));

        assertEquals(List.of("alpha-2026", "alpha-2023", "beta-2025", "beta-2024"),
                sortedIds(list, SortKey.ascending(SortColumn.COMPANY), SortKey.descending(SortColumn.PUBLISHED)));
        assertEquals(List.of("alpha-2026", "beta-2025", "beta-2024", "alpha-2023"),
                sortedIds(list, SortKey.descending(SortColumn.PUBLISHED), SortKey.ascending(SortColumn.COMPANY)));
    }

    @Test
    void readColumnSortsUnreadBeforeReadWhenAscending() {
        List<Article> list = List.of(
                article("r1", "A", "X", 5, null),
                article("u1", "B", "X", 5, null),
                article("r2", "C", "X", 5, null),
                article("u2", "D", "X", 5, null));
        Predicate<String> status = id -> id.startsWith("r");
        ArticleQueryEngine engine = engine(list);

        QueryResult ascending = run(engine, ArticleQuery.everything()
                .withSort(List.of(SortKey.ascending(SortColumn.READ))), status);
        QueryResult descending = run(engine, ArticleQuery.everything()
                .withSort(List.of(SortKey.descending(SortColumn.READ))), status);

        assertEquals(List.of("u1", "u2", "r1", "r2"), ids(ascending));
        assertEquals(List.of("r1", "r2", "u1", "u2"), ids(descending));
    }

    @Test
    void readTimeSortsByMinutes() {
        List<Article> list = List.of(
                article("ten", "A", "X", 10, null),
                article("two", "B", "X", 2, null),
                article("seven", "C", "X", 7, null));

        assertEquals(List.of("two", "seven", "ten"), sortedIds(list, SortKey.ascending(SortColumn.READ_TIME)));
        assertEquals(List.of("ten", "seven", "two"), sortedIds(list, SortKey.descending(SortColumn.READ_TIME)));
    }

    @Test
    void tiesKeepTheOriginalListOrderInBothDirections() {
        List<Article> sameLength = List.of(
                article("first", "Z", "X", 5, null),
                article("second", "A", "X", 5, null),
                article("third", "M", "X", 5, null));

        assertEquals(List.of("first", "second", "third"),
                sortedIds(sameLength, SortKey.ascending(SortColumn.READ_TIME)));
        assertEquals(List.of("first", "second", "third"),
                sortedIds(sameLength, SortKey.descending(SortColumn.READ_TIME)));
    }

    @Test
    void bundledTiesKeepTheBundledOrder() {
        // every bundled article is 5 minutes from Netflix, so both sorts are all ties
        List<String> original = bundled.stream().map(Article::id).toList();

        assertEquals(original, ids(runBundled(ArticleQuery.everything()
                .withSort(List.of(SortKey.descending(SortColumn.READ_TIME))))));
        assertEquals(original, ids(runBundled(ArticleQuery.everything()
                .withSort(List.of(SortKey.ascending(SortColumn.COMPANY), SortKey.ascending(SortColumn.READ_TIME))))));
    }

    @Test
    void bundledArticlesWithTheSameDateKeepTheirListOrder() {
        List<String> titles = titles(runBundled(ArticleQuery.everything()));
        int temporal = titles.indexOf("How Temporal Powers Reliable Cloud Operations at Netflix");
        int origin = titles.indexOf("Netflix Live Origin");

        assertEquals(bundledByTitle("How Temporal").published(), bundledByTitle("Netflix Live Origin").published());
        assertEquals(temporal + 1, origin, "both are from 2025-12-15; the earlier list entry comes first");
    }

    @Test
    void noSortKeysKeepsTheListOrder() {
        assertEquals(List.of("b", "a", "d", "c"), sortedIds(FRUIT));
    }

    // ---- tag totals ------------------------------------------------------------------------------------------

    @Test
    void bundledTotalsAreAlphabeticalWholeListCounts() {
        assertEquals(List.of(
                new TagCount("api-design", 1),
                new TagCount("caching", 1),
                new TagCount("databases", 3),
                new TagCount("distributed-systems", 8),
                new TagCount("general", 1),
                new TagCount("load-balancing", 1),
                new TagCount("microservices", 7),
                new TagCount("ml-systems", 7),
                new TagCount("observability", 1),
                new TagCount("real-time-systems", 5),
                new TagCount("search", 2),
                new TagCount("storage-systems", 1)), bundledEngine.tagTotals());
    }

    @Test
    void totalsAreSortedByNameWhateverTheListOrder() {
        ArticleQueryEngine engine = engine(List.of(
                article("1", "One", List.of("zebra", "apple")),
                article("2", "Two", List.of("mango", "zebra")),
                article("3", "Three", List.of("zebra"))));

        assertEquals(List.of(new TagCount("apple", 1), new TagCount("mango", 1), new TagCount("zebra", 3)),
                engine.tagTotals());
    }

    @Test
    void totalsDoNotDependOnAQuery() {
        List<TagCount> before = bundledEngine.tagTotals();
        runBundled(tags(TagMatch.ALL, "search").withText("graph"));

        assertEquals(before, bundledEngine.tagTotals());
    }

    @Test
    void emptyListHasNoTotalsAndAnEmptyResult() {
        ArticleQueryEngine engine = engine(List.of());

        assertEquals(List.of(), engine.tagTotals());
        QueryResult result = run(engine, ArticleQuery.everything(), NOTHING_READ);
        assertEquals(0, result.size());
        assertEquals(0, result.total());
        assertEquals(0, result.unreadMinutes());
    }
}
