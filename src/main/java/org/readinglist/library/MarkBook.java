package org.readinglist.library;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.readinglist.model.ReadMarks;

/**
 * Per article, when it was marked read or unread. Changed on the list's thread and copied by the saver on its own
 * thread when it writes, so marking one article never copies all marks. One map, so a copy taken while an article
 * changes holds it once, read or unread; replaced whole on a load or a restore, never cleared, so a copy never
 * holds half of them.
 */
final class MarkBook {

    /** When an article was marked read, or marked unread again. */
    private record Mark(Instant at, boolean read) {
    }

    private volatile ConcurrentHashMap<String, Mark> byId = new ConcurrentHashMap<>();

    /** These marks from now on, instead of all before. */
    void replace(ReadMarks marks) {
        ConcurrentHashMap<String, Mark> map = new ConcurrentHashMap<>(marks.read().size() + marks.unread().size());
        marks.unread().forEach((id, at) -> map.put(id, new Mark(at, false)));
        marks.read().forEach((id, at) -> map.put(id, new Mark(at, true))); // disjoint from the unread ones
        byId = map;
    }

    /** The article was marked read (or unread) at that moment. */
    void mark(String articleId, Instant at, boolean read) {
        byId.put(articleId, new Mark(at, read));
    }

    /** Whether no article was ever marked here (nothing loaded yet). */
    boolean isEmpty() {
        return byId.isEmpty();
    }

    /** When the article was marked read, or null if it is not read. */
    Instant readAt(String articleId) {
        Mark mark = byId.get(articleId);
        return mark != null && mark.read() ? mark.at() : null;
    }

    /** A copy, on any thread: an article that changes meanwhile has its old or its new state. */
    ReadMarks snapshot() {
        Map<String, Instant> read = new HashMap<>();
        Map<String, Instant> unread = new HashMap<>();
        byId.forEach((id, mark) -> (mark.read() ? read : unread).put(id, mark.at()));
        return new ReadMarks(read, unread);
    }
}
