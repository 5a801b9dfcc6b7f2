package org.readinglist.persistence.files;

import java.nio.file.Path;

/** An export that was not written, as a fact: the window puts the reason into words. */
public final class ArticlesExportException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The target is a file the app reads (the library or one of its files): it is never written over. */
        FILE_IN_USE,
        /** The target is a folder. */
        IS_FOLDER,
        /** Writing failed; the message says why, in the system's words. */
        NOT_WRITTEN
    }

    private final transient Path target;
    private final Reason reason;

    public ArticlesExportException(Path target, Reason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.target = target;
        this.reason = reason;
    }

    public Path target() {
        return target;
    }

    public Reason reason() {
        return reason;
    }
}
