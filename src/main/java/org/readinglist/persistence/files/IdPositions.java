package org.readinglist.persistence.files;

import java.util.function.IntFunction;

/**
 * The first position of each id in a list being read, kept as an open-addressing table of positions: no object per
 * id, so a million ids cost a few megabytes instead of a map entry and a boxed position each. Each slot keeps its
 * id's hash beside the position; the id itself is only looked up (through the articles already read) when the
 * hashes are equal.
 */
final class IdPositions {

    private static final int EMPTY = 0;

    private final IntFunction<String> idAt;
    private int[] slots = new int[1 << 10];
    private int[] hashes = new int[1 << 10];
    private int size;

    /** @param idAt the id at a position (from 1) recorded before */
    IdPositions(IntFunction<String> idAt) {
        this.idAt = idAt;
    }

    /**
     * Records that {@code id} is at {@code position} (from 1, increasing), unless it was seen before.
     *
     * @return the earlier position of the same id, or 0 if there is none
     */
    int putIfAbsent(String id, int position) {
        if (position <= EMPTY) {
            throw new IllegalArgumentException("positions count from 1: " + position);
        }
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int hash = id.hashCode();
        for (int i = slot(hash, mask); ; i = (i + 1) & mask) {
            int at = slots[i];
            if (at == EMPTY) {
                slots[i] = position;
                hashes[i] = hash;
                size++;
                return 0;
            }
            if (hashes[i] == hash && idAt.apply(at).equals(id)) {
                return at;
            }
        }
    }

    private void grow() {
        int[] old = slots;
        int[] oldHashes = hashes;
        slots = new int[old.length * 2];
        hashes = new int[old.length * 2];
        int mask = slots.length - 1;
        for (int k = 0; k < old.length; k++) {
            if (old[k] != EMPTY) {
                int i = slot(oldHashes[k], mask);
                while (slots[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                slots[i] = old[k];
                hashes[i] = oldHashes[k];
            }
        }
    }

    /** Spreads the hash over the table: ids such as "a1", "a2" differ only in their low bits. */
    private static int slot(int hash, int mask) {
        int mixed = hash * 0x9E3779B9;
        return (mixed ^ (mixed >>> 16)) & mask;
    }
}
