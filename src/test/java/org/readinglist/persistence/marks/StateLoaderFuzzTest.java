package org.readinglist.persistence.marks;

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

/**
 * Fuzzes reading the {@code state.json} of earlier versions, whose marks move into the library. Whatever the bytes,
 * {@link LegacyStateFile#read} gives marks (each article read or unread, not both) or an IOException whose message is
 * a reason in plain words; it never throws anything else and never changes the file.
 *
 * <p>A plain {@code mvn verify} only replays the inputs in
 * {@code src/test/resources/org/readinglist/persistence/marks/StateLoaderFuzzTestInputs/loadState/}. To fuzz:
 * {@code mvn test -Pfuzz -Dtest=StateLoaderFuzzTest -Djazzer.max_duration=10m} (see the {@code fuzz} profile in
 * pom.xml).
 */
class StateLoaderFuzzTest {

    /** One folder for all executions: a fresh one per input would slow fuzzing down. */
    private static Path dataDir;

    @FuzzTest(maxDuration = "10m")
    void loadState(byte[] data) throws IOException {
        Path state = dataDir().resolve(LegacyStateFile.FILE_NAME);
        Files.write(state, data);
        try {
            ReadMarks marks = LegacyStateFile.read(state);

            assertNotNull(marks);
            assertTrue(Collections.disjoint(marks.read().keySet(), marks.unread().keySet()),
                    "an article is either read or unread");
        } catch (IOException e) {
            assertNotNull(e.getMessage(), "a reason is given");
            assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        }
        assertArrayEquals(data, Files.readAllBytes(state), "state.json must be left as it was");
    }

    private static synchronized Path dataDir() throws IOException {
        if (dataDir == null) {
            dataDir = Files.createTempDirectory("state-fuzz");
            dataDir.toFile().deleteOnExit();
        }
        return dataDir;
    }
}
