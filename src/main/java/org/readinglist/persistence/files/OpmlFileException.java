package org.readinglist.persistence.files;

import java.nio.file.Path;
import java.util.Objects;

/** A subscription list (OPML) that was not read or not written, as a fact: the window puts the reason into words. */
public final class OpmlFileException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The file could not be opened or read; the message says why, in the system's words. */
        NOT_READ,
        /** The file is larger than any subscription list ({@link OpmlFiles#MAX_BYTES}); it was not read. */
        TOO_LARGE,
        /** The file is readable, but no OPML. */
        NOT_OPML,
        /** The file is broken XML. */
        MALFORMED,
        /** The file declares a document type or nests deeper than any list does; it was not read. */
        REFUSED,
        /** The target is a file the app works on (the library or one of its files): it is never written over. */
        FILE_IN_USE,
        /** The target is a folder. */
        IS_FOLDER,
        /** Writing failed; the message says why, in the system's words. */
        NOT_WRITTEN
    }

    private final transient Path file;
    private final Reason reason;

    public OpmlFileException(Path file, Reason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.file = file;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Path file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }
}
