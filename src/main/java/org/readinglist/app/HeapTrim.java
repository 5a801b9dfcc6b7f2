package org.readinglist.app;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleConsumer;
import java.util.function.IntSupplier;
import javafx.beans.value.ObservableBooleanValue;
import org.readinglist.model.Article;
import org.readinglist.persistence.files.ArticleRepository;
import org.readinglist.persistence.files.ArticlesFileException;
import org.readinglist.persistence.files.ArticlesRead;
import org.readinglist.ui.util.TaskExecutor;

/**
 * Fits the heap to a long list: wide while the list is read, narrow once it is indexed.
 *
 * <p>Reading a million articles keeps nearly all it makes, and a heap that grows in the JVM's usual steps fills up
 * again and again on the way: each time, the collector goes through everything read so far, only to find it all
 * still in use. So while a file of {@link #WIDEN_FROM_BYTES} or more is read, the heap keeps nine tenths of itself
 * free after a collection and gives nothing back: it grows in a few large steps instead of many small ones.
 *
 * <p>Reading also leaves short-lived objects behind, and the collector would keep the pages they took (a third more
 * than the list itself needs) until the process exits. So once a list of {@link #FROM_ARTICLES} or more is indexed,
 * the bounds are narrowed (at most a fifth of the heap free after a full collection, at least a tenth) and the heap
 * collected once, in the background: it shrinks to the live data and a fifth more. Between the two, and for a
 * shorter list, the heap has the JVM's own bounds. The launcher runs the serial collector with
 * {@code -XX:-ShrinkHeapInSteps}, so the heap shrinks in that one collection; a JVM that does not allow these
 * settings keeps its heap as it is.
 */
final class HeapTrim {

    static final int FROM_ARTICLES = 50_000;
    static final long WIDEN_FROM_BYTES = 1024 * 1024;

    /** The heap's free-space bounds. */
    interface Bounds {
        /** Widens the bounds, so the heap grows in large steps while a long list is read. */
        void widen();

        /** Narrows the bounds and collects, so the heap shrinks to its live data. */
        void narrowAndCollect();

        /** The bounds the JVM started with, again. */
        void restore();
    }

    /** The bounds of the JVM this runs in. */
    static final Bounds JVM = new HotSpotBounds();

    private HeapTrim() {
    }

    /**
     * Gives the JVM's own bounds back each time a list has been loaded (or could not be), and narrows them on a
     * background thread each time a long list has been indexed.
     */
    static void watch(ObservableBooleanValue loading, ObservableBooleanValue indexed, IntSupplier articleCount,
                      TaskExecutor executor, Bounds bounds) {
        loading.addListener((obs, was, now) -> {
            if (!now) {
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

    /** Reads files through {@code files}, widening the bounds first for a long one. */
    static ArticleRepository widening(ArticleRepository files, Bounds bounds) {
        return new ArticleRepository() {
            @Override
            public List<Article> loadBundled() throws ArticlesFileException {
                return files.loadBundled();
            }

            @Override
            public org.readinglist.persistence.files.BundledArticles bundled() throws ArticlesFileException {
                return files.bundled();
            }

            @Override
            public List<Article> load(Path file, DoubleConsumer progress) throws ArticlesFileException {
                return widened(file, () -> files.load(file, progress));
            }

            /** An import reads without the window loading: the bounds are restored when the read ends. */
            @Override
            public ArticlesRead read(Path file, DoubleConsumer progress) throws ArticlesFileException {
                try {
                    return widened(file, () -> files.read(file, progress));
                } finally {
                    if (isLong(file)) {
                        bounds.restore();
                    }
                }
            }

            private <T> T widened(Path file, Reading<T> reading) throws ArticlesFileException {
                if (!isLong(file)) {
                    return reading.read();
                }
                bounds.widen();
                try {
                    return reading.read();
                } catch (ArticlesFileException | RuntimeException | Error e) {
                    bounds.restore();
                    throw e;
                }
            }
        };
    }

    @FunctionalInterface
    private interface Reading<T> {
        T read() throws ArticlesFileException;
    }

    private static boolean isLong(Path file) {
        try {
            return Files.size(file) >= WIDEN_FROM_BYTES;
        } catch (IOException | SecurityException e) {
            return false; // the reader tells what is wrong with it
        }
    }

    /** The bounds of this HotSpot JVM, set through its diagnostic bean. */
    static final class HotSpotBounds implements Bounds {

        static final int WIDE_MIN_FREE = 90;
        static final int WIDE_MAX_FREE = 100;
        static final int NARROW_MIN_FREE = 10;
        static final int NARROW_MAX_FREE = 20;

        private int originalMin = -1;
        private int originalMax = -1;

        @Override
        public synchronized void widen() {
            set(WIDE_MIN_FREE, WIDE_MAX_FREE);
        }

        @Override
        public synchronized void narrowAndCollect() {
            if (set(NARROW_MIN_FREE, NARROW_MAX_FREE)) {
                System.gc();
            }
        }

        @Override
        public synchronized void restore() {
            if (originalMin >= 0) { // else never changed
                set(originalMin, originalMax);
            }
        }

        /** Sets both bounds; false when this JVM does not take them (then they stay as they are). */
        private boolean set(int min, int max) {
            try {
                HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
                int currentMax = Integer.parseInt(hotSpot.getVMOption("MaxHeapFreeRatio").getValue());
                if (originalMin < 0) {
                    originalMin = Integer.parseInt(hotSpot.getVMOption("MinHeapFreeRatio").getValue());
                    originalMax = currentMax;
                }
                // the minimum may never go above the maximum, nor the maximum below the minimum
                if (min <= currentMax) {
                    hotSpot.setVMOption("MinHeapFreeRatio", Integer.toString(min));
                    hotSpot.setVMOption("MaxHeapFreeRatio", Integer.toString(max));
                } else {
                    hotSpot.setVMOption("MaxHeapFreeRatio", Integer.toString(max));
                    hotSpot.setVMOption("MinHeapFreeRatio", Integer.toString(min));
                }
                return true;
            } catch (RuntimeException notAllowed) {
                return false; // not a HotSpot JVM, or it does not take these options at run time
            }
        }
    }
}
