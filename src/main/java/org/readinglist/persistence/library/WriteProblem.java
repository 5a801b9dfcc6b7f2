package org.readinglist.persistence.library;

import java.sql.SQLException;
import java.util.Optional;

/** Why the library could not be written, as a fact the window puts into words (never SQLite's own wording). */
public enum WriteProblem {
    DISK_FULL, READ_ONLY, IN_USE, DAMAGED, NOT_OPEN, DISK_ERROR;

    /** The key of the words for it in the app's messages. */
    public String messageKey() {
        return "library.problem." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
    }

    /** The problem behind a failed write, when the library's database caused it. */
    public static Optional<WriteProblem> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return Optional.of(of(sql));
            }
        }
        return Optional.empty();
    }

    private static WriteProblem of(SQLException e) {
        if (e instanceof NotOpen) {
            return NOT_OPEN;
        }
        return switch (Codes.primary(e)) {
            case Codes.FULL -> DISK_FULL;
            case Codes.READONLY, Codes.CANTOPEN, 3 /* SQLITE_PERM */, 23 /* SQLITE_AUTH */ -> READ_ONLY;
            case Codes.BUSY, Codes.LOCKED -> IN_USE;
            case Codes.CORRUPT, Codes.NOTADB -> DAMAGED;
            default -> DISK_ERROR;
        };
    }

    /** The library could not be opened, so nothing can be written to it yet. */
    static final class NotOpen extends SQLException {
        private static final long serialVersionUID = 1L;

        NotOpen(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
