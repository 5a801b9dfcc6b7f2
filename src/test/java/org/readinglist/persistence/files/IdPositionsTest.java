package org.readinglist.persistence.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IdPositionsTest {

    private final List<String> ids = new ArrayList<>();
    private final IdPositions positions = new IdPositions(position -> ids.get(position - 1));

    /** Adds the id at the next position as a reader would: only when it is new. */
    private int add(String id) {
        int earlier = positions.putIfAbsent(id, ids.size() + 1);
        if (earlier == 0) {
            ids.add(id);
        }
        return earlier;
    }

    @Test
    void aRepeatedIdGivesTheFirstPositionOfThatId() {
        assertEquals(0, add("a"));
        assertEquals(0, add("b"));
        assertEquals(0, add("c"));

        assertEquals(2, add("b"));
        assertEquals(1, add("a"));
        assertEquals(0, add("d"));
        assertEquals(4, add("d"));
    }

    @Test
    void agreesWithAMapOverManyIdsThatShareHashesAndGrowTheTable() {
        Random random = new Random(7);
        Map<String, Integer> reference = new HashMap<>();
        // "Aa" and "BB" have the same hash code, so these ids collide in groups
        String[] parts = {"Aa", "BB"};
        for (int i = 0; i < 50_000; i++) {
            String id = random.nextInt(4) == 0
                    ? parts[random.nextInt(2)] + parts[random.nextInt(2)] + parts[random.nextInt(2)] + random.nextInt(50)
                    : "a" + random.nextInt(40_000);
            Integer expected = reference.get(id);
            int earlier = add(id);
            assertEquals(expected == null ? 0 : expected, earlier, id);
            if (expected == null) {
                reference.put(id, ids.size());
            }
        }
    }

    @Test
    void positionsCountFromOne() {
        assertThrows(IllegalArgumentException.class, () -> positions.putIfAbsent("a", 0));
    }
}
