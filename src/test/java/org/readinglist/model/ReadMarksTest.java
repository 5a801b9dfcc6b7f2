package org.readinglist.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadMarksTest {

    private static final Instant T1 = Instant.parse("2026-05-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-05-02T10:00:00Z");
    private static final Instant T3 = Instant.parse("2026-05-03T10:00:00Z");

    private static void assertNoIdInBothMaps(ReadMarks marks) {
        Set<String> both = new HashSet<>(marks.read().keySet());
        both.retainAll(marks.unread().keySet());
        assertEquals(Set.of(), both, "ids both read and unread in " + marks);
    }

    // ---- construction ----------------------------------------------------------------------------------------

    @Test
    void noneHasNothing() {
        assertEquals(Map.of(), ReadMarks.NONE.read());
        assertEquals(Map.of(), ReadMarks.NONE.unread());
        assertFalse(ReadMarks.NONE.isRead("a"));
    }

    @Test
    void ofHasOnlyReadMarks() {
        ReadMarks marks = ReadMarks.of(Map.of("a", T1));

        assertEquals(Map.of("a", T1), marks.read());
        assertEquals(Map.of(), marks.unread());
        assertTrue(marks.isRead("a"));
        assertFalse(marks.isRead("b"));
    }

    @Test
    void laterUnreadInTheSameMarksRemovesTheRead() {
        ReadMarks marks = new ReadMarks(Map.of("a", T1, "b", T1), Map.of("a", T2));

        assertEquals(Map.of("b", T1), marks.read());
        assertEquals(Map.of("a", T2), marks.unread());
        assertFalse(marks.isRead("a"));
    }

    @Test
    void laterReadInTheSameMarksRemovesTheUnread() {
        ReadMarks marks = new ReadMarks(Map.of("a", T2), Map.of("a", T1, "c", T1));

        assertEquals(Map.of("a", T2), marks.read());
        assertEquals(Map.of("c", T1), marks.unread());
        assertTrue(marks.isRead("a"));
    }

    @Test
    void readAndUnreadAtTheSameMomentIsRead() {
        ReadMarks marks = new ReadMarks(Map.of("a", T1), Map.of("a", T1));

        assertEquals(Map.of("a", T1), marks.read());
        assertEquals(Map.of(), marks.unread());
    }

    @Test
    void marksAreCopiedAndCannotBeChanged() {
        Map<String, Instant> read = new HashMap<>(Map.of("a", T1));
        Map<String, Instant> unread = new HashMap<>(Map.of("b", T1));
        ReadMarks marks = new ReadMarks(read, unread);

        read.put("later", T2);
        unread.put("later-too", T2);

        assertEquals(Map.of("a", T1), marks.read());
        assertEquals(Map.of("b", T1), marks.unread());
        assertThrows(UnsupportedOperationException.class, () -> marks.read().put("x", T3));
        assertThrows(UnsupportedOperationException.class, () -> marks.unread().put("x", T3));
    }

    @Test
    void equalMarksAreEqual() {
        assertEquals(new ReadMarks(Map.of("a", T1), Map.of("b", T2)),
                new ReadMarks(new HashMap<>(Map.of("a", T1)), new HashMap<>(Map.of("b", T2))));
        // the redundant older unread is dropped, so these are the same state
        assertEquals(ReadMarks.of(Map.of("a", T2)), new ReadMarks(Map.of("a", T2), Map.of("a", T1)));
    }

    // ---- merging ---------------------------------------------------------------------------------------------

    @Test
    void mergingKeepsMarksOfBothSides() {
        ReadMarks mine = ReadMarks.of(Map.of("a", T1));
        ReadMarks theirs = ReadMarks.of(Map.of("b", T2));

        ReadMarks merged = mine.mergedWith(theirs);

        assertEquals(Map.of("a", T1, "b", T2), merged.read());
        assertEquals(Map.of(), merged.unread());
    }

    @Test
    void mergingKeepsUnreadEventsOfBothSides() {
        ReadMarks merged = new ReadMarks(Map.of(), Map.of("a", T1)).mergedWith(new ReadMarks(Map.of(), Map.of("b", T2)));

        assertEquals(Map.of(), merged.read());
        assertEquals(Map.of("a", T1, "b", T2), merged.unread());
    }

    @Test
    void laterUnreadWinsOverAnEarlierRead() {
        ReadMarks readEarlier = ReadMarks.of(Map.of("a", T1));
        ReadMarks unreadLater = new ReadMarks(Map.of(), Map.of("a", T2));

        for (ReadMarks merged : List.of(readEarlier.mergedWith(unreadLater), unreadLater.mergedWith(readEarlier))) {
            assertFalse(merged.isRead("a"));
            assertEquals(Map.of(), merged.read());
            assertEquals(Map.of("a", T2), merged.unread());
        }
    }

    @Test
    void laterReadWinsOverAnEarlierUnread() {
        ReadMarks unreadEarlier = new ReadMarks(Map.of(), Map.of("a", T1));
        ReadMarks readLater = ReadMarks.of(Map.of("a", T2));

        for (ReadMarks merged : List.of(unreadEarlier.mergedWith(readLater), readLater.mergedWith(unreadEarlier))) {
            assertTrue(merged.isRead("a"));
            assertEquals(Map.of("a", T2), merged.read());
            assertEquals(Map.of(), merged.unread());
        }
    }

    @Test
    void aTieBetweenReadAndUnreadIsRead() {
        ReadMarks read = ReadMarks.of(Map.of("a", T1));
        ReadMarks unread = new ReadMarks(Map.of(), Map.of("a", T1));

        assertEquals(read, read.mergedWith(unread));
        assertEquals(read, unread.mergedWith(read));
    }

    @Test
    void theLaterOfTwoReadMomentsIsKept() {
        ReadMarks merged = ReadMarks.of(Map.of("a", T1)).mergedWith(ReadMarks.of(Map.of("a", T3)));

        assertEquals(Map.of("a", T3), merged.read());
        assertEquals(Map.of("a", T3),
                ReadMarks.of(Map.of("a", T3)).mergedWith(ReadMarks.of(Map.of("a", T1))).read());
    }

    @Test
    void theLaterOfTwoUnreadMomentsIsKept() {
        ReadMarks merged = new ReadMarks(Map.of(), Map.of("a", T3)).mergedWith(new ReadMarks(Map.of(), Map.of("a", T1)));

        assertEquals(Map.of("a", T3), merged.unread());
    }

    @Test
    void theLatestEventOverAllFourWins() {
        // one side read at T1 and unread at T3 (kept as unread), the other read at T2: unread at T3 is the latest
        ReadMarks one = new ReadMarks(Map.of(), Map.of("a", T3));
        ReadMarks other = ReadMarks.of(Map.of("a", T2));
        assertEquals(new ReadMarks(Map.of(), Map.of("a", T3)), one.mergedWith(other));

        // read again at T3 after an unread at T2 on the other side
        ReadMarks readAgain = ReadMarks.of(Map.of("a", T3));
        ReadMarks unreadBetween = new ReadMarks(Map.of(), Map.of("a", T2));
        assertEquals(readAgain, readAgain.mergedWith(unreadBetween));
        assertEquals(readAgain, unreadBetween.mergedWith(readAgain));
    }

    @Test
    void mergingWithNothingChangesNothing() {
        ReadMarks marks = new ReadMarks(Map.of("a", T1), Map.of("b", T2));

        assertEquals(marks, marks.mergedWith(ReadMarks.NONE));
        assertEquals(marks, ReadMarks.NONE.mergedWith(marks));
        assertEquals(marks, marks.mergedWith(marks));
    }

    @Test
    void mergingIsCommutativeAssociativeAndNeverPutsAnIdInBothMaps() {
        Random random = new Random(42);
        Instant[] times = {T1, T2, T3};
        for (int round = 0; round < 300; round++) {
            ReadMarks a = randomMarks(random, times);
            ReadMarks b = randomMarks(random, times);
            ReadMarks c = randomMarks(random, times);

            ReadMarks ab = a.mergedWith(b);
            assertEquals(ab, b.mergedWith(a), a + " / " + b);
            assertEquals(ab.mergedWith(c), a.mergedWith(b.mergedWith(c)));
            assertNoIdInBothMaps(ab);
            assertNoIdInBothMaps(a);
            // every id of either side is still known, with its latest event (read on a tie)
            for (String id : List.of("p", "q", "r", "s")) {
                Instant latest = null;
                boolean latestIsRead = false;
                for (ReadMarks side : List.of(a, b)) {
                    Instant unreadAt = side.unread().get(id);
                    if (unreadAt != null && (latest == null || unreadAt.isAfter(latest))) {
                        latest = unreadAt;
                        latestIsRead = false;
                    }
                }
                for (ReadMarks side : List.of(a, b)) {
                    Instant readAt = side.read().get(id);
                    if (readAt != null && (latest == null || !readAt.isBefore(latest))) {
                        latest = readAt;
                        latestIsRead = true;
                    }
                }
                String what = id + " in " + a + " / " + b + " gave " + ab;
                if (latest == null) {
                    assertFalse(ab.read().containsKey(id) || ab.unread().containsKey(id), what);
                } else if (latestIsRead) {
                    assertEquals(latest, ab.read().get(id), what);
                    assertFalse(ab.unread().containsKey(id), what);
                } else {
                    assertEquals(latest, ab.unread().get(id), what);
                    assertFalse(ab.read().containsKey(id), what);
                }
            }
        }
    }

    private static ReadMarks randomMarks(Random random, Instant[] times) {
        Map<String, Instant> read = new HashMap<>();
        Map<String, Instant> unread = new HashMap<>();
        for (String id : List.of("p", "q", "r", "s")) {
            switch (random.nextInt(4)) {
                case 0 -> read.put(id, times[random.nextInt(times.length)]);
                case 1 -> unread.put(id, times[random.nextInt(times.length)]);
                case 2 -> {
                    read.put(id, times[random.nextInt(times.length)]);
                    unread.put(id, times[random.nextInt(times.length)]);
                }
                default -> {
                }
            }
        }
        return new ReadMarks(read, unread);
    }
}
