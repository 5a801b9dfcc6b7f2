package org.readinglist.ui.state;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The read changes Edit ▸ Undo can take back, newest last, at most {@value #STEPS}. */
final class ReadChangeHistory {

    static final int STEPS = 100;

    private final Deque<ReadChange> steps = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<ReadChange> last = new ReadOnlyObjectWrapper<>(this, "last");

    void add(ReadChange change) {
        steps.addLast(change);
        if (steps.size() > STEPS) {
            steps.removeFirst();
        }
        last.set(change);
    }

    /** The newest change, removed; null when there is none. */
    ReadChange takeLast() {
        ReadChange change = steps.pollLast();
        last.set(steps.peekLast());
        return change;
    }

    void clear() {
        steps.clear();
        last.set(null);
    }

    ReadOnlyObjectProperty<ReadChange> lastProperty() {
        return last.getReadOnlyProperty();
    }
}
