package org.readinglist.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.readinglist.logic.ArticleQueryEngine;
import org.readinglist.logic.IndexedQueryEngine;
import org.readinglist.model.Article;
import org.readinglist.model.ReadMarks;

/** The reading list without a window: marks, undo, changes and the index rebuilt behind them. */
class ReadingListTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:15:30Z");
    private static final Instant EARLIER = Instant.parse("2026-11-01T08:00:00Z");

    /** Work waiting for a background thread; once done, it leaves its outcome in {@link #outcomes}. */
    private final Deque<Runnable> background = new ArrayDeque<>();
    /** Outcomes waiting to be handed back on the list's thread. */
    private final Deque<Runnable> outcomes = new ArrayDeque<>();
    private final List<ReadMarks> saves = new ArrayList<>();
    private final List<ArticleChange> written = new ArrayList<>();
    private final List<String> heard = new ArrayList<>();
    private final ReadingList list = new ReadingList(null, marks -> saves.add(marks.get()), written::add,
            IndexedQueryEngine::new, new BackgroundTasks() {
                @Override
                public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
                    background.add(() -> {
                        try {
                            T outcome = work.call();
                            outcomes.add(() -> onSuccess.accept(outcome));
                        } catch (Exception e) {
                            outcomes.add(() -> onFailure.accept(e));
                        }
                    });
                }
            }, Clock.fixed(NOW, ZoneOffset.UTC));

    ReadingListTest() {
        list.listen(new ReadingList.Listener() {
            @Override
            public void rebuilt() {
                heard.add("rebuilt " + list.engine().articles().size());
            }

            @Override
            public void rebuildFailed(Exception error) {
                heard.add("failed");
            }

            @Override
            public void undoableChanged(Object newest) {
                heard.add("undo " + (newest == null ? "nothing" : newest.getClass().getSimpleName()));
            }
        });
        ArticleQueryEngine engine = new IndexedQueryEngine(List.of(article("a"), article("b"), article("c")));
        ReadMarks stored = ReadMarks.of(Map.of("c", EARLIER));
        list.take(new ListLoader.Loaded(engine, stored, ListLoader.readSetOf(stored.read(), engine), List.of()));
        heard.clear();
    }

    @Test
    void markingSavesOnceAndUndoTakesTheWholeMarkingBack() {
        ReadChange made = list.setRead(List.of("a", "b", "c"), true);

        assertThat(made).isEqualTo(new ReadChange(List.of("a", "b"), true));
        assertThat(list.readAt("a")).isEqualTo(NOW);
        assertThat(list.readAt("c")).as("read before, and left so").isEqualTo(EARLIER);
        assertThat(list.readSet().count()).isEqualTo(3);
        assertThat(saves).hasSize(1);
        assertThat(heard).containsExactly("undo ReadChange");

        assertThat(list.undo()).isEqualTo(new ReadChange(List.of("a", "b"), false));

        assertThat(list.readAt("a")).isNull();
        assertThat(list.readMarks().unread()).containsOnlyKeys("a", "b");
        assertThat(list.readSet().count()).isEqualTo(1);
        assertThat(saves).hasSize(2);
        assertThat(list.undo()).isNull();
    }

    @Test
    void markingArticlesThatAreSoAlreadyChangesNothingAndLeavesNothingToUndo() {
        ReadChange made = list.setRead(List.of("a"), false);

        assertThat(made.count()).isZero();
        assertThat(saves).isEmpty();
        assertThat(list.undo()).isNull();
    }

    @Test
    void aChangeIsInTheArticlesAtOnceAndInTheIndexOnceItIsRebuilt() {
        list.change(ArticleChange.added(article("d")));

        assertThat(list.articles()).extracting(Article::id).containsExactly("a", "b", "c", "d");
        assertThat(list.engine().indexOf("d")).as("not rebuilt yet").isNegative();
        assertThat(written).containsExactly(ArticleChange.added(article("d")));

        finish();

        assertThat(list.engine().indexOf("d")).isEqualTo(3);
        assertThat(list.readSet().isRead(2)).as("c stays read").isTrue();
        assertThat(heard).containsExactly("undo ArticleChange", "rebuilt 4");
    }

    @Test
    void undoTakesAChangeToTheArticlesBackAndWritesThat() {
        list.change(ArticleChange.removed(List.of(article("b"))));
        finish();

        assertThat(list.undo()).isEqualTo(ArticleChange.removed(List.of(article("b"))));
        finish();

        assertThat(list.engine().articles()).extracting(Article::id).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(written).hasSize(2);
        assertThat(written.get(1)).isEqualTo(ArticleChange.removed(List.of(article("b"))).inverse());
    }

    @Test
    void onlyTheNewestRebuildIsShown() {
        list.change(ArticleChange.added(article("d")));
        list.change(ArticleChange.added(article("e")));

        finish();

        assertThat(list.engine().articles()).hasSize(5);
        assertThat(heard).containsExactly("undo ArticleChange", "undo ArticleChange", "rebuilt 5");
    }

    @Test
    void marksMadeWhileTheIndexIsBuiltAreInItsReadSet() {
        list.change(ArticleChange.added(article("d")));
        background.poll().run(); // the index is built with the marks of this moment

        list.setRead(List.of("a", "c"), true);
        list.setRead(List.of("c"), false);
        outcomes.poll().run();

        assertThat(list.readSet().isRead(list.engine().indexOf("a"))).isTrue();
        assertThat(list.readSet().isRead(list.engine().indexOf("c"))).isFalse();
    }

    @Test
    void storedMarksAreTakenInWithTheLaterEventWinning() {
        list.setRead(List.of("a"), true);
        ReadMarks stored = new ReadMarks(Map.of("b", EARLIER, "a", EARLIER), Map.of("c", NOW));

        ReadMarks adopted = list.adopt(stored, false);

        assertThat(adopted.read()).isEqualTo(Map.of("a", NOW, "b", EARLIER));
        assertThat(list.readSet().isRead(1)).isTrue();
        assertThat(list.readSet().isRead(2)).isFalse();
        assertThat(list.adopt(stored, false)).as("nothing new").isNull();
    }

    @Test
    void articlesAFeedBroughtShowAtOnceAreNotWrittenAgainAndUndoLeavesThemAlone() {
        Article changedB = new Article("b", "Title b, corrected", "", "", List.of("tag"), 3, null, null, null);

        list.arrived(List.of(article("d"), article("e")), List.of(changedB));

        assertThat(list.articles()).extracting(Article::title)
                .containsExactly("Title a", "Title b, corrected", "Title c", "Title d", "Title e");
        assertThat(written).isEmpty();
        assertThat(list.undo()).isNull();
        finish();
        assertThat(list.engine().articles()).hasSize(5).contains(changedB);
        assertThat(heard).containsExactly("undo nothing", "rebuilt 5");
    }

    @Test
    void aRebuildThatALaterChangeMakesStaleIsNotBuiltAtAll() {
        int[] built = {0};
        ReadingList counting = new ReadingList(null, marks -> { }, change -> { }, articles -> {
            built[0]++;
            return new IndexedQueryEngine(articles);
        }, new BackgroundTasks() {
            @Override
            public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
                background.add(() -> {
                    try {
                        T outcome = work.call();
                        outcomes.add(() -> onSuccess.accept(outcome));
                    } catch (Exception e) {
                        outcomes.add(() -> onFailure.accept(e));
                    }
                });
            }
        }, Clock.fixed(NOW, ZoneOffset.UTC));
        ArticleQueryEngine engine = new IndexedQueryEngine(List.of(article("a")));
        counting.take(new ListLoader.Loaded(engine, ReadMarks.NONE, ListLoader.readSetOf(Map.of(), engine),
                List.of()));

        built[0] = 0; // the list starts with an empty index of its own
        counting.arrived(List.of(article("b")), List.of());
        counting.arrived(List.of(article("c")), List.of());
        counting.arrived(List.of(article("d")), List.of());
        finish();

        assertThat(built[0]).isEqualTo(1);
        assertThat(counting.engine().articles()).extracting(Article::id).containsExactly("a", "b", "c", "d");
    }

    /** Runs the background work waiting and hands its outcomes back. */
    private void finish() {
        while (!background.isEmpty()) {
            background.poll().run();
        }
        while (!outcomes.isEmpty()) {
            outcomes.poll().run();
        }
    }

    private static Article article(String id) {
        return new Article(id, "Title " + id, "", "", List.of("tag"), 3, null, null, null);
    }
}
