package org.readinglist.persistence.marks;

import org.readinglist.persistence.library.LibraryStore;
import org.readinglist.persistence.library.TestLibraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.readinglist.model.ReadMarks;

/**
 * Two Reading List processes on one data folder, both saving as fast as they can: the file lock and the merge on
 * save must keep every mark of both.
 */
class TwoWritersTest {

    private static final int PER_WRITER = 200;
    private static final long TIMEOUT_SECONDS = 25;

    @TempDir
    Path dir;

    /** The data folder when it is on a RAM file system, deleted after the test. */
    private Path ramFolder;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void twoProcessesMarkingAtTheSameTimeKeepAllMarks() throws Exception {
        Path data = dataFolder();
        Path start = dir.resolve("go");
        List<String> prefixes = List.of("left-", "right-");
        List<Process> processes = new ArrayList<>();
        List<Path> outputs = new ArrayList<>();
        try {
            for (String prefix : prefixes) {
                Path output = dir.resolve(prefix + "output.txt");
                outputs.add(output);
                processes.add(new ProcessBuilder(javaCommand(data, prefix, start))
                        .redirectErrorStream(true)
                        .redirectOutput(output.toFile())
                        .start());
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            for (int i = 0; i < prefixes.size(); i++) {
                Path ready = dir.resolve("go." + prefixes.get(i) + "ready");
                while (!Files.exists(ready)) {
                    if (System.nanoTime() > deadline || !processes.get(i).isAlive()) {
                        fail(prefixes.get(i) + " did not get ready: " + outputsOf(outputs));
                    }
                    Thread.sleep(5);
                }
            }
            Files.createFile(start);

            for (Process process : processes) {
                long left = deadline - System.nanoTime();
                if (!process.waitFor(Math.max(left, 0), TimeUnit.NANOSECONDS)) {
                    fail("a writer did not finish in " + TIMEOUT_SECONDS + " s: " + outputsOf(outputs));
                }
                assertEquals(0, process.exitValue(), outputsOf(outputs));
            }
        } finally {
            for (Process process : processes) {
                process.destroyForcibly();
            }
        }

        ReadMarks marks = TestLibraries.marks(data);
        Set<String> expected = prefixes.stream()
                .flatMap(prefix -> IntStream.range(0, PER_WRITER).mapToObj(i -> prefix + i))
                .collect(Collectors.toSet());
        Set<String> missing = new LinkedHashSet<>(expected);
        missing.removeAll(marks.read().keySet());
        assertEquals(Set.of(), missing, "marks lost");
        assertEquals(expected, marks.read().keySet());
        assertEquals(0, marks.unread().size());
        try (Stream<Path> files = Files.list(data)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of("library.db"), names,
                    "no temporary or set-aside files are left");
        }

        // the two runs overlapped, so this really tested two writers at once
        long[] left = firstAndLast(outputs.get(0));
        long[] right = firstAndLast(outputs.get(1));
        assertTrue(left[0] <= right[1] && right[0] <= left[1],
                "the writers did not overlap: " + outputsOf(outputs));
    }

    /**
     * Every save forces the file and its folder to disk while holding the lock, so the 400 saves take one after the
     * other; on a real disk that is 20-30 ms each. Where a RAM file system is at hand (Linux: /dev/shm) the data folder
     * goes there, which keeps the test well under 30 s; the locking and merging under test are the same.
     */
    private Path dataFolder() throws IOException {
        Path shm = Path.of("/dev/shm");
        if (Files.isDirectory(shm) && Files.isWritable(shm)) {
            try {
                Path data = Files.createTempDirectory(shm, "reading-list-two-writers-");
                ramFolder = data;
                return data;
            } catch (IOException | UnsupportedOperationException e) {
                // fall back to the temporary folder
            }
        }
        return Files.createDirectories(dir.resolve("data"));
    }

    @AfterEach
    void deleteRamFolder() throws IOException {
        if (ramFolder != null) {
            try (Stream<Path> files = Files.walk(ramFolder)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private static long[] firstAndLast(Path output) throws IOException {
        long first = -1;
        long last = -1;
        for (String line : Files.readAllLines(output)) {
            if (line.startsWith("first=")) {
                first = Long.parseLong(line.substring(6).trim());
            } else if (line.startsWith("last=")) {
                last = Long.parseLong(line.substring(5).trim());
            }
        }
        return new long[] {first, last};
    }

    private static String outputsOf(List<Path> outputs) {
        StringBuilder text = new StringBuilder();
        for (Path output : outputs) {
            text.append("\n--- ").append(output.getFileName()).append('\n');
            try {
                text.append(Files.exists(output) ? Files.readString(output) : "(none)");
            } catch (IOException e) {
                text.append(e);
            }
        }
        return text.toString();
    }

    private static List<String> javaCommand(Path data, String prefix, Path start) throws URISyntaxException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-Xmx64m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", childClassPath(),
                MarkingWriterMain.class.getName(),
                data.toString(), prefix, String.valueOf(PER_WRITER), start.toString());
    }

    /**
     * Main classes, test classes and the libraries (Gson). Surefire puts the app module (target/classes) and its
     * libraries on the module path and the test classes on the class path; the child runs them all on the class path.
     */
    static String childClassPath() throws URISyntaxException {
        Set<String> entries = new LinkedHashSet<>();
        entries.add(location(LibraryStore.class));
        entries.add(location(org.sqlite.SQLiteConfig.class));
        entries.add(location(MarkingWriterMain.class));
        entries.add(Path.of("target", "classes").toAbsolutePath().toString());
        entries.add(Path.of("target", "test-classes").toAbsolutePath().toString());
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            String value = System.getProperty(property);
            if (value != null) {
                for (String entry : value.split(File.pathSeparator)) {
                    if (!entry.isBlank()) {
                        entries.add(entry);
                    }
                }
            }
        }
        return entries.stream().filter(entry -> Files.exists(Path.of(entry)))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String location(Class<?> type) throws URISyntaxException {
        var source = type.getProtectionDomain().getCodeSource();
        return source == null ? "" : Path.of(source.getLocation().toURI()).toString();
    }
}
