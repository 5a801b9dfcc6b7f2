package org.readinglist.web;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** What came of fetching a feed. */
public sealed interface FeedFetchOutcome {

    /**
     * The feed's document, for the parser to read whatever its media type claims.
     *
     * @param body         the body, decoded from gzip where it came so; not copied, so not to be changed
     * @param contentType  the {@code Content-Type} header as the server sent it, empty when it sent none
     * @param finalUrl     the address it was found at, after redirects
     * @param movedTo      where the feed has moved for good: the target of the last of the permanent redirects (301,
     *                     308) the fetch began with; empty when the first redirect, if any, was a temporary one
     * @param etag         the {@code ETag} header, to send back as {@code If-None-Match}; null when there was none
     * @param lastModified the {@code Last-Modified} header, to send back as {@code If-Modified-Since}; null when there
     *                     was none
     */
    record Fetched(byte[] body, String contentType, URI finalUrl, Optional<URI> movedTo, String etag,
                   String lastModified) implements FeedFetchOutcome {
        public Fetched {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(finalUrl, "finalUrl");
            Objects.requireNonNull(movedTo, "movedTo");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Fetched that && Arrays.equals(body, that.body)
                    && contentType.equals(that.contentType) && finalUrl.equals(that.finalUrl)
                    && movedTo.equals(that.movedTo) && Objects.equals(etag, that.etag)
                    && Objects.equals(lastModified, that.lastModified);
        }

        @Override
        public int hashCode() {
            return Objects.hash(Arrays.hashCode(body), contentType, finalUrl, movedTo, etag, lastModified);
        }

        @Override
        public String toString() {
            return "Fetched[" + body.length + " bytes, contentType=" + contentType + ", finalUrl=" + finalUrl
                    + ", movedTo=" + movedTo + ", etag=" + etag + ", lastModified=" + lastModified + "]";
        }
    }

    /**
     * The feed has not changed since the fetch that gave the validators sent (HTTP 304).
     *
     * @param movedTo as for {@link Fetched#movedTo()}
     */
    record NotModified(Optional<URI> movedTo) implements FeedFetchOutcome {
        public NotModified {
            Objects.requireNonNull(movedTo, "movedTo");
        }
    }

    /**
     * The server says the feed is gone for good (HTTP 410): there is no point asking again.
     *
     * @param finalUrl the address that said so, after redirects
     */
    record Gone(URI finalUrl) implements FeedFetchOutcome {
        public Gone {
            Objects.requireNonNull(finalUrl, "finalUrl");
        }
    }

    /**
     * No feed this time.
     *
     * @param httpStatus as for {@link FetchOutcome.Failed#httpStatus()}
     * @param retryAfter how long the server asked to be left alone, with a 429 or 503 that said so; never negative
     */
    record Failed(FetchProblem problem, OptionalInt httpStatus, Optional<Duration> retryAfter)
            implements FeedFetchOutcome {
        public Failed {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(httpStatus, "httpStatus");
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }
}
