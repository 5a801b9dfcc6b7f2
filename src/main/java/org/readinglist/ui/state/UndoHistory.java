package org.readinglist.ui.state;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The changes Edit ▸ Undo can take back, newest last, at most {@value #STEPS}: each a {@link ReadChange} or an
 * {@link org.readinglist.library.ArticleChange}.
 */
final class UndoHistory {

    static final int STEPS = 100;

    private final Deque<Object> steps = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<Object> last = new ReadOnlyObjectWrapper<>(this, "last");

    void add(Object change) {
        steps.addLast(change);
        if (steps.size() > STEPS) {
            steps.removeFirst();
        }
        last.set(change);
    }

    /** The newest change, removed; null when there is none. */
    Object takeLast() {
        Object change = steps.pollLast();
        last.set(steps.peekLast());
        return change;
    }

    void clear() {
        steps.clear();
        last.set(null);
    }

    ReadOnlyObjectProperty<Object> lastProperty() {
        return last.getReadOnlyProperty();
    }
}
