package org.readinglist.feeds;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What went wrong with a feed's last fetch, kept in the library and worded by the view ("not found (HTTP 404)",
 * "timed out", "offline").
 *
 * @param kind       the kind of problem
 * @param httpStatus the server's status where it tells the problem
 */
public record FeedProblem(Kind kind, OptionalInt httpStatus) {

    /** The kinds of problems, each worded by the view. */
    public enum Kind {
        /** The server answered with a failing status. */
        HTTP_STATUS,
        /** The server says the feed is gone for good (HTTP 410); the feed is paused. */
        GONE,
        NOT_A_FEED,
        MALFORMED,
        TIMED_OUT,
        TOO_LARGE,
        TOO_MANY_REDIRECTS,
        OFFLINE,
        CERTIFICATE,
        NOT_A_WEB_ADDRESS
    }

    public FeedProblem {
        java.util.Objects.requireNonNull(kind, "kind");
        java.util.Objects.requireNonNull(httpStatus, "httpStatus");
    }

    public static FeedProblem of(Kind kind) {
        return new FeedProblem(kind, OptionalInt.empty());
    }

    /** As kept in the library: {@code http_status:404}, {@code timed_out}. */
    public String code() {
        String name = kind.name().toLowerCase(Locale.ROOT);
        return httpStatus.isPresent() ? name + ":" + httpStatus.getAsInt() : name;
    }

    /** The problem a code stands for; empty for a code this version does not know (a newer one wrote it). */
    public static Optional<FeedProblem> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        int colon = code.indexOf(':');
        String name = colon < 0 ? code : code.substring(0, colon);
        try {
            Kind kind = Kind.valueOf(name.toUpperCase(Locale.ROOT));
            OptionalInt status = colon < 0 ? OptionalInt.empty()
                    : OptionalInt.of(Integer.parseInt(code.substring(colon + 1)));
            return Optional.of(new FeedProblem(kind, status));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
