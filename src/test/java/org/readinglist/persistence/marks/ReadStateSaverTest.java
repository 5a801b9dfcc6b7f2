package org.readinglist.persistence.marks;

import org.readinglist.persistence.library.LibraryStore;
import org.readinglist.persistence.library.TestLibraries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readinglist.model.ReadMarks;

class ReadStateSaverTest {

    private static final Duration SHORT_DELAY = Duration.ofMillis(100);
    private static final Duration LONG_DELAY = Duration.ofHours(1);
    private static final Duration SHORT_RETRY = Duration.ofMillis(50);
    private static final long WAIT_SECONDS = 10;

    @TempDir
    Path dir;

    /** A real store that also records every snapshot it was asked to save; fails while {@link #failures} > 0. */
    private static class CountingStore implements ReadStateStore {
        private final ReadStateStore delegate;
        final List<ReadMarks> saves = new CopyOnWriteArrayList<>();
        final List<Long> saveTimes = new CopyOnWriteArrayList<>();
        final AtomicInteger failures = new AtomicInteger();
        volatile IOException failure = new IOException("disk is full");

        CountingStore(ReadStateStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public Path file() {
            return delegate.file();
        }

        @Override
        public ReadMarks save(ReadMarks marks) throws IOException {
            saveTimes.add(System.nanoTime());
            saves.add(marks);
            if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw failure;
            }
            return delegate.save(marks);
        }

        @Override
        public List<Backup> backups() throws IOException {
            return delegate.backups();
        }

        @Override
        public ReadMarks readBackup(Backup backup) throws IOException {
            return delegate.readBackup(backup);
        }

        @Override
        public ReadMarks restore(Backup backup) throws IOException {
            return delegate.restore(backup);
        }
    }

    /** Collects what the saver reports, as "saved:N" (read marks stored) and "failed:message". */
    private static final class Events implements ReadStateSaver.Listener {
        final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        final List<ReadMarks> stored = new CopyOnWriteArrayList<>();

        final List<Boolean> othersChanged = new CopyOnWriteArrayList<>();

        @Override
        public void saved(ReadMarks marks) {
            stored.add(marks);
            queue.add("saved:" + marks.read().size());
        }

        @Override
        public void saved(ReadMarks marks, boolean byOthers) {
            othersChanged.add(byOthers);
            saved(marks);
        }

        @Override
        public void failed(String message) {
            queue.add("failed:" + message);
        }

        String next() throws InterruptedException {
            String event = queue.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(event, "the saver reported nothing within " + WAIT_SECONDS + " s");
            return event;
        }
    }

    private static ReadMarks marks(int count) {
        Map<String, Instant> marks = new HashMap<>();
        for (int i = 0; i < count; i++) {
            marks.put("article-" + i, Instant.ofEpochSecond(1_700_000_000L + i, i));
        }
        return ReadMarks.of(marks);
    }

    private ReadMarks stored() throws IOException {
        return TestLibraries.marks(dir);
    }

    @Test
    void rapidSubmitsAreCoalescedAndTheLastSnapshotIsStored() throws Exception {
        CountingStore store = new CountingStore(TestLibraries.open(dir));
        Events events = new Events();

        try (ReadStateSaver saver = new ReadStateSaver(store, SHORT_DELAY, events)) {
            for (int i = 1; i <= 100; i++) {
                saver.submit(marks(i));
            }
            String event;
            do {
                event = events.next();
            } while (!event.equals("saved:100"));
            Thread.sleep(SHORT_DELAY.multipliedBy(3).toMillis());

            assertTrue(store.saves.size() < 10, "100 submits gave " + store.saves.size() + " saves");
            assertEquals(marks(100), store.saves.get(store.saves.size() - 1));
        }
        assertEquals(marks(100), stored());
    }

    @Test
    void aSourceIsAskedForItsMarksOnTheSaversThreadWhenTheSaveStartsAndOnceForRapidChanges() throws Exception {
        CountingStore store = new CountingStore(TestLibraries.open(dir));
        Events events = new Events();
        AtomicInteger asked = new AtomicInteger();
        List<String> askedOn = new CopyOnWriteArrayList<>();
        AtomicInteger current = new AtomicInteger();

        try (ReadStateSaver saver = new ReadStateSaver(store, SHORT_DELAY, events)) {
            for (int i = 1; i <= 50; i++) {
                current.set(i);
                saver.submit(() -> {
                    asked.incrementAndGet();
                    askedOn.add(Thread.currentThread().getName());
                    return marks(current.get());
                });
            }
            current.set(60); // changed after the last submit, before the save: the save has it
            String event;
            do {
                event = events.next();
            } while (!event.equals("saved:60"));

            assertTrue(asked.get() < 5, "50 submits asked the source " + asked.get() + " times");
            assertThat(askedOn).isNotEmpty().allMatch(name -> name.equals("read-state-saver"));
        }
        assertEquals(marks(60), stored());
    }

    @Test
    void theListenerHearsWhetherAnotherInstanceHadAddedMarks() throws Exception {
        LibraryStore shared = TestLibraries.open(dir);
        Events events = new Events();
        try (ReadStateSaver saver = new ReadStateSaver(shared, Duration.ofMillis(10), events)) {
            saver.submit(marks(2));
            assertEquals("saved:2", events.next());

            // another instance on the same folder marks an article of its own
            TestLibraries.store(dir, ReadMarks.of(Map.of("other-instance", Instant.parse("2026-11-28T08:00:00Z"))));

            saver.submit(marks(3));
            assertEquals("saved:4", events.next());
        }
        assertEquals(List.of(false, true), events.othersChanged);
    }

    @Test
    void submittedSnapshotIsSavedAfterTheDelayWithoutClosing() throws Exception {
        CountingStore store = new CountingStore(TestLibraries.open(dir));
        Events events = new Events();
        Duration delay = Duration.ofMillis(300);

        try (ReadStateSaver saver = new ReadStateSaver(store, delay, events)) {
            long submitted = System.nanoTime();
            saver.submit(marks(3));

            assertEquals("saved:3", events.next());
            assertEquals(marks(3), stored());
            long waited = store.saveTimes.get(0) - submitted;
            assertTrue(waited >= delay.toNanos(), "saved after " + waited / 1_000_000 + " ms, before the delay");
        }
    }

    @Test
    void laterChangesAfterASaveAreSavedToo() throws Exception {
        CountingStore store = new CountingStore(TestLibraries.open(dir));
        Events events = new Events();

        try (ReadStateSaver saver = new ReadStateSaver(store, SHORT_DELAY, events)) {
            saver.submit(marks(1));
            assertEquals("saved:1", events.next());
            saver.submit(marks(2));
            assertEquals("saved:2", events.next());
        }
        assertEquals(2, store.saves.size());
        assertEquals(marks(2), stored());
    }

    @Test
    void anUnmarkIsSavedToo() throws Exception {
        CountingStore store = new CountingStore(TestLibraries.open(dir));
        Events events = new Events();

        try (ReadStateSaver saver = new ReadStateSaver(store, SHORT_DELAY, events)) {
            saver.submit(marks(2));
            assertEquals("saved:2", events.next());
            saver.submit(new ReadMarks(marks(1).read(), Map.of("article-1", Instant.ofEpochSecond(1_800_000_000L))));
            assertEquals("saved:1", events.next());
        }
        assertEquals(marks(1).read(), stored().read());
    }

    @Test
    void snapshotIsNotChangedByLaterChangesToTheCallersMap() throws Exception {
        CountingStore store = new CountingStore(TestLibraries.open(dir));
        Map<String, Instant> live = new HashMap<>(marks(2).read());

        try (ReadStateSaver saver = new ReadStateSaver(store, LONG_DELAY, new Events())) {
            saver.submit(ReadMarks.of(live));
            live.put("added-later", Instant.EPOCH);
        }

        assertEquals(marks(2), stored());
    }

    @Test
    void closeWritesThePendingSnapshotAtOnce() throws Exception {
        CountingStore store = new CountingStore(TestLibraries.open(dir));
        Events events = new Events();
        ReadStateSaver saver = new ReadStateSaver(store, LONG_DELAY, events);
        saver.submit(marks(1));
        saver.submit(marks(5));
        assertEquals(ReadMarks.NONE, stored(), "nothing is written before the delay");

        saver.close();

        assertEquals(List.of(marks(5)), store.saves);
        assertEquals(marks(5), stored());
        assertEquals("saved:5", events.next());
    }

    @Test
    void closeWithNothingPendingWritesNothing() throws Exception {
        CountingStore store = new CountingStore(TestLibraries.open(dir));

        new ReadStateSaver(store, SHORT_DELAY, new Events()).close();

        assertEquals(List.of(), store.saves);
        assertEquals(ReadMarks.NONE, stored());
    }

    @Test
    void savedReportsWhatTheFileHoldsIncludingAnotherInstancesMarks() throws Exception {
        TestLibraries.store(dir, ReadMarks.of(Map.of("from-elsewhere", Instant.EPOCH)));
        Events events = new Events();

        try (ReadStateSaver saver = new ReadStateSaver(TestLibraries.open(dir), SHORT_DELAY, events)) {
            saver.submit(marks(2));
            assertEquals("saved:3", events.next());
        }
        ReadMarks expected = marks(2).mergedWith(ReadMarks.of(Map.of("from-elsewhere", Instant.EPOCH)));
        assertEquals(List.of(expected), events.stored);
        assertEquals(expected, stored());
    }

    @Test
    void failedSaveIsReportedWithTheFileName() throws Exception {
        Path file = dir.resolve("state.json");
        ReadStateStore broken = new ReadStateStore() {
            @Override
            public Path file() {
                return file;
            }

            @Override
            public ReadMarks save(ReadMarks marks) throws IOException {
                throw new IOException("disk is full");
            }

            @Override
            public List<Backup> backups() {
                return List.of();
            }

            @Override
            public ReadMarks readBackup(Backup backup) throws IOException {
                throw new IOException("no backups");
            }

            @Override
            public ReadMarks restore(Backup backup) throws IOException {
                throw new IOException("no backups");
            }
        };
        Events events = new Events();

        try (ReadStateSaver saver = new ReadStateSaver(broken, SHORT_DELAY, events)) {
            saver.submit(marks(1));

            String event = events.next();
            assertTrue(event.startsWith("failed:"), event);
            assertTrue(event.contains(file.toString()), event);
            assertTrue(event.contains("disk is full"), event);
            assertTrue(event.contains("kept in memory"), event);
        }
    }

    @Test
    void failureMessageExplainsAMissingPermission() throws Exception {
        CountingStore store = new CountingStore(TestLibraries.open(dir));
        store.failure = new AccessDeniedException(dir.resolve("state.json").toString());
        store.failures.set(1);
        Events events = new Events();

        try (ReadStateSaver saver = new ReadStateSaver(store, SHORT_DELAY, LONG_DELAY, events)) {
            saver.submit(marks(1));

            String event = events.next();
            assertTrue(event.contains("no permission to write " + dir.resolve("state.json")), event);
        }
    }

    @Test
    void saverKeepsWorkingAfterAFailure() throws Exception {
        CountingStore store = new CountingStore(TestLibraries.open(dir));
        store.failures.set(1);
        Events events = new Events();

        try (ReadStateSaver saver = new ReadStateSaver(store, SHORT_DELAY, SHORT_RETRY, events)) {
            saver.submit(marks(1));
            assertTrue(events.next().startsWith("failed:"));
            saver.submit(marks(2));
            String event;
            do {
                event = events.next();
            } while (!event.equals("saved:2"));
        }
        assertEquals(marks(2), stored());
    }

    @Test
    void failedSaveIsRetriedWithGrowingDelaysUntilItWorks() throws Exception {
        CountingStore store = new CountingStore(TestLibraries.open(dir));
        store.failures.set(2);
        Events events = new Events();
        Duration firstRetry = Duration.ofMillis(200);

        try (ReadStateSaver saver = new ReadStateSaver(store, SHORT_DELAY, firstRetry, events)) {
            saver.submit(marks(3)); // nothing else is submitted: the saver retries on its own

            assertTrue(events.next().startsWith("failed:"));
            assertTrue(events.next().startsWith("failed:"), "every failed attempt is reported");
            assertEquals("saved:3", events.next());
            assertNull(events.queue.poll(firstRetry.multipliedBy(3).toMillis(), TimeUnit.MILLISECONDS),
                    "nothing more once it worked");
        }
        assertEquals(List.of(marks(3), marks(3), marks(3)), store.saves);
        assertEquals(List.of(marks(3)), events.stored);
        assertEquals(marks(3), stored());
        long firstWait = store.saveTimes.get(1) - store.saveTimes.get(0);
        long secondWait = store.saveTimes.get(2) - store.saveTimes.get(1);
        assertTrue(firstWait >= firstRetry.toNanos(), "retried after " + firstWait / 1_000_000 + " ms");
        assertTrue(secondWait >= firstRetry.multipliedBy(2).toNanos(),
                "the second retry waits twice as long, waited " + secondWait / 1_000_000 + " ms");
    }

    @Test
    void failingStoreKeepsTheNewestSnapshotUntilItWorks() throws Exception {
        CountingStore store = new CountingStore(TestLibraries.open(dir));
        store.failures.set(Integer.MAX_VALUE);
        Events events = new Events();

        try (ReadStateSaver saver = new ReadStateSaver(store, SHORT_DELAY, SHORT_RETRY, events)) {
            saver.submit(marks(1));
            assertTrue(events.next().startsWith("failed:"));
            saver.submit(marks(2));
            saver.submit(marks(4));
            assertTrue(events.next().startsWith("failed:"));
            assertEquals(ReadMarks.NONE, stored());

            store.failures.set(0); // the disk works again

            String event;
            do {
                event = events.next();
            } while (event.startsWith("failed:"));
            assertEquals("saved:4", event);
            assertEquals(marks(4), store.saves.get(store.saves.size() - 1));
            assertEquals(marks(4), stored());
        }
        assertEquals(marks(4), stored());
        assertFalse(store.saves.subList(store.saves.indexOf(marks(4)), store.saves.size()).contains(marks(2)),
                "an older snapshot is never tried after a newer one");
    }

    @Test
    void closeWhileFailingTriesOnceMoreAndReturns() throws Exception {
        CountingStore store = new CountingStore(TestLibraries.open(dir));
        store.failures.set(Integer.MAX_VALUE);
        Events events = new Events();
        ReadStateSaver saver = new ReadStateSaver(store, SHORT_DELAY, LONG_DELAY, events);
        saver.submit(marks(1));
        assertTrue(events.next().startsWith("failed:"));

        long start = System.nanoTime();
        saver.close();

        assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos());
        assertEquals(2, store.saves.size(), "the pending snapshot is tried at close");
    }

    // ---- a newer change after a failure --------------------------------------------------------------------

    @Test
    void aNewerChangeAfterAFailureIsTriedAtOnce() throws Exception {
        CountingStore store = new CountingStore(TestLibraries.open(dir));
        store.failures.set(1);
        Events events = new Events();

        try (ReadStateSaver saver = new ReadStateSaver(store, SHORT_DELAY, LONG_DELAY, events)) {
            saver.submit(marks(1));
            assertTrue(events.next().startsWith("failed:"));

            saver.submit(marks(2));

            assertEquals("saved:2", events.queue.poll(2, TimeUnit.SECONDS), "not tried within 2 s");
        }
    }
}
