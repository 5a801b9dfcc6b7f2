package org.readinglist.ui.state;

import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.readinglist.i18n.Messages;
import org.readinglist.persistence.library.LibraryNotice;
import org.readinglist.persistence.library.Merge;

/** Puts what the library reports into the user's words. */
final class LibraryNotices {

    /** At most this many skipped articles are named in an import's summary. */
    private static final int SKIPPED_NAMED = 3;

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

    static String summary(Path file, Merge.Summary summary, Messages messages) {
        String skipped = summary.skipped().stream().limit(SKIPPED_NAMED)
                .map(skip -> messages.format("import.skippedRemoved", skip.position(), skip.id()))
                .collect(Collectors.joining("; "));
        return messages.format("import.summary", file, summary.added(), summary.updated(), summary.unchanged(),
                summary.skipped().size(), skipped.isEmpty() ? "" : " (" + skipped + ")");
    }
}
