package org.readinglist.ui.tags;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.readinglist.model.TagMatch;
import org.readinglist.ui.TestStates;
import org.readinglist.ui.state.ReadingListState;

class TagCloudViewModelTest {

    private final ReadingListState state = new TestStates().loaded().state;
    private final TagCloudViewModel viewModel = new TagCloudViewModel(state);

    private TagCloudItem item(String tag) {
        return viewModel.items().stream().filter(i -> i.name().equals(tag)).findFirst().orElseThrow();
    }

    @Test
    void everyTagIsListedAlphabeticallyWithItsCount() {
        assertThat(viewModel.items()).extracting(TagCloudItem::name).isSorted()
                .contains("search", "ml-systems", "caching");
        assertThat(item("search").count()).isEqualTo(2);
        assertThat(item("distributed-systems").count()).isEqualTo(8);
    }

    @Test
    void frequentTagsAreLargerThanRareOnes() {
        assertThat(item("distributed-systems").size()).isEqualTo(TagCloudViewModel.SIZE_STEPS);
        assertThat(item("observability").size()).isEqualTo(1);
        assertThat(item("search").size()).isBetween(2, TagCloudViewModel.SIZE_STEPS - 1);
    }

    @Test
    void countsFollowTheResultAndTagsThatWouldGiveNothingAreDimmed() {
        viewModel.toggle("ml-systems");

        assertThat(item("ml-systems").selected()).isTrue();
        assertThat(item("ml-systems").count()).isEqualTo(7);
        assertThat(item("microservices").count()).isEqualTo(2);
        assertThat(item("caching").count()).isZero();
        assertThat(item("caching").dimmed()).isTrue();
        assertThat(item("microservices").dimmed()).isFalse();
        assertThat(item("ml-systems").accessibleText()).isEqualTo("ml-systems, 7 articles, selected");
    }

    @Test
    void withAnyMatchCountsShowWhatEachTagWouldAdd() {
        viewModel.toggle("ml-systems");
        viewModel.tagMatchProperty().set(TagMatch.ANY);

        assertThat(item("caching").count()).isEqualTo(1);
        assertThat(item("caching").dimmed()).isFalse();
    }

    @Test
    void countsFollowTheSearchText() {
        state.searchTextProperty().set("druid");

        assertThat(item("caching").count()).isEqualTo(1);
        assertThat(item("search").dimmed()).isTrue();
    }

    @Test
    void clearDeselectsEveryTag() {
        viewModel.toggle("ml-systems");
        viewModel.toggle("search");
        assertThat(viewModel.hasSelectionProperty().get()).isTrue();

        viewModel.clear();

        assertThat(viewModel.items()).noneMatch(TagCloudItem::selected);
        assertThat(viewModel.hasSelectionProperty().get()).isFalse();
    }

    @Test
    void sizeStepsAreLogarithmicBetweenRarestAndMostFrequent() {
        assertThat(TagCloudViewModel.sizeStep(1, 1, 1000)).isEqualTo(1);
        assertThat(TagCloudViewModel.sizeStep(1000, 1, 1000)).isEqualTo(5);
        assertThat(TagCloudViewModel.sizeStep(32, 1, 1000)).isEqualTo(3);
        assertThat(TagCloudViewModel.sizeStep(4, 4, 4)).isEqualTo(3);
    }
}
