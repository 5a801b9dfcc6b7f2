package org.readinglist.ui.state;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableListBase;
import org.readinglist.logic.QueryResult;

/**
 * The rows of the current result, in its order: a view over the result's article indices, so showing a new result
 * costs one list change, whatever its size. {@link #indexOf} answers from a position table instead of a scan, which
 * keeps the table's selection handling cheap on long lists. Read-only for everyone but {@link ReadingListState}.
 */
final class ResultRows extends ObservableListBase<ArticleRow> implements RandomAccess {

    private static final int[] NONE = new int[0];

    private ListRows rows = ListRows.NONE;
    private int[] order = NONE;
    private int[] positions;
    private List<ArticleRow> shown = new Snapshot(rows, order);

    /** Shows a new result; no change is reported when it holds the same rows in the same order. */
    void show(ListRows allRows, QueryResult result) {
        int[] next = new int[result.size()];
        for (int p = 0; p < next.length; p++) {
            next[p] = result.indexAt(p);
        }
        if (allRows == rows && Arrays.equals(next, order)) {
            return;
        }
        List<ArticleRow> removed = shown;
        rows = allRows;
        order = next;
        shown = new Snapshot(rows, order);
        positions = null;
        if (removed.isEmpty() && next.length == 0) {
            return;
        }
        // one change built by hand: ObservableListBase's change builder copies every removed row into a list
        fireChange(new Replaced(removed, next.length));
    }

    @Override
    public ArticleRow get(int position) {
        return shown.get(position);
    }

    @Override
    public int size() {
        return shown.size();
    }

    @Override
    public int indexOf(Object object) {
        if (!(object instanceof ArticleRow row) || !rows.holds(row)) {
            return -1;
        }
        if (positions == null) {
            positions = new int[rows.size()];
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

    /** Every row replaced at once: the old rows removed from position 0, the new ones added there. */
    private final class Replaced extends ListChangeListener.Change<ArticleRow> {
        private final List<ArticleRow> removed;
        private final int added;
        private int cursor = -1;

        Replaced(List<ArticleRow> removed, int added) {
            super(ResultRows.this);
            this.removed = removed;
            this.added = added;
        }

        @Override
        public boolean next() {
            cursor++;
            return cursor == 0;
        }

        @Override
        public void reset() {
            cursor = -1;
        }

        @Override
        public int getFrom() {
            checkState();
            return 0;
        }

        @Override
        public int getTo() {
            checkState();
            return added;
        }

        @Override
        public List<ArticleRow> getRemoved() {
            checkState();
            return removed;
        }

        @Override
        protected int[] getPermutation() {
            checkState();
            return new int[0];
        }

        private void checkState() {
            if (cursor != 0) {
                throw new IllegalStateException("call next() first, once");
            }
        }
    }

    /** The rows of one result, read through its order; also what a replace change reports as removed. */
    private static final class Snapshot extends AbstractList<ArticleRow> implements RandomAccess {
        private final ListRows rows;
        private final int[] order;

        Snapshot(ListRows rows, int[] order) {
            this.rows = rows;
            this.order = order;
        }

        @Override
        public ArticleRow get(int position) {
            return rows.get(order[position]);
        }

        @Override
        public int size() {
            return order.length;
        }
    }
}
