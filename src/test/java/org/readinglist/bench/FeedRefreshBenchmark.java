package org.readinglist.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.readinglist.app.AppContext;
import org.readinglist.app.AppOptions;
import org.readinglist.feeds.Subscription;
import org.readinglist.persistence.library.LibraryStore;
import org.readinglist.ui.state.ReadingListState;
import org.readinglist.ui.util.FxTaskExecutor;
import org.readinglist.web.UrlNormalizer;

/**
 * A refresh of many feeds into a long list, in the real window: FEEDS feeds of ITEMS new entries each, served on
 * 127.0.0.1, refreshed as F5 does. Prints the longest time the JavaFX thread was busy while they arrived (a probe
 * posted to it every millisecond measures how long it waited), and the time from the server's last answer to the
 * new articles listed.
 *
 * <pre>java -cp target/classes:target/test-classes:CLASSPATH org.readinglist.bench.FeedRefreshBenchmark \
 *     ARTICLES_FILE DATA_DIR FEEDS ITEMS</pre>
 *
 * The first run on a data folder imports the articles file; every run follows FEEDS new feeds with new entries.
 */
public final class FeedRefreshBenchmark {

    private static final long TIMEOUT_SECONDS = 300;

    private FeedRefreshBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path articles = Path.of(args[0]);
        Path dataDir = Path.of(args[1]);
        int feeds = Integer.parseInt(args[2]);
        int items = Integer.parseInt(args[3]);
        String run = Long.toString(System.currentTimeMillis(), 36);
        AtomicLong lastAnswer = new AtomicLong();
        AtomicInteger answers = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService serving = Executors.newFixedThreadPool(4);
        server.setExecutor(serving);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            int feed = Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
            byte[] body = rss(run, feed, items).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            lastAnswer.set(System.nanoTime());
            answers.incrementAndGet();
        });
        server.start();

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CompletableFuture<AppContext> opened = new CompletableFuture<>();
        Platform.runLater(() -> {
            AppContext context = new AppContext(dataDir, AppContext.readPreferences(dataDir), new FxTaskExecutor(),
                    address -> { }, Locale.US, ZoneOffset.UTC, Clock.systemUTC());
            Stage stage = new Stage();
            stage.setScene(new Scene(context.createMainView(), 1280, 800));
            stage.show();
            context.start(AppOptions.parse(List.of("--articles", articles.toString()), context.messages()));
            opened.complete(context);
        });
        AppContext context = opened.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        ReadingListState state = context.state();
        waitFor(() -> onFx(() -> !state.loadingProperty().get() && state.indexedProperty().get()));
        int before = onFx(state::articleCount);

        // another connection to the same library follows the feeds, as a second instance would
        try (LibraryStore library = new LibraryStore(dataDir, Clock.systemUTC(), UrlNormalizer::key)) {
            library.read(List.of());
            for (Subscription feed : library.subscriptions()) {
                library.pauseSubscription(feed.id(), true);
            }
            for (int feed = 0; feed < feeds; feed++) {
                library.subscribe("http://127.0.0.1:" + server.getAddress().getPort() + "/" + run + "/" + feed,
                        "Bench feed " + feed, "Bench " + feed, null, List.of());
            }
        }
        Thread.sleep(1_000);

        AtomicLong longestWait = new AtomicLong();
        AtomicInteger over16 = new AtomicInteger();
        AtomicLong shownAt = new AtomicLong();
        int expected = before + feeds * items;
        Thread probe = new Thread(() -> {
            while (shownAt.get() == 0) {
                long posted = System.nanoTime();
                CountDownLatch ran = new CountDownLatch(1);
                Platform.runLater(() -> {
                    long waited = System.nanoTime() - posted;
                    longestWait.accumulateAndGet(waited, Math::max);
                    if (waited > 16_000_000L) {
                        over16.incrementAndGet();
                    }
                    if (shownAt.get() == 0 && state.articleCount() >= expected) {
                        shownAt.set(System.nanoTime());
                    }
                    ran.countDown();
                });
                try {
                    ran.await();
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-probe");
        long startedAt = System.nanoTime();
        Platform.runLater(() -> context.refreshFeeds(true));
        probe.start();
        probe.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
        if (shownAt.get() == 0) {
            System.out.println("error: the new articles were not listed within " + TIMEOUT_SECONDS + " s");
        } else {
            System.out.printf(Locale.ROOT, "library %d articles, %d feeds of %d new entries (%d answers)%n", before,
                    feeds, items, answers.get());
            System.out.printf(Locale.ROOT, "refresh asked -> last answer: %d ms%n",
                    (lastAnswer.get() - startedAt) / 1_000_000);
            System.out.printf(Locale.ROOT, "last answer -> %d articles listed: %d ms%n", expected,
                    (shownAt.get() - lastAnswer.get()) / 1_000_000);
            System.out.printf(Locale.ROOT, "longest JavaFX wait meanwhile: %.1f ms; waits over 16 ms: %d%n",
                    longestWait.get() / 1e6, over16.get());
        }
        server.stop(0);
        serving.shutdownNow();
        Platform.runLater(context::close);
        Thread.sleep(500);
        Platform.exit();
        System.exit(shownAt.get() == 0 ? 1 : 0);
    }

    private static String rss(String run, int feed, int items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Bench feed " + feed
                + "</title><link>https://bench.example.org/</link><description>d</description>\n");
        for (int i = 0; i < items; i++) {
            String id = run + "-" + feed + "-" + i;
            xml.append("<item><title>Bench post ").append(id).append("</title><link>https://bench.example.org/")
                    .append(id).append("</link><guid isPermaLink=\"false\">").append(id).append("</guid>")
                    .append("<dc:creator>Bench Author ").append(i % 7).append("</dc:creator>")
                    .append("<pubDate>Tue, 02 Jun 2026 10:00:00 GMT</pubDate>")
                    .append("<category>bench</category><category>topic-").append(i % 13).append("</category>")
                    .append("<description>Entry ").append(id).append(" of a refresh benchmark.</description></item>\n");
        }
        return xml.append("</channel></rss>\n").toString();
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void waitFor(Check check) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(20);
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
