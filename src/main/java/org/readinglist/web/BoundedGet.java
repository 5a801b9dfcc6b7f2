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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javax.net.ssl.SSLException;

/**
 * A GET as the fetchers send it, within bounds: one deadline for the whole fetch (connecting, every redirect, and a
 * body that trickles in); at most {@link #MAX_REDIRECTS} redirects, followed here rather than by the client, and only
 * to http and https addresses; no cookies. Which bodies are worth reading, and what an answer means, is the caller's
 * business. Holds no state between fetches, so one instance serves many threads at once.
 */
final class BoundedGet {

    static final int MAX_REDIRECTS = 5;

    private static final System.Logger LOG = System.getLogger(BoundedGet.class.getName());
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    /** What came of a GET. */
    sealed interface Result permits Answer, Problem {
    }

    /**
     * The server's first answer that is no redirect.
     *
     * @param url       the address that answered, after redirects
     * @param response  the answer, its body read as far as the caller's body handler wanted
     * @param redirects the redirects followed on the way, in order
     */
    record Answer(URI url, HttpResponse<CappedBody.Bytes> response, List<Redirect> redirects) implements Result {
        Answer {
            redirects = List.copyOf(redirects);
        }
    }

    /** No answer to use; the status is that of the server's last answer where it tells the problem. */
    record Problem(FetchProblem problem, OptionalInt httpStatus) implements Result {
    }

    /** One redirect followed: its status, and the address it sent the fetch to. */
    record Redirect(int status, URI to) {
    }

    private final HttpClient client;
    private final String userAgent;
    private final Duration timeout;

    /**
     * Sends through a client that must not follow redirects ({@link HttpClient.Redirect#NEVER}) nor keep cookies,
     * with this user agent, giving up after {@code timeout}.
     */
    BoundedGet(HttpClient client, String userAgent, Duration timeout) {
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

    /** A client as the fetchers want one: no redirects, no cookies, a bounded time to connect. */
    static HttpClient newClient(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .build();
    }

    Duration timeout() {
        return timeout;
    }

    /**
     * GETs this address, following redirects. {@code headers} adds the caller's headers to each request (the user
     * agent is set already); {@code bodies} decides, from the status and headers, how much of an answer's body to
     * read; redirects' bodies are never read. Blocks for at most {@link #timeout()}; gives
     * {@link FetchProblem#INTERRUPTED}, with the thread's interrupt status kept, when interrupted.
     */
    Result get(URI url, Consumer<HttpRequest.Builder> headers, HttpResponse.BodyHandler<CappedBody.Bytes> bodies) {
        Objects.requireNonNull(url, "url");
        Optional<URI> start = UrlNormalizer.parseWebAddress(url.toString());
        if (start.isEmpty()) {
            return problem(FetchProblem.NOT_A_WEB_ADDRESS, OptionalInt.empty());
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        URI current = start.get();
        List<Redirect> redirects = new ArrayList<>();
        while (true) {
            if (Thread.currentThread().isInterrupted()) {
                return problem(FetchProblem.INTERRUPTED, OptionalInt.empty());
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return problem(FetchProblem.TIMED_OUT, OptionalInt.empty());
            }
            HttpResponse<CappedBody.Bytes> response;
            try {
                response = send(current, left, headers, bodies);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return problem(FetchProblem.INTERRUPTED, OptionalInt.empty());
            } catch (TimeoutException | HttpTimeoutException e) {
                return problem(FetchProblem.TIMED_OUT, OptionalInt.empty());
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, () -> "fetching " + url + " failed", e);
                return problem(isSsl(e) ? FetchProblem.CERTIFICATE : FetchProblem.UNREACHABLE, OptionalInt.empty());
            } catch (IllegalArgumentException e) {
                return problem(FetchProblem.NOT_A_WEB_ADDRESS, OptionalInt.empty()); // one the client cannot send to
            }
            int status = response.statusCode();
            if (!REDIRECTS.contains(status)) {
                return new Answer(current, response, redirects);
            }
            Optional<String> location = response.headers().firstValue("Location");
            if (location.isEmpty()) {
                return problem(FetchProblem.HTTP_STATUS, OptionalInt.of(status));
            }
            if (redirects.size() == MAX_REDIRECTS) {
                return problem(FetchProblem.TOO_MANY_REDIRECTS, OptionalInt.of(status));
            }
            Optional<URI> next = resolve(current, location.get());
            if (next.isEmpty()) {
                return problem(FetchProblem.NOT_A_WEB_ADDRESS, OptionalInt.of(status));
            }
            current = next.get();
            redirects.add(new Redirect(status, current));
        }
    }

    private HttpResponse<CappedBody.Bytes> send(URI uri, long nanosLeft, Consumer<HttpRequest.Builder> headers,
                                                HttpResponse.BodyHandler<CappedBody.Bytes> bodies)
            throws IOException, InterruptedException, TimeoutException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(Duration.ofNanos(nanosLeft))
                .header("User-Agent", userAgent);
        headers.accept(request);
        CompletableFuture<HttpResponse<CappedBody.Bytes>> response = client.sendAsync(request.build(), info ->
                REDIRECTS.contains(info.statusCode()) ? CappedBody.none() : bodies.apply(info));
        try {
            // the request's own timeout ends with the headers; this one also bounds the body
            return response.get(nanosLeft, TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            response.cancel(true); // ends the exchange when it timed out or was interrupted; else does nothing
        }
    }

    /** The body's length as the server announced it, or -1. */
    static long announcedLength(HttpHeaders headers) {
        try {
            return headers.firstValueAsLong("Content-Length").orElse(-1);
        } catch (NumberFormatException e) {
            return -1;
        }
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

    private static Problem problem(FetchProblem problem, OptionalInt status) {
        return new Problem(problem, status);
    }
}
