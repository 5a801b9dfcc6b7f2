package org.readinglist.crash;

import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.readinglist.library.ArticleChange;
import org.readinglist.model.Article;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.readinglist.app.AppContext;
import org.readinglist.app.AppOptions;
import org.readinglist.model.ReadMarks;
import org.readinglist.persistence.marks.ReadStateSaver;
import org.readinglist.ui.state.ArticleRow;
import org.readinglist.ui.state.ReadingListState;
import org.readinglist.ui.util.FxTaskExecutor;

/**
 * The real window (headless, on Monocle) marking random articles read and unread every few milliseconds until it is
 * killed, and now and then removing an article or adding one back. Prints {@code changed <ids> .} before each mark
 * (the read set it is about to ask to save) and {@code saved <ids> .} once a save is on disk; {@code articles <ids> .}
 * before each change to the articles (the ids the library will hold) and {@code wrote <ids> .} once that change is
 * written. Started by {@link CrashSafetyTest} in a child JVM.
 *
 * <p>usage: CrashHarness DATA_DIR SEED [once]; with {@code once} it makes one change and then waits, with its
 * save still pending for a moment (a quit by SIGTERM must write it).
 */
public final class CrashHarness {

    private CrashHarness() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        boolean once = args.length > 2 && args[2].equals("once");
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        ReadStateSaver.Listener observer = new ReadStateSaver.Listener() {
            @Override
            public void saved(ReadMarks stored) {
                print("saved", stored);
            }

            @Override
            public void failed(String message) {
                print("failed " + message);
            }
        };
        // the article sets announced and not yet written, oldest first: the library writes changes in order
        Deque<String> announced = new ConcurrentLinkedDeque<>();
        Platform.startup(() -> {
            AppContext context = new AppContext(dataDir, AppContext.readPreferences(dataDir),
                new FxTaskExecutor(), uri -> { }, Locale.US, ZoneOffset.UTC,
                    Clock.systemUTC(), observer, () -> print("wrote " + announced.poll()));
            context.saveOnShutdown();
            Stage stage = new Stage();
            stage.setScene(new Scene(context.createMainView(), 1280, 800));
            stage.show();
            context.start(AppOptions.parse(List.of(), context.messages()));
            ReadingListState state = context.state();
            boolean[] done = {false};
            List<Article> removed = new ArrayList<>();
            Timeline marking = new Timeline(new KeyFrame(Duration.millis(7), event -> {
                if (state.loadingProperty().get() || state.visibleRows().isEmpty() || done[0]) {
                    return;
                }
                done[0] = once;
                if (!once && random.nextInt(8) == 0) {
                    changeArticles(state, random, removed, announced);
                    return;
                }
                List<ArticleRow> rows = new ArrayList<>(state.visibleRows());
                ArticleRow row = rows.get(random.nextInt(rows.size()));
                // announced before the change: the save it triggers can reach the disk before a later print would
                Set<String> next = new TreeSet<>(state.readMarks().read().keySet());
                if (!next.remove(row.id())) {
                    next.add(row.id());
                }
                print("changed " + String.join(",", next));
                state.setRead(List.of(row), !row.isRead());
            }));
            marking.setCycleCount(Animation.INDEFINITE);
            marking.play();
            print("started");
        });
    }

    /** Removes a random article, or adds one removed earlier back; announces the ids the library will hold. */
    private static void changeArticles(ReadingListState state, Random random, List<Article> removed,
                                       Deque<String> announced) {
        ArticleChange change;
        if (!removed.isEmpty() && (random.nextBoolean() || state.articles().size() < 5)) {
            change = ArticleChange.added(removed.remove(random.nextInt(removed.size())));
        } else {
            Article article = state.articles().get(random.nextInt(state.articles().size()));
            removed.add(article);
            change = ArticleChange.removed(List.of(article));
        }
        String next = String.join(",", new TreeSet<>(change.applyTo(state.articles()).stream().map(Article::id)
                .toList()));
        announced.add(next);
        print("articles " + next);
        state.change(change);
    }

    private static void print(String event, ReadMarks marks) {
        print(event + " " + String.join(",", new TreeSet<>(marks.read().keySet())));
    }

    /** Each line ends with " ." so the reader can tell a line cut off by the kill from a whole one. */
    private static synchronized void print(String line) {
        System.out.println(line + " .");
        System.out.flush();
    }
}
