package org.readinglist.logic;

import java.util.Map;
import org.readinglist.model.SortColumn;

/**
 * What {@link IndexedQueryEngine#prepare()} builds for one list, as plain arrays: the search text's distinct tokens
 * with their postings (delta-encoded varints of ascending article indices), and per sortable column the articles
 * in that column's order with each article's dense rank. A store can keep it for the next start of the same list;
 * how it is stored is the store's business.
 */
public record PreparedIndex(int size, String[] tokens, byte[][] postings, Map<SortColumn, Column> columns) {

    /** One column's order (ascending, ties in list order), each article's rank in it, and how many ranks there are. */
    public record Column(int[] order, int[] rank, int distinct) {
    }

    /** Whether the parts fit a list of this many articles: every column there, of the right length. */
    boolean fits(int articles) {
        if (size != articles || tokens.length != postings.length) {
            return false;
        }
        for (SortColumn column : SortColumn.values()) {
            if (column == SortColumn.READ) {
                continue;
            }
            Column parts = columns.get(column);
            if (parts == null || parts.order().length != size || parts.rank().length != size) {
                return false;
            }
        }
        return true;
    }
}
