package org.readinglist.persistence.library;

import org.readinglist.web.UrlNormalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.readinglist.model.ReadMarks;
import org.readinglist.persistence.marks.LegacyStateFile;

/** Opens the library of a test's data folder the way the app does. */
public final class TestLibraries {

    private TestLibraries() {
    }

    /** The library of the folder, opened (with nothing bundled to take in). */
    public static LibraryStore open(Path dataDir) throws IOException {
        return open(dataDir, Clock.systemUTC());
    }

    public static LibraryStore open(Path dataDir, Clock clock) throws IOException {
        LibraryStore store = new LibraryStore(dataDir, clock, UrlNormalizer::key);
        try {
            store.read(List.of());
        } catch (SQLException e) {
            throw new IOException(e);
        }
        return store;
    }

    /**
     * The library of the folder, not opened yet, whose file is taken to be one that cannot be written, as a file whose
     * permissions say so is for anyone but root: it opens read-only. Root may write any file, so setting the
     * permissions alone tests nothing when the build runs as root.
     */
    public static LibraryStore unwritable(Path dataDir) {
        Path file = dataDir.resolve(LibraryDatabase.FILE_NAME);
        return new LibraryStore(dataDir, Clock.systemUTC(), UrlNormalizer::key, LegacyStateFile::read,
                path -> !path.equals(file) && Files.isWritable(path));
    }

    /** The read marks the folder's library holds now. */
    public static ReadMarks marks(Path dataDir) throws IOException {
        try (LibraryStore store = open(dataDir)) {
            return store.read(List.of()).marks();
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    /** Stores these marks in the folder's library. */
    public static void store(Path dataDir, ReadMarks marks) throws IOException {
        try (LibraryStore store = open(dataDir)) {
            store.save(marks);
        }
    }
}
