package org.readinglist.feeds;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** What came of reading a feed: fetching it and, when it sent a document, parsing that. */
public sealed interface FeedRead {

    /** The address the feed moved to for good (a permanent redirect), or null. */
    String movedTo();

    /** A document, with the validators for the next conditional request (null when the server sent none). */
    record Fetched(FeedDocument document, String etag, String lastModified, String movedTo) implements FeedRead {
        public Fetched {
            Objects.requireNonNull(document, "document");
        }
    }

    /** Nothing new since the last fetch (HTTP 304). */
    record NotModified(String movedTo) implements FeedRead {
    }

    /** No document: why, and how long the server asked to be left alone (Retry-After), if it did. */
    record Failed(FeedProblem problem, Optional<Duration> retryAfter, String movedTo) implements FeedRead {
        public Failed {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }
}
