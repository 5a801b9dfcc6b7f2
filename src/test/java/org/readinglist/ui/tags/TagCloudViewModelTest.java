package org.readinglist.ui.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.readinglist.i18n.Messages;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readinglist.logic.ArticleQueryEngine.TagCount;
import org.readinglist.model.TagMatch;
import org.readinglist.ui.ManyTags;
import org.readinglist.ui.TestStates;
import org.readinglist.ui.state.ReadingListState;

class TagCloudViewModelTest {

    private final ReadingListState state = new TestStates().loaded().state;
    private final TagCloudViewModel viewModel = new TagCloudViewModel(state, Messages.of(Locale.US));

    @TempDir
    Path files;

    private TagCloudItem item(String tag) {
        return viewModel.items().stream().filter(i -> i.name().equals(tag)).findFirst().orElseThrow();
    }

    private ReadingListState many;
    private TagCloudViewModel cloud;

    /** A list of 1,000 articles with 5,000 distinct tags, most of them on one article only. */
    private void loadManyTags() throws IOException {
        many = new TestStates().withoutBundledArticles().loaded(ManyTags.write(files.resolve("many.json"), 1_000, 5_000)).state;
        assertThat(many.tagTotals()).hasSize(5_000);
        cloud = new TagCloudViewModel(many, Messages.of(Locale.US));
    }

    private List<String> shownTags() {
        return cloud.items().stream().map(TagCloudItem::name).toList();
    }

    private Set<String> tagsContaining(String text) {
        return many.tagTotals().stream().map(TagCount::tag).filter(tag -> tag.contains(text))
                .collect(Collectors.toSet());
    }

    private int total(String tag) {
        return many.tagTotals().stream().filter(t -> t.tag().equals(tag)).findFirst().orElseThrow().count();
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
        state.filters().searchTextProperty().set("druid");

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

    // ---- thousands of tags

    @Test
    void withThousandsOfTagsTheCloudShowsTheMostFrequentOnesAlphabetically() throws IOException {
        loadManyTags();

        assertThat(shownTags()).hasSize(TagCloudViewModel.INITIAL_LIMIT).isSorted();
        int rarestShown = cloud.items().stream().mapToInt(TagCloudItem::total).min().orElseThrow();
        assertThat(many.tagTotals()).filteredOn(t -> !shownTags().contains(t.tag()))
                .allMatch(hidden -> hidden.count() <= rarestShown);
        assertThat(shownTags()).contains(ManyTags.tag(0), ManyTags.tag(40));
        assertThat(cloud.items()).filteredOn(i -> i.name().equals(ManyTags.tag(0)))
                .extracting(TagCloudItem::size).containsExactly(TagCloudViewModel.SIZE_STEPS);
        assertThat(cloud.hiddenCountProperty().get()).isEqualTo(4_940);
        assertThat(cloud.canShowMoreProperty().get()).isTrue();
        assertThat(cloud.showMoreTextProperty().get()).isEqualTo("Show 500 more (4,940 hidden)");
        assertThat(cloud.noteProperty().get()).isEmpty();
    }

    @Test
    void aSelectedRareTagIsShownBesideTheMostFrequentOnes() throws IOException {
        loadManyTags();
        String rare = ManyTags.tag(4_999);
        assertThat(shownTags()).doesNotContain(rare);

        cloud.toggle(rare);

        assertThat(shownTags()).contains(rare).hasSize(TagCloudViewModel.INITIAL_LIMIT + 1).isSorted();
        assertThat(cloud.items()).filteredOn(TagCloudItem::selected).extracting(TagCloudItem::name)
                .containsExactly(rare);
        assertThat(cloud.hiddenCountProperty().get()).isEqualTo(4_939);
    }

    @Test
    void theFilterNarrowsTheCloudToTagsContainingTheTextIgnoringCase() throws IOException {
        loadManyTags();
        Set<String> matches = tagsContaining("cache-r");
        assertThat(matches).hasSizeBetween(2, TagCloudViewModel.INITIAL_LIMIT);

        cloud.filterTextProperty().set(" Cache-R");

        assertThat(shownTags()).containsExactlyInAnyOrderElementsOf(matches).isSorted();
        assertThat(cloud.canShowMoreProperty().get()).isFalse();
        assertThat(cloud.noteProperty().get()).isEmpty();
    }

    @Test
    void theLimitAppliesToTheMatchesOfTheFilter() throws IOException {
        loadManyTags();
        Set<String> matches = tagsContaining("stream");
        assertThat(matches).hasSizeBetween(TagCloudViewModel.INITIAL_LIMIT + 1, TagCloudViewModel.MAX_LIMIT);

        cloud.filterTextProperty().set("stream");

        assertThat(shownTags()).hasSize(TagCloudViewModel.INITIAL_LIMIT).allMatch(matches::contains);
        assertThat(cloud.showMoreTextProperty().get())
                .isEqualTo("Show all " + matches.size() + " matching tags");
        cloud.showMore();
        assertThat(shownTags()).containsExactlyInAnyOrderElementsOf(matches);
        assertThat(cloud.canShowMoreProperty().get()).isFalse();
    }

    @Test
    void showMoreRaisesTheLimitInStepsButNeverShowsEveryTag() throws IOException {
        loadManyTags();

        cloud.showMore();
        assertThat(shownTags()).hasSize(TagCloudViewModel.INITIAL_LIMIT + TagCloudViewModel.LIMIT_STEP);
        assertThat(cloud.showMoreTextProperty().get()).isEqualTo("Show 440 more (4,440 hidden)");

        cloud.showMore();
        assertThat(shownTags()).hasSize(TagCloudViewModel.MAX_LIMIT).isSorted();
        assertThat(cloud.canShowMoreProperty().get()).isFalse();
        assertThat(cloud.noteProperty().get())
                .isEqualTo("4,000 more tags are not shown. Type in the filter to find them.");

        cloud.showMore();
        assertThat(shownTags()).hasSize(TagCloudViewModel.MAX_LIMIT);
    }

    @Test
    void showMoreAddsTheNextMostFrequentTags() throws IOException {
        loadManyTags();
        List<String> before = shownTags();

        cloud.showMore();

        int rarestBefore = before.stream().mapToInt(this::total).min().orElseThrow();
        assertThat(shownTags()).containsAll(before).filteredOn(tag -> !before.contains(tag))
                .allMatch(added -> total(added) <= rarestBefore);
    }

    @Test
    void typingStartsAgainFromTheFirstLimitAndClearingTheFilterShowsTheMostFrequentAgain() throws IOException {
        loadManyTags();
        List<String> initial = shownTags();
        cloud.showMore();

        cloud.filterTextProperty().set("s");
        assertThat(shownTags()).hasSize(TagCloudViewModel.INITIAL_LIMIT);
        cloud.clearFilter();

        assertThat(cloud.filterTextProperty().get()).isEmpty();
        assertThat(shownTags()).isEqualTo(initial);
    }

    @Test
    void whenNoTagMatchesTheNoteSaysSoAndSelectedTagsStay() throws IOException {
        loadManyTags();
        cloud.toggle(ManyTags.tag(7));

        cloud.filterTextProperty().set("no such tag");

        assertThat(shownTags()).containsExactly(ManyTags.tag(7));
        assertThat(cloud.noteProperty().get()).isEqualTo("No tag matches \u201Cno such tag\u201D.");
        assertThat(cloud.canShowMoreProperty().get()).isFalse();
        assertThat(cloud.hiddenCountProperty().get()).isZero();
    }

    @Test
    void aShortListShowsEveryTagWithoutShowMoreOrNote() {
        assertThat(viewModel.items()).hasSize(state.tagTotals().size());
        assertThat(viewModel.canShowMoreProperty().get()).isFalse();
        assertThat(viewModel.hiddenCountProperty().get()).isZero();
        assertThat(viewModel.noteProperty().get()).isEmpty();

        viewModel.filterTextProperty().set("SYSTEMS");
        assertThat(viewModel.items()).extracting(TagCloudItem::name)
                .containsExactly("distributed-systems", "ml-systems", "real-time-systems", "storage-systems");
    }
}
