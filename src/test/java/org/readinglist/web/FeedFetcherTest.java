package org.readinglist.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.readinglist.web.PageFetcherTest.localClient;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.readinglist.web.FeedFetchOutcome.Failed;
import org.readinglist.web.FeedFetchOutcome.Fetched;
import org.readinglist.web.FeedFetchOutcome.Gone;
import org.readinglist.web.FeedFetchOutcome.NotModified;

/**
 * Fetching feeds from a server on this machine: what is asked, what is kept for the next fetch, which redirects move a
 * feed, and what the server's refusals say.
 */
class FeedFetcherTest {

    static final String USER_AGENT = "ReadingList/1.4.0";
    static final String RSS = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Tech Blog</title>"
            + "<item><title>Post</title><link>https://example.com/post</link></item></channel></rss>";
    private static final byte[] RSS_BYTES = RSS.getBytes(StandardCharsets.UTF_8);
    private static final String RSS_TYPE = "application/rss+xml; charset=utf-8";
    private static final String ETAG = "\"v1-abc\"";
    private static final String LAST_MODIFIED = "Tue, 08 Dec 2026 03:07:39 GMT";

    private TestServer server;
    private FeedFetcher fetcher;

    @BeforeEach
    void startServer() throws IOException {
        server = TestServer.http();
        fetcher = new FeedFetcher(localClient(), USER_AGENT);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void fetchesAFeedWithTheValidatorsForTheNextFetch() {
        serveFeedWithValidators("/feed");

        FeedFetchOutcome outcome = fetcher.fetch(server.uri("/feed"));

        assertThat(outcome).isEqualTo(new Fetched(RSS_BYTES, RSS_TYPE, server.uri("/feed"), Optional.empty(), ETAG,
                LAST_MODIFIED));
    }

    @Test
    void givesNoValidatorsWhenTheServerSendsNone() {
        server.respond("/plain", 200, RSS_TYPE, RSS_BYTES);

        Fetched fetched = (Fetched) fetcher.fetch(server.uri("/plain"));

        assertThat(fetched.etag()).isNull();
        assertThat(fetched.lastModified()).isNull();
    }

    @Test
    void asksWithTheValidatorsAndReadsNotModified() {
        serveFeedWithValidators("/feed");
        Fetched first = (Fetched) fetcher.fetch(server.uri("/feed"));

        FeedFetchOutcome second = fetcher.fetch(server.uri("/feed"), first.etag(), first.lastModified());

        assertThat(second).isEqualTo(new NotModified(Optional.empty()));
        assertThat(server.requests()).hasSize(2);
        assertThat(server.requests().get(0).headers()).doesNotContainKeys("If-None-Match", "If-Modified-Since");
        assertThat(server.requests().get(1).headers().getFirst("If-None-Match")).isEqualTo(ETAG);
        assertThat(server.requests().get(1).headers().getFirst("If-Modified-Since")).isEqualTo(LAST_MODIFIED);
    }

    @Test
    void leavesOutAStoredValidatorThatIsNoHeaderValue() {
        serveFeedWithValidators("/feed");

        FeedFetchOutcome outcome = fetcher.fetch(server.uri("/feed"), "\"x\"\r\nX-Injected: yes", " ");

        assertThat(outcome).isInstanceOf(Fetched.class);
        assertThat(server.requests()).singleElement().satisfies(request -> assertThat(request.headers())
                .doesNotContainKeys("If-None-Match", "If-Modified-Since", "X-Injected"));
    }

    @Test
    void namesTheAppAndAsksForFeedsInGzip() {
        server.respond("/feed", 200, RSS_TYPE, RSS_BYTES);

        fetcher.fetch(server.uri("/feed"));

        assertThat(server.requests()).singleElement().satisfies(request -> {
            assertThat(request.headers().getFirst("User-Agent")).isEqualTo(USER_AGENT);
            assertThat(request.headers().getFirst("Accept")).isEqualTo(
                    "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1");
            assertThat(request.headers().getFirst("Accept-Encoding")).isEqualTo("gzip");
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 308})
    void reportsAPermanentRedirectAsTheFeedsNewAddress(int status) {
        server.redirect("/old", status, "/new");
        server.respond("/new", 200, RSS_TYPE, RSS_BYTES);

        Fetched fetched = (Fetched) fetcher.fetch(server.uri("/old"));

        assertThat(fetched.movedTo()).contains(server.uri("/new"));
        assertThat(fetched.finalUrl()).isEqualTo(server.uri("/new"));
        assertThat(fetched.body()).isEqualTo(RSS_BYTES);
    }

    @ParameterizedTest
    @ValueSource(ints = {302, 303, 307})
    void movesNoFeedForATemporaryRedirect(int status) {
        server.redirect("/feed", status, "/today");
        server.respond("/today", 200, RSS_TYPE, RSS_BYTES);

        Fetched fetched = (Fetched) fetcher.fetch(server.uri("/feed"));

        assertThat(fetched.movedTo()).isEmpty();
        assertThat(fetched.finalUrl()).isEqualTo(server.uri("/today"));
    }

    @Test
    void movesTheFeedToTheEndOfTheLeadingPermanentRedirects() {
        server.redirect("/a", 301, "/b");
        server.redirect("/b", 308, "/c");
        server.redirect("/c", 302, "/d");
        server.redirect("/d", 301, "/e");
        server.respond("/e", 200, RSS_TYPE, RSS_BYTES);

        Fetched fetched = (Fetched) fetcher.fetch(server.uri("/a"));

        assertThat(fetched.movedTo()).contains(server.uri("/c"));
        assertThat(fetched.finalUrl()).isEqualTo(server.uri("/e"));
    }

    @Test
    void movesNothingWhenATemporaryRedirectComesFirst() {
        server.redirect("/a", 307, "/b");
        server.redirect("/b", 301, "/c");
        server.respond("/c", 200, RSS_TYPE, RSS_BYTES);

        Fetched fetched = (Fetched) fetcher.fetch(server.uri("/a"));

        assertThat(fetched.movedTo()).isEmpty();
        assertThat(fetched.finalUrl()).isEqualTo(server.uri("/c"));
    }

    @Test
    void reportsTheNewAddressWithNotModified() {
        server.redirect("/old", 301, "/new");
        server.handle("/new", exchange -> TestServer.send(exchange, 304, new byte[0]));

        assertThat(fetcher.fetch(server.uri("/old"), ETAG, null)).isEqualTo(new NotModified(Optional.of(
                server.uri("/new"))));
    }

    @Test
    void reportsAFeedThatIsGone() {
        server.redirect("/feed", 302, "/retired");
        server.respond("/retired", 410, "text/html", "<p>Gone</p>".getBytes(StandardCharsets.UTF_8));

        assertThat(fetcher.fetch(server.uri("/feed"))).isEqualTo(new Gone(server.uri("/retired")));
    }

    @Test
    void reportsAnErrorStatus() {
        assertThat(fetcher.fetch(server.uri("/missing"))).isEqualTo(failed(FetchProblem.HTTP_STATUS, 404));

        server.respond("/broken", 500, "text/html", "<title>Oops</title>".getBytes(StandardCharsets.UTF_8));
        assertThat(fetcher.fetch(server.uri("/broken"))).isEqualTo(failed(FetchProblem.HTTP_STATUS, 500));
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 503})
    void readsRetryAfterInSeconds(int status) {
        server.handle("/busy", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "120");
            TestServer.send(exchange, status, new byte[0]);
        });

        assertThat(fetcher.fetch(server.uri("/busy"))).isEqualTo(
                new Failed(FetchProblem.HTTP_STATUS, OptionalInt.of(status), Optional.of(Duration.ofSeconds(120))));
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 503})
    void readsRetryAfterAsAnHttpDate(int status) {
        server.handle("/busy", exchange -> {
            ZonedDateTime inNinetyMinutes = ZonedDateTime.now(ZoneOffset.UTC).plusMinutes(90);
            exchange.getResponseHeaders().set("Retry-After",
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(inNinetyMinutes));
            TestServer.send(exchange, status, new byte[0]);
        });

        Failed failed = (Failed) fetcher.fetch(server.uri("/busy"));

        assertThat(failed.httpStatus()).hasValue(status);
        // measured from the answer's Date, which has whole seconds only
        assertThat(failed.retryAfter()).hasValueSatisfying(pause ->
                assertThat(pause).isBetween(Duration.ofMinutes(90).minusSeconds(5), Duration.ofMinutes(90)));
    }

    @Test
    void readsNoRetryAfterWithOtherStatuses() {
        server.handle("/down", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "120");
            TestServer.send(exchange, 500, new byte[0]);
        });

        assertThat(fetcher.fetch(server.uri("/down"))).isEqualTo(failed(FetchProblem.HTTP_STATUS, 500));
    }

    @Test
    void stopsARedirectLoop() {
        server.redirect("/a", 301, "/b");
        server.redirect("/b", 302, "/a");

        assertThat(fetcher.fetch(server.uri("/a"))).isEqualTo(failed(FetchProblem.TOO_MANY_REDIRECTS, 302));
        assertThat(server.requests()).hasSize(1 + FeedFetcher.MAX_REDIRECTS);
    }

    @Test
    void followsFiveRedirectsButNotSix() {
        for (int i = 0; i < 6; i++) {
            server.redirect("/hop" + i, 301, "/hop" + (i + 1));
        }
        server.respond("/hop5", 200, RSS_TYPE, RSS_BYTES);

        assertThat(((Fetched) fetcher.fetch(server.uri("/hop0"))).movedTo()).contains(server.uri("/hop5"));
        server.redirect("/hop5", 301, "/hop6");
        server.respond("/hop6", 200, RSS_TYPE, RSS_BYTES);
        assertThat(fetcher.fetch(server.uri("/hop0"))).isEqualTo(failed(FetchProblem.TOO_MANY_REDIRECTS, 301));
    }

    @Test
    void followsNoRedirectToAFileOrAScript() {
        for (String location : List.of("file:///etc/passwd", "javascript:alert(1)", "ftp://127.0.0.1/feed")) {
            server.redirect("/away", 301, location);

            assertThat(fetcher.fetch(server.uri("/away"))).as(location)
                    .isEqualTo(failed(FetchProblem.NOT_A_WEB_ADDRESS, 301));
        }
        assertThat(server.requests()).allSatisfy(request -> assertThat(request.path()).isEqualTo("/away"));
    }

    @Test
    void refusesAnAddressThatIsNoWebAddressWithoutAsking() {
        for (String address : List.of("file:///etc/passwd", "javascript:alert(1)", "feed.xml")) {
            assertThat(fetcher.fetch(URI.create(address))).as(address)
                    .isEqualTo(new Failed(FetchProblem.NOT_A_WEB_ADDRESS, OptionalInt.empty(), Optional.empty()));
        }
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void sendsNoCookies() {
        server.handle("/login", exchange -> {
            exchange.getResponseHeaders().set("Set-Cookie", "session=secret; Path=/");
            exchange.getResponseHeaders().set("Location", "/feed");
            TestServer.send(exchange, 302, new byte[0]);
        });
        server.handle("/feed", exchange -> {
            exchange.getResponseHeaders().set("Set-Cookie", "tracker=1; Path=/");
            exchange.getResponseHeaders().set("Content-Type", RSS_TYPE);
            TestServer.send(exchange, 200, RSS_BYTES);
        });

        for (FeedFetcher each : List.of(fetcher, new FeedFetcher(USER_AGENT))) {
            assertThat(each.fetch(server.uri("/login"))).isInstanceOf(Fetched.class);
            assertThat(each.fetch(server.uri("/feed"))).isInstanceOf(Fetched.class);
        }
        assertThat(server.requests()).hasSize(6)
                .allSatisfy(request -> assertThat(request.headers()).doesNotContainKey("Cookie"));
    }

    @Test
    void refusesAClientThatFollowsRedirectsOrKeepsCookies() {
        HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpClient keeping = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        assertThatThrownBy(() -> new FeedFetcher(following, USER_AGENT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FeedFetcher(keeping, USER_AGENT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FeedFetcher(localClient(), "two\r\nlines"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void passesAWrongMediaTypeThroughWithTheBody() {
        server.respond("/feed", 200, "text/html; charset=ISO-8859-1", RSS_BYTES);
        server.respond("/untyped", 200, null, RSS_BYTES);

        Fetched html = (Fetched) fetcher.fetch(server.uri("/feed"));
        Fetched untyped = (Fetched) fetcher.fetch(server.uri("/untyped"));

        assertThat(html.contentType()).isEqualTo("text/html; charset=ISO-8859-1");
        assertThat(html.body()).isEqualTo(RSS_BYTES);
        assertThat(untyped.contentType()).isEmpty();
        assertThat(untyped.body()).isEqualTo(RSS_BYTES);
    }

    @Test
    void decodesAGzipBody() throws IOException {
        byte[] compressed = gzip(RSS_BYTES);
        server.handle("/feed.gz", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", RSS_TYPE);
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            TestServer.send(exchange, 200, compressed);
        });

        Fetched fetched = (Fetched) fetcher.fetch(server.uri("/feed.gz"));

        assertThat(fetched.body()).isEqualTo(RSS_BYTES);
    }

    @Test
    void reportsABodyInAnEncodingItCannotUndo() throws IOException {
        byte[] compressed = gzip(RSS_BYTES);
        byte[] cutShort = Arrays.copyOf(compressed, compressed.length - 12);
        serveEncoded("/brotli", "br", RSS_BYTES);
        serveEncoded("/cut", "gzip", cutShort);
        serveEncoded("/twice", "gzip, gzip", gzip(compressed));

        for (String path : List.of("/brotli", "/cut", "/twice")) {
            assertThat(fetcher.fetch(server.uri(path))).as(path).isEqualTo(
                    new Failed(FetchProblem.UNREADABLE_ENCODING, OptionalInt.empty(), Optional.empty()));
        }
    }

    @Test
    void takesAnIdentityEncodingAsItIs() {
        serveEncoded("/identity", "identity", RSS_BYTES);

        assertThat(((Fetched) fetcher.fetch(server.uri("/identity"))).body()).isEqualTo(RSS_BYTES);
    }

    /** Each fetch keeps what it learns to itself, though many run on one fetcher at once. */
    @Test
    void fetchesManyFeedsAtOnce() throws Exception {
        int feeds = 8;
        CountDownLatch allAsked = new CountDownLatch(feeds);
        for (int i = 0; i < feeds; i++) {
            String tag = "\"feed-" + i + "\"";
            byte[] body = ("<rss><channel><title>Feed " + i + "</title></channel></rss>")
                    .getBytes(StandardCharsets.UTF_8);
            server.redirect("/old" + i, i % 2 == 0 ? 301 : 302, "/feed" + i);
            server.handle("/feed" + i, exchange -> {
                allAsked.countDown();
                awaitQuietly(allAsked); // every answer waits until all fetches are under way
                exchange.getResponseHeaders().set("ETag", tag);
                exchange.getResponseHeaders().set("Content-Type", RSS_TYPE);
                TestServer.send(exchange, 200, body);
            });
        }
        ExecutorService callers = Executors.newFixedThreadPool(feeds);
        try {
            List<Future<FeedFetchOutcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < feeds; i++) {
                URI feed = server.uri("/old" + i);
                outcomes.add(callers.submit(() -> fetcher.fetch(feed)));
            }
            for (int i = 0; i < feeds; i++) {
                Fetched fetched = (Fetched) outcomes.get(i).get(10, TimeUnit.SECONDS);
                assertThat(fetched.etag()).isEqualTo("\"feed-" + i + "\"");
                assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).contains("Feed " + i + "<");
                assertThat(fetched.finalUrl()).isEqualTo(server.uri("/feed" + i));
                assertThat(fetched.movedTo()).isEqualTo(i % 2 == 0 ? Optional.of(server.uri("/feed" + i))
                        : Optional.empty());
            }
        } finally {
            callers.shutdownNow();
        }
    }

    /** Answers 304 to a request that names this feed's ETag, else the feed with its ETag and Last-Modified. */
    private void serveFeedWithValidators(String path) {
        server.handle(path, exchange -> {
            if (ETAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                TestServer.send(exchange, 304, new byte[0]);
                return;
            }
            exchange.getResponseHeaders().set("ETag", ETAG);
            exchange.getResponseHeaders().set("Last-Modified", LAST_MODIFIED);
            exchange.getResponseHeaders().set("Content-Type", RSS_TYPE);
            TestServer.send(exchange, 200, RSS_BYTES);
        });
    }

    private void serveEncoded(String path, String encoding, byte[] body) {
        server.handle(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", RSS_TYPE);
            exchange.getResponseHeaders().set("Content-Encoding", encoding);
            TestServer.send(exchange, 200, body);
        });
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
            out.write(bytes);
        }
        return compressed.toByteArray();
    }

    static Failed failed(FetchProblem problem, int status) {
        return new Failed(problem, OptionalInt.of(status), Optional.empty());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
