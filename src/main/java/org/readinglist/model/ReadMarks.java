package org.readinglist.model;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The user's read state: when each article was marked read, and when articles were marked unread again. Keeping the
 * "unread" moments lets two copies of the state (two app instances, a file and memory) be merged per article: the
 * later event wins, so neither a mark nor an unmark is lost.
 *
 * @param read   article id to the moment it was marked read
 * @param unread article id to the moment it was marked unread (only for articles that were read before)
 */
public record ReadMarks(Map<String, Instant> read, Map<String, Instant> unread) {

    public static final ReadMarks NONE = new ReadMarks(Map.of(), Map.of());

    public ReadMarks {
        if (!disjoint(read, unread)) {
            // an article is in one map only: the later of its two events (read on a tie)
            Map<String, Instant> readCopy = new HashMap<>(read);
            Map<String, Instant> unreadCopy = new HashMap<>(unread);
            for (String id : Set.copyOf(unreadCopy.keySet())) {
                Instant readAt = readCopy.get(id);
                if (readAt != null) {
                    if (unreadCopy.get(id).isAfter(readAt)) {
                        readCopy.remove(id);
                    } else {
                        unreadCopy.remove(id);
                    }
                }
            }
            read = readCopy;
            unread = unreadCopy;
        }
        // the app's own snapshots are already disjoint: then this is the only copy
        read = Map.copyOf(read);
        unread = Map.copyOf(unread);
    }

    private static boolean disjoint(Map<String, Instant> read, Map<String, Instant> unread) {
        for (String id : unread.keySet()) {
            if (read.containsKey(id)) {
                return false;
            }
        }
        return true;
    }

    public static ReadMarks of(Map<String, Instant> read) {
        return new ReadMarks(read, Map.of());
    }

    public boolean isRead(String articleId) {
        return read.containsKey(articleId);
    }

    /** Per article, the later event of the two states wins; on a tie, read wins. */
    public ReadMarks mergedWith(ReadMarks other) {
        Set<String> ids = new HashSet<>(read.keySet());
        ids.addAll(unread.keySet());
        ids.addAll(other.read.keySet());
        ids.addAll(other.unread.keySet());
        Map<String, Instant> mergedRead = new HashMap<>();
        Map<String, Instant> mergedUnread = new HashMap<>();
        for (String id : ids) {
            Instant readAt = later(read.get(id), other.read.get(id));
            Instant unreadAt = later(unread.get(id), other.unread.get(id));
            if (readAt != null && (unreadAt == null || !unreadAt.isAfter(readAt))) {
                mergedRead.put(id, readAt);
            } else if (unreadAt != null) {
                mergedUnread.put(id, unreadAt);
            }
        }
        return new ReadMarks(mergedRead, mergedUnread);
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
