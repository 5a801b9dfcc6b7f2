package org.readinglist.ui.state;

import java.nio.file.AccessDeniedException;
import org.readinglist.i18n.Messages;
import org.readinglist.persistence.library.LibraryNotice;

/** Puts what the library reports into the user's words. */
final class LibraryNotices {

    private LibraryNotices() {
    }

    static String describe(LibraryNotice notice, Messages messages) {
        String key = switch (notice.kind()) {
            case SET_ASIDE -> "library.setAside";
            case RESTORED_FROM_BACKUP -> "library.restoredFromBackup";
            case NEWER_VERSION -> "library.newerVersion";
            case NOT_A_LIBRARY -> "library.notALibrary";
            case READ_ONLY -> "library.readOnly";
            case MARKS_MIGRATED -> "library.marksMigrated";
            case MARKS_NOT_MIGRATED -> "library.marksNotMigrated";
            case UNAVAILABLE -> "library.unavailable";
        };
        return messages.format(key, notice.file(), notice.other() == null ? "" : notice.other(), notice.count(),
                notice.cause());
    }

    /** Whether the notice is something gone wrong (it stays until dismissed) rather than news. */
    static boolean isWarning(LibraryNotice notice) {
        return notice.kind() != LibraryNotice.Kind.MARKS_MIGRATED;
    }

    static String reason(Exception e, Messages messages) {
        if (e instanceof AccessDeniedException) {
            return messages.get("library.noPermission");
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
