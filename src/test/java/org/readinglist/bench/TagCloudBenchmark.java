package org.readinglist.bench;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.readinglist.app.AppContext;
import org.readinglist.app.AppOptions;
import org.readinglist.i18n.Messages;
import org.readinglist.ui.CurrentThreadTaskExecutor;
import org.readinglist.ui.ManyTags;
import org.readinglist.ui.TestStates;
import org.readinglist.ui.state.ReadingListState;
import org.readinglist.ui.tags.TagCloudViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Times the tag cloud of the main window with 5,000 distinct tags (1,000 articles) on the JavaFX thread, as
 * wall-clock time and as the FX thread's CPU time (which other busy processes on the machine do not inflate). Each
 * figure is the change plus the CSS and layout passes of the pulse after it. Not part of the build; run it with
 * {@code mvn -o test -Dtest=TagCloudBenchmark} ({@code -Dbench.rounds=N} windows, half of them to warm up).
 */
@ExtendWith(ApplicationExtension.class)
class TagCloudBenchmark {

    private static final int TAGS = 5_000;
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 20);
    private static final String[] WORDS = {"stream", "cache-r", "edge", "token-sync-3", "policy-de", "qz"};
    private static final double FRAME_MILLIS = 16;
    private static final CpuClock CPU = new CpuClock();

    private final Timings viewModels = new Timings();
    private final Timings opens = new Timings();
    private final Timings keystrokes = new Timings();
    private final Timings showMores = new Timings();

    @Test
    void openingTypingAndShowingMore(FxRobot robot) throws Exception {
        Path articles = ManyTags.write(Files.createTempFile("many-tags", ".json"), 1_000, TAGS);
        Path data = Files.createTempDirectory("bench-data");
        int[] nodes = new int[2];
        for (int round = 0; round < ROUNDS; round++) {
            boolean warmingUp = round < ROUNDS / 2;
            ReadingListState state = new TestStates().loaded(articles).state;
            robot.interact(() -> (warmingUp ? new Timings() : viewModels).time(
                    () -> new TagCloudViewModel(state, Messages.of(Locale.US))));
            AppContext context = new AppContext(data, AppContext.readPreferences(data),
                new CurrentThreadTaskExecutor(), uri -> { }, Locale.US,
                    ZoneOffset.UTC, Clock.systemUTC());
            Stage stage = WaitForAsyncUtils.asyncFx(() -> {
                Stage window = new Stage();
                Scene scene = new Scene(context.createMainView(), 1280, 800);
                window.setScene(scene);
                window.show();
                context.start(AppOptions.parse(List.of("--articles", articles.toString()), context.messages()));
                return window;
            }).get(10, TimeUnit.SECONDS);
            Scene scene = stage.getScene();
            TextField field = (TextField) scene.lookup("#filterField");
            // opening: from an empty cloud (nothing matches) to the cloud of the most frequent tags
            pulse(robot, scene, () -> field.setText("nothing matches this"), new Timings());
            for (int settle = 0; settle < 5; settle++) { // the table lays itself out over a few pulses
                pulse(robot, scene, () -> { }, new Timings());
            }
            pulse(robot, scene, field::clear, warmingUp ? new Timings() : opens);
            nodes[0] = scene.getRoot().lookupAll(".tag").size();
            for (String word : WORDS) {
                for (char typed : word.toCharArray()) {
                    pulse(robot, scene, () -> field.appendText(String.valueOf(typed)),
                            warmingUp ? new Timings() : keystrokes);
                }
                for (int i = 0; i < word.length(); i++) {
                    pulse(robot, scene, field::deletePreviousChar, warmingUp ? new Timings() : keystrokes);
                }
            }
            Button showMore = (Button) scene.lookup("#showMoreButton");
            while (showMore.isVisible()) {
                pulse(robot, scene, showMore::fire, warmingUp ? new Timings() : showMores);
            }
            nodes[1] = scene.getRoot().lookupAll(".tag").size();
            robot.interact(() -> {
                stage.close();
                context.close();
            });
        }
        System.out.printf("%d tags on 1,000 articles in the main window (1280x800); %d windows after %d to warm up%n",
                TAGS, ROUNDS - ROUNDS / 2, ROUNDS / 2);
        System.out.printf("view model on the loaded list (prepare + first rebuild):%n  %s%n", viewModels);
        System.out.printf("open the cloud (empty to %d tags: rebuild, new buttons, CSS and layout pulse):%n  %s%n",
                nodes[0], opens);
        System.out.printf("keystroke in the filter (typing and erasing %s):%n  %s%n",
                String.join(", ", WORDS), keystrokes);
        System.out.printf("\"show more\" click (up to %d tags):%n  %s%n", nodes[1], showMores);
    }

    /**
     * Makes the change on the FX thread and times it together with the CSS and layout passes of the next pulse
     * (the idle wait for that pulse is not counted; rendering is not included).
     */
    private static void pulse(FxRobot robot, Scene scene, Runnable change, Timings timings) throws Exception {
        long[] at = new long[8];
        CountDownLatch laidOut = new CountDownLatch(1);
        robot.interact(() -> {
            at[0] = System.nanoTime();
            at[1] = CPU.now();
            change.run();
            at[2] = System.nanoTime();
            at[3] = CPU.now();
            Runnable[] listeners = new Runnable[2];
            listeners[0] = () -> {
                at[4] = System.nanoTime();
                at[5] = CPU.now();
                scene.removePreLayoutPulseListener(listeners[0]);
            };
            listeners[1] = () -> {
                at[6] = System.nanoTime();
                at[7] = CPU.now();
                scene.removePostLayoutPulseListener(listeners[1]);
                laidOut.countDown();
            };
            scene.addPreLayoutPulseListener(listeners[0]);
            scene.addPostLayoutPulseListener(listeners[1]);
            Platform.requestNextPulse();
        });
        if (!laidOut.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no pulse");
        }
        timings.add((at[2] - at[0] + at[6] - at[4]) / 1e6, (at[3] - at[1] + at[7] - at[5]) / 1e6);
    }

    private static final class Timings {
        private final List<Double> wall = new ArrayList<>();
        private final List<Double> cpu = new ArrayList<>();

        void time(Runnable work) {
            long wallStart = System.nanoTime();
            long cpuStart = CPU.now();
            work.run();
            add((System.nanoTime() - wallStart) / 1e6, (CPU.now() - cpuStart) / 1e6);
        }

        void add(double wallMillis, double cpuMillis) {
            wall.add(wallMillis);
            cpu.add(cpuMillis);
        }

        @Override
        public String toString() {
            return "wall " + summary(wall) + "; FX thread CPU " + summary(cpu) + " (n=" + wall.size() + ")";
        }

        private static String summary(List<Double> millis) {
            double[] sorted = millis.stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(sorted);
            long slow = Arrays.stream(sorted).filter(ms -> ms > FRAME_MILLIS).count();
            return String.format(Locale.ROOT, "median %.1f ms, p95 %.1f ms, max %.1f ms, %d over %.0f ms",
                    sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
                    sorted[sorted.length - 1], slow, FRAME_MILLIS);
        }
    }

    /** The current thread's CPU time, through reflection because the tests' module does not read java.management. */
    private static final class CpuClock {
        private final Object threads;
        private final Method cpuTime;

        CpuClock() {
            try {
                threads = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean")
                        .invoke(null);
                cpuTime = Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime");
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        long now() {
            try {
                return (long) cpuTime.invoke(threads);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
