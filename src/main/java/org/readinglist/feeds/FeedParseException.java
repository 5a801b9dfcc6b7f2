package org.readinglist.feeds;

import java.util.Objects;

/**
 * A document that was not read as a feed, as a fact: the window puts the kind into words. The message, when there is
 * one, is the parser's own account for the log, never for the user.
 */
public final class FeedParseException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a document was not read. */
    public enum Kind {
        /** Readable, but no feed of a kind read here: an HTML page, other XML, JSON, plain text, or nothing. */
        NOT_A_FEED,
        /** Meant as XML but broken: not well-formed, cut short, or in a charset that cannot be read. */
        MALFORMED,
        /**
         * Refused without reading it: it declares a document type (the way in for entity expansion and external
         * files) or nests its elements deeper than any feed does.
         */
        REFUSED
    }

    private final Kind kind;

    public FeedParseException(Kind kind, String detail, Throwable cause) {
        super(detail, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
