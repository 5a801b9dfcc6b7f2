package org.readinglist.persistence;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Keeps the user's read marks: article id to the moment it was marked read. */
public interface ReadStateStore {

    /** The file the marks live in, for messages. */
    Path file();

    /**
     * Reads the marks. A file that cannot be read is moved aside (never overwritten) and an empty state is returned
     * together with a notice saying where it went.
     */
    Loaded load();

    /** Replaces the stored marks atomically. */
    void save(Map<String, Instant> marks) throws IOException;

    /**
     * @param marks  the marks read
     * @param notice something the user should know (a file set aside, saving disabled), if any
     */
    record Loaded(Map<String, Instant> marks, Optional<String> notice) {

        public Loaded {
            marks = Map.copyOf(marks);
        }
    }
}
