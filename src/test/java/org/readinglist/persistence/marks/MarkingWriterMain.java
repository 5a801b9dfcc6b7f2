package org.readinglist.persistence.marks;

import org.readinglist.persistence.library.LibraryStore;
import org.readinglist.persistence.library.TestLibraries;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.readinglist.model.ReadMarks;

/**
 * A second Reading List process for {@link TwoWritersTest}: marks {@code count} articles {@code <prefix>0 ..} read one
 * by one, saving everything it has marked so far after each, with its own store on the given data folder.
 *
 * <p>Arguments: data folder, id prefix, count, and a start file: the process creates {@code <start>.<prefix>ready}
 * and waits until {@code <start>} exists, so both writers begin together. Prints {@code first=<epoch ms>} and
 * {@code last=<epoch ms>} (its first and last save) and exits 0, or exits 1 if one of its saved marks went missing
 * (from what a save returned, or from the library right after a save).
 */
public final class MarkingWriterMain {

    private MarkingWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        String prefix = args[1];
        int count = Integer.parseInt(args[2]);
        Path start = Path.of(args[3]);

        LibraryStore store = TestLibraries.open(dataDir);
        Files.createFile(start.resolveSibling(start.getFileName() + "." + prefix + "ready"));
        long deadline = System.currentTimeMillis() + 20_000;
        while (!Files.exists(start)) {
            if (System.currentTimeMillis() > deadline) {
                System.out.println("never told to start");
                System.exit(2);
            }
            Thread.sleep(2);
        }

        Map<String, Instant> mine = new HashMap<>();
        long first = 0;
        for (int i = 0; i < count; i++) {
            mine.put(prefix + i, Instant.now());
            ReadMarks stored = store.save(ReadMarks.of(mine));
            if (i == 0) {
                first = System.currentTimeMillis();
            }
            if (!stored.read().keySet().containsAll(mine.keySet())) {
                System.out.println("save " + i + " lost own marks: stored " + stored.read().keySet());
                System.exit(1);
            }
            // Once a save has returned, every later version of the file builds on it (the other writer reads and
            // writes under the lock), so the file must hold all of this writer's marks now, whoever wrote last.
            Set<String> inFile = TestLibraries.marks(dataDir).read().keySet();
            if (!inFile.containsAll(mine.keySet())) {
                Set<String> lost = new TreeSet<>(mine.keySet());
                lost.removeAll(inFile);
                System.out.println("after save " + i + " the library lacks " + lost + ": another writer lost it");
                System.exit(1);
            }
        }
        System.out.println("first=" + first);
        System.out.println("last=" + System.currentTimeMillis());
    }
}
