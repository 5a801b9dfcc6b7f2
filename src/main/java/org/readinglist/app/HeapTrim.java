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
 * fifth of the heap free after a full collection, at least a tenth) and collects once, in the background: the heap
 * shrinks to the live data and a fifth more. When the next list starts loading, the JVM's own bounds come back, so
 * the heap grows for it in the usual large steps. The launcher runs the serial collector with
 * {@code -XX:-ShrinkHeapInSteps}, so the heap shrinks in that one collection; a JVM that does not allow these
 * settings keeps its heap as it is.
 */
final class HeapTrim {

    static final int FROM_ARTICLES = 50_000;

    /** The heap's free-space bounds. */
    interface Bounds {
        /** Narrows the bounds and collects, so the heap shrinks to its live data. */
        void narrowAndCollect();

        /** The bounds the JVM started with, again. */
        void restore();
    }

    private HeapTrim() {
    }

    /**
     * Narrows the bounds on a background thread each time a long list has been indexed, and restores them each time
     * a list starts loading.
     */
    static void watch(ObservableBooleanValue loading, ObservableBooleanValue indexed, IntSupplier articleCount,
                      TaskExecutor executor, Bounds bounds) {
        loading.addListener((obs, was, now) -> {
            if (now) {
                bounds.restore();
            }
        });
        indexed.addListener((obs, was, now) -> {
            if (now && articleCount.getAsInt() >= FROM_ARTICLES) {
                executor.execute(() -> {
                    bounds.narrowAndCollect();
                    return null;
                }, done -> { }, error -> { });
            }
        });
    }

    /** The bounds of this HotSpot JVM, set through its diagnostic bean. */
    static final class HotSpotBounds implements Bounds {

        static final String MIN_FREE = "10";
        static final String MAX_FREE = "20";

        private String originalMin;
        private String originalMax;

        @Override
        public synchronized void narrowAndCollect() {
            try {
                HotSpotDiagnosticMXBean hotSpot = hotSpot();
                if (originalMin == null) {
                    originalMin = hotSpot.getVMOption("MinHeapFreeRatio").getValue();
                    originalMax = hotSpot.getVMOption("MaxHeapFreeRatio").getValue();
                }
                // the minimum first: the maximum may not go below it
                hotSpot.setVMOption("MinHeapFreeRatio", MIN_FREE);
                hotSpot.setVMOption("MaxHeapFreeRatio", MAX_FREE);
            } catch (RuntimeException notAllowed) {
                return; // not a HotSpot JVM, or it does not take these options at run time: the heap stays as it is
            }
            System.gc();
        }

        @Override
        public synchronized void restore() {
            if (originalMin == null) {
                return; // never narrowed
            }
            try {
                HotSpotDiagnosticMXBean hotSpot = hotSpot();
                // the maximum first: the minimum may not go above it
                hotSpot.setVMOption("MaxHeapFreeRatio", originalMax);
                hotSpot.setVMOption("MinHeapFreeRatio", originalMin);
            } catch (RuntimeException notAllowed) {
                // they were set before, so they can be set again; if not, the heap keeps its narrow bounds
            }
        }

        private static HotSpotDiagnosticMXBean hotSpot() {
            return ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        }
    }
}
