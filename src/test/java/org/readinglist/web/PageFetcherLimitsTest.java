package org.readinglist.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readinglist.web.PageFetcherTest.USER_AGENT;
import static org.readinglist.web.PageFetcherTest.localClient;
import static org.readinglist.web.PageFetcherTest.metadata;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readinglist.web.FetchOutcome.Failed;

/** What a fetch does with servers that are slow, huge, gone, untrusted, and with a thread that is interrupted. */
class PageFetcherLimitsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    private static final int MB = 1024 * 1024;

    private TestServer server;
    private PageFetcher fetcher;
    private final ExecutorService callers = Executors.newSingleThreadExecutor();

    @BeforeEach
    void startServer() throws IOException {
        server = TestServer.http();
        fetcher = new PageFetcher(localClient(), USER_AGENT, TIMEOUT);
    }

    @AfterEach
    void stopServer() {
        server.close();
        callers.shutdownNow();
    }

    @Test
    void waitsTenSecondsUnlessToldOtherwise() {
        assertThat(PageFetcher.DEFAULT_TIMEOUT).isEqualTo(Duration.ofSeconds(10));
        assertThat(new PageFetcher(localClient(), USER_AGENT).timeout()).isEqualTo(PageFetcher.DEFAULT_TIMEOUT);
        assertThat(new PageFetcher(USER_AGENT).timeout()).isEqualTo(PageFetcher.DEFAULT_TIMEOUT);
    }

    @Test
    void givesUpOnAServerThatDoesNotAnswerInTime() {
        server.handle("/slow", exchange -> {
            sleep(Duration.ofSeconds(3));
            TestServer.send(exchange, 200, "<title>Late</title>".getBytes(StandardCharsets.UTF_8));
        });

        assertTimedOutInAboutOneSecond(server.uri("/slow"));
    }

    @Test
    void givesUpOnABodyThatTricklesIn() {
        server.handle("/trickle", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("<title>Trickle</title>".getBytes(StandardCharsets.UTF_8));
                for (int i = 0; i < 50; i++) {
                    out.write(' ');
                    out.flush();
                    sleep(Duration.ofMillis(100));
                }
            }
        });

        assertTimedOutInAboutOneSecond(server.uri("/trickle"));
    }

    @Test
    void theTimeCoversAllRedirectsTogether() {
        for (int i = 0; i < 3; i++) {
            int hop = i;
            server.handle("/hop" + hop, exchange -> {
                sleep(Duration.ofMillis(400));
                exchange.getResponseHeaders().set("Location", "/hop" + (hop + 1));
                TestServer.send(exchange, 302, new byte[0]);
            });
        }
        server.html("/hop3", "<title>Reached too late</title>");

        assertTimedOutInAboutOneSecond(server.uri("/hop0"));
    }

    @Test
    void stopsReadingAStreamedBodyLargerThanFiveMegabytes() {
        AtomicLong written = new AtomicLong();
        CountDownLatch done = new CountDownLatch(1);
        server.handle("/huge", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0); // chunked: the length is not announced
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'a');
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("<title>Huge</title><p>".getBytes(StandardCharsets.UTF_8));
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
        FetchOutcome outcome = new PageFetcher(localClient(), USER_AGENT).fetch(server.uri("/huge"));

        assertThat(outcome).isEqualTo(new Failed(FetchProblem.TOO_LARGE, OptionalInt.empty()));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        awaitQuietly(done);
        assertThat(written.get()).isLessThan(20L * MB);
    }

    @Test
    void readsNoBodyAnnouncedAsLargerThanFiveMegabytes() {
        server.handle("/announced", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 50L * MB);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(new byte[1024]);
                out.flush();
                sleep(Duration.ofSeconds(3)); // a fetcher that waited for the body would time out
            }
        });

        long start = System.nanoTime();
        FetchOutcome outcome = fetcher.fetch(server.uri("/announced"));

        assertThat(outcome).isEqualTo(new Failed(FetchProblem.TOO_LARGE, OptionalInt.empty()));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT.dividedBy(2));
    }

    @Test
    void readsABodyOfExactlyFiveMegabytes() {
        byte[] page = new byte[PageFetcher.MAX_BODY_BYTES];
        Arrays.fill(page, (byte) ' ');
        byte[] title = "<title>Just fits</title>".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(title, 0, page, 0, title.length);
        server.respond("/fits", 200, "text/html", page);
        byte[] bigger = Arrays.copyOf(page, page.length + 1);
        bigger[page.length] = ' ';
        server.handle("/bigger", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bigger);
            }
        });

        assertThat(metadata(fetcher.fetch(server.uri("/fits"))).title()).contains("Just fits");
        assertThat(fetcher.fetch(server.uri("/bigger")))
                .isEqualTo(new Failed(FetchProblem.TOO_LARGE, OptionalInt.empty()));
    }

    @Test
    void reportsAServerThatIsNotThereAsUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        FetchOutcome outcome = fetcher.fetch(URI.create("http://127.0.0.1:" + closedPort + "/page"));

        assertThat(outcome).isEqualTo(new Failed(FetchProblem.UNREACHABLE, OptionalInt.empty()));
    }

    @Test
    void reportsAConnectionThatBreaksOffAsUnreachable() {
        server.handle("/reset", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 1000);
            exchange.getResponseBody().write("<title>Cut".getBytes(StandardCharsets.UTF_8));
            exchange.close(); // 990 bytes short of what was announced
        });

        assertThat(fetcher.fetch(server.uri("/reset")))
                .isEqualTo(new Failed(FetchProblem.UNREACHABLE, OptionalInt.empty()));
    }

    @Test
    void reportsAnUntrustedCertificate() throws Exception {
        try (TestServer https = TestServer.httpsWithSelfSignedCertificate()) {
            https.html("/secure", "<title>Secure</title>");

            FetchOutcome outcome = fetcher.fetch(https.uri("/secure"));

            assertThat(outcome).isEqualTo(new Failed(FetchProblem.CERTIFICATE, OptionalInt.empty()));
        }
    }

    @Test
    void sendsNothingWhenInterruptedBeforehand() {
        server.html("/page", "<title>Page</title>");
        RecordingClient client = new RecordingClient(localClient());
        Thread.currentThread().interrupt();
        try {
            FetchOutcome outcome = new PageFetcher(client, USER_AGENT).fetch(server.uri("/page"));

            assertThat(outcome).isEqualTo(new Failed(FetchProblem.INTERRUPTED, OptionalInt.empty()));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
            assertThat(client.sent()).isEmpty();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void stopsWaitingWhenInterrupted() throws Exception {
        CountDownLatch asked = new CountDownLatch(1);
        server.handle("/slow", exchange -> {
            asked.countDown();
            sleep(Duration.ofSeconds(5));
        });
        PageFetcher patient = new PageFetcher(localClient(), USER_AGENT, Duration.ofSeconds(30));
        Future<Object[]> fetching = callers.submit(() -> {
            FetchOutcome outcome = patient.fetch(server.uri("/slow"));
            return new Object[] {outcome, Thread.currentThread().isInterrupted()};
        });
        assertThat(asked.await(5, TimeUnit.SECONDS)).isTrue();

        long start = System.nanoTime();
        callers.shutdownNow(); // interrupts the fetching thread
        Object[] result = fetching.get(5, TimeUnit.SECONDS);

        assertThat(result[0]).isEqualTo(new Failed(FetchProblem.INTERRUPTED, OptionalInt.empty()));
        assertThat(result[1]).isEqualTo(true);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    /** Not only the waiting stops: the request ends, so a cancelled fetch leaves nothing open on the server. */
    @Test
    void anInterruptedFetchClosesItsConnection() throws Exception {
        try (SlowServer slow = SlowServer.answeringAfter(Duration.ofSeconds(20))) {
            PageFetcher patient = new PageFetcher(localClient(), USER_AGENT, Duration.ofMinutes(2));
            Future<FetchOutcome> fetching = callers.submit(() -> patient.fetch(slow.uri("/slow")));
            assertThat(slow.awaitRequests(1, Duration.ofSeconds(30))).isTrue();

            fetching.cancel(true); // interrupts the fetching thread

            assertThat(slow.awaitEnd(1, Duration.ofSeconds(60))).isEqualTo(SlowServer.End.CLIENT_HUNG_UP);
        }
    }

    private void assertTimedOutInAboutOneSecond(URI uri) {
        long start = System.nanoTime();
        FetchOutcome outcome = fetcher.fetch(uri);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(outcome).isEqualTo(new Failed(FetchProblem.TIMED_OUT, OptionalInt.empty()));
        assertThat(took).isBetween(TIMEOUT.minusMillis(50), TIMEOUT.plusMillis(1500));
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
