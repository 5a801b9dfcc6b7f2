package org.readinglist.library;

import java.util.List;

/**
 * One mark-read or mark-unread action, as Edit ▸ Undo takes it back: the articles it changed and what it made
 * them. Undoing marks the same articles the other way.
 */
public record ReadChange(List<String> articleIds, boolean markedRead) {

    public ReadChange {
        articleIds = List.copyOf(articleIds);
    }

    public int count() {
        return articleIds.size();
    }
}
