package org.readinglist.logic;

import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import org.readinglist.model.Article;

/**
 * The outcome of one query: which articles match, in which order, and counts over them. It refers to the list's
 * articles by index and copies none of them, so a result over a million articles is one {@code int[]}.
 */
public final class QueryResult {

    private final List<Article> source;
    private final int[] order;
    private final TagCounts tagCounts;
    private final int readCount;
    private final int unreadMinutes;

    QueryResult(List<Article> source, int[] order, TagCounts tagCounts, int readCount, int unreadMinutes) {
        this.source = source;
        this.order = order;
        this.tagCounts = tagCounts;
        this.readCount = readCount;
        this.unreadMinutes = unreadMinutes;
    }

    /** The matching articles, in the requested order (a view, not a copy). */
    public List<Article> articles() {
        return new Articles();
    }

    /** The index in the whole list of the article at this position of the result. */
    public int indexAt(int position) {
        return order[position];
    }

    public int size() {
        return order.length;
    }

    /** Number of articles in the whole list. */
    public int total() {
        return source.size();
    }

    /** Read articles among the result. */
    public int readCount() {
        return readCount;
    }

    /** Reading time of the unread articles in the result, in minutes. */
    public int unreadMinutes() {
        return unreadMinutes;
    }

    /**
     * How many articles of the result would carry this tag if it were selected: with "all" matching, within the
     * tag-filtered result; with "any", within what the other filters leave. Zero means selecting it gives nothing.
     */
    public int tagCount(String tag) {
        return tagCounts.count(tag);
    }

    /** The non-zero tag counts by tag. */
    public Map<String, Integer> tagCounts() {
        return tagCounts.asMap();
    }

    /**
     * This result after one article of it changed read state, when the change moves no article in or out and
     * reorders nothing (the query does not look at read state).
     */
    public QueryResult withReadChanged(int articleIndex, boolean read) {
        int sign = read ? 1 : -1;
        return new QueryResult(source, order, tagCounts, readCount + sign,
                unreadMinutes - sign * source.get(articleIndex).readMinutes());
    }

    private final class Articles extends AbstractList<Article> implements RandomAccess {
        @Override
        public Article get(int position) {
            return source.get(order[position]);
        }

        @Override
        public int size() {
            return order.length;
        }
    }
}
