package org.readinglist.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

    /** More than three 64 KiB chunks. */
    private static final int LARGE = 200 * 1024;

    @TempDir
    Path folder;

    private static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private List<String> folderContents() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writeCreatesTheFileWithExactlyTheGivenBytes() throws IOException {
        Path target = folder.resolve("state.json");
        byte[] content = randomBytes(LARGE, 1);

        new AtomicFileWriter().write(target, content);

        assertArrayEquals(content, Files.readAllBytes(target));
        assertEquals(List.of("state.json"), folderContents());
    }

    @Test
    void writeCreatesMissingParentFolders() throws IOException {
        Path target = folder.resolve("a").resolve("b").resolve("state.json");

        new AtomicFileWriter().write(target, "hello".getBytes(StandardCharsets.UTF_8));

        assertEquals("hello", Files.readString(target));
    }

    @Test
    void writingNoBytesCreatesAnEmptyFile() throws IOException {
        Path target = folder.resolve("empty.json");
        Files.writeString(target, "old content");

        new AtomicFileWriter().write(target, new byte[0]);

        assertEquals(0, Files.size(target));
    }

    @Test
    void replacingAFileKeepsOnlyTheNewBytes() throws IOException {
        Path target = folder.resolve("state.json");
        Files.write(target, randomBytes(LARGE, 2));
        byte[] shorter = "{\"version\": 1}\n".getBytes(StandardCharsets.UTF_8);

        new AtomicFileWriter().write(target, shorter);

        assertArrayEquals(shorter, Files.readAllBytes(target));
        assertEquals(List.of("state.json"), folderContents());
    }

    @Test
    void largeContentIsWrittenInSeveralChunks() throws IOException {
        List<Long> progress = new ArrayList<>();
        AtomicFileWriter writer = new AtomicFileWriter() {
            @Override
            protected void afterChunkWritten(Path temp, long bytesWritten) {
                progress.add(bytesWritten);
            }
        };

        writer.write(folder.resolve("big.bin"), randomBytes(LARGE, 3));

        assertTrue(progress.size() >= 2, "chunks: " + progress);
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i) > progress.get(i - 1), "progress must grow: " + progress);
        }
        assertEquals(LARGE, progress.get(progress.size() - 1));
    }

    @Test
    void failureInTheMiddleOfWritingLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = folder.resolve("state.json");
        byte[] old = randomBytes(LARGE, 4);
        Files.write(target, old);
        IOException diskFull = new IOException("disk full");
        List<Path> temps = new ArrayList<>();
        AtomicFileWriter failing = new AtomicFileWriter() {
            @Override
            protected void afterChunkWritten(Path temp, long bytesWritten) throws IOException {
                temps.add(temp);
                if (temps.size() == 2) {
                    assertTrue(Files.exists(temp), "the partial temporary file exists while writing");
                    throw diskFull;
                }
            }
        };

        IOException thrown = assertThrows(IOException.class, () -> failing.write(target, randomBytes(LARGE, 5)));

        assertSame(diskFull, thrown);
        assertEquals(2, temps.size(), "writing stopped at the failing chunk");
        assertEquals(folder, temps.get(0).getParent(), "the temporary file is next to the target");
        assertArrayEquals(old, Files.readAllBytes(target));
        assertFalse(Files.exists(temps.get(0)));
        assertEquals(List.of("state.json"), folderContents());
    }

    @Test
    void failureJustBeforeRenameLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = folder.resolve("state.json");
        byte[] old = randomBytes(LARGE, 6);
        byte[] replacement = randomBytes(LARGE + 17, 7);
        Files.write(target, old);
        List<byte[]> tempContentAtRename = new ArrayList<>();
        AtomicFileWriter failing = new AtomicFileWriter() {
            @Override
            protected void beforeRename(Path temp) throws IOException {
                tempContentAtRename.add(Files.readAllBytes(temp));
                throw new IOException("power cut");
            }
        };

        IOException thrown = assertThrows(IOException.class, () -> failing.write(target, replacement));

        assertEquals("power cut", thrown.getMessage());
        assertArrayEquals(replacement, tempContentAtRename.get(0), "the temporary file was complete before rename");
        assertArrayEquals(old, Files.readAllBytes(target));
        assertEquals(List.of("state.json"), folderContents());
    }

    @Test
    void uncheckedFailureAlsoCleansUp() throws IOException {
        Path target = folder.resolve("state.json");
        byte[] old = "old".getBytes(StandardCharsets.UTF_8);
        Files.write(target, old);
        AtomicFileWriter failing = new AtomicFileWriter() {
            @Override
            protected void afterChunkWritten(Path temp, long bytesWritten) {
                throw new IllegalStateException("bug");
            }
        };

        assertThrows(IllegalStateException.class, () -> failing.write(target, randomBytes(LARGE, 8)));

        assertArrayEquals(old, Files.readAllBytes(target));
        assertEquals(List.of("state.json"), folderContents());
    }

    @Test
    void failedFirstWriteLeavesNoFileAtAll() throws IOException {
        Path target = folder.resolve("state.json");
        AtomicFileWriter failing = new AtomicFileWriter() {
            @Override
            protected void beforeRename(Path temp) throws IOException {
                throw new IOException("no space");
            }
        };

        assertThrows(IOException.class, () -> failing.write(target, randomBytes(LARGE, 9)));

        assertFalse(Files.exists(target));
        assertEquals(List.of(), folderContents());
    }

    @Test
    void writerWorksAgainAfterAFailure() throws IOException {
        Path target = folder.resolve("state.json");
        boolean[] fail = {true};
        AtomicFileWriter flaky = new AtomicFileWriter() {
            @Override
            protected void beforeRename(Path temp) throws IOException {
                if (fail[0]) {
                    fail[0] = false;
                    throw new IOException("once");
                }
            }
        };
        byte[] content = randomBytes(LARGE, 10);

        assertThrows(IOException.class, () -> flaky.write(target, content));
        flaky.write(target, content);

        assertArrayEquals(content, Files.readAllBytes(target));
        assertEquals(List.of("state.json"), folderContents());
    }
}
