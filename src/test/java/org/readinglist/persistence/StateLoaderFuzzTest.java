package org.readinglist.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.readinglist.model.ReadMarks;
import org.readinglist.persistence.ReadStateStore.Loaded;

/**
 * Fuzzes reading {@code state.json}. Whatever the bytes, {@link GsonReadStateStore#load} must not throw. A file it
 * cannot read is moved aside to {@code state.json.corrupt-*} holding exactly the original bytes; a file it does not
 * move aside is left exactly as it was, and any backup made while loading holds exactly those bytes too.
 *
 * <p>A plain {@code mvn verify} only replays the inputs in
 * {@code src/test/resources/org/readinglist/persistence/StateLoaderFuzzTestInputs/loadState/}. To fuzz:
 * {@code mvn test -Pfuzz -Dtest=StateLoaderFuzzTest -Djazzer.max_duration=10m} (see the {@code fuzz} profile in
 * pom.xml).
 */
class StateLoaderFuzzTest {

    private static final String SET_ASIDE_PREFIX = GsonReadStateStore.FILE_NAME + ".corrupt-";

    /** One data folder for all executions (emptied after each): a fresh one per input would slow fuzzing down. */
    private static Path dataDir;

    @FuzzTest(maxDuration = "10m")
    void loadState(byte[] data) throws IOException {
        Path dir = dataDir();
        Path state = dir.resolve(GsonReadStateStore.FILE_NAME);
        try {
            Files.write(state, data);

            Loaded loaded = new GsonReadStateStore(dir).load();

            assertNotNull(loaded);
            ReadMarks marks = loaded.marks();
            assertNotNull(marks);
            assertNotNull(loaded.notice());
            assertTrue(Collections.disjoint(marks.read().keySet(), marks.unread().keySet()),
                    "an article is either read or unread");
            List<Path> setAside = setAsideFiles(dir);
            boolean saysSetAside = loaded.notice().filter(n -> n.contains("was kept as")).isPresent();
            if (isEmpty(marks) && saysSetAside) {
                assertEquals(1, setAside.size(), "exactly one file set aside: " + setAside);
                Path aside = setAside.get(0);
                assertTrue(loaded.notice().get().contains(aside.getFileName().toString()),
                        "the notice names the file set aside");
                assertArrayEquals(data, Files.readAllBytes(aside), "the set-aside file holds the original bytes");
                assertFalse(Files.exists(state), "state.json was moved, not copied");
            } else {
                assertTrue(setAside.isEmpty(), "nothing is set aside without saying so: " + setAside);
                assertArrayEquals(data, Files.readAllBytes(state), "state.json must be left as it was");
                if (!isEmpty(marks)) {
                    assertTrue(loaded.notice().isEmpty(), "marks that loaded need no notice");
                }
            }
            for (Path backup : filesUnder(dir.resolve("backups"))) {
                assertArrayEquals(data, Files.readAllBytes(backup), "a backup holds the bytes loaded: " + backup);
            }
        } finally {
            deleteContents(dir);
        }
    }

    private static boolean isEmpty(ReadMarks marks) {
        return marks.read().isEmpty() && marks.unread().isEmpty();
    }

    private static List<Path> setAsideFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(SET_ASIDE_PREFIX)).toList();
        }
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private static void deleteContents(Path dir) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = new ArrayList<>(walk.filter(p -> !p.equals(dir)).sorted(Comparator.reverseOrder()).toList());
        }
        for (Path path : paths) {
            Files.deleteIfExists(path);
        }
    }

    private static synchronized Path dataDir() throws IOException {
        if (dataDir == null) {
            dataDir = Files.createTempDirectory("state-fuzz");
            dataDir.toFile().deleteOnExit();
        }
        return dataDir;
    }
}
