package org.readinglist.logic;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Which articles of a list are read, as one bit per article index. Mutable; {@link #copy()} gives a snapshot that
 * a query on another thread can use while the original keeps changing.
 */
public final class ReadSet {

    private final int size;
    private final long[] words;

    public ReadSet(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        this.size = size;
        this.words = new long[Bits.wordsFor(size)];
    }

    private ReadSet(int size, long[] words) {
        this.size = size;
        this.words = words;
    }

    /** A set of the given size with the indices that the predicate accepts. */
    public static ReadSet of(int size, IntPredicate read) {
        ReadSet set = new ReadSet(size);
        for (int i = 0; i < size; i++) {
            if (read.test(i)) {
                set.set(i, true);
            }
        }
        return set;
    }

    public int size() {
        return size;
    }

    public boolean isRead(int index) {
        return (words[index >>> 6] & (1L << index)) != 0;
    }

    public void set(int index, boolean read) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        if (read) {
            words[index >>> 6] |= 1L << index;
        } else {
            words[index >>> 6] &= ~(1L << index);
        }
    }

    public int count() {
        return Bits.cardinality(words);
    }

    public ReadSet copy() {
        return new ReadSet(size, words.clone());
    }

    /** The bits themselves, for the engine's set operations; never modified by the engine. */
    long[] words() {
        return words;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReadSet that && size == that.size && Arrays.equals(words, that.words);
    }

    @Override
    public int hashCode() {
        return 31 * size + Arrays.hashCode(words);
    }
}
