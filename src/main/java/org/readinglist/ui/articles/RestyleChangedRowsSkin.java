package org.readinglist.ui.articles;

import java.util.Map;
import java.util.WeakHashMap;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;
import org.readinglist.ui.util.StyleWatch;

/**
 * A table skin that styles a row anew, when it is filled with another article, only if something that decides its
 * style changed: a pseudo-class such as {@code :selected} or {@code :unread}, a style class, a node added. The
 * stock flow restyles every row it fills, the whole row with its cells and check box, which is most of the time a
 * new result of a long list takes to show. A row whose style did change is styled in the same layout pass, as
 * before, so no frame shows it with its old style.
 */
final class RestyleChangedRowsSkin<T> extends TableViewSkin<T> {

    /** The key the stock flow puts in the properties of a row it has just made, to style it the first time. */
    private static final String NEW_CELL = "newcell";

    RestyleChangedRowsSkin(TableView<T> table) {
        super(table);
    }

    @Override
    protected VirtualFlow<TableRow<T>> createVirtualFlow() {
        return new Flow<>();
    }

    private static final class Flow<T> extends VirtualFlow<TableRow<T>> {

        private final Map<TableRow<T>, StyleWatch> watches = new WeakHashMap<>();

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
