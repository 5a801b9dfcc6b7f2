package org.readinglist.logic;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;
import org.readinglist.model.Article;
import org.readinglist.model.SortColumn;

/**
 * The articles in the order of one column, ascending, ties in list order ({@code order}), and each article's dense
 * rank in that order ({@code rank}: equal keys, equal ranks). A sort by one column is then a walk along
 * {@code order}; a sort by several is a stable counting sort by rank per column.
 */
final class SortIndex {

    final int[] order;
    final int[] rank;
    final int distinct;
    /** {@link #order} for a descending sort, built on first use; racing threads build equal copies. */
    private volatile int[] descending;

    private SortIndex(int[] order, int[] rank, int distinct) {
        this.order = order;
        this.rank = rank;
        this.distinct = distinct;
    }

    /** The list in descending order of the column; equal values keep the list's order, as in {@link #order}. */
    int[] descendingOrder() {
        int[] known = descending;
        if (known != null) {
            return known;
        }
        int[] reversed = new int[order.length];
        int at = 0;
        int p = order.length - 1;
        while (p >= 0) {
            int groupRank = rank[order[p]];
            int start = p;
            while (start > 0 && rank[order[start - 1]] == groupRank) {
                start--;
            }
            for (int q = start; q <= p; q++) {
                reversed[at++] = order[q];
            }
            p = start - 1;
        }
        descending = reversed;
        return reversed;
    }

    static SortIndex build(SortColumn column, List<Article> articles) {
        return switch (column) {
            case TITLE -> byText(articles.size(), i -> SearchText.normalize(articles.get(i).title()));
            case COMPANY -> byText(articles.size(), i -> SearchText.normalize(articles.get(i).company()));
            case TAGS -> byText(articles.size(),
                    i -> SearchText.normalize(String.join(" ", articles.get(i).tags())));
            case PUBLISHED -> byNumber(articles.size(), i -> {
                // unknown dates sort before every known one, so "newest first" puts them last
                var published = articles.get(i).published();
                return published == null ? Long.MIN_VALUE : published.toEpochDay();
            });
            case READ_TIME -> byNumber(articles.size(), i -> articles.get(i).readMinutes());
            case READ -> throw new IllegalArgumentException("read state changes; it has no fixed order");
        };
    }

    private static SortIndex byText(int size, IntFunction<String> keyOf) {
        String[] keys = new String[size];
        Integer[] boxed = new Integer[size];
        for (int i = 0; i < size; i++) {
            keys[i] = keyOf.apply(i);
            boxed[i] = i;
        }
        // a stable sort: equal keys stay in list order
        Arrays.parallelSort(boxed, (a, b) -> keys[a].compareTo(keys[b]));
        int[] order = new int[size];
        int[] rank = new int[size];
        int current = -1;
        String previous = null;
        for (int p = 0; p < size; p++) {
            int index = boxed[p];
            order[p] = index;
            if (previous == null || !previous.equals(keys[index])) {
                current++;
                previous = keys[index];
            }
            rank[index] = current;
        }
        return new SortIndex(order, rank, current + 1);
    }

    private static SortIndex byNumber(int size, IntToLongFunction keyOf) {
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = keyOf.applyAsLong(i);
        }
        // distinct values ranked first, so (rank, index) packs into one long that sorts as a primitive
        long[] values = keys.clone();
        Arrays.sort(values);
        int distinctValues = 0;
        for (int i = 0; i < size; i++) {
            if (i == 0 || values[i] != values[i - 1]) {
                values[distinctValues++] = values[i];
            }
        }
        long[] packed = new long[size];
        int[] rank = new int[size];
        for (int i = 0; i < size; i++) {
            rank[i] = Arrays.binarySearch(values, 0, distinctValues, keys[i]);
            packed[i] = ((long) rank[i] << 32) | i;
        }
        Arrays.sort(packed);
        int[] order = new int[size];
        for (int p = 0; p < size; p++) {
            order[p] = (int) packed[p];
        }
        return new SortIndex(order, rank, distinctValues);
    }
}
