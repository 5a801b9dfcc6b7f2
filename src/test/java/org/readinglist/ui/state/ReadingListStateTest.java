package org.readinglist.ui.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readinglist.model.ReadMarks;
import org.readinglist.model.ShowFilter;
import org.readinglist.model.SortColumn;
import org.readinglist.model.SortKey;
import org.readinglist.model.TagMatch;
import org.readinglist.persistence.files.ArticlesFileException;
import org.readinglist.library.ArticleChange;
import org.readinglist.library.ListLoader;
import org.readinglist.model.Article;
import org.readinglist.ui.DeferredTaskExecutor;
import org.readinglist.ui.TestStates;

class ReadingListStateTest {

    private static final String DRUID_ID =
            "stop-answering-the-same-question-twice-interval-aware-caching-for-druid-at-netflix-scale-22fadc9b840e";

    @Test
    void removalsTakeEffectInOrderAndUndoBringsEachBackWithItsMark() {
        TestStates states = new TestStates(Map.of(DRUID_ID, Instant.parse("2026-11-01T08:00:00Z"))).loaded();
        ReadingListState state = states.state;
        java.util.List<org.readinglist.model.Article> before = state.articles();
        java.util.List<ArticleRow> first = java.util.List.of(state.row(DRUID_ID).orElseThrow(),
                state.visibleRows().get(0));
        java.util.List<ArticleRow> second = java.util.List.of(state.visibleRows().get(5));

        state.remove(first);
        state.remove(second);

        assertThat(state.articles()).hasSize(16);
        assertThat(state.visibleRows()).hasSize(16);
        assertThat(state.row(DRUID_ID)).isEmpty();
        assertThat(state.undo()).isTrue();
        assertThat(state.articles()).hasSize(17);
        assertThat(state.undo()).isTrue();
        assertThat(state.articles()).containsExactlyInAnyOrderElementsOf(before);
        assertThat(state.row(DRUID_ID).orElseThrow().isRead()).isTrue();
        assertThat(states.infos).contains("2 articles were removed. Ctrl+Z brings them back.",
                "1 article was removed. Ctrl+Z brings it back.");
    }

    @Test
    void loadingShowsAllArticlesNewestFirstWithStoredMarks() {
        Instant earlier = Instant.parse("2026-11-01T08:00:00Z");
        TestStates states = new TestStates(Map.of(DRUID_ID, earlier, "gone-from-the-list", earlier)).loaded();
        ReadingListState state = states.state;

        assertThat(state.visibleRows()).hasSize(19);
        assertThat(state.visibleRows().get(0).article().title()).isEqualTo("Scaling ArchUnit with Nebula ArchRules");
        ArticleRow druid = state.row(DRUID_ID).orElseThrow();
        assertThat(druid.isRead()).isTrue();
        assertThat(druid.getReadAt()).isEqualTo(earlier);
        assertThat(state.getResult().readCount()).isEqualTo(1);
        assertThat(state.loadingProperty().get()).isFalse();
    }

    @Test
    void markingReadSavesOneSnapshotThatKeepsMarksForUnknownArticles() {
        Instant earlier = Instant.parse("2026-11-01T08:00:00Z");
        TestStates states = new TestStates(Map.of("gone-from-the-list", earlier)).loaded();
        ReadingListState state = states.state;
        List<ArticleRow> firstThree = List.copyOf(state.visibleRows().subList(0, 3));

        state.setRead(firstThree, true);

        assertThat(states.saves).hasSize(1);
        Map<String, Instant> saved = states.saves.get(0).read();
        assertThat(saved).containsEntry("gone-from-the-list", earlier).hasSize(4);
        assertThat(firstThree).allSatisfy(row -> {
            assertThat(row.isRead()).isTrue();
            assertThat(row.getReadAt()).isEqualTo(TestStates.NOW);
        });
        assertThat(state.getResult().readCount()).isEqualTo(3);
        assertThat(state.getResult().unreadMinutes()).isEqualTo(16 * 5);
    }

    @Test
    void markingAlreadyReadRowsReadAgainSavesNothing() {
        TestStates states = new TestStates().loaded();
        List<ArticleRow> one = List.of(states.state.visibleRows().get(0));
        states.state.setRead(one, true);

        states.state.setRead(one, true);

        assertThat(states.saves).hasSize(1);
    }

    @Test
    void toggleMarksReadUnlessAllAreReadThenUnread() {
        TestStates states = new TestStates().loaded();
        ReadingListState state = states.state;
        List<ArticleRow> two = List.copyOf(state.visibleRows().subList(0, 2));
        state.setRead(List.of(two.get(0)), true);

        state.toggleRead(two);
        assertThat(two).allMatch(ArticleRow::isRead);

        state.toggleRead(two);
        assertThat(two).noneMatch(ArticleRow::isRead);
    }

    @Test
    void unreadFilterDropsARowAsSoonAsItIsMarkedRead() {
        ReadingListState state = new TestStates().loaded().state;
        state.filters().showProperty().set(ShowFilter.UNREAD);
        ArticleRow first = state.visibleRows().get(0);

        state.setRead(List.of(first), true);

        assertThat(state.visibleRows()).hasSize(18).doesNotContain(first);
    }

    @Test
    void filtersCombineAndClearFiltersResetsThemButKeepsTheSort() {
        ReadingListState state = new TestStates().loaded().state;
        state.filters().sortProperty().set(List.of(SortKey.ascending(SortColumn.TITLE)));
        state.filters().toggleTag("ml-systems");
        state.filters().toggleTag("microservices");
        assertThat(state.visibleRows()).hasSize(2);
        state.filters().tagMatchProperty().set(TagMatch.ANY);
        assertThat(state.visibleRows()).hasSize(12);
        state.filters().searchTextProperty().set("netflix needed");
        int withText = state.visibleRows().size();
        assertThat(withText).isLessThan(12).isPositive();

        state.filters().clear();

        assertThat(state.visibleRows()).hasSize(19);
        assertThat(state.filters().selectedTags()).isEmpty();
        assertThat(state.filters().searchTextProperty().get()).isEmpty();
        assertThat(state.visibleRows().get(0).article().title())
                .isEqualTo("Automating RDS Postgres to Aurora Postgres Migration");
    }

    @Test
    void showOnlyTagReplacesTheTagSelection() {
        ReadingListState state = new TestStates().loaded().state;
        state.filters().toggleTag("ml-systems");

        state.filters().showOnlyTag("databases");

        assertThat(state.filters().selectedTags()).containsExactly("databases");
        assertThat(state.visibleRows()).hasSize(3);
    }

    @Test
    void aBrokenArticlesFileIsReportedAndTheBundledListIsShown(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"articles\": [", StandardCharsets.UTF_8);
        TestStates states = new TestStates();

        states.state.load(Optional.of(broken));

        assertThat(states.state.visibleRows()).hasSize(19);
        assertThat(states.warnings).singleElement().asString()
                .startsWith("Nothing was imported from " + broken + ": ").contains("not valid JSON");
        assertThat(states.state.sourceNameProperty().get()).isEqualTo("your library");
    }

    @Test
    void anArticlesFileComesIntoTheLibrary(@TempDir Path dir) throws Exception {
        Path mine = dir.resolve("mine.json");
        Files.writeString(mine, "{\"articles\": [{\"title\": \"One\", \"tags\": [\"a\"]},"
                + " {\"title\": \"Two\", \"tags\": [\"a\", \"b\"]}]}", StandardCharsets.UTF_8);
        TestStates states = new TestStates().withoutBundledArticles();

        states.state.load(Optional.of(mine));

        assertThat(states.state.visibleRows()).extracting(row -> row.article().title())
                .containsExactlyInAnyOrder("One", "Two");
        assertThat(states.state.tagTotals()).hasSize(2);
        assertThat(states.warnings).isEmpty();
    }

    @Test
    void markingUnreadRecordsWhenSoAMergeCannotBringTheMarkBack() {
        TestStates states = new TestStates().loaded();
        ArticleRow first = states.state.visibleRows().get(0);
        states.state.setRead(List.of(first), true);

        states.state.setRead(List.of(first), false);

        org.readinglist.model.ReadMarks saved = states.saves.get(1);
        assertThat(saved.read()).doesNotContainKey(first.id());
        assertThat(saved.unread()).containsEntry(first.id(), TestStates.NOW);
    }

    @Test
    void adoptingStoredMarksShowsWhatAnotherInstanceMarked() {
        TestStates states = new TestStates().loaded();
        ReadingListState state = states.state;
        state.filters().showProperty().set(ShowFilter.READ);
        Instant elsewhere = Instant.parse("2026-11-28T11:00:00Z");

        state.adopt(org.readinglist.model.ReadMarks.of(Map.of(DRUID_ID, elsewhere)), false);

        assertThat(state.row(DRUID_ID).orElseThrow().isRead()).isTrue();
        assertThat(state.visibleRows()).extracting(ArticleRow::id).containsExactly(DRUID_ID);
    }

    @Test
    void openingAnotherListKeepsAMarkWhoseSaveIsStillPending() {
        TestStates states = new TestStates().loaded();
        ReadingListState state = states.state;
        state.setRead(List.of(state.row(DRUID_ID).orElseThrow()), true); // not in the store yet
        String other = state.visibleRows().get(0).id();
        states.stored.put(other, TestStates.NOW.minusSeconds(30)); // marked by another instance meanwhile

        state.load(Optional.empty()); // reads the marks the store holds now

        assertThat(state.row(DRUID_ID).orElseThrow().isRead()).isTrue();
        assertThat(state.row(other).orElseThrow().isRead()).isTrue();
        assertThat(state.readMarks().read()).containsOnlyKeys(DRUID_ID, other);
        assertThat(state.getResult().readCount()).isEqualTo(2);
    }

    @Test
    void aLaterLocalChangeWinsOverAnOlderStoredMark() {
        TestStates states = new TestStates().loaded();
        ReadingListState state = states.state;
        ArticleRow druid = state.row(DRUID_ID).orElseThrow();
        state.setRead(List.of(druid), true);
        state.setRead(List.of(druid), false); // unread at NOW

        state.adopt(org.readinglist.model.ReadMarks.of(Map.of(DRUID_ID, TestStates.NOW.minusSeconds(60))), false);

        assertThat(druid.isRead()).isFalse();
    }

    @Test
    void restoringReplacesTheMarks() {
        TestStates states = new TestStates().loaded();
        ReadingListState state = states.state;
        state.setRead(List.copyOf(state.visibleRows().subList(0, 3)), true);

        state.adopt(org.readinglist.model.ReadMarks.of(Map.of(DRUID_ID, TestStates.NOW)), true);

        assertThat(state.getResult().readCount()).isEqualTo(1);
        assertThat(state.row(DRUID_ID).orElseThrow().isRead()).isTrue();
    }

    @Test
    void aNewResultIsOneReplaceOfAllRowsWithTheOldRowsAsRemoved() {
        ReadingListState state = new TestStates().loaded().state;
        List<ArticleRow> before = List.copyOf(state.visibleRows());
        List<javafx.collections.ListChangeListener.Change<? extends ArticleRow>> changes = new java.util.ArrayList<>();
        List<List<ArticleRow>> removed = new java.util.ArrayList<>();
        List<List<ArticleRow>> added = new java.util.ArrayList<>();
        state.visibleRows().addListener((javafx.collections.ListChangeListener<ArticleRow>) change -> {
            changes.add(change);
            while (change.next()) {
                assertThat(change.wasReplaced()).isTrue();
                assertThat(change.wasPermutated()).isFalse();
                removed.add(List.copyOf(change.getRemoved()));
                added.add(List.copyOf(change.getAddedSubList()));
            }
        });

        state.filters().searchTextProperty().set("druid");

        assertThat(changes).hasSize(1);
        assertThat(removed).containsExactly(before);
        assertThat(added).containsExactly(List.copyOf(state.visibleRows()));
        assertThat(state.visibleRows()).hasSize(1);
        assertThat(state.visibleRows().indexOf(state.visibleRows().get(0))).isZero();
        assertThat(state.visibleRows().indexOf(before.get(0))).isEqualTo(
                before.get(0) == state.visibleRows().get(0) ? 0 : -1);

        state.filters().searchTextProperty().set("druid");
        assertThat(changes).as("the same result again changes nothing").hasSize(1);
    }

    @Test
    void aListLoadedBeforeTheWindowIsShownAtOnce() throws Exception {
        TestStates states = new TestStates(Map.of(DRUID_ID, Instant.parse("2026-11-01T08:00:00Z")));
        ListLoader.Loaded loaded = states.loader.load(Optional.empty(), part -> { });

        states.state.show(CompletableFuture.completedFuture(loaded), new ListLoader.Progress());

        assertThat(states.state.loadingProperty().get()).isFalse();
        assertThat(states.state.visibleRows()).hasSize(19);
        assertThat(states.state.row(DRUID_ID).orElseThrow().isRead()).isTrue();
        assertThat(states.state.sourceNameProperty().get()).isEqualTo("your library");
    }

    @Test
    void aListStillLoadingShowsHowFarItIsAndThenTheArticles() throws Exception {
        TestStates states = new TestStates();
        CompletableFuture<ListLoader.Loaded> list = new CompletableFuture<>();
        ListLoader.Progress progress = new ListLoader.Progress();
        progress.accept(0.25); // read before the window was there

        states.state.show(list, progress);

        assertThat(states.state.loadingProperty().get()).isTrue();
        assertThat(states.state.loadProgressProperty().get()).isEqualTo(0.25);
        assertThat(states.state.visibleRows()).isEmpty();
        progress.accept(0.5);
        assertThat(states.state.loadProgressProperty().get()).isEqualTo(0.5);

        list.complete(states.loader.load(Optional.empty(), part -> { }));

        assertThat(states.state.loadingProperty().get()).isFalse();
        assertThat(states.state.visibleRows()).hasSize(19);
    }

    @Test
    void aListThatCannotBeLoadedIsReportedAndLoadingEnds() {
        TestStates states = new TestStates();
        CompletableFuture<ListLoader.Loaded> list = new CompletableFuture<>();
        states.state.show(list, new ListLoader.Progress());

        list.completeExceptionally(new ArticlesFileException("articles.json", "the disk is gone"));

        assertThat(states.state.loadingProperty().get()).isFalse();
        assertThat(states.warnings).containsExactly(
                "The reading list could not be loaded: articles.json: the disk is gone");
    }

    @Test
    void aListOpenedWhileTheFirstIsStillLoadingIsTheOneShown(@TempDir Path dir) throws Exception {
        TestStates states = new TestStates().withoutBundledArticles();
        CompletableFuture<ListLoader.Loaded> first = new CompletableFuture<>();
        ListLoader.Progress firstProgress = new ListLoader.Progress();
        states.state.show(first, firstProgress);
        Path other = dir.resolve("other.json");
        Files.writeString(other, """
                {"articles": [{"title": "One"}, {"title": "Two"}]}""", StandardCharsets.UTF_8);
        states.state.load(Optional.of(other));

        firstProgress.accept(0.9);
        first.complete(states.loader.load(Optional.empty(), part -> { }));

        assertThat(states.state.visibleRows()).extracting(row -> row.article().title())
                .containsExactlyInAnyOrder("One", "Two");
        assertThat(states.state.loadProgressProperty().get()).isNotEqualTo(0.9);
    }

    @Test
    void progressReachesAListenerThatComesLateAndEveryPartAfter() {
        ListLoader.Progress progress = new ListLoader.Progress();
        List<Double> heard = new java.util.ArrayList<>();
        progress.accept(0.1);
        progress.accept(0.2);

        progress.listen(heard::add);
        progress.accept(0.3);

        assertThat(heard).containsExactly(0.2, 0.3);
    }

    @Test
    void theMarksToSaveAreTakenWhenTheSaverAsksWithEveryChangeUpToThen() {
        TestStates states = new TestStates().loaded();
        ArticleRow first = states.state.visibleRows().get(0);
        ArticleRow second = states.state.visibleRows().get(1);

        states.state.setRead(List.of(first), true);
        states.state.setRead(List.of(second), true);

        assertThat(states.saveRequests).hasSize(2);
        assertThat(states.saveRequests.get(0).get().read()).containsOnlyKeys(first.id(), second.id());
    }

    @Test
    void marksCopiedOnAnotherThreadWhileAnArticleChangesHoldItReadOrUnreadNeverNeither() throws Exception {
        TestStates states = new TestStates().loaded();
        ArticleRow row = states.state.visibleRows().get(0);
        states.state.setRead(List.of(row), true);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger copies = new AtomicInteger();
        List<String> problems = new CopyOnWriteArrayList<>();
        Thread saver = new Thread(() -> {
            while (!stop.get()) {
                ReadMarks marks = states.state.readMarks();
                copies.incrementAndGet();
                if (!marks.read().containsKey(row.id()) && !marks.unread().containsKey(row.id())) {
                    problems.add("a copy had the article neither read nor unread");
                }
            }
        });
        saver.start();
        try {
            for (int i = 0; i < 20_000 || copies.get() < 100; i++) {
                states.state.toggleRead(List.of(row));
            }
        } finally {
            stop.set(true);
            saver.join();
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void aLongListsIndexIsBuiltAfterItsFirstFrameIsDrawn(@TempDir Path dir) throws Exception {
        Path articles = dir.resolve("long.json");
        org.readinglist.bench.SyntheticList.write(6_000, 42, 100, articles);
        List<Runnable> frames = new java.util.ArrayList<>();
        List<String> started = new java.util.ArrayList<>();
        TestStates states = new TestStates(Map.of(), new org.readinglist.ui.util.TaskExecutor() {
            @Override
            public <T> void execute(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                                    java.util.function.Consumer<Exception> onFailure) {
                started.add("task");
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            }

            @Override
            public void runOnUi(Runnable action) {
                action.run();
            }

            @Override
            public void afterNextFrame(Runnable action) {
                frames.add(action);
            }

            @Override
            public void shutdown() {
            }
        });

        states.withoutBundledArticles();
        states.state.load(Optional.of(articles));

        assertThat(states.state.articleCount()).isEqualTo(6_000);
        assertThat(states.state.indexedProperty().get()).isFalse();
        assertThat(started).as("only the load has run").hasSize(1);

        frames.forEach(Runnable::run); // the first frame is drawn

        assertThat(started).hasSize(2);
        assertThat(states.state.indexedProperty().get()).isTrue();
    }

    @Test
    void anArticleJustAddedIsSelectedOnceTheRebuiltListHasItsRowEvenBehindAFilter() {
        DeferredTaskExecutor background = new DeferredTaskExecutor();
        TestStates states = new TestStates(Map.of(), background).loaded();
        background.runAll();
        ReadingListState state = states.state;
        state.filters().toggleTag("search");
        Article added = new Article("added-1", "New", "", "", List.of("feeds"), 3, "https://example.com/n", null,
                null);

        state.change(ArticleChange.added(added));
        state.reveal("added-1");
        assertThat(state.selectedArticleProperty().get()).as("not listed before the rebuild").isNull();
        background.runAll();

        assertThat(state.selectedArticleProperty().get().id()).isEqualTo("added-1");
        assertThat(state.filters().selectedTags()).as("the filter hid it").isEmpty();
        assertThat(state.visibleRows()).contains(state.selectedArticleProperty().get());
    }

    @Test
    void theRowOfAnEditedArticleIsFoundInTheRebuiltList() {
        ReadingListState state = new TestStates().loaded().state;
        ArticleRow before = state.row(DRUID_ID).orElseThrow();
        assertThat(state.currentRow(before)).isSameAs(before);
        Article edited = new Article(DRUID_ID, "Druid caching", "Netflix", "", List.of("caching"), 4, null, null,
                null);

        state.change(ArticleChange.edited(before.article(), edited));

        ArticleRow now = state.currentRow(before);
        assertThat(now).isNotSameAs(before);
        assertThat(now.article()).isEqualTo(edited);
        assertThat(state.currentRow(now)).isSameAs(now);
    }
}
