package org.readinglist.logic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.readinglist.model.Article;
import org.readinglist.model.ArticleQuery;
import org.readinglist.model.ShowFilter;
import org.readinglist.model.SortColumn;
import org.readinglist.model.SortKey;
import org.readinglist.model.TagMatch;

/**
 * A query engine for large lists. Built once per list:
 * <ul>
 *   <li>per tag, the ascending indices of its articles, and per article its tag numbers;</li>
 *   <li>an inverted index of the search text ({@link TextIndex});</li>
 *   <li>per sortable column, the articles in that column's order ({@link SortIndex}).</li>
 * </ul>
 * A query is then a handful of bit-set operations (read filter, text, tags), tag counts from the articles of the
 * result, and an ordering that walks a prepared order instead of comparing articles. The text index and the orders
 * are built when first needed, or ahead of time by {@link #prepare()}.
 *
 * <p>Safe for one query at a time from any thread, while {@link #prepare()} runs on another.
 */
public final class IndexedQueryEngine implements ArticleQueryEngine {

    /** Below this many result rows per list row, ordering sorts the rows instead of walking a whole order. */
    private static final int SMALL_RESULT_DIVISOR = 16;

    private final List<Article> articles;
    private final int size;
    private final String[] tagNames;
    private final Map<String, Integer> tagIds;
    private final int[] tagTotalCounts;
    private final int[] articleTagStart;
    private final int[] articleTags;
    private final int[] tagPostingStart;
    private final int[] tagPostings;
    private final int[] minutes;
    private final ArticleIndexLookup lookup;
    private final List<TagCount> tagTotals;

    private final PreparedIndexCache cache;
    private TextIndex textIndex;
    private final Map<SortColumn, SortIndex> sortIndexes = new EnumMap<>(SortColumn.class);

    public IndexedQueryEngine(List<Article> articles) {
        this(articles, PreparedIndexCache.NONE);
    }

    /** An engine whose {@link #prepare()} takes the text index and orders from the cache, or builds and keeps them. */
    public IndexedQueryEngine(List<Article> articles, PreparedIndexCache cache) {
        this.cache = cache;
        this.articles = List.copyOf(articles);
        this.size = this.articles.size();
        Map<String, int[]> totals = new HashMap<>();
        int tagLinks = 0;
        for (Article article : this.articles) {
            List<String> tags = article.tags();
            for (int k = 0; k < tags.size(); k++) {
                totals.computeIfAbsent(tags.get(k), tag -> new int[1])[0]++;
            }
            tagLinks += tags.size();
        }
        tagNames = totals.keySet().toArray(String[]::new);
        Arrays.sort(tagNames);
        tagIds = new HashMap<>(tagNames.length * 2);
        tagTotalCounts = new int[tagNames.length];
        List<TagCount> counts = new ArrayList<>(tagNames.length);
        for (int t = 0; t < tagNames.length; t++) {
            tagIds.put(tagNames[t], t);
            tagTotalCounts[t] = totals.get(tagNames[t])[0];
            counts.add(new TagCount(tagNames[t], tagTotalCounts[t]));
        }
        tagTotals = List.copyOf(counts);

        articleTagStart = new int[size + 1];
        articleTags = new int[tagLinks];
        minutes = new int[size];
        tagPostingStart = new int[tagNames.length + 1];
        for (int t = 0; t < tagNames.length; t++) {
            tagPostingStart[t + 1] = tagPostingStart[t] + tagTotalCounts[t];
        }
        tagPostings = new int[tagLinks];
        int[] filled = Arrays.copyOf(tagPostingStart, tagNames.length);
        int link = 0;
        for (int i = 0; i < size; i++) {
            Article article = this.articles.get(i);
            minutes[i] = article.readMinutes();
            articleTagStart[i] = link;
            for (String tag : article.tags()) {
                int t = tagIds.get(tag);
                articleTags[link++] = t;
                tagPostings[filled[t]++] = i;
            }
        }
        articleTagStart[size] = link;
        lookup = new ArticleIndexLookup(this.articles);
    }

    @Override
    public List<Article> articles() {
        return articles;
    }

    @Override
    public int indexOf(String articleId) {
        return lookup.indexOf(articleId);
    }

    @Override
    public List<TagCount> tagTotals() {
        return tagTotals;
    }

    /**
     * Builds the text index and every column order now, so that no later query waits for them: from the cache when
     * it kept them for this list (reading them is a small part of building them), else built and then kept.
     */
    @Override
    public void prepare() {
        if (cache != PreparedIndexCache.NONE && adopt(cache.load().orElse(null))) {
            return;
        }
        TextIndex text = textIndex();
        Map<SortColumn, PreparedIndex.Column> columns = new EnumMap<>(SortColumn.class);
        for (SortColumn column : SortColumn.values()) {
            if (column != SortColumn.READ) {
                SortIndex index = sortIndex(column);
                columns.put(column, new PreparedIndex.Column(index.order, index.rank, index.distinct));
            }
        }
        if (cache != PreparedIndexCache.NONE) {
            cache.save(new PreparedIndex(size, text.tokens(), text.postings(), columns));
        }
    }

    /** Takes the parts in where nothing was built yet; false when they do not fit this list. */
    private synchronized boolean adopt(PreparedIndex prepared) {
        if (prepared == null || !prepared.fits(size)) {
            return false;
        }
        if (textIndex == null) {
            textIndex = TextIndex.of(size, prepared.tokens(), prepared.postings());
        }
        prepared.columns().forEach((column, parts) -> sortIndexes.computeIfAbsent(column,
                c -> SortIndex.of(parts.order(), parts.rank(), parts.distinct())));
        return true;
    }

    private synchronized TextIndex textIndex() {
        if (textIndex == null) {
            textIndex = TextIndex.build(articles);
        }
        return textIndex;
    }

    private synchronized SortIndex sortIndex(SortColumn column) {
        return sortIndexes.computeIfAbsent(column, c -> SortIndex.build(c, articles));
    }

    @Override
    public QueryResult run(ArticleQuery query, ReadSet read) {
        if (read.size() != size) {
            throw new IllegalArgumentException("read state for " + read.size() + " articles, list has " + size);
        }
        long[] readWords = read.words();
        long[] base = Bits.all(size);
        if (query.show() == ShowFilter.READ) {
            Bits.and(base, readWords);
        } else if (query.show() == ShowFilter.UNREAD) {
            Bits.andNot(base, readWords);
        }
        List<String> words = SearchText.wordsOf(query.text());
        if (!words.isEmpty()) {
            Bits.and(base, textIndex().matchingAll(words));
        }
        boolean matchAll = query.tagMatch() == TagMatch.ALL;
        long[] result = base;
        if (!query.tags().isEmpty()) {
            result = base.clone();
            Bits.and(result, tagFilter(query, matchAll));
        }
        int[] tagCounts = tagCounts(matchAll ? result : base);
        int count = Bits.cardinality(result);
        int readCount = Bits.andCardinality(result, readWords);
        int unreadMinutes = 0;
        for (int w = 0; w < result.length; w++) {
            long word = result[w] & ~readWords[w];
            while (word != 0) {
                unreadMinutes += minutes[(w << 6) + Long.numberOfTrailingZeros(word)];
                word &= word - 1;
            }
        }
        int[] order = order(result, count, query.sort(), read);
        return new QueryResult(articles, order, new TagCounts(tagIds, tagCounts), readCount, unreadMinutes);
    }

    /**
     * The articles with all (or any) of the query's tags. All: the rarest tag's articles that carry the others too
     * (an article has a handful of tags), so a common tag costs nothing. Any: every tag's articles.
     */
    private long[] tagFilter(ArticleQuery query, boolean matchAll) {
        long[] filter = new long[Bits.wordsFor(size)];
        int[] ids = new int[query.tags().size()];
        int known = 0;
        for (String tag : query.tags()) {
            Integer t = tagIds.get(tag);
            if (t != null) {
                ids[known++] = t;
            } else if (matchAll) {
                return filter; // no article has this tag
            }
        }
        if (known == 0) {
            return filter;
        }
        if (!matchAll) {
            for (int k = 0; k < known; k++) {
                for (int p = tagPostingStart[ids[k]]; p < tagPostingStart[ids[k] + 1]; p++) {
                    Bits.set(filter, tagPostings[p]);
                }
            }
            return filter;
        }
        int rarest = ids[0];
        for (int k = 1; k < known; k++) {
            if (tagTotalCounts[ids[k]] < tagTotalCounts[rarest]) {
                rarest = ids[k];
            }
        }
        for (int p = tagPostingStart[rarest]; p < tagPostingStart[rarest + 1]; p++) {
            int article = tagPostings[p];
            if (hasTags(article, ids, known)) {
                Bits.set(filter, article);
            }
        }
        return filter;
    }

    private boolean hasTags(int article, int[] ids, int count) {
        for (int k = 0; k < count; k++) {
            boolean has = false;
            for (int link = articleTagStart[article]; link < articleTagStart[article + 1] && !has; link++) {
                has = articleTags[link] == ids[k];
            }
            if (!has) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many of the counted articles carry each tag. When most articles are counted (showing the unread ones, a
     * short search word) the articles left out are fewer: their counts are taken from the totals instead.
     */
    private int[] tagCounts(long[] counted) {
        int cardinality = Bits.cardinality(counted);
        if (cardinality == size) {
            return tagTotalCounts.clone();
        }
        if (cardinality > size / 2) {
            int[] counts = tagTotalCounts.clone();
            long[] left = Bits.all(size);
            Bits.andNot(left, counted);
            addTagCounts(left, counts, -1);
            return counts;
        }
        int[] counts = new int[tagNames.length];
        addTagCounts(counted, counts, 1);
        return counts;
    }

    private void addTagCounts(long[] members, int[] counts, int step) {
        for (int w = 0; w < members.length; w++) {
            long word = members[w];
            while (word != 0) {
                int index = (w << 6) + Long.numberOfTrailingZeros(word);
                for (int link = articleTagStart[index]; link < articleTagStart[index + 1]; link++) {
                    counts[articleTags[link]] += step;
                }
                word &= word - 1;
            }
        }
    }

    // ---- ordering: by the least significant key first, then stable passes for the more significant ones

    private int[] order(long[] result, int count, List<SortKey> keys, ReadSet read) {
        if (keys.isEmpty()) {
            return Bits.toArray(result, count);
        }
        boolean small = (long) count * SMALL_RESULT_DIVISOR < size;
        SortKey last = keys.get(keys.size() - 1);
        int[] order;
        int from;
        if (last.column() != SortColumn.READ && !small) {
            order = walk(result, count, sortIndex(last.column()), last.ascending());
            from = keys.size() - 2;
        } else {
            order = Bits.toArray(result, count);
            from = keys.size() - 1;
        }
        for (int k = from; k >= 0; k--) {
            order = stableSort(order, keys.get(k), read, small);
        }
        return order;
    }

    /** The members of {@code result} in the column's order; descending keeps ties in list order too. */
    private static int[] walk(long[] result, int count, SortIndex index, boolean ascending) {
        int[] columnOrder = ascending ? index.order : index.descendingOrder();
        if (count == columnOrder.length) {
            return columnOrder.clone(); // every article: showing all after clearing the filters is a copy
        }
        int[] order = new int[count];
        int at = 0;
        for (int p = 0; p < columnOrder.length && at < count; p++) {
            int i = columnOrder[p];
            if (Bits.get(result, i)) {
                order[at++] = i;
            }
        }
        return order;
    }

    private int[] stableSort(int[] order, SortKey key, ReadSet read, boolean small) {
        int buckets;
        int[] rank;
        if (key.column() == SortColumn.READ) {
            buckets = 2;
            rank = null;
        } else {
            SortIndex index = sortIndex(key.column());
            buckets = index.distinct;
            rank = index.rank;
        }
        int[] bucketOf = new int[order.length];
        for (int p = 0; p < order.length; p++) {
            int i = order[p];
            int r = rank == null ? (read.isRead(i) ? 1 : 0) : rank[i];
            bucketOf[p] = key.ascending() ? r : buckets - 1 - r;
        }
        int[] sorted = new int[order.length];
        if (small || buckets > order.length * 4L) {
            long[] packed = new long[order.length];
            for (int p = 0; p < order.length; p++) {
                packed[p] = ((long) bucketOf[p] << 32) | p;
            }
            Arrays.sort(packed);
            for (int p = 0; p < packed.length; p++) {
                sorted[p] = order[(int) packed[p]];
            }
            return sorted;
        }
        int[] start = new int[buckets + 1];
        for (int b : bucketOf) {
            start[b + 1]++;
        }
        for (int b = 0; b < buckets; b++) {
            start[b + 1] += start[b];
        }
        for (int p = 0; p < order.length; p++) {
            sorted[start[bucketOf[p]]++] = order[p];
        }
        return sorted;
    }
}
