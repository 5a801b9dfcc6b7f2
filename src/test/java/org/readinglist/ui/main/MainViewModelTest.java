package org.readinglist.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readinglist.model.ShowFilter;
import org.readinglist.ui.TestStates;
import org.readinglist.ui.state.ReadingListState;

class MainViewModelTest {

    @Test
    void statusLineFollowsTheResultLive() {
        ReadingListState state = new TestStates().loaded().state;
        MainViewModel viewModel = new MainViewModel(state, () -> { }, java.util.Locale.US);
        assertThat(viewModel.statusProperty().get()).isEqualTo("Showing 19 of 19 · 0 read · 95 min unread");

        state.toggleTag("databases");
        state.setRead(List.of(state.visibleRows().get(0)), true);

        assertThat(viewModel.statusProperty().get()).isEqualTo("Showing 3 of 19 · 1 read · 10 min unread");
    }

    @Test
    void statusLineSaysWhileLoading() {
        TestStates states = new TestStates();
        MainViewModel viewModel = new MainViewModel(states.state, () -> { }, java.util.Locale.US);
        assertThat(viewModel.statusProperty().get()).isEqualTo("Loading articles…");
        states.loaded();
        assertThat(viewModel.statusProperty().get()).startsWith("Showing 19 of 19");
    }

    @Test
    void clearSearchEmptiesTheSearchText() {
        ReadingListState state = new TestStates().loaded().state;
        MainViewModel viewModel = new MainViewModel(state, () -> { }, java.util.Locale.US);
        viewModel.searchTextProperty().set("druid");
        viewModel.showProperty().set(ShowFilter.UNREAD);

        viewModel.clearSearch();

        assertThat(state.visibleRows()).hasSize(19);
        assertThat(viewModel.showProperty().get()).isEqualTo(ShowFilter.UNREAD);
    }
}
