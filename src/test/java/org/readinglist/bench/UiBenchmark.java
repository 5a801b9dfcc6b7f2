package org.readinglist.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.readinglist.app.AppContext;
import org.readinglist.app.AppOptions;
import org.readinglist.library.ArticleChange;
import org.readinglist.model.Article;
import org.readinglist.ui.state.ReadingListState;
import org.readinglist.ui.util.FxTaskExecutor;

/**
 * Drives the real window through the actions of the performance table and prints one line per sample:
 * {@code sample <action> <milliseconds>}. Each sample runs from the action on the JavaFX thread until the table
 * has laid out the new result (the CSS and layout pass of the first pulse after the result was applied), once
 * without and once with the idle wait for that pulse ({@code <action>+frame-wait}). Started by {@link Benchmark}
 * in its own JVM, with the articles file to merge in first ({@code -}: none, the data folder holds the library), the
 * data folder and the number of samples per action.
 */
public final class UiBenchmark {

    private static final long TIMEOUT_SECONDS = 120;
    /** At most this many samples of each change to the articles: at a million, each waits seconds for the index. */
    private static final int CHANGE_SAMPLES = 5;

    private final ReadingListState state;
    private final Scene scene;
    private final int samples;

    private UiBenchmark(ReadingListState state, Scene scene, int samples) {
        this.state = state;
        this.scene = scene;
        this.samples = samples;
    }

    public static void main(String[] args) throws Exception {
        Path articles = Path.of(args[0]);
        Path dataDir = Path.of(args[1]);
        int samples = Integer.parseInt(args[2]);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CompletableFuture<UiBenchmark> opened = new CompletableFuture<>();
        Platform.runLater(() -> {
            AppContext context = new AppContext(dataDir, AppContext.readPreferences(dataDir),
                new FxTaskExecutor(), address -> { }, Locale.US,
                    ZoneOffset.UTC, Clock.systemUTC());
            Stage stage = new Stage();
            Scene scene = new Scene(context.createMainView(), 1280, 800);
            stage.setScene(scene);
            stage.show();
            context.start(AppOptions.parse(articles.toString().equals("-")
                    ? List.of() : List.of("--articles", articles.toString()), context.messages()));
            opened.complete(new UiBenchmark(context.state(), scene, samples));
        });
        UiBenchmark benchmark = opened.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        try {
            benchmark.run();
        } finally {
            Platform.exit();
        }
        System.exit(0);
    }

    private void run() throws Exception {
        waitFor(() -> !state.loadingProperty().get() && !state.queryingProperty().get()
                && state.indexedProperty().get());
        System.out.println("articles " + onFx(state::articleCount));
        Thread.sleep(500);

        List<Button> tags = onFx(() -> scene.getRoot().lookupAll(".tag").stream()
                .filter(Button.class::isInstance).map(Button.class::cast).toList());
        TextField search = onFx(() -> (TextField) scene.lookup("#searchField"));
        TableView<?> table = onFx(() -> (TableView<?>) scene.lookup("#table"));
        ToggleButton showAll = onFx(() -> (ToggleButton) scene.lookup("#showAllButton"));
        ToggleButton showUnread = onFx(() -> (ToggleButton) scene.lookup("#showUnreadButton"));
        ToggleButton showRead = onFx(() -> (ToggleButton) scene.lookup("#showReadButton"));
        Button clearTags = onFx(() -> (Button) scene.lookup("#clearButton"));

        for (int i = 0; i < samples; i++) {
            Button first = tags.get((i * 7) % tags.size());
            Button second = tags.get((i * 13 + 3) % tags.size());
            measure("tag-click", first::fire);
            measure("tag-unclick", first::fire);
            run(first::fire);
            run(second::fire);
            measure("tags-clear", clearTags::fire);
        }

        String[] words = {"stream", "cache", "latency"};
        for (int i = 0; i < samples; i++) {
            String word = words[i % words.length];
            for (char letter : word.toCharArray()) {
                measure("search-keystroke", () -> type(search, letter));
            }
            for (int k = 0; k < word.length(); k++) {
                measure("search-keystroke", () -> backspace(search));
            }
        }

        List<? extends TableColumn<?, ?>> columns = onFx(() -> List.copyOf(table.getColumns()));
        for (int i = 0; i < samples; i++) {
            TableColumn<?, ?> column = columns.get(1 + i % (columns.size() - 1));
            measure("sort-click", () -> clickHeader(table, column));
            measure("sort-click", () -> clickHeader(table, column));
        }
        TableColumn<?, ?> published = columns.get(4);
        run(() -> clickHeader(table, published));

        for (int i = 0; i < samples; i++) {
            measure("show-toggle", showUnread::fire);
            measure("show-toggle", showRead::fire);
            measure("show-toggle", showAll::fire);
        }

        for (int i = 0; i < samples; i++) {
            int rowIndex = i % 20;
            run(() -> table.getSelectionModel().clearAndSelect(rowIndex));
            measure("mark-read", () -> pressR(table));
            measure("mark-read", () -> pressR(table));
        }

        // the user's changes to the articles: the time on the JavaFX thread (the change made and the next layout);
        // the changed list's index is built in the background, and a sample may come while it is still being built
        // (as an Undo right after a removal does)
        int changes = Math.min(samples, CHANGE_SAMPLES);
        for (int i = 0; i < changes; i++) {
            int rowIndex = i % 20;
            run(() -> table.getSelectionModel().clearAndSelect(rowIndex));
            measureLayoutOnly("remove", () -> state.remove(List.copyOf(state.selectedRows())));
            waitUntilIndexed();
            measureLayoutOnly("undo-remove", state::undo);
            waitUntilIndexed();
            Article before = onFx(() -> state.articles().get(rowIndex));
            Article after = new Article(before.id(), before.title() + " (edited)", before.company(),
                    before.summary(), before.tags(), before.readMinutes(), before.url(), before.published(),
                    before.authors());
            measureLayoutOnly("edit", () -> state.change(ArticleChange.edited(before, after)));
            waitUntilIndexed();
            Article added = new Article("bench-added-" + i, "Added while measuring " + i, "Bench", "", List.of(),
                    3, "https://example.com/bench/" + i, null, null);
            measureLayoutOnly("add", () -> state.change(ArticleChange.added(added)));
            waitUntilIndexed();
        }

        if (!onFx(() -> scene.lookup("#filterField") == null)) {
            TextField tagFilter = onFx(() -> (TextField) scene.lookup("#filterField"));
            String[] stems = {"kafka", "observ", "ml-sys"};
            for (int i = 0; i < samples; i++) {
                String stem = stems[i % stems.length];
                for (char letter : stem.toCharArray()) {
                    measureLayoutOnly("tag-filter-keystroke", () -> type(tagFilter, letter));
                }
                for (int k = 0; k < stem.length(); k++) {
                    measureLayoutOnly("tag-filter-keystroke", () -> backspace(tagFilter));
                }
            }
        }
        System.out.println("tags " + onFx(() -> state.tagTotals().size()));
        System.out.println("tag-nodes " + onFx(() -> scene.getRoot().lookupAll(".tag").size()));
    }

    // ---- actions as a person does them

    private static void type(TextField field, char letter) {
        field.requestFocus();
        field.end();
        field.fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(letter), "", KeyCode.UNDEFINED,
                false, false, false, false));
    }

    private static void backspace(TextField field) {
        field.requestFocus();
        field.end();
        field.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.BACK_SPACE, false, false, false, false));
    }

    private static void pressR(TableView<?> table) {
        table.requestFocus();
        table.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "r", "r", KeyCode.R, false, false, false, false));
    }

    /** What a click on a column header does: sort by that column, or flip its direction if it already sorts. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void clickHeader(TableView table, TableColumn column) {
        if (table.getSortOrder().size() == 1 && table.getSortOrder().get(0) == column) {
            column.setSortType(column.getSortType() == TableColumn.SortType.ASCENDING
                    ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
        } else {
            table.getSortOrder().setAll(Set.of(column));
        }
    }

    // ---- timing

    /** Times the action until the table shows its result. */
    private void measure(String name, Runnable action) throws Exception {
        report(name, time(action, true));
    }

    /** Times the action until the next layout pulse (for actions that do not query). */
    private void measureLayoutOnly(String name, Runnable action) throws Exception {
        report(name, time(action, false));
    }

    /**
     * Two figures per sample: the time the user waits for the result minus the idle wait for the next frame tick
     * (JavaFX lays out at most 60 times a second, so up to 16.7 ms pass between a result and the pulse that shows
     * it whatever the app does), and the wall-clock time including that wait.
     */
    private static void report(String name, double[] times) {
        System.out.println("sample " + name + " " + String.format(Locale.ROOT, "%.3f", times[0]));
        System.out.println("sample " + name + "+frame-wait " + String.format(Locale.ROOT, "%.3f", times[1]));
    }

    private void run(Runnable action) throws Exception {
        time(action, true);
    }

    private double[] time(Runnable action, boolean waitForQuery) throws Exception {
        CompletableFuture<double[]> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            long start = System.nanoTime();
            action.run();
            afterQuery(waitForQuery, () -> {
                long applied = System.nanoTime();
                long[] pulseStart = new long[1];
                Runnable beforeLayout = new Runnable() {
                    @Override
                    public void run() {
                        scene.removePreLayoutPulseListener(this);
                        pulseStart[0] = System.nanoTime();
                    }
                };
                Runnable afterLayout = new Runnable() {
                    @Override
                    public void run() {
                        scene.removePostLayoutPulseListener(this);
                        long end = System.nanoTime();
                        done.complete(new double[] {
                            ((applied - start) + (end - pulseStart[0])) / 1e6, (end - start) / 1e6});
                    }
                };
                scene.addPreLayoutPulseListener(beforeLayout);
                scene.addPostLayoutPulseListener(afterLayout);
                Platform.requestNextPulse();
            });
        });
        double[] times = done.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        // let the frame render and the machine settle before the next sample
        Thread.sleep(40);
        return times;
    }

    /** Runs {@code then} once a query started by the action has been applied (at once for quick lists). */
    private void afterQuery(boolean waitForQuery, Runnable then) {
        if (waitForQuery && state.queryingProperty().get()) {
            state.queryingProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                    if (!now) {
                        state.queryingProperty().removeListener(this);
                        then.run();
                    }
                }
            });
            return;
        }
        then.run();
    }

    private void waitUntilIndexed() throws Exception {
        waitFor(() -> !state.queryingProperty().get() && state.indexedProperty().get());
        Thread.sleep(100);
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

    private static void waitFor(BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS * 5);
        while (!onFx(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the window did not finish loading");
            }
            Thread.sleep(50);
        }
    }
}
