package org.readinglist.ui.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readinglist.model.ShowFilter;
import org.readinglist.ui.CurrentThreadTaskExecutor;
import org.readinglist.ui.TestStates;
import org.readinglist.ui.util.TaskExecutor;

/** Long lists are queried in the background: the newest query wins, whatever order the answers come in. */
class BackgroundQueryTest {

    /** Holds background work until the test runs it, in any order. */
    private static final class HeldTasks implements TaskExecutor {
        final List<Runnable> pending = new ArrayList<>();

        @Override
        public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
            pending.add(() -> new CurrentThreadTaskExecutor().execute(work, onSuccess, onFailure));
        }

        void run(int index) {
            pending.remove(index).run();
        }

        void runAll() {
            while (!pending.isEmpty()) {
                run(0);
            }
        }

        @Override
        public void runOnUi(Runnable action) {
            action.run();
        }

        @Override
        public void shutdown() {
        }
    }

    private final HeldTasks tasks = new HeldTasks();
    private TestStates states;
    private ReadingListState state;

    @BeforeEach
    void loadInBackgroundMode() {
        states = new TestStates(Map.of(), tasks);
        state = states.state;
        state.queryInBackgroundFrom(1);
        state.load(java.util.Optional.empty());
        tasks.runAll();
        assertThat(state.visibleRows()).hasSize(19);
        assertThat(state.queryingProperty().get()).isFalse();
        assertThat(state.indexedProperty().get()).isTrue();
    }

    @Test
    void aQueryShowsItsRowsWhenItsAnswerArrives() {
        state.filters().searchTextProperty().set("druid");

        assertThat(state.queryingProperty().get()).isTrue();
        assertThat(state.visibleRows()).as("the previous rows stay until the answer comes").hasSize(19);

        tasks.runAll();

        assertThat(state.queryingProperty().get()).isFalse();
        assertThat(state.visibleRows()).extracting(row -> row.article().title())
                .singleElement().asString().contains("Druid");
        assertThat(state.getResult().size()).isEqualTo(1);
    }

    @Test
    void anOlderAnswerArrivingLateIsDropped() {
        state.filters().searchTextProperty().set("druid");
        state.filters().searchTextProperty().set("graph");

        tasks.run(1);
        assertThat(state.queryingProperty().get()).isFalse();
        assertThat(state.visibleRows()).extracting(row -> row.article().title()).allMatch(t -> t.contains("Graph"));

        tasks.run(0);
        assertThat(state.visibleRows()).as("the stale druid answer must not replace the newer one")
                .extracting(row -> row.article().title()).hasSize(2).allMatch(t -> t.contains("Graph"));
        assertThat(state.getResult().size()).isEqualTo(2);
    }

    @Test
    void markingReadWhileShowingUnreadUsesASnapshotAndTheNewestAnswer() {
        state.filters().showProperty().set(ShowFilter.UNREAD);
        tasks.runAll();
        ArticleRow first = state.visibleRows().get(0);

        state.setRead(List.of(first), true);
        assertThat(first.isRead()).isTrue();
        tasks.runAll();

        assertThat(state.visibleRows()).hasSize(18).doesNotContain(first);
        assertThat(Set.copyOf(states.saves.get(0).read().keySet())).containsExactly(first.id());
    }
}
