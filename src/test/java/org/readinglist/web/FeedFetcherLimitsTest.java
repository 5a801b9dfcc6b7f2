package org.readinglist.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readinglist.web.FeedFetcherTest.USER_AGENT;
import static org.readinglist.web.PageFetcherTest.localClient;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readinglist.web.FeedFetchOutcome.Failed;
import org.readinglist.web.FeedFetchOutcome.Fetched;

/** What a feed fetch does with servers that are slow, huge, gone or untrusted, and with gzip that inflates forever. */
class FeedFetcherLimitsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    private static final int MB = 1024 * 1024;

    private TestServer server;
    private FeedFetcher fetcher;

    @BeforeEach
    void startServer() throws IOException {
        server = TestServer.http();
        fetcher = new FeedFetcher(localClient(), USER_AGENT, TIMEOUT);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void waitsTenSecondsUnlessToldOtherwise() {
        assertThat(FeedFetcher.DEFAULT_TIMEOUT).isEqualTo(Duration.ofSeconds(10));
        assertThat(new FeedFetcher(localClient(), USER_AGENT).timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(new FeedFetcher(USER_AGENT).timeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void givesUpOnAServerThatAnswersAfterFifteenSeconds() throws Exception {
        try (SlowServer slow = SlowServer.answeringAfter(Duration.ofSeconds(15))) {
            long start = System.nanoTime();
            FeedFetchOutcome outcome = fetcher.fetch(slow.uri("/feed"));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(outcome).isEqualTo(failed(FetchProblem.TIMED_OUT));
            assertThat(took).isBetween(TIMEOUT.minusMillis(50), TIMEOUT.plusMillis(1500));
            assertThat(slow.awaitEnd(1, Duration.ofSeconds(10))).isEqualTo(SlowServer.End.CLIENT_HUNG_UP);
        }
    }

    @Test
    void givesUpOnAFeedThatTricklesIn() {
        server.handle("/trickle", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("<rss>".getBytes(StandardCharsets.UTF_8));
                for (int i = 0; i < 50; i++) {
                    out.write(' ');
                    out.flush();
                    sleep(Duration.ofMillis(100));
                }
            }
        });

        long start = System.nanoTime();
        FeedFetchOutcome outcome = fetcher.fetch(server.uri("/trickle"));

        assertThat(outcome).isEqualTo(failed(FetchProblem.TIMED_OUT));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT.plusMillis(1500));
    }

    @Test
    void stopsReadingAFiftyMegabyteFeed() {
        AtomicLong written = new AtomicLong();
        CountDownLatch done = new CountDownLatch(1);
        server.handle("/huge", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, 0); // chunked: the length is not announced
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("<rss>".getBytes(StandardCharsets.UTF_8));
                while (written.get() < 50L * MB) {
                    out.write(chunk);
                    written.addAndGet(chunk.length);
                }
            } catch (IOException e) {
                // the fetcher hung up, as it should
            } finally {
                done.countDown();
            }
        });

        long start = System.nanoTime();
        FeedFetchOutcome outcome = new FeedFetcher(localClient(), USER_AGENT).fetch(server.uri("/huge"));

        assertThat(outcome).isEqualTo(failed(FetchProblem.TOO_LARGE));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        awaitQuietly(done);
        assertThat(written.get()).isLessThan(25L * MB);
    }

    @Test
    void readsNoBodyAnnouncedAsLargerThanTenMegabytes() {
        server.handle("/announced", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, 50L * MB);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(new byte[1024]);
                out.flush();
                sleep(Duration.ofSeconds(3)); // a fetcher that waited for the body would time out
            }
        });

        long start = System.nanoTime();
        FeedFetchOutcome outcome = fetcher.fetch(server.uri("/announced"));

        assertThat(outcome).isEqualTo(failed(FetchProblem.TOO_LARGE));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT.dividedBy(2));
    }

    @Test
    void readsAFeedOfExactlyTenMegabytesButNotOneByteMore() {
        byte[] feed = new byte[FeedFetcher.MAX_BODY_BYTES];
        Arrays.fill(feed, (byte) ' ');
        server.respond("/fits", 200, "application/rss+xml", feed);
        byte[] bigger = Arrays.copyOf(feed, feed.length + 1);
        server.handle("/bigger", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bigger);
            }
        });
        FeedFetcher patient = new FeedFetcher(localClient(), USER_AGENT);

        assertThat(((Fetched) patient.fetch(server.uri("/fits"))).body()).hasSize(10 * MB);
        assertThat(patient.fetch(server.uri("/bigger"))).isEqualTo(failed(FetchProblem.TOO_LARGE));
    }

    /**
     * A few hundred kilobytes that inflate to 200 MB: decoding stops at the cap, and the fetching thread allocates
     * about as much as the cap, not as much as the bomb.
     */
    @Test
    void stopsAGzipBombAtTheCap() throws IOException {
        byte[] bomb = gzipOfZeros(200L * MB);
        byte[] fits = gzipOfZeros(FeedFetcher.MAX_BODY_BYTES);
        serveGzip("/bomb", bomb);
        serveGzip("/fits", fits);
        FeedFetcher patient = new FeedFetcher(localClient(), USER_AGENT);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();

        long allocatedBefore = threads.getThreadAllocatedBytes(thread);
        long start = System.nanoTime();
        FeedFetchOutcome outcome = patient.fetch(server.uri("/bomb"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;

        assertThat(bomb.length).isLessThan(MB);
        assertThat(outcome).isEqualTo(failed(FetchProblem.TOO_LARGE));
        assertThat(took).isLessThan(Duration.ofSeconds(5));
        assertThat(allocated).isLessThan(4L * FeedFetcher.MAX_BODY_BYTES);
        assertThat(((Fetched) patient.fetch(server.uri("/fits"))).body()).hasSize(FeedFetcher.MAX_BODY_BYTES);
    }

    @Test
    void reportsAServerThatIsNotThereAsUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        FeedFetchOutcome outcome = fetcher.fetch(URI.create("http://127.0.0.1:" + closedPort + "/feed"));

        assertThat(outcome).isEqualTo(failed(FetchProblem.UNREACHABLE));
    }

    @Test
    void reportsAnUntrustedCertificate() throws Exception {
        try (TestServer https = TestServer.httpsWithSelfSignedCertificate()) {
            https.respond("/feed", 200, "application/rss+xml", "<rss/>".getBytes(StandardCharsets.UTF_8));

            assertThat(fetcher.fetch(https.uri("/feed"))).isEqualTo(failed(FetchProblem.CERTIFICATE));
        }
    }

    @Test
    void sendsNothingWhenInterruptedBeforehand() {
        RecordingClient client = new RecordingClient(localClient());
        Thread.currentThread().interrupt();
        try {
            FeedFetchOutcome outcome = new FeedFetcher(client, USER_AGENT).fetch(server.uri("/feed"));

            assertThat(outcome).isEqualTo(failed(FetchProblem.INTERRUPTED));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
            assertThat(client.sent()).isEmpty();
        } finally {
            Thread.interrupted();
        }
    }

    private void serveGzip(String path, byte[] body) {
        server.handle(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            TestServer.send(exchange, 200, body);
        });
    }

    private static byte[] gzipOfZeros(long length) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] zeros = new byte[MB];
        try (GZIPOutputStream out = new GZIPOutputStream(compressed, 64 * 1024)) {
            for (long left = length; left > 0; left -= zeros.length) {
                out.write(zeros, 0, (int) Math.min(left, zeros.length));
            }
        }
        return compressed.toByteArray();
    }

    private static Failed failed(FetchProblem problem) {
        return new Failed(problem, OptionalInt.empty(), Optional.empty());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the server is stopping
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
