package org.readinglist.app;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * When each step of a start was reached (the settings read, the list read, the toolkit ready, the window shown),
 * for the smoke test to say where the time to the first frame went. Any thread may mark; marking costs a clock read.
 */
final class Milestones {

    private final Map<String, Long> reached = new ConcurrentHashMap<>();

    /** Notes that {@code step} was reached now; a step reached again keeps its first time. */
    void mark(String step) {
        reached.putIfAbsent(step, System.nanoTime());
    }

    /**
     * The steps in the order they were reached, each as the process's age then, given its age {@code ageMillis} at
     * {@code nowNanos}: "settings 110 ms, list 190 ms, toolkit 350 ms".
     */
    String describe(long ageMillis, long nowNanos) {
        return reached.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .map(step -> step.getKey() + " " + (ageMillis - (nowNanos - step.getValue()) / 1_000_000) + " ms")
                .collect(Collectors.joining(", "));
    }
}
