package org.readinglist.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;
import org.readinglist.ui.util.TaskExecutor;

class HeapTrimTest {

    /** Runs work at once and counts how often it was handed work. */
    private static final class CountingExecutor implements TaskExecutor {
        int tasks;

        @Override
        public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
            tasks++;
            try {
                onSuccess.accept(work.call());
            } catch (Exception e) {
                onFailure.accept(e);
            }
        }

        @Override
        public void runOnUi(Runnable action) {
            action.run();
        }

        @Override
        public void shutdown() {
        }
    }

    @Test
    void trimsInTheBackgroundEachTimeALongListIsIndexed() {
        SimpleBooleanProperty indexed = new SimpleBooleanProperty(false);
        AtomicInteger articles = new AtomicInteger(HeapTrim.FROM_ARTICLES);
        AtomicInteger trims = new AtomicInteger();
        CountingExecutor executor = new CountingExecutor();
        HeapTrim.afterIndexing(indexed, articles::get, executor, trims::incrementAndGet);

        indexed.set(true);
        assertThat(trims).hasValue(1);
        assertThat(executor.tasks).isEqualTo(1);

        indexed.set(false); // another list is being indexed
        assertThat(trims).hasValue(1);
        indexed.set(true);
        assertThat(trims).hasValue(2);
    }

    @Test
    void leavesTheHeapAloneForAShortList() {
        SimpleBooleanProperty indexed = new SimpleBooleanProperty(false);
        AtomicInteger trims = new AtomicInteger();
        CountingExecutor executor = new CountingExecutor();
        HeapTrim.afterIndexing(indexed, () -> HeapTrim.FROM_ARTICLES - 1, executor, trims::incrementAndGet);

        indexed.set(true);

        assertThat(trims).hasValue(0);
        assertThat(executor.tasks).isZero();
    }

    @Test
    void narrowsTheHeapsFreeSpaceBounds() {
        HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        String min = hotSpot.getVMOption("MinHeapFreeRatio").getValue();
        String max = hotSpot.getVMOption("MaxHeapFreeRatio").getValue();
        try {
            HeapTrim.trim();

            assertThat(hotSpot.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo(HeapTrim.MIN_FREE);
            assertThat(hotSpot.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo(HeapTrim.MAX_FREE);
        } finally {
            // this test's JVM goes on with its own bounds: the maximum first, since the minimum may not exceed it
            hotSpot.setVMOption("MaxHeapFreeRatio", max);
            hotSpot.setVMOption("MinHeapFreeRatio", min);
        }
    }
}
