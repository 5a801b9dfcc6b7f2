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
 * A query engine that scans the list on every query. Search text and sort keys are prepared once, so a scan
 * costs a few string searches per article and sorting compares plain keys (no collator).
 */
public final class LinearQueryEngine implements ArticleQueryEngine {

    private final List<Article> articles;
    private final String[] haystacks;
    private final String[] titleKeys;
    private final String[] companyKeys;
    private final String[] tagKeys;
    private final List<TagCount> tagTotals;

    public LinearQueryEngine(List<Article> articles) {
        this.articles = List.copyOf(articles);
        int n = this.articles.size();
        haystacks = new String[n];
        titleKeys = new String[n];
        companyKeys = new String[n];
        tagKeys = new String[n];
        Map<String, Integer> totals = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            Article article = this.articles.get(i);
            haystacks[i] = SearchText.haystackOf(article);
            titleKeys[i] = SearchText.normalize(article.title());
            companyKeys[i] = SearchText.normalize(article.company());
            tagKeys[i] = SearchText.normalize(String.join(" ", article.tags()));
            for (String tag : article.tags()) {
                totals.merge(tag, 1, Integer::sum);
            }
        }
        List<TagCount> counts = new ArrayList<>(totals.size());
        totals.forEach((tag, count) -> counts.add(new TagCount(tag, count)));
        tagTotals = List.copyOf(counts);
    }

    @Override
    public List<Article> articles() {
        return articles;
    }

    @Override
    public List<TagCount> tagTotals() {
        return tagTotals;
    }

    @Override
    public QueryResult run(ArticleQuery query, ReadStatus readStatus) {
        List<String> words = SearchText.wordsOf(query.text());
        Set<String> selected = query.tags();
        boolean matchAll = query.tagMatch() == TagMatch.ALL;
        Map<String, Integer> counts = new HashMap<>();
        List<Integer> hits = new ArrayList<>();
        int readCount = 0;
        int unreadMinutes = 0;
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            boolean read = readStatus.isRead(article.id());
            if (!query.show().accepts(read) || !containsAll(haystacks[i], words)) {
                continue;
            }
            boolean tagsMatch = selected.isEmpty() || (matchAll
                    ? article.tags().containsAll(selected)
                    : selected.stream().anyMatch(article::hasTag));
            // "all": counts within the result; "any": counts within what the other filters leave
            if (tagsMatch || !matchAll) {
                for (String tag : article.tags()) {
                    counts.merge(tag, 1, Integer::sum);
                }
            }
            if (tagsMatch) {
                hits.add(i);
                if (read) {
                    readCount++;
                } else {
                    unreadMinutes += article.readMinutes();
                }
            }
        }
        hits.sort(comparatorFor(query.sort(), readStatus));
        List<Article> ordered = new ArrayList<>(hits.size());
        for (int index : hits) {
            ordered.add(articles.get(index));
        }
        return new QueryResult(ordered, counts, articles.size(), readCount, unreadMinutes);
    }

    private static boolean containsAll(String haystack, List<String> words) {
        for (String word : words) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private Comparator<Integer> comparatorFor(List<SortKey> sort, ReadStatus readStatus) {
        Comparator<Integer> order = (a, b) -> 0;
        for (SortKey key : sort) {
            Comparator<Integer> column = switch (key.column()) {
                case READ -> Comparator.comparing(i -> readStatus.isRead(articles.get(i).id()));
                case TITLE -> Comparator.comparing(i -> titleKeys[i]);
                case COMPANY -> Comparator.comparing(i -> companyKeys[i]);
                case TAGS -> Comparator.comparing(i -> tagKeys[i]);
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
