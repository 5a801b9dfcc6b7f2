package org.readinglist.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
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
    public static final int MAX_REDIRECTS = 5;
    public static final int MAX_BODY_BYTES = 5 * 1024 * 1024;
    static final String ACCEPT = "text/html,application/xhtml+xml";

    private static final System.Logger LOG = System.getLogger(PageFetcher.class.getName());
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final HttpClient client;
    private final String userAgent;
    private final Duration timeout;

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
        this.client = Objects.requireNonNull(client, "client");
        this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (client.followRedirects() != HttpClient.Redirect.NEVER) {
            throw new IllegalArgumentException("the client must leave redirects to the fetcher");
        }
        if (client.cookieHandler().isPresent()) {
            throw new IllegalArgumentException("the client must keep no cookies");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        // fails here, not on the first fetch, for a user agent that is no header value
        HttpRequest.newBuilder(URI.create("http://localhost/")).header("User-Agent", userAgent);
    }

    /** A client as this fetcher wants one: no redirects, no cookies, a bounded time to connect. */
    public static HttpClient newClient(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .build();
    }

    /** The time after which a fetch gives up. */
    public Duration timeout() {
        return timeout;
    }

    /**
     * Fetches the page at this address, following redirects, and reads it. Blocks for at most {@link #timeout()};
     * returns {@link FetchProblem#INTERRUPTED}, with the thread's interrupt status kept, when interrupted.
     */
    public FetchOutcome fetch(URI url) {
        Objects.requireNonNull(url, "url");
        Optional<URI> start = UrlNormalizer.parseWebAddress(url.toString());
        if (start.isEmpty()) {
            return failed(FetchProblem.NOT_A_WEB_ADDRESS, OptionalInt.empty());
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        URI current = start.get();
        for (int redirects = 0; ; redirects++) {
            if (Thread.currentThread().isInterrupted()) {
                return failed(FetchProblem.INTERRUPTED, OptionalInt.empty());
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return failed(FetchProblem.TIMED_OUT, OptionalInt.empty());
            }
            HttpResponse<CappedBody.Bytes> response;
            try {
                response = send(current, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return failed(FetchProblem.INTERRUPTED, OptionalInt.empty());
            } catch (TimeoutException | HttpTimeoutException e) {
                return failed(FetchProblem.TIMED_OUT, OptionalInt.empty());
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, () -> "fetching " + url + " failed", e);
                return failed(isSsl(e) ? FetchProblem.CERTIFICATE : FetchProblem.UNREACHABLE, OptionalInt.empty());
            } catch (IllegalArgumentException e) {
                return failed(FetchProblem.NOT_A_WEB_ADDRESS, OptionalInt.empty()); // one the client cannot send to
            }
            int status = response.statusCode();
            if (kind(status, response.headers()) != Kind.REDIRECT) {
                return outcome(current, response);
            }
            Optional<String> location = response.headers().firstValue("Location");
            if (location.isEmpty()) {
                return failed(FetchProblem.HTTP_STATUS, OptionalInt.of(status));
            }
            if (redirects == MAX_REDIRECTS) {
                return failed(FetchProblem.TOO_MANY_REDIRECTS, OptionalInt.of(status));
            }
            Optional<URI> next = resolve(current, location.get());
            if (next.isEmpty()) {
                return failed(FetchProblem.NOT_A_WEB_ADDRESS, OptionalInt.of(status));
            }
            current = next.get();
        }
    }

    private HttpResponse<CappedBody.Bytes> send(URI uri, long nanosLeft)
            throws IOException, InterruptedException, TimeoutException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(Duration.ofNanos(nanosLeft))
                .header("User-Agent", userAgent)
                .header("Accept", ACCEPT)
                .build();
        CompletableFuture<HttpResponse<CappedBody.Bytes>> response = client.sendAsync(request, info ->
                kind(info.statusCode(), info.headers()) == Kind.HTML
                        ? CappedBody.upTo(MAX_BODY_BYTES, announcedLength(info.headers()))
                        : CappedBody.none());
        try {
            // the request's own timeout ends with the headers; this one also bounds the body
            return response.get(nanosLeft, TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            response.cancel(true); // ends the exchange when it timed out or was interrupted; else does nothing
        }
    }

    private static FetchOutcome outcome(URI url, HttpResponse<CappedBody.Bytes> response) {
        return switch (kind(response.statusCode(), response.headers())) {
            case HTML -> response.body().tooLarge()
                    ? failed(FetchProblem.TOO_LARGE, OptionalInt.empty())
                    : new Page(parse(url, response.headers(), response.body().bytes()));
            case TOO_LARGE -> failed(FetchProblem.TOO_LARGE, OptionalInt.empty());
            case OTHER_MEDIA -> new NotHtml(url, mediaType(response.headers()));
            case REDIRECT, FAILURE -> failed(FetchProblem.HTTP_STATUS, OptionalInt.of(response.statusCode()));
        };
    }

    private static PageMetadata parse(URI url, HttpHeaders headers, byte[] body) {
        String contentType = headers.firstValue("Content-Type").orElse("");
        return PageParser.parse(HtmlPages.parse(body, contentType, url), url);
    }

    private enum Kind { HTML, TOO_LARGE, OTHER_MEDIA, REDIRECT, FAILURE }

    /** What an answer is, from its status and headers alone, so that no body is read that is of no use. */
    private static Kind kind(int status, HttpHeaders headers) {
        if (REDIRECTS.contains(status)) {
            return Kind.REDIRECT;
        }
        if (status < 200 || status > 299) {
            return Kind.FAILURE;
        }
        if (!HTML_TYPES.contains(mediaType(headers))) {
            return Kind.OTHER_MEDIA;
        }
        return announcedLength(headers) > MAX_BODY_BYTES ? Kind.TOO_LARGE : Kind.HTML;
    }

    /** The body's length as the server announced it, or -1. */
    private static long announcedLength(HttpHeaders headers) {
        try {
            return headers.firstValueAsLong("Content-Length").orElse(-1);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String mediaType(HttpHeaders headers) {
        String contentType = headers.firstValue("Content-Type").orElse("");
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static Optional<URI> resolve(URI base, String location) {
        try {
            return UrlNormalizer.parseWebAddress(base.resolve(new URI(location.strip())).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isSsl(Throwable problem) {
        for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
            if (cause instanceof SSLException) {
                return true;
            }
        }
        return false;
    }

    private static Failed failed(FetchProblem problem, OptionalInt status) {
        return new Failed(problem, status);
    }
}
