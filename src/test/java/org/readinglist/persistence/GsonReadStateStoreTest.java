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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.readinglist.persistence.ReadStateStore.Loaded;

class GsonReadStateStoreTest {

    private static final Instant NOW = Instant.parse("2026-05-04T10:15:30Z");
    private static final String SET_ASIDE_NAME = "state.json.corrupt-20260504-101530";
    private static final FileTime OLD_TIME = FileTime.from(Instant.parse("2020-01-02T03:04:05Z"));

    @TempDir
    Path dir;

    private GsonReadStateStore store() {
        return new GsonReadStateStore(dir, new AtomicFileWriter(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private Path stateFile() {
        return dir.resolve(GsonReadStateStore.FILE_NAME);
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
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    // ---- round trip ------------------------------------------------------------------------------------------

    @Test
    void savedMarksLoadBackWithTheirExactInstants() throws IOException {
        Map<String, Instant> marks = Map.of(
                "netflix-live-origin-41f1b0ad5371", Instant.parse("2026-05-04T10:15:30.123456789Z"),
                "millis", Instant.parse("2026-01-01T00:00:00.001Z"),
                "epoch", Instant.EPOCH,
                "caf\u00e9-\u2603", Instant.parse("1999-12-31T23:59:59Z"));

        store().save(marks);
        Loaded loaded = new GsonReadStateStore(dir).load();

        assertEquals(marks, loaded.marks());
        assertTrue(loaded.notice().isEmpty());
    }

    @Test
    void savedFileIsVersionedJsonWithAReadObject() throws IOException {
        store().save(Map.of("a", Instant.parse("2026-05-04T10:15:30Z")));

        JsonObject root = JsonParser.parseString(Files.readString(stateFile())).getAsJsonObject();

        assertEquals(GsonReadStateStore.VERSION, root.get("version").getAsInt());
        assertEquals("2026-05-04T10:15:30Z", root.getAsJsonObject("read").get("a").getAsString());
    }

    @Test
    void savingReplacesThePreviousMarks() throws IOException {
        store().save(Map.of("a", NOW, "b", NOW));
        store().save(Map.of("a", NOW));

        assertEquals(Map.of("a", NOW), store().load().marks());
    }

    @Test
    void savingNoMarksLeavesAnEmptyButValidFile() throws IOException {
        store().save(Map.of("a", NOW));
        store().save(Map.of());

        Loaded loaded = store().load();
        assertEquals(Map.of(), loaded.marks());
        assertTrue(loaded.notice().isEmpty());
        assertTrue(Files.exists(stateFile()));
    }

    @Test
    void savingCreatesAMissingDataFolder() throws IOException {
        Path nested = dir.resolve("new").resolve("data");
        GsonReadStateStore store = new GsonReadStateStore(nested);

        store.save(Map.of("a", NOW));

        assertEquals(nested.resolve("state.json"), store.file());
        assertEquals(Map.of("a", NOW), new GsonReadStateStore(nested).load().marks());
    }

    @Test
    void missingFileGivesNoMarksAndNoNotice() throws IOException {
        Loaded loaded = store().load();

        assertEquals(Map.of(), loaded.marks());
        assertTrue(loaded.notice().isEmpty());
        assertEquals(List.of(), folderContents(), "loading must not create anything");
    }

    @Test
    void marksForArticlesNotInAnyListAreKeptAsSaved() throws IOException {
        writeState("""
                {"version": 1, "read": {
                  "article-removed-long-ago": "2024-02-03T04:05:06Z",
                  "from-another-list": "2025-06-07T08:09:10.5Z"
                }}""");

        GsonReadStateStore store = store();
        Map<String, Instant> marks = store.load().marks();
        store.save(marks);

        Map<String, Instant> expected = Map.of(
                "article-removed-long-ago", Instant.parse("2024-02-03T04:05:06Z"),
                "from-another-list", Instant.parse("2025-06-07T08:09:10.5Z"));
        assertEquals(expected, marks);
        assertEquals(expected, store().load().marks());
    }

    @Test
    void unknownTopLevelFieldsDoNotMakeTheFileCorrupt() throws IOException {
        writeState("{\"version\": 1, \"read\": {\"a\": \"2026-05-04T10:15:30Z\"}, \"extra\": true}");

        Loaded loaded = store().load();

        assertEquals(Map.of("a", NOW), loaded.marks());
        assertTrue(loaded.notice().isEmpty());
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
    })
    void corruptFileIsSetAsideWithItsBytesIntact(String content) throws IOException {
        byte[] original = content.getBytes(StandardCharsets.UTF_8);
        writeState(original);

        Loaded loaded = store().load();

        assertEquals(Map.of(), loaded.marks());
        assertFalse(Files.exists(stateFile()), "the corrupt file must be moved away");
        assertArrayEquals(original, Files.readAllBytes(dir.resolve(SET_ASIDE_NAME)));
        assertEquals(List.of(SET_ASIDE_NAME), folderContents());
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

        store.save(Map.of("a", NOW));

        assertEquals(Map.of("a", NOW), store().load().marks());
        assertEquals("garbage", Files.readString(dir.resolve(SET_ASIDE_NAME)));
    }

    // ---- newer versions --------------------------------------------------------------------------------------

    @Test
    void fileFromANewerVersionIsLeftUntouchedAndNotOverwritten() throws IOException {
        byte[] original = "{\"version\": 99, \"read\": {\"a\": \"2026-05-04T10:15:30Z\"}, \"future\": [1]}"
                .getBytes(StandardCharsets.UTF_8);
        writeState(original);
        GsonReadStateStore store = store();

        Loaded loaded = store.load();

        assertEquals(Map.of(), loaded.marks());
        String notice = loaded.notice().orElseThrow();
        assertTrue(notice.contains("newer version"), notice);
        assertTrue(notice.contains("99"), notice);
        assertTrue(notice.contains(stateFile().toString()), notice);

        IOException refused = assertThrows(IOException.class, () -> store.save(Map.of("b", NOW)));
        assertTrue(refused.getMessage().contains(stateFile().toString()), refused.getMessage());

        assertArrayEquals(original, Files.readAllBytes(stateFile()));
        assertEquals(OLD_TIME, Files.getLastModifiedTime(stateFile()));
        assertEquals(List.of("state.json"), folderContents(), "nothing set aside, no temporary files");
    }

    @Test
    void fileOfTheCurrentVersionIsNotRefused() throws IOException {
        writeState("{\"version\": " + GsonReadStateStore.VERSION + ", \"read\": {}}");
        GsonReadStateStore store = store();

        assertTrue(store.load().notice().isEmpty());
        store.save(Map.of("a", NOW));

        assertEquals(Map.of("a", NOW), store().load().marks());
    }
}
