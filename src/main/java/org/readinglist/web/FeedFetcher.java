package org.readinglist.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.readinglist.web.FeedFetchOutcome.Failed;
import org.readinglist.web.FeedFetchOutcome.Fetched;
import org.readinglist.web.FeedFetchOutcome.Gone;
import org.readinglist.web.FeedFetchOutcome.NotModified;

/**
 * Fetches a feed's document, politely: it asks only for what changed since the last fetch ({@code If-None-Match},
 * {@code If-Modified-Since}), takes gzip, names the app, and reports what the server asks of the next fetch (the
 * address the feed moved to, a pause after 429 or 503). It reads no feed: the parser does.
 *
 * <p>Safely, as {@link PageFetcher} does: at most {@link #MAX_REDIRECTS} redirects, to http and https only;
 * {@link #DEFAULT_TIMEOUT} for the whole fetch; no cookies; and at most {@link #MAX_BODY_BYTES} of body, counted after
 * gzip is undone too. {@link #fetch} blocks: call it off the UI thread. One fetcher may fetch from many threads at
 * once.
 */
public final class FeedFetcher {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final int MAX_REDIRECTS = BoundedGet.MAX_REDIRECTS;
    public static final int MAX_BODY_BYTES = 10 * 1024 * 1024;
    /** Feeds first, any XML next; anything else too, at last, since many servers name feeds wrongly. */
    static final String ACCEPT =
            "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1";

    private final BoundedGet get;

    /** A fetcher with its own client, which connects directly or through the system's proxy and keeps no cookies. */
    public FeedFetcher(String userAgent) {
        this(PageFetcher.newClient(DEFAULT_TIMEOUT), userAgent);
    }

    /**
     * A fetcher that uses the given client, which must not follow redirects ({@link HttpClient.Redirect#NEVER}) nor
     * keep cookies, such as {@link PageFetcher#newClient} makes; one client may serve both fetchers.
     */
    public FeedFetcher(HttpClient client, String userAgent) {
        this(client, userAgent, DEFAULT_TIMEOUT);
    }

    /** As {@link #FeedFetcher(HttpClient, String)}, giving up after {@code timeout} instead of ten seconds. */
    public FeedFetcher(HttpClient client, String userAgent, Duration timeout) {
        this.get = new BoundedGet(client, userAgent, timeout);
    }

    /** The time after which a fetch gives up. */
    public Duration timeout() {
        return get.timeout();
    }

    /** Fetches the feed at this address, knowing nothing of an earlier fetch. */
    public FeedFetchOutcome fetch(URI url) {
        return fetch(url, null, null);
    }

    /**
     * Fetches the feed at this address, following redirects, unless it is unchanged since the fetch that gave these
     * validators. Blocks for at most {@link #timeout()}; returns {@link FetchProblem#INTERRUPTED}, with the thread's
     * interrupt status kept, when interrupted.
     *
     * @param etag         the last fetch's {@link Fetched#etag()}, or null; a value that is no header value (a line
     *                     break in it) is not sent
     * @param lastModified the last fetch's {@link Fetched#lastModified()}, or null; likewise
     */
    public FeedFetchOutcome fetch(URI url, String etag, String lastModified) {
        Objects.requireNonNull(url, "url");
        BoundedGet.Result result = get.get(url, request -> headers(request, etag, lastModified), info ->
                isSuccess(info.statusCode()) && BoundedGet.announcedLength(info.headers()) <= MAX_BODY_BYTES
                        ? CappedBody.upTo(MAX_BODY_BYTES, BoundedGet.announcedLength(info.headers()))
                        : CappedBody.none());
        if (result instanceof BoundedGet.Problem problem) {
            return new Failed(problem.problem(), problem.httpStatus(), Optional.empty());
        }
        BoundedGet.Answer answer = (BoundedGet.Answer) result;
        return outcome(answer, Instant.now());
    }

    private static void headers(HttpRequest.Builder request, String etag, String lastModified) {
        request.header("Accept", ACCEPT).header("Accept-Encoding", "gzip");
        if (isHeaderValue(etag)) {
            request.header("If-None-Match", etag);
        }
        if (isHeaderValue(lastModified)) {
            request.header("If-Modified-Since", lastModified);
        }
    }

    private static FeedFetchOutcome outcome(BoundedGet.Answer answer, Instant received) {
        HttpResponse<CappedBody.Bytes> response = answer.response();
        int status = response.statusCode();
        Optional<URI> movedTo = movedTo(answer.redirects());
        if (isSuccess(status)) {
            return fetched(answer.url(), response, movedTo);
        }
        if (status == 304) {
            return new NotModified(movedTo);
        }
        if (status == 410) {
            return new Gone(answer.url());
        }
        Optional<Duration> retryAfter = status == 429 || status == 503
                ? RetryAfter.of(response.headers(), received)
                : Optional.empty();
        return new Failed(FetchProblem.HTTP_STATUS, OptionalInt.of(status), retryAfter);
    }

    private static FeedFetchOutcome fetched(URI url, HttpResponse<CappedBody.Bytes> response, Optional<URI> movedTo) {
        HttpHeaders headers = response.headers();
        if (BoundedGet.announcedLength(headers) > MAX_BODY_BYTES || response.body().tooLarge()) {
            return failed(FetchProblem.TOO_LARGE);
        }
        Optional<CappedBody.Bytes> decoded =
                ContentDecoding.decode(headers.allValues("Content-Encoding"), response.body().bytes(), MAX_BODY_BYTES);
        if (decoded.isEmpty()) {
            return failed(FetchProblem.UNREADABLE_ENCODING);
        }
        if (decoded.get().tooLarge()) {
            return failed(FetchProblem.TOO_LARGE);
        }
        return new Fetched(decoded.get().bytes(), headers.firstValue("Content-Type").orElse(""), url, movedTo,
                headers.firstValue("ETag").orElse(null), headers.firstValue("Last-Modified").orElse(null));
    }

    /**
     * Where a feed has moved for good: the target of the last permanent redirect (301, 308) in the run the fetch began
     * with. A temporary redirect ends the run, for what lies beyond it may move back.
     */
    private static Optional<URI> movedTo(List<BoundedGet.Redirect> redirects) {
        Optional<URI> movedTo = Optional.empty();
        for (BoundedGet.Redirect redirect : redirects) {
            if (redirect.status() != 301 && redirect.status() != 308) {
                break;
            }
            movedTo = Optional.of(redirect.to());
        }
        return movedTo;
    }

    private static boolean isSuccess(int status) {
        return status >= 200 && status <= 299;
    }

    /** Whether a stored validator can be sent back: present, and free of line breaks and other control characters. */
    private static boolean isHeaderValue(String value) {
        return value != null && !value.isBlank()
                && value.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c != 0x7f && c <= 0xff));
    }

    private static Failed failed(FetchProblem problem) {
        return new Failed(problem, OptionalInt.empty(), Optional.empty());
    }
}
