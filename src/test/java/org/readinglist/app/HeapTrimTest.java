package org.readinglist.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readinglist.model.Article;
import org.readinglist.model.ReadMarks;
import org.readinglist.persistence.files.ArticleRepository;
import org.readinglist.persistence.files.ArticlesFileException;
import org.readinglist.persistence.files.ArticlesRead;
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
        public void widen() {
            calls.add("widen");
        }

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
    void narrowsInTheBackgroundOnceALongListIsIndexedAndRestoresOnceEachListIsLoaded() {
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
    void restoresWhenALoadFails() {
        HeapTrim.watch(loading, indexed, articles::get, executor, bounds);
        open(HeapTrim.FROM_ARTICLES);

        loading.set(true);
        loading.set(false); // failed: the list stays, not indexed again

        assertThat(bounds.calls).containsExactly("restore", "narrow", "restore");
    }

    /** Reads any file as one article, or fails as told. */
    private static final class FakeFiles implements ArticleRepository {
        final List<String> calls;
        ArticlesFileException failure;

        FakeFiles(List<String> calls) {
            this.calls = calls;
        }

        @Override
        public List<Article> loadBundled() {
            calls.add("bundled");
            return List.of();
        }

        @Override
        public List<Article> load(Path file, DoubleConsumer progress) throws ArticlesFileException {
            calls.add("read " + file.getFileName());
            if (failure != null) {
                throw failure;
            }
            return List.of(new Article("a", "A", "C", "", List.of(), 1, null, null, null));
        }

        @Override
        public ArticlesRead read(Path file, DoubleConsumer progress) throws ArticlesFileException {
            List<Article> articles = load(file, progress);
            return new ArticlesRead(articles, new int[] {1}, ReadMarks.NONE, List.of(), 0, 0);
        }
    }

    @Test
    void widensWhileALongFileIsReadAndRestoresWhenItCannotBe(@TempDir Path dir) throws Exception {
        Path longFile = dir.resolve("long.json");
        Files.write(longFile, new byte[(int) HeapTrim.WIDEN_FROM_BYTES]);
        Path shortFile = dir.resolve("short.json");
        Files.write(shortFile, new byte[(int) HeapTrim.WIDEN_FROM_BYTES - 1]);
        FakeFiles files = new FakeFiles(bounds.calls);
        ArticleRepository repository = HeapTrim.widening(files, bounds);

        repository.loadBundled();
        repository.load(shortFile);
        repository.load(dir.resolve("missing.json"));
        assertThat(bounds.calls).containsExactly("bundled", "read short.json", "read missing.json");

        bounds.calls.clear();
        assertThat(repository.load(longFile)).hasSize(1);
        assertThat(bounds.calls).containsExactly("widen", "read long.json");

        bounds.calls.clear();
        files.failure = new ArticlesFileException("long.json", "not JSON");
        assertThatThrownBy(() -> repository.load(longFile)).isSameAs(files.failure);
        assertThat(bounds.calls).containsExactly("widen", "read long.json", "restore");
    }

    @Test
    void anImportsReadRestoresTheBoundsWhenItEnds(@TempDir Path dir) throws Exception {
        Path longFile = dir.resolve("long.json");
        Files.write(longFile, new byte[(int) HeapTrim.WIDEN_FROM_BYTES]);
        ArticleRepository repository = HeapTrim.widening(new FakeFiles(bounds.calls), bounds);

        assertThat(repository.read(longFile, part -> { }).articles()).hasSize(1);

        assertThat(bounds.calls).containsExactly("widen", "read long.json", "restore");
    }

    @Test
    void widensAndNarrowsTheHeapsBoundsAndGivesTheJvmsOwnBack() {
        HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        String min = hotSpot.getVMOption("MinHeapFreeRatio").getValue();
        String max = hotSpot.getVMOption("MaxHeapFreeRatio").getValue();
        HeapTrim.HotSpotBounds heap = new HeapTrim.HotSpotBounds();
        try {
            heap.restore(); // nothing changed yet: nothing changes
            assertThat(free(hotSpot)).isEqualTo(min + "-" + max);

            heap.widen();
            assertThat(free(hotSpot)).isEqualTo(HeapTrim.HotSpotBounds.WIDE_MIN_FREE + "-"
                    + HeapTrim.HotSpotBounds.WIDE_MAX_FREE);
            heap.narrowAndCollect();
            assertThat(free(hotSpot)).isEqualTo(HeapTrim.HotSpotBounds.NARROW_MIN_FREE + "-"
                    + HeapTrim.HotSpotBounds.NARROW_MAX_FREE);
            heap.widen();
            assertThat(free(hotSpot)).isEqualTo(HeapTrim.HotSpotBounds.WIDE_MIN_FREE + "-"
                    + HeapTrim.HotSpotBounds.WIDE_MAX_FREE);
            heap.restore();
            assertThat(free(hotSpot)).isEqualTo(min + "-" + max);
            heap.narrowAndCollect();
            heap.restore();
            assertThat(free(hotSpot)).isEqualTo(min + "-" + max);
        } finally {
            hotSpot.setVMOption("MaxHeapFreeRatio", "100");
            hotSpot.setVMOption("MinHeapFreeRatio", min);
            hotSpot.setVMOption("MaxHeapFreeRatio", max);
        }
    }

    private static String free(HotSpotDiagnosticMXBean hotSpot) {
        return hotSpot.getVMOption("MinHeapFreeRatio").getValue() + "-"
                + hotSpot.getVMOption("MaxHeapFreeRatio").getValue();
    }
}
