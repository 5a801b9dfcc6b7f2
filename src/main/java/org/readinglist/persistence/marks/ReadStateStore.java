package org.readinglist.persistence.marks;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.readinglist.model.ReadMarks;

/** Keeps the user's read marks, with backups. */
public interface ReadStateStore {

    /** The file the marks live in, for messages. */
    Path file();

    /**
     * Stores these marks; per article the later event wins, so another instance's marks are kept.
     *
     * @return what is stored now
     */
    ReadMarks save(ReadMarks marks) throws IOException;

    /** What is stored now if another instance changed it since this one last saved or looked, else null. */
    default ReadMarks changedElsewhere() throws IOException {
        return null;
    }

    /** The backups, newest first. */
    List<Backup> backups() throws IOException;

    ReadMarks readBackup(Backup backup) throws IOException;

    /** Makes the backup's contents the stored ones (not merged), after backing up what it replaces. */
    ReadMarks restore(Backup backup) throws IOException;

    /**
     * @param file      where it is
     * @param taken     when it was made
     * @param readCount    how many articles it has marked read
     * @param reason       why it was made: "daily", "before-restore", "before-migration"
     * @param articleCount how many articles it holds
     */
    record Backup(Path file, Instant taken, int readCount, String reason, int articleCount) {
    }
}
