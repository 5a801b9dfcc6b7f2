package org.readinglist.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import org.readinglist.feeds.FeedDocument;
import org.readinglist.feeds.FeedParseException;
import org.readinglist.feeds.FeedParser;
import org.readinglist.feeds.FeedSubscription;
import org.readinglist.feeds.OpmlDocuments;
import org.readinglist.ui.state.ReadingListState;

/**
 * {@code --smoke-test}: waits until the articles are on screen, prints one line such as
 * {@code ok: 19 articles, first frame 612 ms (cpu 0.95 s)} (time since the process started, and the processor
 * time the process used until then) and exits. With
 * {@code --settle-seconds N} it then waits until the list's search index and column orders are built (a long list
 * builds them in the background after its first frame) and prints when that was ({@code indexed: 840 ms after the
 * first frame}), the processor time the process used in the N seconds after the first frame
 * ({@code cpu: 0.42 s in 5 s after the first frame}), then waits N seconds after the index and prints the resident
 * memory. Last, off the FX thread, it reads a small feed and a subscription list shipped in the app, and prints
 * {@code feeds: read 2 entries and 1 subscription}: in an installed runtime that proves Rome and rome-opml load their
 * parsers and modules (plugins named in properties files, classes made by reflection) from named modules. A failure
 * there prints {@code feeds: error: …} and exits with status 3. Installers' checks and the start-up benchmark read
 * these lines.
 */
final class SmokeTest {

    /** Long enough for the import of a million articles on a busy machine. */
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(5);
    /** Reading two entries takes well under a second; a hang in the feed check must not hang the test. */
    private static final Duration FEEDS_GIVE_UP_AFTER = Duration.ofMinutes(1);
    private static final String SHIPPED_FEED = "smoke-test-feed.xml";
    private static final String SHIPPED_SUBSCRIPTIONS = "smoke-test-subscriptions.opml";

    private final ReadingListState state;
    private final Scene scene;
    private final int settleSeconds;
    private final PrintStream out;
    private final Milestones milestones;
    private boolean reported;
    private PauseTransition watchdog;
    private long firstFrameNanos;
    private int pendingLines;

    SmokeTest(ReadingListState state, Scene scene, int settleSeconds, Milestones milestones, PrintStream out) {
        this.state = state;
        this.milestones = milestones;
        this.scene = scene;
        this.settleSeconds = settleSeconds;
        this.out = out;
    }

    void start() {
        watchdog = new PauseTransition(javafx.util.Duration.millis(GIVE_UP_AFTER.toMillis()));
        watchdog.setOnFinished(event -> finish("error: no articles shown after " + GIVE_UP_AFTER.toSeconds() + " s",
                2));
        watchdog.play();
        if (!state.loadingProperty().get()) {
            afterLoading();
        } else {
            state.loadingProperty().addListener((obs, was, loading) -> {
                if (!loading) {
                    afterLoading();
                }
            });
        }
    }

    private void afterLoading() {
        if (state.articleCount() == 0) {
            finish("error: no articles loaded", 1);
            return;
        }
        if (state.queryingProperty().get()) {
            // a long list's first result comes from the background
            state.queryingProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> obs, Boolean was,
                                    Boolean now) {
                    if (!now) {
                        state.queryingProperty().removeListener(this);
                        afterLoading();
                    }
                }
            });
            return;
        }
        // the rows are laid out in the next pulse; the frame is on screen once that pulse is over
        Runnable onPulse = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(SmokeTest.this::firstFrame);
            }
        };
        scene.addPostLayoutPulseListener(onPulse);
        Platform.requestNextPulse();
    }

    private void firstFrame() {
        if (reported) {
            return;
        }
        reported = true;
        watchdog.stop();
        long nowNanos = System.nanoTime();
        long millis = processAge().orElse(-1L);
        // the processor time to get there too: on a busy machine it varies far less than the time on the clock
        out.println("ok: " + state.articleCount() + " articles, first frame " + millis + " ms"
                + cpuMillis().map(cpu -> String.format(java.util.Locale.ROOT, " (cpu %.2f s)", cpu / 1000.0))
                        .orElse(""));
        // where the time went: the start-up thread's steps and the window's, as the process's age
        out.println("steps: " + milestones.describe(millis, nowNanos));
        if (settleSeconds <= 0) {
            checkFeedsThenFinish();
            return;
        }
        firstFrameNanos = System.nanoTime();
        pendingLines = 2;
        Optional<Long> cpuAtFirstFrame = cpuMillis();
        PauseTransition cpuWindow = new PauseTransition(javafx.util.Duration.seconds(settleSeconds));
        cpuWindow.setOnFinished(event -> settled("cpu: " + cpuMillis().flatMap(now -> cpuAtFirstFrame
                .map(then -> String.format(java.util.Locale.ROOT, "%.2f s", (now - then) / 1000.0)))
                .orElse("unknown") + " in " + settleSeconds + " s after the first frame"));
        cpuWindow.play();
        if (state.indexedProperty().get()) {
            settle();
        } else {
            state.indexedProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                    if (now) {
                        state.indexedProperty().removeListener(this);
                        settle();
                    }
                }
            });
        }
    }

    private void settle() {
        out.println("indexed: " + (System.nanoTime() - firstFrameNanos) / 1_000_000 + " ms after the first frame");
        PauseTransition settle = new PauseTransition(javafx.util.Duration.seconds(settleSeconds));
        settle.setOnFinished(event -> settled("rss: " + residentMegabytes().map(mb -> mb + " MB")
                .orElse("unknown") + " after " + settleSeconds + " s"));
        settle.play();
    }

    /** Prints one of the lines that follow the first frame; the last one ends the test. */
    private void settled(String line) {
        out.println(line);
        if (--pendingLines == 0) {
            checkFeedsThenFinish();
        }
    }

    /**
     * Reads the shipped feed and subscription list on a thread of its own, after every other line, so that no figure
     * above includes it, then prints what it read and ends the test.
     */
    private void checkFeedsThenFinish() {
        CompletableFuture.supplyAsync(SmokeTest::readShippedFeeds, task -> {
            Thread thread = new Thread(task, "smoke-test-feeds");
            thread.setDaemon(true);
            thread.start();
        }).orTimeout(FEEDS_GIVE_UP_AFTER.toSeconds(), TimeUnit.SECONDS).whenComplete((line, problem) ->
                Platform.runLater(() -> {
                    if (problem == null) {
                        finish(line, 0);
                    } else {
                        Throwable cause = problem instanceof CompletionException ? problem.getCause() : problem;
                        Throwable root = cause;
                        while (root.getCause() != null && root.getCause() != root) {
                            root = root.getCause();
                        }
                        finish("feeds: error: " + cause + (root == cause ? "" : ", caused by " + root), 3);
                    }
                }));
    }

    /** The line for the shipped feed and list; throws when either is not read as it is written. */
    static String readShippedFeeds() {
        try {
            FeedDocument feed = FeedParser.parse(resource(SHIPPED_FEED), "application/rss+xml",
                    URI.create("https://smoke-test.invalid/feed"));
            // the creators come from Rome's Dublin Core module, the minutes from its content module
            boolean modulesRead = feed.items().stream()
                    .allMatch(item -> !item.authors().isEmpty() && item.readMinutes() > 0 && item.published() != null);
            if (!modulesRead) {
                throw new IllegalStateException("the feed's modules were not read: " + feed.items());
            }
            List<FeedSubscription> subscriptions = OpmlDocuments.read(resource(SHIPPED_SUBSCRIPTIONS));
            return "feeds: read " + feed.items().size() + " entries and " + subscriptions.size() + " subscription"
                    + (subscriptions.size() == 1 ? "" : "s");
        } catch (FeedParseException e) {
            throw new IllegalStateException(e.kind() + " " + e.getMessage(), e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = SmokeTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not in the app");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void finish(String line, int status) {
        if (line != null) {
            out.println(line);
        }
        out.flush();
        Platform.exit();
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Milliseconds since the process started. On Linux from /proc (10 ms steps); elsewhere from the process start
     * time, which some platforms round to whole seconds.
     */
    static Optional<Long> processAge() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // fields after the command name, which is in parentheses and may contain spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[19]);
            double uptimeSeconds = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return Optional.of(Math.round(uptimeSeconds * 1000 - startTicks * 10.0));
        } catch (IOException | RuntimeException e) {
            return ProcessHandle.current().info().startInstant()
                    .map(start -> Duration.between(start, Instant.now()).toMillis());
        }
    }

    /** Processor time of the whole process, every thread, user and system (Linux, 10 ms steps); elsewhere unknown. */
    static Optional<Long> cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime and stime, fields 14 and 15 of the line, in clock ticks of 10 ms
            return Optional.of((Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** VmRSS from /proc (Linux); elsewhere unknown. */
    static Optional<Long> residentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    long kilobytes = Long.parseLong(line.replaceAll("\\D+", ""));
                    return Optional.of(kilobytes / 1024);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
