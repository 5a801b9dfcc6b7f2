package org.readinglist.library;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * The changes Edit ▸ Undo can take back, newest last, at most {@value #STEPS}: each a {@link ReadChange} or an
 * {@link ArticleChange}.
 */
final class UndoHistory {

    static final int STEPS = 100;

    private final Deque<Object> steps = new ArrayDeque<>();
    private final Consumer<Object> lastChanged;

    /** @param lastChanged hears the newest change (null when there is none) each time it may have changed */
    UndoHistory(Consumer<Object> lastChanged) {
        this.lastChanged = lastChanged;
    }

    void add(Object change) {
        steps.addLast(change);
        if (steps.size() > STEPS) {
            steps.removeFirst();
        }
        lastChanged.accept(change);
    }

    /** The newest change, removed; null when there is none. */
    Object takeLast() {
        Object change = steps.pollLast();
        lastChanged.accept(steps.peekLast());
        return change;
    }

    void clear() {
        steps.clear();
        lastChanged.accept(null);
    }
}
