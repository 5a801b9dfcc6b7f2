package org.readinglist.logic;

import java.util.Map;

/** Counts per tag, stored by tag number; the names map to numbers through the engine's table. */
final class TagCounts {

    private final Map<String, Integer> tagIds;
    private final int[] counts;

    TagCounts(Map<String, Integer> tagIds, int[] counts) {
        this.tagIds = tagIds;
        this.counts = counts;
    }

    int count(String tag) {
        Integer id = tagIds.get(tag);
        return id == null ? 0 : counts[id];
    }

    Map<String, Integer> asMap() {
        Map<String, Integer> map = new java.util.HashMap<>();
        tagIds.forEach((tag, id) -> {
            if (counts[id] > 0) {
                map.put(tag, counts[id]);
            }
        });
        return Map.copyOf(map);
    }
}
