package org.readinglist.ui.state;

import java.nio.file.AccessDeniedException;
import java.util.List;
import org.readinglist.i18n.Messages;
import org.readinglist.library.ListLoader;
import org.readinglist.persistence.library.LibraryNotice;
import org.readinglist.ui.util.Notifier;

/** Puts what the library and a load report into the user's words. */
public final class LibraryNotices {

    private LibraryNotices() {
    }

    /** Tells what a load found: first what went wrong (it stays until dismissed), then the news. */
    static void tell(List<ListLoader.Notice> notices, Notifier notifier, Messages messages) {
        notices.stream().filter(LibraryNotices::isWarning).forEach(notice -> notifier.warn(describe(notice, messages)));
        notices.stream().filter(notice -> !isWarning(notice))
                .forEach(notice -> notifier.info(describe(notice, messages)));
    }

    public static String describe(ListLoader.Notice notice, Messages messages) {
        if (notice instanceof ListLoader.FromLibrary fromLibrary) {
            return describe(fromLibrary.notice(), messages);
        }
        if (notice instanceof ListLoader.LibraryUnavailable unavailable) {
            return messages.format("library.unavailable", unavailable.file(), reason(unavailable.cause(), messages));
        }
        if (notice instanceof ListLoader.ImportFailed failed) {
            return messages.format("import.failed", failed.file(), failed.problem());
        }
        if (notice instanceof ListLoader.ImportRefused refused) {
            return ImportTexts.refused(refused.file(), refused.firstProblem(), messages);
        }
        return ImportTexts.summary(((ListLoader.Imported) notice).outcome(), messages);
    }

    static boolean isWarning(ListLoader.Notice notice) {
        if (notice instanceof ListLoader.FromLibrary fromLibrary) {
            return isWarning(fromLibrary.notice());
        }
        return !(notice instanceof ListLoader.Imported imported) || ImportTexts.isWarning(imported.outcome());
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
