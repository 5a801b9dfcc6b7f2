package org.readinglist.ui.state;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import javafx.collections.ObservableListBase;
import org.readinglist.logic.QueryResult;

/**
 * The rows of the current result, in its order: a view over the result's article indices, so showing a new result
 * costs one list change, whatever its size. {@link #indexOf} answers from a position table instead of a scan, which
 * keeps the table's selection handling cheap on long lists. Read-only for everyone but {@link ReadingListState}.
 */
final class ResultRows extends ObservableListBase<ArticleRow> implements RandomAccess {

    private static final int[] NONE = new int[0];

    private ArticleRow[] rows = new ArticleRow[0];
    private int[] order = NONE;
    private int[] positions;

    /** Shows a new result; no change is reported when it holds the same rows in the same order. */
    void show(ArticleRow[] allRows, QueryResult result) {
        int[] next = new int[result.size()];
        for (int p = 0; p < next.length; p++) {
            next[p] = result.indexAt(p);
        }
        if (allRows == rows && Arrays.equals(next, order)) {
            return;
        }
        List<ArticleRow> removed = new Snapshot(rows, order);
        rows = allRows;
        order = next;
        positions = null;
        if (removed.isEmpty() && next.length == 0) {
            return;
        }
        beginChange();
        if (removed.isEmpty()) {
            nextAdd(0, next.length);
        } else if (next.length == 0) {
            nextRemove(0, removed);
        } else {
            nextReplace(0, next.length, removed);
        }
        endChange();
    }

    @Override
    public ArticleRow get(int position) {
        return rows[order[position]];
    }

    @Override
    public int size() {
        return order.length;
    }

    @Override
    public int indexOf(Object object) {
        if (!(object instanceof ArticleRow row) || row.index() >= rows.length || rows[row.index()] != row) {
            return -1;
        }
        if (positions == null) {
            positions = new int[rows.length];
            Arrays.fill(positions, -1);
            for (int p = 0; p < order.length; p++) {
                positions[order[p]] = p;
            }
        }
        return positions[row.index()];
    }

    @Override
    public int lastIndexOf(Object object) {
        return indexOf(object);
    }

    @Override
    public boolean contains(Object object) {
        return indexOf(object) >= 0;
    }

    /** The rows a replaced result held, for the change event; read lazily, copied never. */
    private static final class Snapshot extends AbstractList<ArticleRow> implements RandomAccess {
        private final ArticleRow[] rows;
        private final int[] order;

        Snapshot(ArticleRow[] rows, int[] order) {
            this.rows = rows;
            this.order = order;
        }

        @Override
        public ArticleRow get(int position) {
            return rows[order[position]];
        }

        @Override
        public int size() {
            return order.length;
        }
    }
}
