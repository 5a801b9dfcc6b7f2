package org.readinglist.ui.articles;

import java.util.Map;
import java.util.WeakHashMap;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;
import org.readinglist.ui.util.StyleWatch;

/**
 * A table skin that shows a new list of items in one cheap layout pass.
 *
 * <ul>
 *   <li>A row filled with another item is styled anew only if something that decides its style changed: a
 *       pseudo-class such as {@code :selected} or {@code :unread}, a style class, a node added. The stock flow
 *       restyles every row it fills, the whole row with its cells and check box. A row whose style did change is
 *       styled in the same layout pass, as before, so no frame shows it with its old style.</li>
 *   <li>When the table's items are replaced, the stock skin lays the rows out for the new item count at once,
 *       then empties every row and fills it again in a second layout: each visible row is filled twice and
 *       emptied once. This skin lays the rows out once, when the table is laid out, and fills each row in place:
 *       a row is filled only if the item at its position changed; the rows below the last item are emptied.</li>
 * </ul>
 */
final class RestyleChangedRowsSkin<T> extends TableViewSkin<T> {

    /** The key the stock flow puts in the properties of a row it has just made, to style it the first time. */
    private static final String NEW_CELL = "newcell";

    private boolean layingOut;

    RestyleChangedRowsSkin(TableView<T> table) {
        super(table);
    }

    @Override
    protected VirtualFlow<TableRow<T>> createVirtualFlow() {
        return new Flow<>();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        layingOut = true;
        try {
            super.layoutChildren(x, y, w, h);
        } finally {
            layingOut = false;
        }
    }

    /**
     * Called when the table is laid out after its items changed, and when it scrolls to a row before that; only
     * the first is the table's own layout, which lays the flow out next in the same pass.
     */
    @Override
    protected void updateItemCount() {
        Flow<T> flow = (Flow<T>) getVirtualFlow();
        flow.countUpdateInLayout = layingOut;
        try {
            super.updateItemCount();
        } finally {
            flow.countUpdateInLayout = false;
        }
    }

    private static final class Flow<T> extends VirtualFlow<TableRow<T>> {

        private final Map<TableRow<T>, StyleWatch> watches = new WeakHashMap<>();
        /** Set while the table updates its item count in its layout pass, which lays this flow out after. */
        boolean countUpdateInLayout;

        /** The stock flow lays itself out at once when the count changes; the table's layout does it next. */
        @Override
        protected void layoutChildren() {
            if (countUpdateInLayout) {
                requestLayout();
                return;
            }
            super.layoutChildren();
        }

        /** Asked for by the table when it gets new items: filling the rows in place does, for less. */
        @Override
        protected void rebuildCells() {
            if (countUpdateInLayout) {
                // a row that needs layout makes the next layout fill every row, at its place
                getCells().forEach(TableRow::requestLayout);
                requestLayout();
                return;
            }
            super.rebuildCells();
        }

        @Override
        protected void setCellIndex(TableRow<T> row, int index) {
            StyleWatch watch = watches.computeIfAbsent(row, StyleWatch::new);
            if (row.getProperties().containsKey(NEW_CELL)) {
                super.setCellIndex(row, index);
            } else {
                row.updateIndex(index);
                if (watch.changed()) {
                    row.applyCss();
                }
            }
            if (row.getScene() != null) {
                watch.clear();
            }
        }
    }
}
