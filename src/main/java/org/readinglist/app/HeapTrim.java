package org.readinglist.app;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.IntSupplier;
import javafx.beans.value.ObservableBooleanValue;
import org.readinglist.ui.util.TaskExecutor;

/**
 * Gives the memory that reading a long list needed back to the system once the list is indexed. Reading a million
 * articles fills the heap with short-lived objects; the collector keeps the pages they took (a third more than the
 * list itself needs), and the process would hold them until it exits.
 *
 * <p>Once a list of {@link #FROM_ARTICLES} or more is indexed, this narrows the heap's free-space bounds (at most a
 * fifth of the heap free after a full collection, at least a tenth) and collects once, in the background. The heap
 * then shrinks to the live data and a fifth more, and grows again when the user opens a longer list. The launcher
 * runs the serial collector with {@code -XX:-ShrinkHeapInSteps}, so the heap shrinks in that one collection; a JVM
 * that does not allow these settings keeps its heap as it is.
 */
final class HeapTrim {

    static final int FROM_ARTICLES = 50_000;
    static final String MIN_FREE = "10";
    static final String MAX_FREE = "20";

    private HeapTrim() {
    }

    /** Trims the heap with {@code trim} on a background thread each time a long list has been indexed. */
    static void afterIndexing(ObservableBooleanValue indexed, IntSupplier articleCount, TaskExecutor executor,
                              Runnable trim) {
        indexed.addListener((obs, was, now) -> {
            if (now && articleCount.getAsInt() >= FROM_ARTICLES) {
                executor.execute(() -> {
                    trim.run();
                    return null;
                }, done -> { }, error -> { });
            }
        });
    }

    /** Narrows the heap's free-space bounds and collects, so the heap shrinks to its live data. */
    static void trim() {
        try {
            HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            // the minimum first: the maximum may not go below it
            hotSpot.setVMOption("MinHeapFreeRatio", MIN_FREE);
            hotSpot.setVMOption("MaxHeapFreeRatio", MAX_FREE);
        } catch (RuntimeException notAllowed) {
            return; // not a HotSpot JVM, or it does not take these options at run time: the heap stays as it is
        }
        System.gc();
    }
}
