package org.readinglist.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.readinglist.i18n.Messages;
import org.readinglist.model.ThemeChoice;
import org.readinglist.ui.theme.ThemeService;
import org.readinglist.ui.util.Dialogs;
import org.junit.jupiter.api.Test;
import org.readinglist.model.ShowFilter;
import org.readinglist.ui.TestStates;
import org.readinglist.ui.state.ReadingListState;

class MainViewModelTest {

    @Test
    void statusLineFollowsTheResultLive() {
        TestStates states = new TestStates().loaded();
        ReadingListState state = states.state;
        MainViewModel viewModel = viewModel(states);
        assertThat(viewModel.statusProperty().get()).isEqualTo("Showing 19 of 19 · 0 read · 95 min unread");

        state.filters().toggleTag("databases");
        state.setRead(List.of(state.visibleRows().get(0)), true);

        assertThat(viewModel.statusProperty().get()).isEqualTo("Showing 3 of 19 · 1 read · 10 min unread");
    }

    @Test
    void statusLineSaysWhileLoading() {
        TestStates states = new TestStates();
        MainViewModel viewModel = viewModel(states);
        assertThat(viewModel.statusProperty().get()).isEqualTo("Loading articles…");
        states.loaded();
        assertThat(viewModel.statusProperty().get()).startsWith("Showing 19 of 19");
    }

    @Test
    void clearSearchEmptiesTheSearchText() {
        TestStates states = new TestStates().loaded();
        ReadingListState state = states.state;
        MainViewModel viewModel = viewModel(states);
        viewModel.searchTextProperty().set("druid");
        viewModel.showProperty().set(ShowFilter.UNREAD);

        viewModel.clearSearch();

        assertThat(state.visibleRows()).hasSize(19);
        assertThat(viewModel.showProperty().get()).isEqualTo(ShowFilter.UNREAD);
    }

    @Test
    void escapeClearsTheSearchFirstThenTheTagsThenReportsNothingLeft() {
        TestStates states = new TestStates().loaded();
        MainViewModel viewModel = viewModel(states);
        states.state.filters().toggleTag("databases");
        viewModel.searchTextProperty().set("aurora");

        assertThat(viewModel.clearSearchThenTags()).isTrue();
        assertThat(states.state.visibleRows()).hasSize(3);
        assertThat(viewModel.clearSearchThenTags()).isTrue();
        assertThat(states.state.visibleRows()).hasSize(19);
        assertThat(viewModel.clearSearchThenTags()).isFalse();
    }

    @Test
    void unreadOnlySwitchesBetweenUnreadAndAll() {
        TestStates states = new TestStates().loaded();
        MainViewModel viewModel = viewModel(states);
        viewModel.showProperty().set(ShowFilter.READ);

        viewModel.toggleUnreadOnly();
        assertThat(viewModel.showProperty().get()).isEqualTo(ShowFilter.UNREAD);
        viewModel.toggleUnreadOnly();
        assertThat(viewModel.showProperty().get()).isEqualTo(ShowFilter.ALL);
    }

    @Test
    void undoSaysWhatItWouldTakeBackAndTakesBackTheWholeBulkChange() {
        TestStates states = new TestStates().loaded();
        MainViewModel viewModel = viewModel(states);
        assertThat(viewModel.undoTextProperty().get()).isEqualTo("Undo");
        assertThat(viewModel.canUndo()).isFalse();

        viewModel.setRead(List.copyOf(states.state.visibleRows().subList(0, 3)), true);
        viewModel.setRead(List.of(states.state.visibleRows().get(0)), false);
        assertThat(viewModel.undoTextProperty().get()).isEqualTo("Undo Mark as Unread (1 article)");

        viewModel.undo();
        assertThat(viewModel.undoTextProperty().get()).isEqualTo("Undo Mark as Read (3 articles)");
        assertThat(states.state.getResult().readCount()).isEqualTo(3);
        viewModel.undo();
        assertThat(states.state.getResult().readCount()).isZero();
        assertThat(viewModel.canUndo()).isFalse();

        viewModel.undo();
        assertThat(states.infos).contains("There is nothing to undo.");
    }

    @Test
    void settingsGoToThePreferences() {
        TestStates states = new TestStates().loaded();
        MainViewModel viewModel = viewModel(states);

        viewModel.singleKeyShortcutsProperty().set(false);
        viewModel.languageProperty().set(java.util.Optional.of("de"));
        viewModel.themeProperty().set(ThemeChoice.DARK);

        assertThat(states.preferences.get().singleKeyShortcuts()).isFalse();
        assertThat(states.preferences.get().language()).contains("de");
        assertThat(states.infos).contains("The language changes the next time Reading List starts.");
    }

    @Test
    void addOpensAnEmptyEditorAndEditOpensTheSelectedArticle() {
        TestStates states = new TestStates().loaded();
        MainViewModel viewModel = viewModel(states);
        DIALOGS_OPENED.clear();

        viewModel.addArticle();
        assertThat(viewModel.canEdit()).isFalse();
        viewModel.editArticle();
        assertThat(states.infos).contains("Select an article to edit it.");

        states.state.selectedArticleProperty().set(states.state.visibleRows().get(0));
        viewModel.editArticle();

        assertThat(DIALOGS_OPENED).containsExactly("add ", "edit " + states.state.visibleRows().get(0).id());
    }

    static final List<String> DIALOGS_OPENED = new java.util.ArrayList<>();

    /** A view model over the test state, English, with dialogs that only note that they were asked for. */
    static MainViewModel viewModel(TestStates states) {
        Dialogs dialogs = new Dialogs() {
            @Override
            public void showRestoreBackup() {
                DIALOGS_OPENED.add("restore");
            }

            @Override
            public void showShortcuts() {
                DIALOGS_OPENED.add("shortcuts");
            }

            @Override
            public void showAbout() {
                DIALOGS_OPENED.add("about");
            }

            @Override
            public void showFeeds() {
                DIALOGS_OPENED.add("feeds");
            }

            @Override
            public void importSubscriptions() {
                DIALOGS_OPENED.add("import subscriptions");
            }

            @Override
            public void exportSubscriptions() {
                DIALOGS_OPENED.add("export subscriptions");
            }

            @Override
            public void showAddArticle(String url) {
                DIALOGS_OPENED.add("add " + url);
            }

            @Override
            public void showEditArticle(org.readinglist.model.Article article) {
                DIALOGS_OPENED.add("edit " + article.id());
            }
        };
        ThemeService theme = new ThemeService(ThemeChoice.SYSTEM, false, sheet -> { });
        return new MainViewModel(states.state, dialogs, states.preferences, theme, Messages.of(Locale.US),
                uri -> { }, states.notifier, Path.of("data"), () -> DIALOGS_OPENED.add("refresh feeds"));
    }
}
