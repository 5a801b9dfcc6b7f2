package org.readinglist.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;
import org.readinglist.ui.CurrentThreadTaskExecutor;
import org.readinglist.ui.util.TaskExecutor;

class HeapTrimTest {

    /** Runs work at once, on the calling thread, and counts how often it was handed work. */
    private static final class CountingExecutor implements TaskExecutor {
        private final CurrentThreadTaskExecutor direct = new CurrentThreadTaskExecutor();
        int tasks;

        @Override
        public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
            tasks++;
            direct.execute(work, onSuccess, onFailure);
        }

        @Override
        public void runOnUi(Runnable action) {
            direct.runOnUi(action);
        }

        @Override
        public void shutdown() {
        }
    }

    /** Records what was asked of the bounds. */
    private static final class RecordedBounds implements HeapTrim.Bounds {
        final List<String> calls = new ArrayList<>();

        @Override
        public void narrowAndCollect() {
            calls.add("narrow");
        }

        @Override
        public void restore() {
            calls.add("restore");
        }
    }

    private final SimpleBooleanProperty loading = new SimpleBooleanProperty(false);
    private final SimpleBooleanProperty indexed = new SimpleBooleanProperty(false);
    private final AtomicInteger articles = new AtomicInteger();
    private final CountingExecutor executor = new CountingExecutor();
    private final RecordedBounds bounds = new RecordedBounds();

    private void open(int size) {
        indexed.set(false);
        loading.set(true);
        articles.set(size);
        loading.set(false);
        indexed.set(true);
    }

    @Test
    void narrowsInTheBackgroundOnceALongListIsIndexedAndRestoresWhenTheNextOneLoads() {
        HeapTrim.watch(loading, indexed, articles::get, executor, bounds);

        open(HeapTrim.FROM_ARTICLES);
        assertThat(bounds.calls).containsExactly("restore", "narrow");
        assertThat(executor.tasks).isEqualTo(1);

        open(HeapTrim.FROM_ARTICLES * 20);
        assertThat(bounds.calls).containsExactly("restore", "narrow", "restore", "narrow");
        assertThat(executor.tasks).isEqualTo(2);
    }

    @Test
    void leavesTheHeapAloneForAShortList() {
        HeapTrim.watch(loading, indexed, articles::get, executor, bounds);

        open(HeapTrim.FROM_ARTICLES - 1);

        assertThat(bounds.calls).containsExactly("restore");
        assertThat(executor.tasks).isZero();
    }

    @Test
    void narrowsTheHeapsBoundsAndGivesTheJvmsOwnBack() {
        HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        String min = hotSpot.getVMOption("MinHeapFreeRatio").getValue();
        String max = hotSpot.getVMOption("MaxHeapFreeRatio").getValue();
        HeapTrim.HotSpotBounds heap = new HeapTrim.HotSpotBounds();
        try {
            heap.restore(); // nothing narrowed yet: nothing changes
            assertThat(hotSpot.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo(min);

            heap.narrowAndCollect();
            assertThat(hotSpot.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo(HeapTrim.HotSpotBounds.MIN_FREE);
            assertThat(hotSpot.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo(HeapTrim.HotSpotBounds.MAX_FREE);

            heap.restore();
            assertThat(hotSpot.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo(min);
            assertThat(hotSpot.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo(max);
        } finally {
            hotSpot.setVMOption("MaxHeapFreeRatio", max);
            hotSpot.setVMOption("MinHeapFreeRatio", min);
        }
    }
}
