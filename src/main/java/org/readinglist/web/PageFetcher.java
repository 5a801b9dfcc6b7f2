package org.readinglist.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.readinglist.web.FetchOutcome.Failed;
import org.readinglist.web.FetchOutcome.NotHtml;
import org.readinglist.web.FetchOutcome.Page;

/**
 * Fetches a web page and reads what it says about its article. {@link #fetch} blocks: call it off the UI thread.
 *
 * <p>It follows at most {@link #MAX_REDIRECTS} redirects itself, and only to http and https addresses; it gives up
 * after {@link #DEFAULT_TIMEOUT} for the whole fetch (connecting, every redirect, and a body that trickles in), and
 * stops reading a body larger than {@link #MAX_BODY_BYTES}. It sends no cookies and keeps none.
 */
public final class PageFetcher {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final int MAX_REDIRECTS = BoundedGet.MAX_REDIRECTS;
    public static final int MAX_BODY_BYTES = 5 * 1024 * 1024;
    static final String ACCEPT = "text/html,application/xhtml+xml";

    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private final BoundedGet get;

    /** A fetcher with its own client, which connects directly or through the system's proxy and keeps no cookies. */
    public PageFetcher(String userAgent) {
        this(newClient(DEFAULT_TIMEOUT), userAgent);
    }

    /**
     * A fetcher that uses the given client, which must not follow redirects ({@link HttpClient.Redirect#NEVER}): this
     * fetcher follows them itself, within bounds; nor keep cookies.
     */
    public PageFetcher(HttpClient client, String userAgent) {
        this(client, userAgent, DEFAULT_TIMEOUT);
    }

    /** As {@link #PageFetcher(HttpClient, String)}, giving up after {@code timeout} instead of ten seconds. */
    public PageFetcher(HttpClient client, String userAgent, Duration timeout) {
        this.get = new BoundedGet(client, userAgent, timeout);
    }

    /** A client as this fetcher wants one: no redirects, no cookies, a bounded time to connect. */
    public static HttpClient newClient(Duration connectTimeout) {
        return BoundedGet.newClient(connectTimeout);
    }

    /** The time after which a fetch gives up. */
    public Duration timeout() {
        return get.timeout();
    }

    /**
     * Fetches the page at this address, following redirects, and reads it. Blocks for at most {@link #timeout()};
     * returns {@link FetchProblem#INTERRUPTED}, with the thread's interrupt status kept, when interrupted.
     */
    public FetchOutcome fetch(URI url) {
        Objects.requireNonNull(url, "url");
        BoundedGet.Result result = get.get(url, request -> request.header("Accept", ACCEPT), info ->
                kind(info.statusCode(), info.headers()) == Kind.HTML
                        ? CappedBody.upTo(MAX_BODY_BYTES, BoundedGet.announcedLength(info.headers()))
                        : CappedBody.none());
        if (result instanceof BoundedGet.Problem problem) {
            return new Failed(problem.problem(), problem.httpStatus());
        }
        BoundedGet.Answer answer = (BoundedGet.Answer) result;
        return outcome(answer.url(), answer.response());
    }

    private static FetchOutcome outcome(URI url, HttpResponse<CappedBody.Bytes> response) {
        return switch (kind(response.statusCode(), response.headers())) {
            case HTML -> response.body().tooLarge()
                    ? failed(FetchProblem.TOO_LARGE, OptionalInt.empty())
                    : new Page(parse(url, response.headers(), response.body().bytes()));
            case TOO_LARGE -> failed(FetchProblem.TOO_LARGE, OptionalInt.empty());
            case OTHER_MEDIA -> new NotHtml(url, mediaType(response.headers()));
            case FAILURE -> failed(FetchProblem.HTTP_STATUS, OptionalInt.of(response.statusCode()));
        };
    }

    private static PageMetadata parse(URI url, HttpHeaders headers, byte[] body) {
        String contentType = headers.firstValue("Content-Type").orElse("");
        return PageParser.parse(HtmlPages.parse(body, contentType, url), url);
    }

    private enum Kind { HTML, TOO_LARGE, OTHER_MEDIA, FAILURE }

    /** What an answer is, from its status and headers alone, so that no body is read that is of no use. */
    private static Kind kind(int status, HttpHeaders headers) {
        if (status < 200 || status > 299) {
            return Kind.FAILURE;
        }
        if (!HTML_TYPES.contains(mediaType(headers))) {
            return Kind.OTHER_MEDIA;
        }
        return BoundedGet.announcedLength(headers) > MAX_BODY_BYTES ? Kind.TOO_LARGE : Kind.HTML;
    }

    private static String mediaType(HttpHeaders headers) {
        String contentType = headers.firstValue("Content-Type").orElse("");
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static Failed failed(FetchProblem problem, OptionalInt status) {
        return new Failed(problem, status);
    }
}
