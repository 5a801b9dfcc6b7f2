package org.readinglist.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import org.readinglist.ui.state.ReadingListState;

/**
 * {@code --smoke-test}: waits until the articles are on screen, prints one line such as
 * {@code ok: 19 articles, first frame 612 ms} (time since the process started) and exits. With
 * {@code --settle-seconds N} it then waits until the list's search index and column orders are built (a long list
 * builds them in the background after its first frame), waits N seconds more and prints the resident memory.
 * Installers' checks and the start-up benchmark read these lines.
 */
final class SmokeTest {

    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(60);

    private final ReadingListState state;
    private final Scene scene;
    private final int settleSeconds;
    private final PrintStream out;
    private boolean reported;
    private PauseTransition watchdog;

    SmokeTest(ReadingListState state, Scene scene, int settleSeconds, PrintStream out) {
        this.state = state;
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
        long millis = processAge().orElse(-1L);
        out.println("ok: " + state.articleCount() + " articles, first frame " + millis + " ms");
        if (settleSeconds <= 0) {
            finish(null, 0);
            return;
        }
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
        PauseTransition settle = new PauseTransition(javafx.util.Duration.seconds(settleSeconds));
        settle.setOnFinished(event -> finish("rss: " + residentMegabytes().map(mb -> mb + " MB").orElse("unknown")
                + " after " + settleSeconds + " s", 0));
        settle.play();
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
