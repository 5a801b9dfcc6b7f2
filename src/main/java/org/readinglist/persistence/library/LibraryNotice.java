package org.readinglist.persistence.library;

import java.nio.file.Path;

/**
 * Something about the library file the user should know, as a fact; the window puts it into words.
 *
 * @param kind  what happened
 * @param file  the library file it is about
 * @param other the file it was set aside as, or the backup it came back from (null when neither)
 * @param count how many marks were moved (for {@link Kind#MARKS_MIGRATED}), else 0
 * @param cause the reason in the database's or the system's words, for the log and the details (may be empty)
 */
public record LibraryNotice(Kind kind, Path file, Path other, int count, String cause) {

    public enum Kind {
        /** The file could not be used and was moved aside to {@code other}; a new library was started. */
        SET_ASIDE,
        /** As {@link #SET_ASIDE}, and the library came back from the backup {@code other}. */
        RESTORED_FROM_BACKUP,
        /** The file was written by a newer version of the app; it was moved aside to {@code other}. */
        NEWER_VERSION,
        /** The file is another program's database; it was moved aside to {@code other}. */
        NOT_A_LIBRARY,
        /** The file can be read but not written: changes are kept in the window and saved when it can be. */
        READ_ONLY,
        /** The marks of {@code other} (the old state file) were moved into the library and the file renamed. */
        MARKS_MIGRATED,
        /** The old state file {@code other} could not be read; it was left where it is. */
        MARKS_NOT_MIGRATED,
        /** The library cannot be opened at all (no folder, no permission): the window shows the bundled list. */
        UNAVAILABLE
    }
}
