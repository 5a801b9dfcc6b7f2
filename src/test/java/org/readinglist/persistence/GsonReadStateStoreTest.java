package org.readinglist.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.readinglist.model.ReadMarks;
import org.readinglist.persistence.ReadStateStore.Backup;
import org.readinglist.persistence.ReadStateStore.Loaded;

class GsonReadStateStoreTest {

    private static final Instant NOW = Instant.parse("2026-05-04T10:15:30Z");
    private static final String SET_ASIDE_NAME = "state.json.corrupt-20260504-101530";
    private static final FileTime OLD_TIME = FileTime.from(Instant.parse("2020-01-02T03:04:05Z"));
    private static final Instant T1 = Instant.parse("2026-04-01T08:00:00Z");
    private static final Instant T2 = Instant.parse("2026-04-02T08:00:00Z");
    private static final Instant T3 = Instant.parse("2026-04-03T08:00:00Z");

    @TempDir
    Path dir;

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private volatile Instant now;
        private final ZoneId zone;

        MutableClock(Instant now) {
            this(now, ZoneOffset.UTC);
        }

        MutableClock(Instant now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        void set(Instant instant) {
            now = instant;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId newZone) {
            return new MutableClock(now, newZone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private GsonReadStateStore store() {
        return store(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private GsonReadStateStore store(Clock clock) {
        return new GsonReadStateStore(dir, new AtomicFileWriter(), clock);
    }

    private Path stateFile() {
        return dir.resolve(GsonReadStateStore.FILE_NAME);
    }

    private Path backupDir() {
        return dir.resolve("backups");
    }

    private Path writeState(byte[] bytes) throws IOException {
        Files.write(stateFile(), bytes);
        Files.setLastModifiedTime(stateFile(), OLD_TIME);
        return stateFile();
    }

    private Path writeState(String json) throws IOException {
        return writeState(json.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> folderContents() throws IOException {
        return contents(dir);
    }

    private List<String> backupNames() throws IOException {
        return Files.isDirectory(backupDir()) ? contents(backupDir()) : List.of();
    }

    private static List<String> contents(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static ReadMarks read(Object... idsAndTimes) {
        return ReadMarks.of(map(idsAndTimes));
    }

    private static Map<String, Instant> map(Object... idsAndTimes) {
        Map<String, Instant> map = new HashMap<>();
        for (int i = 0; i < idsAndTimes.length; i += 2) {
            map.put((String) idsAndTimes[i], (Instant) idsAndTimes[i + 1]);
        }
        return map;
    }

    private JsonObject stateJson() throws IOException {
        return JsonParser.parseString(Files.readString(stateFile())).getAsJsonObject();
    }

    // ---- round trip ------------------------------------------------------------------------------------------

    @Test
    void savedMarksLoadBackWithTheirExactInstants() throws IOException {
        ReadMarks marks = new ReadMarks(Map.of(
                "netflix-live-origin-41f1b0ad5371", Instant.parse("2026-05-04T10:15:30.123456789Z"),
                "millis", Instant.parse("2026-01-01T00:00:00.001Z"),
                "epoch", Instant.EPOCH,
                "caf\u00e9-\u2603", Instant.parse("1999-12-31T23:59:59Z")),
                Map.of("unread-\u00e9", Instant.parse("2026-02-03T04:05:06.7Z")));

        ReadMarks stored = store().save(marks);
        Loaded loaded = new GsonReadStateStore(dir).load();

        assertEquals(marks, stored);
        assertEquals(marks, loaded.marks());
        assertTrue(loaded.notice().isEmpty());
    }

    @Test
    void savedFileIsVersionTwoJsonWithReadAndUnreadObjects() throws IOException {
        store().save(new ReadMarks(Map.of("a", Instant.parse("2026-05-04T10:15:30Z")),
                Map.of("b", Instant.parse("2026-05-03T01:02:03Z"))));

        JsonObject root = stateJson();

        assertEquals(2, GsonReadStateStore.VERSION);
        assertEquals(GsonReadStateStore.VERSION, root.get("version").getAsInt());
        assertEquals(Set.of("a"), root.getAsJsonObject("read").keySet());
        assertEquals("2026-05-04T10:15:30Z", root.getAsJsonObject("read").get("a").getAsString());
        assertEquals(Set.of("b"), root.getAsJsonObject("unread").keySet());
        assertEquals("2026-05-03T01:02:03Z", root.getAsJsonObject("unread").get("b").getAsString());
    }

    @Test
    void savingASmallerReadSetKeepsTheOtherMarks() throws IOException {
        // the meaning changed: saving merges, so a mark disappears only through a later unread event
        store().save(read("a", NOW, "b", NOW));

        ReadMarks stored = store().save(read("a", NOW));

        assertEquals(read("a", NOW, "b", NOW), stored);
        assertEquals(read("a", NOW, "b", NOW), store().load().marks());
    }

    @Test
    void savingALaterUnreadEventRemovesTheMark() throws IOException {
        store().save(read("a", T1, "b", T1));

        ReadMarks stored = store().save(new ReadMarks(Map.of("a", T1), Map.of("b", T2)));

        ReadMarks expected = new ReadMarks(Map.of("a", T1), Map.of("b", T2));
        assertEquals(expected, stored);
        assertEquals(expected, store().load().marks());
        assertEquals(Set.of("b"), stateJson().getAsJsonObject("unread").keySet());
    }

    @Test
    void savingAnEarlierUnreadEventDoesNotRemoveALaterMark() throws IOException {
        store().save(read("a", T2));

        ReadMarks stored = store().save(new ReadMarks(Map.of(), Map.of("a", T1)));

        assertEquals(read("a", T2), stored);
        assertEquals(read("a", T2), store().load().marks());
    }

    @Test
    void savingNoMarksLeavesAnEmptyButValidFile() throws IOException {
        store().save(ReadMarks.NONE);

        Loaded loaded = store().load();
        assertEquals(ReadMarks.NONE, loaded.marks());
        assertTrue(loaded.notice().isEmpty());
        assertTrue(Files.exists(stateFile()));
    }

    @Test
    void savingNoMarksOverStoredMarksKeepsThem() throws IOException {
        store().save(read("a", NOW));

        assertEquals(read("a", NOW), store().save(ReadMarks.NONE));
        assertEquals(read("a", NOW), store().load().marks());
    }

    @Test
    void unmarkingEverythingLeavesAValidFileWithNoReadMarks() throws IOException {
        store().save(read("a", T1));

        store().save(new ReadMarks(Map.of(), Map.of("a", T2)));

        Loaded loaded = store().load();
        assertEquals(Map.of(), loaded.marks().read());
        assertTrue(loaded.notice().isEmpty());
    }

    @Test
    void savingCreatesAMissingDataFolder() throws IOException {
        Path nested = dir.resolve("new").resolve("data");
        GsonReadStateStore store = new GsonReadStateStore(nested);

        store.save(read("a", NOW));

        assertEquals(nested.resolve("state.json"), store.file());
        assertEquals(read("a", NOW), new GsonReadStateStore(nested).load().marks());
    }

    @Test
    void missingFileGivesNoMarksAndNoNotice() throws IOException {
        Loaded loaded = store().load();

        assertEquals(ReadMarks.NONE, loaded.marks());
        assertTrue(loaded.notice().isEmpty());
        assertEquals(List.of(), folderContents(), "loading must not create anything, not even a backup");
        assertEquals(List.of(), store().backups());
    }

    @Test
    void marksForArticlesNotInAnyListAreKeptAsSaved() throws IOException {
        writeState("""
                {"version": 1, "read": {
                  "article-removed-long-ago": "2024-02-03T04:05:06Z",
                  "from-another-list": "2025-06-07T08:09:10.5Z"
                }}""");

        GsonReadStateStore store = store();
        ReadMarks marks = store.load().marks();
        store.save(marks);

        ReadMarks expected = read(
                "article-removed-long-ago", Instant.parse("2024-02-03T04:05:06Z"),
                "from-another-list", Instant.parse("2025-06-07T08:09:10.5Z"));
        assertEquals(expected, marks);
        assertEquals(expected, store().load().marks());
    }

    @Test
    void unknownTopLevelFieldsDoNotMakeTheFileCorrupt() throws IOException {
        writeState("{\"version\": 1, \"read\": {\"a\": \"2026-05-04T10:15:30Z\"}, \"extra\": true}");

        Loaded loaded = store().load();

        assertEquals(read("a", NOW), loaded.marks());
        assertTrue(loaded.notice().isEmpty());

        writeState("{\"version\": 2, \"read\": {\"a\": \"2026-05-04T10:15:30Z\"}, \"unread\": {}, \"extra\": [1]}");
        loaded = store().load();
        assertEquals(read("a", NOW), loaded.marks());
        assertTrue(loaded.notice().isEmpty());
    }

    @Test
    void versionTwoFileWithoutUnreadLoads() throws IOException {
        writeState("{\"version\": 2, \"read\": {\"a\": \"2026-05-04T10:15:30Z\"}}");

        Loaded loaded = store().load();

        assertEquals(read("a", NOW), loaded.marks());
        assertTrue(loaded.notice().isEmpty());
    }

    @Test
    void fileWithAnIdBothReadAndUnreadLoadsTheLaterEvent() throws IOException {
        writeState("""
                {"version": 2,
                 "read": {"a": "2026-04-01T08:00:00Z", "b": "2026-04-03T08:00:00Z"},
                 "unread": {"a": "2026-04-02T08:00:00Z", "b": "2026-04-02T08:00:00Z"}}""");

        ReadMarks marks = store().load().marks();

        assertEquals(Map.of("b", T3), marks.read());
        assertEquals(Map.of("a", T2), marks.unread());
    }

    // ---- version 1 files -------------------------------------------------------------------------------------

    @Test
    void versionOneFileLoadsAndIsBackedUpBeforeTheUpgrade() throws IOException {
        byte[] original = "{\"version\": 1, \"read\": {\"a\": \"2026-04-01T08:00:00Z\", \"b\": \"2026-04-02T08:00:00Z\"}}"
                .getBytes(StandardCharsets.UTF_8);
        writeState(original);

        Loaded loaded = store().load();

        assertEquals(read("a", T1, "b", T2), loaded.marks());
        assertTrue(loaded.notice().isEmpty());
        Path upgradeBackup = backupDir().resolve("state-20260504-101530-before-upgrade.json");
        assertArrayEquals(original, Files.readAllBytes(upgradeBackup));
        assertArrayEquals(original, Files.readAllBytes(stateFile()), "loading does not rewrite the file");
        assertEquals(OLD_TIME, Files.getLastModifiedTime(stateFile()));
        Backup backup = store().backups().stream().filter(b -> b.reason().equals("before upgrade"))
                .findFirst().orElseThrow();
        assertEquals(upgradeBackup, backup.file());
        assertEquals(2, backup.readCount());
        assertEquals(NOW, backup.taken());
        assertEquals(read("a", T1, "b", T2), store().readBackup(backup));
    }

    @Test
    void nextSaveAfterLoadingVersionOneWritesVersionTwo() throws IOException {
        writeState("{\"version\": 1, \"read\": {\"a\": \"2026-04-01T08:00:00Z\"}}");
        GsonReadStateStore store = store();
        ReadMarks marks = store.load().marks();

        store.save(marks.mergedWith(read("b", T2)));

        JsonObject root = stateJson();
        assertEquals(2, root.get("version").getAsInt());
        assertEquals(Set.of("a", "b"), root.getAsJsonObject("read").keySet());
        assertTrue(root.getAsJsonObject("unread").keySet().isEmpty());
        assertEquals(read("a", T1, "b", T2), store().load().marks());
    }

    @Test
    void versionOneFileIgnoresAnUnreadField() throws IOException {
        writeState("{\"version\": 1, \"read\": {\"a\": \"2026-04-01T08:00:00Z\"}, \"unread\": {\"a\": 7}}");

        Loaded loaded = store().load();

        assertEquals(read("a", T1), loaded.marks());
        assertTrue(loaded.notice().isEmpty());
    }

    @Test
    void versionTwoFileGetsNoUpgradeBackup() throws IOException {
        writeState("{\"version\": 2, \"read\": {\"a\": \"2026-04-01T08:00:00Z\"}, \"unread\": {}}");

        store().load();

        assertEquals(List.of("state-20260504-101530-daily.json"), backupNames());
    }

    @Test
    void upgradeBackupsAreKeptToTen() throws IOException {
        MutableClock clock = new MutableClock(NOW);
        byte[] original = "{\"version\": 1, \"read\": {}}".getBytes(StandardCharsets.UTF_8);
        writeState(original);
        for (int i = 0; i < 13; i++) {
            store(clock).load(); // never saved, so every start backs it up again
            clock.advance(Duration.ofMinutes(1));
        }

        List<String> upgrades = backupNames().stream().filter(n -> n.endsWith("-before-upgrade.json")).toList();
        assertEquals(GsonReadStateStore.OTHER_BACKUPS_KEPT, upgrades.size(), upgrades.toString());
        assertEquals("state-20260504-101830-before-upgrade.json", upgrades.get(0), "the three oldest are gone");
        assertEquals("state-20260504-102730-before-upgrade.json", upgrades.get(upgrades.size() - 1));
    }

    // ---- corrupt files ---------------------------------------------------------------------------------------

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "",
            "  \n",
            "garbage",
            "{\"version\": 1, \"read\": {",
            "[1, 2, 3]",
            "{\"read\": {}}",
            "{\"version\": \"1\", \"read\": {}}",
            "{\"version\": 1}",
            "{\"version\": 1, \"read\": []}",
            "{\"version\": 1, \"read\": {\"a\": 42}}",
            "{\"version\": 1, \"read\": {\"a\": null}}",
            "{\"version\": 1, \"read\": {\"a\": \"yesterday\"}}",
            "{\"version\": 1, \"read\": {\"a\": \"2026-05-04\"}}",
            "{\"version\": 1, \"read\": {}} trailing",
            "{\"version\": 0, \"read\": {}}",
            "{\"version\": -1, \"read\": {}}",
            "{\"version\": 1.5, \"read\": {}}",
            "{\"version\": 2}",
            "{\"version\": 2, \"unread\": {}}",
            "{\"version\": 2, \"read\": {}, \"unread\": []}",
            "{\"version\": 2, \"read\": {}, \"unread\": \"none\"}",
            "{\"version\": 2, \"read\": {}, \"unread\": {\"a\": 42}}",
            "{\"version\": 2, \"read\": {}, \"unread\": {\"a\": \"not a time\"}}",
    })
    void corruptFileIsSetAsideWithItsBytesIntact(String content) throws IOException {
        byte[] original = content.getBytes(StandardCharsets.UTF_8);
        writeState(original);

        Loaded loaded = store().load();

        assertEquals(ReadMarks.NONE, loaded.marks());
        assertFalse(Files.exists(stateFile()), "the corrupt file must be moved away");
        assertArrayEquals(original, Files.readAllBytes(dir.resolve(SET_ASIDE_NAME)));
        assertEquals(List.of(SET_ASIDE_NAME), folderContents(), "set aside, nothing else (no backup)");
        String notice = loaded.notice().orElseThrow();
        assertTrue(notice.contains(SET_ASIDE_NAME), notice);
        assertTrue(notice.contains(stateFile().toString()), notice);
    }

    @Test
    void fileThatIsNotUtf8IsSetAside() throws IOException {
        byte[] original = {'{', '"', 'v', (byte) 0xFF, (byte) 0xFE, '"', '}'};
        writeState(original);

        Loaded loaded = store().load();

        assertArrayEquals(original, Files.readAllBytes(dir.resolve(SET_ASIDE_NAME)));
        assertTrue(loaded.notice().orElseThrow().contains(SET_ASIDE_NAME));
    }

    @Test
    void setAsideFileNameCarriesATimeStamp() throws IOException {
        writeState("garbage");

        Loaded loaded = new GsonReadStateStore(dir).load();

        List<String> files = folderContents();
        assertEquals(1, files.size());
        assertTrue(files.get(0).matches("state\\.json\\.corrupt-\\d{8}-\\d{6}"), files.get(0));
        assertTrue(loaded.notice().orElseThrow().contains(files.get(0)));
    }

    @Test
    void anEarlierSetAsideFileIsNeverOverwritten() throws IOException {
        writeState("first garbage");
        store().load();
        writeState("second garbage");

        Loaded loaded = store().load();

        assertEquals("first garbage", Files.readString(dir.resolve(SET_ASIDE_NAME)));
        List<String> files = folderContents();
        assertEquals(2, files.size(), files.toString());
        String second = files.stream().filter(name -> !name.equals(SET_ASIDE_NAME)).findFirst().orElseThrow();
        assertTrue(second.startsWith(SET_ASIDE_NAME), second);
        assertEquals("second garbage", Files.readString(dir.resolve(second)));
        assertTrue(loaded.notice().orElseThrow().contains(second));
    }

    @Test
    void afterSettingAsideANewFileCanBeSaved() throws IOException {
        writeState("garbage");
        GsonReadStateStore store = store();
        store.load();

        store.save(read("a", NOW));

        assertEquals(read("a", NOW), store().load().marks());
        assertEquals("garbage", Files.readString(dir.resolve(SET_ASIDE_NAME)));
    }

    @Test
    void fileDamagedWhileRunningIsSetAsideOnSaveNotOverwritten() throws IOException {
        writeState("{\"version\": 2, \"read\": {\"a\": \"2026-04-01T08:00:00Z\"}, \"unread\": {}}");
        GsonReadStateStore store = store();
        assertTrue(store.load().notice().isEmpty());
        byte[] garbage = "{\"version\": 2, \"read\": {\"a\": \"2026-04-01T08:00:00Z\", tor".getBytes(StandardCharsets.UTF_8);
        Files.write(stateFile(), garbage);

        ReadMarks stored = store.save(read("a", T1, "b", T2));

        assertArrayEquals(garbage, Files.readAllBytes(dir.resolve(SET_ASIDE_NAME)), "the damaged bytes are kept");
        assertEquals(read("a", T1, "b", T2), stored);
        assertEquals(read("a", T1, "b", T2), store().load().marks());
        assertEquals(List.of("backups", "state.json", SET_ASIDE_NAME),
                folderContents().stream().filter(n -> !n.startsWith(".")).toList());
    }

    // ---- newer versions --------------------------------------------------------------------------------------

    @ParameterizedTest(name = "version {0}")
    @ValueSource(ints = {3, 99})
    void fileFromANewerVersionIsLeftUntouchedAndNotOverwritten(int version) throws IOException {
        byte[] original = ("{\"version\": " + version + ", \"read\": {\"a\": \"2026-05-04T10:15:30Z\"}, \"future\": [1]}")
                .getBytes(StandardCharsets.UTF_8);
        writeState(original);
        GsonReadStateStore store = store();

        Loaded loaded = store.load();

        assertEquals(ReadMarks.NONE, loaded.marks());
        String notice = loaded.notice().orElseThrow();
        assertTrue(notice.contains("newer version"), notice);
        assertTrue(notice.contains(String.valueOf(version)), notice);
        assertTrue(notice.contains(stateFile().toString()), notice);

        IOException refused = assertThrows(IOException.class, () -> store.save(read("b", NOW)));
        assertTrue(refused.getMessage().contains(stateFile().toString()), refused.getMessage());

        assertArrayEquals(original, Files.readAllBytes(stateFile()));
        assertEquals(OLD_TIME, Files.getLastModifiedTime(stateFile()));
        assertEquals(List.of("state.json"), folderContents(), "nothing set aside, no backups, no temporary files");
    }

    @Test
    void restoreIsRefusedToo() throws IOException {
        // a backup made while the file was still ours
        writeState("{\"version\": 2, \"read\": {\"a\": \"2026-04-01T08:00:00Z\"}, \"unread\": {}}");
        store().load();
        Backup backup = store().backups().get(0);
        byte[] newer = "{\"version\": 3, \"read\": {}}".getBytes(StandardCharsets.UTF_8);
        writeState(newer);
        GsonReadStateStore store = store();
        assertTrue(store.load().notice().isPresent());

        assertThrows(IOException.class, () -> store.restore(backup));

        assertArrayEquals(newer, Files.readAllBytes(stateFile()));
    }

    @Test
    void fileUpgradedByANewerVersionWhileRunningIsNotOverwritten() throws IOException {
        GsonReadStateStore store = store();
        store.load();
        store.save(read("a", T1));
        byte[] newer = "{\"version\": 3, \"read\": {}, \"whatever\": {}}".getBytes(StandardCharsets.UTF_8);
        writeState(newer);

        assertThrows(IOException.class, () -> store.save(read("a", T1, "b", T2)));

        assertArrayEquals(newer, Files.readAllBytes(stateFile()));
        assertFalse(folderContents().stream().anyMatch(n -> n.contains("corrupt")), folderContents().toString());
    }

    @Test
    void fileOfTheCurrentVersionIsNotRefused() throws IOException {
        writeState("{\"version\": " + GsonReadStateStore.VERSION + ", \"read\": {}}");
        GsonReadStateStore store = store();

        assertTrue(store.load().notice().isEmpty());
        store.save(read("a", NOW));

        assertEquals(read("a", NOW), store().load().marks());
    }

    // ---- two instances on one folder -------------------------------------------------------------------------

    @Test
    void savingKeepsMarksAnotherInstanceWroteInBetween() throws IOException {
        GsonReadStateStore first = store();
        GsonReadStateStore second = store();
        first.load();
        second.load();

        first.save(read("a", T1));
        ReadMarks stored = second.save(read("b", T2)); // second never saw "a"

        assertEquals(read("a", T1, "b", T2), stored);
        assertEquals(read("a", T1, "b", T2), first.save(read("a", T1)));
        assertEquals(read("a", T1, "b", T2), store().load().marks());
    }

    @Test
    void unmarkingInOneInstanceAfterTheOtherMarkedWins() throws IOException {
        GsonReadStateStore first = store();
        GsonReadStateStore second = store();

        first.save(read("x", T1, "keep", T1));
        // the second instance saw x read, then marked it unread
        second.save(new ReadMarks(Map.of("keep", T1), Map.of("x", T2)));
        // the first instance still holds its old snapshot and saves it again (another change of its own)
        ReadMarks stored = first.save(read("x", T1, "keep", T1, "new", T3));

        assertFalse(stored.isRead("x"), stored.toString());
        assertEquals(new ReadMarks(Map.of("keep", T1, "new", T3), Map.of("x", T2)), stored);
        assertEquals(stored, store().load().marks());

        // marking it again later brings it back
        ReadMarks again = first.save(read("x", T3));
        assertTrue(again.isRead("x"));
        assertEquals(T3, store().load().marks().read().get("x"));
    }

    @Test
    void concurrentSavesFromTwoInstancesInOneProcessLoseNothing() throws Exception {
        int perWriter = 100;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (String prefix : List.of("left-", "right-")) {
                GsonReadStateStore store = new GsonReadStateStore(dir);
                Callable<Void> writer = () -> {
                    Map<String, Instant> mine = new HashMap<>();
                    start.await();
                    for (int i = 0; i < perWriter; i++) {
                        mine.put(prefix + i, Instant.ofEpochSecond(1_700_000_000L + i));
                        ReadMarks stored = store.save(ReadMarks.of(mine));
                        assertTrue(stored.read().keySet().containsAll(mine.keySet()));
                        // later writers build on this save, so the file holds these marks whoever wrote last
                        Set<String> inFile = JsonParser.parseString(Files.readString(stateFile()))
                                .getAsJsonObject().getAsJsonObject("read").keySet();
                        assertTrue(inFile.containsAll(mine.keySet()), "overwritten after save " + i);
                    }
                    return null;
                };
                done.add(pool.submit(writer));
            }
            start.countDown();
            for (Future<Void> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        ReadMarks marks = new GsonReadStateStore(dir).load().marks();
        assertEquals(2 * perWriter, marks.read().size());
        assertEquals(Map.of(), marks.unread());
    }

    // ---- daily backups ---------------------------------------------------------------------------------------

    @Test
    void loadingWritesOneDailyBackupPerUtcDay() throws IOException {
        byte[] original = "{\"version\": 2, \"read\": {\"a\": \"2026-04-01T08:00:00Z\"}, \"unread\": {}}"
                .getBytes(StandardCharsets.UTF_8);
        writeState(original);
        // the clock's zone is not UTC: the day is still the UTC day
        MutableClock clock = new MutableClock(Instant.parse("2026-05-04T00:30:00Z"), ZoneId.of("Pacific/Auckland"));

        store(clock).load();
        clock.set(Instant.parse("2026-05-04T12:00:00Z"));
        store(clock).load();
        clock.set(Instant.parse("2026-05-04T23:59:59Z"));
        store(clock).load();

        assertEquals(List.of("state-20260504-003000-daily.json"), backupNames());
        assertArrayEquals(original, Files.readAllBytes(backupDir().resolve("state-20260504-003000-daily.json")));

        clock.set(Instant.parse("2026-05-05T00:00:01Z"));
        store(clock).load();
        store(clock).load();

        assertEquals(List.of("state-20260504-003000-daily.json", "state-20260505-000001-daily.json"), backupNames());
    }

    @Test
    void dailyBackupHoldsTheFileAsLoaded() throws IOException {
        MutableClock clock = new MutableClock(Instant.parse("2026-05-04T09:00:00Z"));
        GsonReadStateStore store = store(clock);
        store.save(read("a", T1));
        byte[] before = Files.readAllBytes(stateFile());

        store(clock).load();
        store.save(read("b", T2));

        Path daily = backupDir().resolve("state-20260504-090000-daily.json");
        assertArrayEquals(before, Files.readAllBytes(daily));
    }

    @Test
    void dailyBackupsAreKeptForSevenDays() throws IOException {
        writeState("{\"version\": 2, \"read\": {}, \"unread\": {}}");
        MutableClock clock = new MutableClock(Instant.parse("2026-05-01T07:00:00Z"));
        List<String> expected = new ArrayList<>();
        for (int day = 1; day <= 10; day++) {
            store(clock).load();
            expected.add(String.format("state-202605%02d-070000-daily.json", day));
            clock.advance(Duration.ofDays(1));
        }

        assertEquals(GsonReadStateStore.DAILY_BACKUPS_KEPT, 7);
        assertEquals(expected.subList(3, 10), backupNames(), "the newest seven");
    }

    @Test
    void pruningDailyBackupsLeavesOtherBackupsAlone() throws IOException {
        MutableClock clock = new MutableClock(Instant.parse("2026-05-01T07:00:00Z"));
        writeState("{\"version\": 1, \"read\": {}}");
        store(clock).load(); // before-upgrade + daily
        store(clock).save(ReadMarks.NONE);
        for (int day = 0; day < 9; day++) {
            clock.advance(Duration.ofDays(1));
            store(clock).load();
        }

        List<String> names = backupNames();
        assertTrue(names.contains("state-20260501-070000-before-upgrade.json"), names.toString());
        assertEquals(7, names.stream().filter(n -> n.endsWith("-daily.json")).count(), names.toString());
    }

    // ---- listing, reading and restoring backups --------------------------------------------------------------

    @Test
    void backupsAreListedNewestFirstWithReadCountAndReason() throws IOException {
        MutableClock clock = new MutableClock(Instant.parse("2026-05-01T08:00:00Z"));
        writeState("{\"version\": 1, \"read\": {\"a\": \"2026-04-01T08:00:00Z\"}}");
        store(clock).load(); // day 1: before upgrade + daily, 1 read
        store(clock).save(read("a", T1, "b", T2, "c", T3));
        clock.set(Instant.parse("2026-05-02T09:00:00Z"));
        GsonReadStateStore store = store(clock);
        store.load(); // day 2: daily, 3 read
        Backup dayOne = store.backups().stream()
                .filter(b -> b.reason().equals("daily") && b.readCount() == 1).findFirst().orElseThrow();
        clock.set(Instant.parse("2026-05-02T09:30:00Z"));
        store.restore(dayOne); // before restore, 3 read
        // things that are not backups are not offered
        Files.writeString(backupDir().resolve("notes.txt"), "mine");
        Files.writeString(backupDir().resolve("state-20260503-000000-daily.json"), "damaged");
        Files.writeString(backupDir().resolve("state-2026-daily.json"), "{\"version\": 2, \"read\": {}}");

        List<Backup> backups = store.backups();

        assertEquals(4, backups.size(), backups.toString());
        assertEquals(new Backup(backupDir().resolve("state-20260502-093000-before-restore.json"),
                Instant.parse("2026-05-02T09:30:00Z"), 3, "before restore"), backups.get(0));
        assertEquals(new Backup(backupDir().resolve("state-20260502-090000-daily.json"),
                Instant.parse("2026-05-02T09:00:00Z"), 3, "daily"), backups.get(1));
        assertEquals(Set.of(
                        new Backup(backupDir().resolve("state-20260501-080000-daily.json"),
                                Instant.parse("2026-05-01T08:00:00Z"), 1, "daily"),
                        new Backup(backupDir().resolve("state-20260501-080000-before-upgrade.json"),
                                Instant.parse("2026-05-01T08:00:00Z"), 1, "before upgrade")),
                Set.copyOf(backups.subList(2, 4)));
        assertEquals(read("a", T1, "b", T2, "c", T3), store.readBackup(backups.get(1)));
    }

    @Test
    void noBackupsFolderMeansNoBackups() {
        assertEquals(List.of(), store().backups());
    }

    @Test
    void restoreGivesExactlyTheBackupsReadMarks() throws IOException {
        MutableClock clock = new MutableClock(Instant.parse("2026-05-01T08:00:00Z"));
        writeState("{\"version\": 2, \"read\": {\"a\": \"2026-04-01T08:00:00Z\", \"d\": \"2026-04-02T08:00:00Z\"},"
                + " \"unread\": {\"e\": \"2026-04-01T09:00:00Z\"}}");
        store(clock).load();
        Backup backup = store(clock).backups().get(0);
        byte[] current = ("{\"version\": 2, \"read\": {\"a\": \"2026-04-03T08:00:00Z\","
                + " \"b\": \"2026-04-03T08:00:00Z\", \"c\": \"2026-04-03T08:00:00Z\"}, \"unread\": {}}")
                .getBytes(StandardCharsets.UTF_8);
        writeState(current);
        clock.set(Instant.parse("2026-05-02T11:00:00Z"));
        GsonReadStateStore store = store(clock);
        store.load();
        Instant restoredAt = Instant.parse("2026-05-02T12:00:00Z");
        clock.set(restoredAt);

        ReadMarks restored = store.restore(backup);

        assertEquals(map("a", T1, "d", T2), restored.read(), "the backup's marks, with the backup's times");
        assertEquals(map("b", restoredAt, "c", restoredAt, "e", Instant.parse("2026-04-01T09:00:00Z")),
                restored.unread());
        assertEquals(restored, store(clock).load().marks());
        // the replaced state was backed up first, byte for byte
        Path beforeRestore = backupDir().resolve("state-20260502-120000-before-restore.json");
        assertArrayEquals(current, Files.readAllBytes(beforeRestore));
        Backup listed = store.backups().get(0);
        assertEquals("before restore", listed.reason());
        assertEquals(3, listed.readCount());
    }

    @Test
    void anOlderSnapshotDoesNotBringBackMarksARestoreRemoved() throws IOException {
        MutableClock clock = new MutableClock(Instant.parse("2026-05-01T08:00:00Z"));
        GsonReadStateStore store = store(clock);
        store.save(read("a", T1));
        store(clock).load();
        Backup onlyA = store.backups().get(0);
        ReadMarks snapshot = read("a", T1, "b", T2, "c", T3);
        store.save(snapshot);
        clock.set(Instant.parse("2026-05-02T08:00:00Z"));
        store.restore(onlyA);

        // another instance (or a save still queued) still has b and c read, from before the restore
        ReadMarks stored = store().save(snapshot);

        assertEquals(map("a", T1), stored.read());
        assertEquals(map("a", T1), store().load().marks().read());
        // a mark made after the restore counts
        ReadMarks later = store().save(read("b", Instant.parse("2026-05-02T08:00:01Z")));
        assertEquals(Set.of("a", "b"), later.read().keySet());
    }

    @Test
    void restoreWithoutAStateFileWritesTheBackupsMarks() throws IOException {
        MutableClock clock = new MutableClock(Instant.parse("2026-05-01T08:00:00Z"));
        writeState("{\"version\": 2, \"read\": {\"a\": \"2026-04-01T08:00:00Z\"}, \"unread\": {}}");
        store(clock).load();
        Backup backup = store(clock).backups().get(0);
        Files.delete(stateFile());

        ReadMarks restored = store(clock).restore(backup);

        assertEquals(read("a", T1), restored);
        assertEquals(read("a", T1), store().load().marks());
        assertTrue(backupNames().stream().noneMatch(n -> n.endsWith("before-restore.json")), backupNames().toString());
    }

    @Test
    void beforeRestoreBackupsAreKeptToTen() throws IOException {
        MutableClock clock = new MutableClock(Instant.parse("2026-05-01T08:00:00Z"));
        store(clock).save(read("a", T1));
        store(clock).load();
        Backup backup = store(clock).backups().get(0);
        for (int i = 0; i < 12; i++) {
            clock.advance(Duration.ofMinutes(1));
            store(clock).restore(backup);
        }

        Set<String> restores = backupNames().stream().filter(n -> n.endsWith("-before-restore.json"))
                .collect(Collectors.toSet());
        assertEquals(10, restores.size(), restores.toString());
        assertFalse(restores.contains("state-20260501-080100-before-restore.json"));
        assertTrue(restores.contains("state-20260501-081200-before-restore.json"));
    }

    // ---- restore over a damaged file -----------------------------------------------------------------------

    @Test
    void restoreOverADamagedFileSetsItAsideFirst() throws IOException {
        MutableClock clock = new MutableClock(Instant.parse("2026-05-01T08:00:00Z"));
        store(clock).save(read("a", T1));
        store(clock).load();
        Backup backup = store(clock).backups().get(0);
        byte[] damaged = "{\"version\": 2, \"read\": {\"b\": ".getBytes(StandardCharsets.UTF_8);
        Files.write(stateFile(), damaged);
        clock.set(NOW);

        store(clock).restore(backup);

        assertArrayEquals(damaged, Files.readAllBytes(dir.resolve(SET_ASIDE_NAME)), "the damaged bytes are kept");
        assertEquals(read("a", T1), store().load().marks());
    }

}
