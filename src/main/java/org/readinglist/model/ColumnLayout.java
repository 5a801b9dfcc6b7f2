package org.readinglist.model;

import java.util.Objects;

/** One table column as the user left it; the list of them is in the order the columns were shown. */
public record ColumnLayout(SortColumn column, double width, boolean visible) {

    public ColumnLayout {
        Objects.requireNonNull(column, "column");
        if (!(width > 0) || !Double.isFinite(width)) {
            throw new IllegalArgumentException("not a column width: " + width);
        }
    }
}
