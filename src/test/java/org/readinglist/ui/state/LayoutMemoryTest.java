package org.readinglist.ui.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.readinglist.logic.WindowPlacer.Area;
import org.readinglist.model.ArticleQuery;
import org.readinglist.model.ColumnLayout;
import org.readinglist.model.Preferences;
import org.readinglist.model.ShowFilter;
import org.readinglist.model.SortColumn;
import org.readinglist.model.SortKey;
import org.readinglist.model.TagMatch;
import org.readinglist.model.WindowPlacement;
import org.readinglist.ui.TestStates;

class LayoutMemoryTest {

    private static final List<ColumnLayout> DEFAULTS = List.of(new ColumnLayout(SortColumn.READ, 52, true),
            new ColumnLayout(SortColumn.TITLE, 360, true), new ColumnLayout(SortColumn.COMPANY, 90, true),
            new ColumnLayout(SortColumn.TAGS, 150, true), new ColumnLayout(SortColumn.PUBLISHED, 116, true),
            new ColumnLayout(SortColumn.READ_TIME, 84, true));

    private final TestStates states = new TestStates();
    private final LayoutMemory memory = new LayoutMemory(states.state, states.preferences);

    @Test
    void savedFiltersAreInPlaceForTheFirstResultAndUnknownTagsGoWhenTheListLoads() {
        states.preferences.update(p -> p.withFilters(List.of("ml-systems", "microservices", "no-such-tag"),
                TagMatch.ANY, "netflix", ShowFilter.UNREAD).withSort(Optional.of(List.of(
                        SortKey.ascending(SortColumn.TITLE)))));
        memory.restoreFilters();
        memory.rememberFilters();

        states.loaded();

        ArticleQuery query = states.state.filters().query();
        assertThat(query.tags()).containsExactlyInAnyOrder("ml-systems", "microservices");
        assertThat(query.tagMatch()).isEqualTo(TagMatch.ANY);
        assertThat(query.text()).isEqualTo("netflix");
        assertThat(query.show()).isEqualTo(ShowFilter.UNREAD);
        assertThat(query.sort()).containsExactly(SortKey.ascending(SortColumn.TITLE));
        assertThat(states.preferences.get().tags()).containsExactly("ml-systems", "microservices");
    }

    @Test
    void everyFilterChangeIsSaved() {
        memory.rememberFilters();
        states.loaded();

        states.state.filters().toggleTag("caching");
        states.state.filters().tagMatchProperty().set(TagMatch.ANY);
        states.state.filters().searchTextProperty().set("druid");
        states.state.filters().showProperty().set(ShowFilter.READ);

        Preferences p = states.savedPreferences.get(states.savedPreferences.size() - 1);
        assertThat(p.tags()).containsExactly("caching");
        assertThat(p.tagMatch()).isEqualTo(TagMatch.ANY);
        assertThat(p.search()).isEqualTo("druid");
        assertThat(p.show()).isEqualTo(ShowFilter.READ);
    }

    @Test
    void theDefaultSortIsSavedAsDefaultAndNoSortAsNone() {
        memory.rememberFilters();

        states.state.filters().sortProperty().set(List.of());
        assertThat(states.preferences.get().sort()).contains(List.of());
        states.state.filters().sortProperty().set(List.of(SortKey.descending(SortColumn.READ_TIME)));
        assertThat(states.preferences.get().sort()).contains(List.of(SortKey.descending(SortColumn.READ_TIME)));
        states.state.filters().sortProperty().set(ArticleQuery.DEFAULT_SORT);
        assertThat(states.preferences.get().sort()).isEmpty();
    }

    @Test
    void noSortIsRestoredAsNoneAndAColumnSavedTwiceSortsOnce() {
        assertThat(LayoutMemory.sortToRestore(Optional.empty())).isEqualTo(ArticleQuery.DEFAULT_SORT);
        assertThat(LayoutMemory.sortToRestore(Optional.of(List.of()))).isEmpty();
        assertThat(LayoutMemory.sortToRestore(Optional.of(List.of(SortKey.ascending(SortColumn.TITLE),
                SortKey.descending(SortColumn.TITLE), SortKey.ascending(SortColumn.COMPANY)))))
                .containsExactly(SortKey.ascending(SortColumn.TITLE), SortKey.ascending(SortColumn.COMPANY));
    }

    @Test
    void onAFirstStartTheColumnsAreTheDefaults() {
        assertThat(memory.columns(DEFAULTS)).isEqualTo(DEFAULTS);
    }

    @Test
    void savedColumnsKeepTheirOrderWidthAndVisibility() {
        List<ColumnLayout> saved = List.of(new ColumnLayout(SortColumn.PUBLISHED, 130, true),
                new ColumnLayout(SortColumn.TITLE, 400, true), new ColumnLayout(SortColumn.READ, 52, false),
                new ColumnLayout(SortColumn.COMPANY, 100, true), new ColumnLayout(SortColumn.TAGS, 150, false),
                new ColumnLayout(SortColumn.READ_TIME, 84, true));
        states.preferences.update(p -> p.withColumns(saved));

        assertThat(memory.columns(DEFAULTS)).isEqualTo(saved);
    }

    @Test
    void theTitleCannotBeHiddenEvenByTheFile() {
        states.preferences.update(p -> p.withColumns(List.of(new ColumnLayout(SortColumn.TITLE, 300, false))));

        assertThat(memory.columns(DEFAULTS)).contains(new ColumnLayout(SortColumn.TITLE, 300, true));
        assertThat(memory.canHide(SortColumn.TITLE)).isFalse();
        assertThat(memory.canHide(SortColumn.TAGS)).isTrue();
    }

    @Test
    void aColumnTheFileLacksGoesAfterItsDefaultNeighbourAndDuplicatesAreDropped() {
        states.preferences.update(p -> p.withColumns(List.of(new ColumnLayout(SortColumn.TAGS, 200, true),
                new ColumnLayout(SortColumn.READ, 52, true), new ColumnLayout(SortColumn.TITLE, 300, true),
                new ColumnLayout(SortColumn.PUBLISHED, 116, true), new ColumnLayout(SortColumn.READ_TIME, 84, true),
                new ColumnLayout(SortColumn.TAGS, 10, false))));

        List<ColumnLayout> columns = memory.columns(DEFAULTS);

        assertThat(columns).extracting(ColumnLayout::column).containsExactly(SortColumn.TAGS, SortColumn.READ,
                SortColumn.TITLE, SortColumn.COMPANY, SortColumn.PUBLISHED, SortColumn.READ_TIME);
        assertThat(columns.get(0)).isEqualTo(new ColumnLayout(SortColumn.TAGS, 200, true));
        assertThat(columns.get(3)).isEqualTo(new ColumnLayout(SortColumn.COMPANY, 90, true));
    }

    @Test
    void aMaximizedWindowKeepsTheBoundsItHadBefore() {
        memory.rememberWindow(40, 30, 1100, 700, false, false);
        memory.rememberWindow(0, 0, 1440, 870, true, false);

        assertThat(states.preferences.get().window()).contains(new WindowPlacement(40, 30, 1100, 700, true));
    }

    @Test
    void aMinimizedWindowOrOneNotYetShownChangesNothing() {
        memory.rememberWindow(40, 30, 1100, 700, false, false);
        memory.rememberWindow(-32000, -32000, 160, 28, false, true);
        memory.rememberWindow(Double.NaN, Double.NaN, 0, 0, false, false);

        assertThat(states.preferences.get().window()).contains(new WindowPlacement(40, 30, 1100, 700, false));
    }

    @Test
    void aPlaceOffEveryScreenIsCentredOnThePrimaryOne() {
        Area screen = new Area(0, 0, 1280, 800);
        assertThat(memory.placement(List.of(screen), screen)).isEmpty();

        memory.rememberWindow(3000, 30, 1000, 600, false, false);

        assertThat(memory.placement(List.of(screen), screen))
                .contains(new WindowPlacement(140, 100, 1000, 600, false));
    }

    @Test
    void dividersAreRestoredOnlyWhenTheyFitTheSplitPane() {
        memory.rememberDividers(List.of(0.3, 0.7), true);

        assertThat(memory.dividers(2)).hasValueSatisfying(p -> assertThat(p).containsExactly(0.3, 0.7));
        assertThat(memory.dividers(3)).isEmpty();
        memory.rememberDividers(List.of(0.7, 0.3), true);
        assertThat(memory.dividers(2)).isEmpty();
    }

    @Test
    void whatLayoutChangesByItselfIsKeptOnlyOnceTheUserHasChosenALayout() {
        List<ColumnLayout> fitted = List.of(new ColumnLayout(SortColumn.TITLE, 372.5, true));
        memory.rememberColumns(fitted, false);
        memory.rememberDividers(List.of(0.15, 0.76), false);
        assertThat(states.savedPreferences).isEmpty();

        memory.rememberColumns(List.of(new ColumnLayout(SortColumn.TITLE, 400, true)), true);
        memory.rememberColumns(fitted, false);
        memory.rememberDividers(List.of(0.2, 0.76), true);
        memory.rememberDividers(List.of(0.18, 0.76), false);

        assertThat(states.preferences.get().columns()).isEqualTo(fitted);
        assertThat(states.preferences.get().dividers()).containsExactly(0.18, 0.76);
    }

    @Test
    void aLayoutChosenBeforeTheStartIsKeptInStepWithTheScreen() {
        states.preferences.update(p -> p.withColumns(DEFAULTS).withDividers(List.of(0.2, 0.7)));
        LayoutMemory restarted = new LayoutMemory(states.state, states.preferences);

        restarted.rememberColumns(List.of(new ColumnLayout(SortColumn.TITLE, 380, true)), false);
        restarted.rememberDividers(List.of(0.25, 0.7), false);

        assertThat(states.preferences.get().columns()).containsExactly(new ColumnLayout(SortColumn.TITLE, 380, true));
        assertThat(states.preferences.get().dividers()).containsExactly(0.25, 0.7);
    }
}
