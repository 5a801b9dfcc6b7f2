package org.readinglist.model;

import java.util.Objects;

/** One level of a sort order: a column and a direction. */
public record SortKey(SortColumn column, boolean ascending) {

    public SortKey {
        Objects.requireNonNull(column, "column");
    }

    public static SortKey ascending(SortColumn column) {
        return new SortKey(column, true);
    }

    public static SortKey descending(SortColumn column) {
        return new SortKey(column, false);
    }
}
