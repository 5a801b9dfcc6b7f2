package org.readinglist.persistence;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.readinglist.model.ReadMarks;

/** Keeps the user's read marks, with rolling backups. */
public interface ReadStateStore {

    /** The file the marks live in, for messages. */
    Path file();

    /**
     * Reads the marks. A file that cannot be read is moved aside (never overwritten) and an empty state is returned
     * together with a notice saying where it went.
     */
    Loaded load();

    /**
     * Merges these marks into the stored ones (per article the later event wins, so another instance's marks are
     * kept) and replaces the file atomically.
     *
     * @return what is stored now
     */
    ReadMarks save(ReadMarks marks) throws IOException;

    /** The backups, newest first. */
    List<Backup> backups();

    ReadMarks readBackup(Backup backup) throws IOException;

    /** Makes the backup's marks the stored marks (not merged), after backing up what it replaces. */
    ReadMarks restore(Backup backup) throws IOException;

    /**
     * @param marks  the marks read
     * @param notice something the user should know (a file set aside, saving disabled), if any
     */
    record Loaded(ReadMarks marks, Optional<String> notice) {
    }

    /**
     * @param file      where it is
     * @param taken     when it was made
     * @param readCount how many articles it has marked read
     * @param reason    why it was made: "daily", "before restore", "before upgrade"
     */
    record Backup(Path file, Instant taken, int readCount, String reason) {
    }
}
