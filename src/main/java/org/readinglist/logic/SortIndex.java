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

    /** An order built before: {@code order}, {@code rank} and {@code distinct} as this class makes them. */
    static SortIndex of(int[] order, int[] rank, int distinct) {
        return new SortIndex(order, rank, distinct);
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
            case TITLE -> byText(articles.size(), i -> articles.get(i).title());
            case COMPANY -> byText(articles.size(), i -> articles.get(i).company());
            case TAGS -> byText(articles.size(), i -> {
                List<String> tags = articles.get(i).tags();
                return tags.size() == 1 ? tags.get(0) : String.join(" ", tags);
            });
            case PUBLISHED -> byNumber(articles.size(), i -> {
                // unknown dates sort before every known one, so "newest first" puts them last
                var published = articles.get(i).published();
                return published == null ? Long.MIN_VALUE : published.toEpochDay();
            });
            case READ_TIME -> byNumber(articles.size(), i -> articles.get(i).readMinutes());
            case READ -> throw new IllegalArgumentException("read state changes; it has no fixed order");
        };
    }

    /**
     * Text columns sort by their lower-cased text ({@link SearchText#normalize}), compared without making lower-cased
     * copies, and the positions are sorted as ints: a million titles would otherwise take a hundred megabytes of
     * copies and boxed positions while the order is built.
     */
    private static SortIndex byText(int size, IntFunction<String> keyOf) {
        String[] keys = new String[size];
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            keys[i] = keyOf.apply(i);
            order[i] = i;
        }
        new TextOrder(keys).sortStably(order);
        int[] rank = new int[size];
        int current = -1;
        for (int p = 0; p < size; p++) {
            if (p == 0 || compareNormalized(keys[order[p - 1]], keys[order[p]]) != 0) {
                current++;
            }
            rank[order[p]] = current;
        }
        return new SortIndex(order, rank, current + 1);
    }

    /**
     * Compares positions by their keys: first by the keys' first eight characters packed into a long, which settles
     * most comparisons with one number; on equal prefixes, or keys that are not ASCII there, by the whole keys.
     */
    private static final class TextOrder {

        private static final int INSERTION_RUN = 32;
        private static final int PREFIX_CHARS = 8;

        private final String[] keys;
        private final long[] prefixes;
        private final boolean[] asciiPrefix;

        TextOrder(String[] keys) {
            this.keys = keys;
            prefixes = new long[keys.length];
            asciiPrefix = new boolean[keys.length];
            for (int i = 0; i < keys.length; i++) {
                String key = keys[i];
                long packed = 0;
                boolean ascii = true;
                for (int c = 0; c < PREFIX_CHARS; c++) {
                    char ch = c < key.length() ? key.charAt(c) : 0;
                    ascii &= ch < 0x80;
                    packed = (packed << 8) | (lowerAscii(ch) & 0xFF);
                }
                prefixes[i] = packed;
                asciiPrefix[i] = ascii;
            }
        }

        int compare(int a, int b) {
            if (prefixes[a] != prefixes[b] && asciiPrefix[a] && asciiPrefix[b]) {
                // the first differing character decides; a key that ended there (0) is the shorter one
                return Long.compareUnsigned(prefixes[a], prefixes[b]);
            }
            return compareNormalized(keys[a], keys[b]);
        }

        /** A merge sort of positions by their keys; equal keys keep the positions' order. */
        void sortStably(int[] positions) {
            int size = positions.length;
            for (int from = 0; from < size; from += INSERTION_RUN) {
                int to = Math.min(from + INSERTION_RUN, size);
                for (int i = from + 1; i < to; i++) {
                    int moving = positions[i];
                    int j = i - 1;
                    while (j >= from && compare(positions[j], moving) > 0) {
                        positions[j + 1] = positions[j];
                        j--;
                    }
                    positions[j + 1] = moving;
                }
            }
            int[] left = new int[Math.min(size, Integer.highestOneBit(Math.max(1, size - 1)))];
            for (int width = INSERTION_RUN; width < size; width *= 2) {
                for (int from = 0; from + width < size; from += 2 * width) {
                    int middle = from + width;
                    int to = Math.min(from + 2 * width, size);
                    if (compare(positions[middle - 1], positions[middle]) <= 0) {
                        continue; // the two runs are in order already
                    }
                    System.arraycopy(positions, from, left, 0, width);
                    int l = 0;
                    int r = middle;
                    int out = from;
                    while (l < width && r < to) {
                        // the left run wins ties: that keeps the sort stable
                        positions[out++] = compare(left[l], positions[r]) <= 0 ? left[l++] : positions[r++];
                    }
                    while (l < width) {
                        positions[out++] = left[l++];
                    }
                }
            }
        }
    }

    /**
     * {@code normalize(a).compareTo(normalize(b))}, by sign. While both texts are ASCII the characters are lower-cased
     * one at a time, which gives the same answer; from the first other character on, the texts are lower-cased whole.
     */
    static int compareNormalized(String a, String b) {
        if (a == b) {
            return 0;
        }
        int common = Math.min(a.length(), b.length());
        for (int i = 0; i < common; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x >= 0x80 || y >= 0x80) {
                return SearchText.normalize(a).compareTo(SearchText.normalize(b));
            }
            if (x != y) {
                x = lowerAscii(x);
                y = lowerAscii(y);
                if (x != y) {
                    return x - y;
                }
            }
        }
        // an ASCII prefix of the other: lower-casing never makes the rest of the longer text empty
        return a.length() - b.length();
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
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
