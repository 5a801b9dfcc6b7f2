package org.readinglist.logic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.readinglist.model.Article;
import org.readinglist.model.ArticleQuery;
import org.readinglist.model.SortKey;
import org.readinglist.model.TagMatch;

/**
 * The straightforward query: test every article against every filter, then sort with comparators. Slow on large
 * lists, obviously right; the index engine must give exactly its results.
 */
final class ReferenceQueryEngine implements ArticleQueryEngine {

    private final List<Article> articles;
    private final List<TagCount> tagTotals;
    private final Map<String, Integer> tagIds = new HashMap<>();

    ReferenceQueryEngine(List<Article> articles) {
        this.articles = List.copyOf(articles);
        Map<String, Integer> totals = new TreeMap<>();
        for (Article article : this.articles) {
            for (String tag : article.tags()) {
                totals.merge(tag, 1, Integer::sum);
            }
        }
        List<TagCount> counts = new ArrayList<>();
        totals.forEach((tag, count) -> {
            tagIds.put(tag, counts.size());
            counts.add(new TagCount(tag, count));
        });
        tagTotals = List.copyOf(counts);
    }

    @Override
    public List<Article> articles() {
        return articles;
    }

    @Override
    public int indexOf(String articleId) {
        for (int i = 0; i < articles.size(); i++) {
            if (articles.get(i).id().equals(articleId)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public List<TagCount> tagTotals() {
        return tagTotals;
    }

    @Override
    public QueryResult run(ArticleQuery query, ReadSet read) {
        List<String> words = SearchText.wordsOf(query.text());
        Set<String> selected = query.tags();
        boolean matchAll = query.tagMatch() == TagMatch.ALL;
        int[] counts = new int[tagTotals.size()];
        List<Integer> hits = new ArrayList<>();
        int readCount = 0;
        int unreadMinutes = 0;
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            String haystack = SearchText.haystackOf(article);
            if (!query.show().accepts(read.isRead(i)) || !words.stream().allMatch(haystack::contains)) {
                continue;
            }
            boolean tagsMatch = selected.isEmpty() || (matchAll
                    ? article.tags().containsAll(selected)
                    : selected.stream().anyMatch(article::hasTag));
            // "all": counts within the result; "any": counts within what the other filters leave
            if (tagsMatch || !matchAll) {
                for (String tag : article.tags()) {
                    counts[tagIds.get(tag)]++;
                }
            }
            if (tagsMatch) {
                hits.add(i);
                if (read.isRead(i)) {
                    readCount++;
                } else {
                    unreadMinutes += article.readMinutes();
                }
            }
        }
        hits.sort(comparatorFor(query.sort(), read));
        int[] order = hits.stream().mapToInt(Integer::intValue).toArray();
        return new QueryResult(articles, order, new TagCounts(tagIds, counts), readCount, unreadMinutes);
    }

    private Comparator<Integer> comparatorFor(List<SortKey> sort, ReadSet read) {
        Comparator<Integer> order = (a, b) -> 0;
        for (SortKey key : sort) {
            Comparator<Integer> column = switch (key.column()) {
                case READ -> Comparator.comparing(read::isRead);
                case TITLE -> Comparator.comparing(i -> SearchText.normalize(articles.get(i).title()));
                case COMPANY -> Comparator.comparing(i -> SearchText.normalize(articles.get(i).company()));
                case TAGS -> Comparator.comparing(i -> SearchText.normalize(String.join(" ", articles.get(i).tags())));
                case PUBLISHED -> Comparator.comparingLong(i -> publishedDay(articles.get(i)));
                case READ_TIME -> Comparator.comparingInt(i -> articles.get(i).readMinutes());
            };
            order = order.thenComparing(key.ascending() ? column : column.reversed());
        }
        return order.thenComparingInt(Integer::intValue);
    }

    /** Unknown dates sort before every known one, so "newest first" puts them last. */
    private static long publishedDay(Article article) {
        return article.published() == null ? Long.MIN_VALUE : article.published().toEpochDay();
    }
}
