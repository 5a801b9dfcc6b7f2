package org.readinglist.bench;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.readinglist.logic.ArticleQueryEngine.TagCount;
import org.readinglist.logic.IndexedQueryEngine;
import org.readinglist.logic.QueryResult;
import org.readinglist.logic.ReadSet;
import org.readinglist.model.Article;
import org.readinglist.model.ArticleQuery;
import org.readinglist.model.ShowFilter;
import org.readinglist.model.SortColumn;
import org.readinglist.model.SortKey;
import org.readinglist.model.TagMatch;

/**
 * Microbenchmarks of the index engine alone (no window), on synthetic lists:
 * <pre>mvn -Pjmh verify [-Djmh.args="-p size=100000"]</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xmx2g"})
public class IndexBenchmarks {

    @Param({"100000", "1000000"})
    public int size;

    private List<Article> articles;
    private IndexedQueryEngine engine;
    private ReadSet read;
    private String commonTag;
    private String midTag;
    private int keystroke;

    private static final String[] TYPED = {"s", "st", "str", "stre", "strea", "stream", "stream c", "stream ca",
        "stream cac", "stream cach", "stream cache"};

    @Setup(Level.Trial)
    public void build() {
        articles = SyntheticList.articles(size, 42, SyntheticList.DEFAULT_TAG_POOL);
        engine = new IndexedQueryEngine(articles);
        engine.prepare();
        read = ReadSet.of(size, i -> i % 10 == 3);
        List<TagCount> byCount = engine.tagTotals().stream()
                .sorted((a, b) -> Integer.compare(b.count(), a.count())).toList();
        commonTag = byCount.get(0).tag();
        midTag = byCount.get(byCount.size() / 20).tag();
    }

    @Benchmark
    public QueryResult everythingNewestFirst() {
        return engine.run(ArticleQuery.everything(), read);
    }

    @Benchmark
    public QueryResult oneTag() {
        return engine.run(ArticleQuery.everything().withTags(Set.of(midTag)), read);
    }

    @Benchmark
    public QueryResult twoTagsAll() {
        return engine.run(ArticleQuery.everything().withTags(Set.of(commonTag, midTag)), read);
    }

    @Benchmark
    public QueryResult twoTagsAny() {
        return engine.run(ArticleQuery.everything().withTags(Set.of(commonTag, midTag))
                .withTagMatch(TagMatch.ANY), read);
    }

    /** One keystroke of typing "stream cache", in turn (cached words help, as they do for a person typing). */
    @Benchmark
    public QueryResult searchKeystroke() {
        keystroke = (keystroke + 1) % TYPED.length;
        return engine.run(ArticleQuery.everything().withText(TYPED[keystroke]), read);
    }

    @Benchmark
    public QueryResult sortByTitle() {
        return engine.run(ArticleQuery.everything().withSort(List.of(SortKey.ascending(SortColumn.TITLE))), read);
    }

    @Benchmark
    public QueryResult sortByCompanyThenNewest() {
        return engine.run(ArticleQuery.everything().withSort(List.of(SortKey.ascending(SortColumn.COMPANY),
                SortKey.descending(SortColumn.PUBLISHED))), read);
    }

    @Benchmark
    public QueryResult unreadOnly() {
        return engine.run(ArticleQuery.everything().withShow(ShowFilter.UNREAD), read);
    }

    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public IndexedQueryEngine buildFullIndex() {
        IndexedQueryEngine fresh = new IndexedQueryEngine(articles);
        fresh.prepare();
        return fresh;
    }
}
