package org.readinglist.logic;

/** Operations on plain {@code long[]} bit sets, one bit per article index. */
final class Bits {

    private Bits() {
    }

    static int wordsFor(int bits) {
        return (bits + 63) >>> 6;
    }

    /** A set holding indices 0 to size - 1. */
    static long[] all(int size) {
        long[] words = new long[wordsFor(size)];
        java.util.Arrays.fill(words, -1L);
        clearTail(words, size);
        return words;
    }

    static void clearTail(long[] words, int size) {
        int rest = size & 63;
        if (rest != 0) {
            words[words.length - 1] &= (1L << rest) - 1;
        }
    }

    static boolean get(long[] words, int index) {
        return (words[index >>> 6] & (1L << index)) != 0;
    }

    static void set(long[] words, int index) {
        words[index >>> 6] |= 1L << index;
    }

    static void and(long[] into, long[] other) {
        for (int i = 0; i < into.length; i++) {
            into[i] &= other[i];
        }
    }

    static void andNot(long[] into, long[] other) {
        for (int i = 0; i < into.length; i++) {
            into[i] &= ~other[i];
        }
    }

    static int cardinality(long[] words) {
        int count = 0;
        for (long word : words) {
            count += Long.bitCount(word);
        }
        return count;
    }

    static int andCardinality(long[] a, long[] b) {
        int count = 0;
        for (int i = 0; i < a.length; i++) {
            count += Long.bitCount(a[i] & b[i]);
        }
        return count;
    }

    /** The set bits in ascending order. */
    static int[] toArray(long[] words, int cardinality) {
        int[] indices = new int[cardinality];
        int at = 0;
        for (int w = 0; w < words.length; w++) {
            long word = words[w];
            while (word != 0) {
                indices[at++] = (w << 6) + Long.numberOfTrailingZeros(word);
                word &= word - 1;
            }
        }
        return indices;
    }
}
