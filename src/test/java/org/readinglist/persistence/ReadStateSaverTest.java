package org.readinglist.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadStateSaverTest {

    private static final Duration SHORT_DELAY = Duration.ofMillis(100);
    private static final Duration LONG_DELAY = Duration.ofHours(1);
    private static final long WAIT_SECONDS = 10;

    @TempDir
    Path dir;

    /** A real store that also records every snapshot it was asked to save. */
    private static class CountingStore implements ReadStateStore {
        private final ReadStateStore delegate;
        final List<Map<String, Instant>> saves = new CopyOnWriteArrayList<>();
        final List<Long> saveTimes = new CopyOnWriteArrayList<>();

        CountingStore(ReadStateStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public Path file() {
            return delegate.file();
        }

        @Override
        public Loaded load() {
            return delegate.load();
        }

        @Override
        public void save(Map<String, Instant> marks) throws IOException {
            saveTimes.add(System.nanoTime());
            saves.add(Map.copyOf(marks));
            delegate.save(marks);
        }
    }

    /** Collects what the saver reports, as "saved:N" and "failed:message". */
    private static final class Events implements ReadStateSaver.Listener {
        final BlockingQueue<String> queue = new LinkedBlockingQueue<>();

        @Override
        public void saved(int markCount) {
            queue.add("saved:" + markCount);
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

    private static Map<String, Instant> marks(int count) {
        Map<String, Instant> marks = new HashMap<>();
        for (int i = 0; i < count; i++) {
            marks.put("article-" + i, Instant.ofEpochSecond(1_700_000_000L + i, i));
        }
        return marks;
    }

    @Test
    void rapidSubmitsAreCoalescedAndTheLastSnapshotIsStored() throws Exception {
        CountingStore store = new CountingStore(new GsonReadStateStore(dir));
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
        assertEquals(marks(100), new GsonReadStateStore(dir).load().marks());
    }

    @Test
    void submittedSnapshotIsSavedAfterTheDelayWithoutClosing() throws Exception {
        CountingStore store = new CountingStore(new GsonReadStateStore(dir));
        Events events = new Events();
        Duration delay = Duration.ofMillis(300);

        try (ReadStateSaver saver = new ReadStateSaver(store, delay, events)) {
            long submitted = System.nanoTime();
            saver.submit(marks(3));

            assertEquals("saved:3", events.next());
            assertEquals(marks(3), new GsonReadStateStore(dir).load().marks());
            long waited = store.saveTimes.get(0) - submitted;
            assertTrue(waited >= delay.toNanos(), "saved after " + waited / 1_000_000 + " ms, before the delay");
        }
    }

    @Test
    void laterChangesAfterASaveAreSavedToo() throws Exception {
        CountingStore store = new CountingStore(new GsonReadStateStore(dir));
        Events events = new Events();

        try (ReadStateSaver saver = new ReadStateSaver(store, SHORT_DELAY, events)) {
            saver.submit(marks(1));
            assertEquals("saved:1", events.next());
            saver.submit(marks(2));
            assertEquals("saved:2", events.next());
        }
        assertEquals(2, store.saves.size());
        assertEquals(marks(2), new GsonReadStateStore(dir).load().marks());
    }

    @Test
    void snapshotIsCopiedWhenSubmitted() throws Exception {
        CountingStore store = new CountingStore(new GsonReadStateStore(dir));
        Map<String, Instant> live = marks(2);

        try (ReadStateSaver saver = new ReadStateSaver(store, LONG_DELAY, new Events())) {
            saver.submit(live);
            live.put("added-later", Instant.EPOCH);
        }

        assertEquals(marks(2), new GsonReadStateStore(dir).load().marks());
    }

    @Test
    void closeWritesThePendingSnapshotAtOnce() throws Exception {
        CountingStore store = new CountingStore(new GsonReadStateStore(dir));
        Events events = new Events();
        ReadStateSaver saver = new ReadStateSaver(store, LONG_DELAY, events);
        saver.submit(marks(1));
        saver.submit(marks(5));
        assertFalse(Files.exists(store.file()), "nothing is written before the delay");

        saver.close();

        assertEquals(List.of(marks(5)), store.saves);
        assertEquals(marks(5), new GsonReadStateStore(dir).load().marks());
        assertEquals("saved:5", events.next());
    }

    @Test
    void closeWithNothingPendingWritesNothing() {
        CountingStore store = new CountingStore(new GsonReadStateStore(dir));

        new ReadStateSaver(store, SHORT_DELAY, new Events()).close();

        assertEquals(List.of(), store.saves);
        assertFalse(Files.exists(store.file()));
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
            public Loaded load() {
                return new Loaded(Map.of(), java.util.Optional.empty());
            }

            @Override
            public void save(Map<String, Instant> marks) throws IOException {
                throw new IOException("disk is full");
            }
        };
        Events events = new Events();

        try (ReadStateSaver saver = new ReadStateSaver(broken, SHORT_DELAY, events)) {
            saver.submit(marks(1));

            String event = events.next();
            assertTrue(event.startsWith("failed:"), event);
            assertTrue(event.contains(file.toString()), event);
            assertTrue(event.contains("disk is full"), event);
        }
    }

    @Test
    void saverKeepsWorkingAfterAFailure() throws Exception {
        ReadStateStore real = new GsonReadStateStore(dir);
        boolean[] failNext = {true};
        ReadStateStore flaky = new CountingStore(real) {
            @Override
            public void save(Map<String, Instant> marks) throws IOException {
                if (failNext[0]) {
                    failNext[0] = false;
                    throw new IOException("temporarily unavailable");
                }
                super.save(marks);
            }
        };
        Events events = new Events();

        try (ReadStateSaver saver = new ReadStateSaver(flaky, SHORT_DELAY, events)) {
            saver.submit(marks(1));
            assertTrue(events.next().startsWith("failed:"));
            saver.submit(marks(2));
            assertEquals("saved:2", events.next());
        }
        assertEquals(marks(2), real.load().marks());
    }

    @Test
    void storeThatRefusesANewerFileReportsTheFile() throws Exception {
        GsonReadStateStore store = new GsonReadStateStore(dir);
        Files.writeString(store.file(), "{\"version\": 99, \"read\": {}}");
        assertTrue(store.load().notice().isPresent());
        Events events = new Events();

        try (ReadStateSaver saver = new ReadStateSaver(store, SHORT_DELAY, events)) {
            saver.submit(marks(1));

            String event = events.next();
            assertTrue(event.startsWith("failed:Read marks could not be saved to " + store.file()), event);
        }
        assertEquals("{\"version\": 99, \"read\": {}}", Files.readString(store.file()));
    }
}
