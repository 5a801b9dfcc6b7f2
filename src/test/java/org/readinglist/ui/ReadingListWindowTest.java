package org.readinglist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.readinglist.model.Article;
import org.readinglist.model.ReadMarks;
import org.readinglist.persistence.files.GsonArticleRepository;
import org.readinglist.persistence.library.LibraryStore;
import org.readinglist.persistence.library.TestLibraries;
import org.readinglist.ui.state.ArticleRow;
import org.readinglist.web.UrlNormalizer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window as a person uses it: clicking tags, typing, sorting, selecting, marking read, restarting. */
@ExtendWith(ApplicationExtension.class)
class ReadingListWindowTest {

    private static final String DRUID_TITLE =
            "Stop Answering the Same Question Twice: Interval-Aware Caching for Druid at Netflix Scale";
    private static final String FIRST_TITLE =
            "Democratizing Machine Learning at Netflix: Building the Model Lifecycle Graph";

    @TempDir
    Path dataDir;

    private ReadingListWindow window;

    @Start
    void start(Stage stage) {
        window = new ReadingListWindow(stage);
        window.open(dataDir, List.of());
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(window::close);
    }

    @Test
    void showsTheNineteenBundledArticlesNewestFirst(FxRobot robot) throws Exception {
        window.waitUntilLoaded();

        assertThat(table(robot).getItems()).hasSize(19);
        assertThat(titles(robot).get(0)).isEqualTo("Scaling ArchUnit with Nebula ArchRules"); // 2026-05-08
        assertThat(titles(robot).get(18)).isEqualTo("Automating RDS Postgres to Aurora Postgres Migration");
        assertThat(status(robot)).isEqualTo("Showing 19 of 19 · 0 read · 95 min unread");
        assertSortedNewestFirstInTheHeader(robot);
    }

    @Test
    void aListLoadedAfterTheWindowIsShownIsNewestFirstToo(FxRobot robot) throws Exception {
        robot.interact(() -> window.openLoadingAfterwards(dataDir, List.of()));
        window.waitUntilLoaded();

        assertThat(titles(robot)).hasSize(19).first().isEqualTo("Scaling ArchUnit with Nebula ArchRules");
        assertSortedNewestFirstInTheHeader(robot);
    }

    /** The Published header carries the sort arrow, pointing down. */
    private static void assertSortedNewestFirstInTheHeader(FxRobot robot) {
        assertThat(table(robot).getSortOrder()).singleElement().satisfies(column -> {
            assertThat(column.getText()).isEqualTo("Published");
            assertThat(column.getSortType()).isEqualTo(TableColumn.SortType.DESCENDING);
        });
        assertThat(robot.lookup(".column-header .arrow").<Node>queryAll()).filteredOn(Node::isVisible).hasSize(1);
    }

    @Test
    void clickingTagSearchShowsExactlyTheTwoSearchArticles(FxRobot robot) throws Exception {
        window.waitUntilLoaded();

        robot.clickOn(tag(robot, "search"));

        assertThat(titles(robot)).containsExactlyInAnyOrder(
                "Powering Multimodal Intelligence for Video Search", "The AI Evolution of Graph Search at Netflix");
        assertThat(status(robot)).startsWith("Showing 2 of 19");
        assertThat(tag(robot, "search").getPseudoClassStates().toString()).contains("selected");
    }

    @Test
    void twoTagsShowArticlesWithBothAndTheAnySwitchShowsEitherThenClearResets(FxRobot robot) throws Exception {
        window.waitUntilLoaded();

        robot.clickOn(tag(robot, "ml-systems"));
        robot.clickOn(tag(robot, "microservices"));
        assertThat(titles(robot)).containsExactlyInAnyOrder(FIRST_TITLE,
                "MediaFM: The Multimodal AI Foundation for Media Understanding at Netflix");
        assertThat(tag(robot, "caching").getPseudoClassStates().toString()).contains("dimmed");

        robot.clickOn("Any tag");
        assertThat(table(robot).getItems()).hasSize(12);

        robot.clickOn("Clear");
        assertThat(table(robot).getItems()).hasSize(19);
        assertThat(tag(robot, "ml-systems").getPseudoClassStates().toString()).doesNotContain("selected");
    }

    @Test
    void clickingASelectedTagAgainDeselectsIt(FxRobot robot) throws Exception {
        window.waitUntilLoaded();

        robot.clickOn(tag(robot, "databases"));
        assertThat(table(robot).getItems()).hasSize(3);
        robot.clickOn(tag(robot, "databases"));
        assertThat(table(robot).getItems()).hasSize(19);
    }

    @Test
    void tagsCanBeReachedAndToggledWithTheKeyboard(FxRobot robot) throws Exception {
        window.waitUntilLoaded();

        robot.interact(() -> tag(robot, "caching").requestFocus());
        robot.type(KeyCode.SPACE);
        assertThat(table(robot).getItems()).hasSize(1);
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        Node focused = stageOf(robot).getScene().getFocusOwner();
        assertThat(focused.getUserData()).isEqualTo("databases");
    }

    @Test
    void typingDruidLeavesTheOneDruidArticleAndEscapeClearsIt(FxRobot robot) throws Exception {
        window.waitUntilLoaded();

        robot.clickOn(searchField(robot)).write("druid");
        assertThat(titles(robot)).containsExactly(DRUID_TITLE);

        robot.type(KeyCode.ESCAPE);
        assertThat(searchField(robot).getText()).isEmpty();
        assertThat(table(robot).getItems()).hasSize(19);
    }

    @Test
    void searchCombinesWithTheTagFilterAndMatchesAuthors(FxRobot robot) throws Exception {
        window.waitUntilLoaded();

        robot.clickOn(tag(robot, "ml-systems"));
        robot.clickOn(searchField(robot)).write("saish");
        assertThat(titles(robot)).containsExactly(FIRST_TITLE);
    }

    @Test
    void slashAndCtrlFFocusTheSearchField(FxRobot robot) throws Exception {
        window.waitUntilLoaded();

        robot.clickOn(cellWithText(robot, FIRST_TITLE));
        robot.write("/");
        assertThat(searchField(robot).isFocused()).isTrue();
        assertThat(searchField(robot).getText()).isEmpty();

        robot.clickOn(cellWithText(robot, FIRST_TITLE));
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertThat(searchField(robot).isFocused()).isTrue();
    }

    @Test
    void clickingTheTitleHeaderSortsByTitle(FxRobot robot) throws Exception {
        window.waitUntilLoaded();

        robot.clickOn(header(robot, "Title"));
        List<String> ascending = titles(robot);
        assertThat(ascending.get(0)).isEqualTo("Automating RDS Postgres to Aurora Postgres Migration");
        assertThat(ascending).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);

        robot.clickOn(header(robot, "Title"));
        assertThat(titles(robot)).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());
    }

    @Test
    void selectingARowFillsTheDetailView(FxRobot robot) throws Exception {
        window.waitUntilLoaded();
        assertThat(robot.lookup("No article selected").queryLabeled().isVisible()).isTrue();

        robot.clickOn(cellWithText(robot, FIRST_TITLE));

        assertThat(label(robot, "#titleLabel").getText()).isEqualTo(FIRST_TITLE);
        assertThat(label(robot, "#publishedLabel").getText()).isEqualTo("May 4, 2026");
        assertThat(label(robot, "#authorsLabel").getText()).isEqualTo("Saish Sali, Nipun Kumar and Sura Elamurugu");
        assertThat(label(robot, "#readTimeLabel").getText()).isEqualTo("5 min read");
        assertThat(label(robot, "#readStatusLabel").getText()).isEqualTo("Unread");
        assertThat(label(robot, "#summaryLabel").getText()).startsWith("Netflix needed to manage the lifecycle");
        assertThat(robot.lookup(".chip").queryAllAs(Button.class)).extracting(Button::getText)
                .containsExactly("ml-systems", "microservices");
    }

    @Test
    void unknownFactsAreShownAsUnknown(FxRobot robot) throws Exception {
        window.waitUntilLoaded();

        robot.clickOn(cellWithText(robot, "Automating RDS Postgres to Aurora Postgres Migration"));

        assertThat(label(robot, "#publishedLabel").getText()).isEqualTo("Publication date unknown");
        assertThat(label(robot, "#authorsLabel").getText()).isEqualTo("Authors unknown");
        assertThat(robot.lookup("#openButton").queryButton().isDisabled()).isFalse();
    }

    @Test
    void clickingATagChipInTheDetailFiltersByThatTag(FxRobot robot) throws Exception {
        window.waitUntilLoaded();

        robot.clickOn(cellWithText(robot, DRUID_TITLE));
        robot.clickOn(robot.lookup(".chip").match((Button b) -> b.getText().equals("databases")).queryButton());

        assertThat(table(robot).getItems()).hasSize(3);
        assertThat(tag(robot, "databases").getPseudoClassStates().toString()).contains("selected");
    }

    @Test
    void markingAnArticleReadUpdatesTheRowDetailAndStatusLine(FxRobot robot) throws Exception {
        window.waitUntilLoaded();

        robot.clickOn(cellWithText(robot, FIRST_TITLE));
        robot.type(KeyCode.R);

        ArticleRow row = rowOf(robot, FIRST_TITLE);
        assertThat(row.isRead()).isTrue();
        assertThat(status(robot)).isEqualTo("Showing 19 of 19 · 1 read · 90 min unread");
        assertThat(label(robot, "#readStatusLabel").getText()).startsWith("Read on ");
        assertThat(readBoxOf(robot, FIRST_TITLE).isSelected()).isTrue();
        assertThat(rowNodeOf(robot, FIRST_TITLE).getPseudoClassStates().toString()).doesNotContain("unread");

        robot.clickOn("#toggleReadButton");
        assertThat(row.isRead()).isFalse();
        assertThat(status(robot)).isEqualTo("Showing 19 of 19 · 0 read · 95 min unread");
        assertThat(rowNodeOf(robot, FIRST_TITLE).getPseudoClassStates().toString()).contains("unread");
    }

    @Test
    void severalRowsAreMarkedReadAndUnreadFromTheContextMenu(FxRobot robot) throws Exception {
        window.waitUntilLoaded();

        robot.clickOn(cellWithText(robot, FIRST_TITLE));
        robot.press(KeyCode.SHIFT).clickOn(cellWithText(robot, DRUID_TITLE)).release(KeyCode.SHIFT);
        int selected = table(robot).getSelectionModel().getSelectedItems().size();
        assertThat(selected).isGreaterThan(1);

        openContextMenu(robot, cellWithText(robot, DRUID_TITLE));
        robot.clickOn(menuItem(robot, "Mark as read"));
        assertThat(status(robot)).contains(selected + " read");

        robot.clickOn("#showUnreadButton");
        assertThat(table(robot).getItems()).hasSize(19 - selected);

        robot.clickOn("#showAllButton");
        openContextMenu(robot, cellWithText(robot, DRUID_TITLE));
        robot.clickOn(menuItem(robot, "Mark as unread"));
        assertThat(status(robot)).contains("· " + (selected - 1) + " read");
        assertThat(rowOf(robot, DRUID_TITLE).isRead()).isFalse();
    }

    @Test
    void theReadCheckBoxMarksItsRow(FxRobot robot) throws Exception {
        window.waitUntilLoaded();

        robot.clickOn(readBoxOf(robot, DRUID_TITLE));

        assertThat(rowOf(robot, DRUID_TITLE).isRead()).isTrue();
        robot.clickOn("#showReadButton");
        assertThat(titles(robot)).containsExactly(DRUID_TITLE);
    }

    @Test
    void whenNothingMatchesTheTableSaysSoAndOffersToClearTheFilters(FxRobot robot) throws Exception {
        window.waitUntilLoaded();

        robot.clickOn(tag(robot, "caching"));
        robot.clickOn(searchField(robot)).write("no such article");

        assertThat(robot.lookup("No articles match the current filters.").tryQuery()).isPresent();
        robot.clickOn("Clear filters");
        assertThat(table(robot).getItems()).hasSize(19);
        assertThat(searchField(robot).getText()).isEmpty();
    }

    @Test
    void readMarksSurviveClosingAndStartingANewInstance(FxRobot robot) throws Exception {
        window.waitUntilLoaded();
        robot.clickOn(cellWithText(robot, DRUID_TITLE));
        robot.type(KeyCode.R);
        robot.interact(window::close);

        robot.interact(() -> window.open(dataDir, List.of()));
        window.waitUntilLoaded();

        assertThat(rowOf(robot, DRUID_TITLE).isRead()).isTrue();
        assertThat(readBoxOf(robot, DRUID_TITLE).isSelected()).isTrue();
        assertThat(status(robot)).contains("· 1 read");
    }

    @Test
    void openArticleOpensTheWebAddress(FxRobot robot) throws Exception {
        window.waitUntilLoaded();

        robot.clickOn(cellWithText(robot, FIRST_TITLE));
        robot.clickOn("Open article");

        assertThat(window.openedLinks).extracting(Object::toString).containsExactly(
                "https://netflixtechblog.com/democratizing-machine-learning-at-netflix-building-the-model-lifecycle-graph-5cc6d5828bb1");
    }

    @Test
    void aLinkThatIsNotAWebAddressIsRefusedWithAMessage(FxRobot robot, @TempDir Path files) throws Exception {
        Path articles = files.resolve("mine.json");
        Files.writeString(articles, "{\"articles\": [{\"title\": \"Sneaky\", \"url\": \"javascript:alert(1)\","
                + " \"tags\": [\"x\"]}, {\"title\": \"No link\"}]}", StandardCharsets.UTF_8);
        robot.interact(() -> window.open(dataDir, List.of("--articles", articles.toString())));
        window.waitUntilLoaded();

        robot.clickOn(cellWithText(robot, "Sneaky"));
        robot.clickOn("Open article");

        assertThat(window.openedLinks).isEmpty();
        assertThat(noticeText(robot)).contains("javascript:alert(1)").contains("Only http and https");

        robot.clickOn(cellWithText(robot, "No link"));
        assertThat(robot.lookup("#openButton").queryButton().isDisabled()).isTrue();
    }

    @Test
    void aBrokenArticlesFileIsReportedAndTheBundledListShown(FxRobot robot, @TempDir Path files) throws Exception {
        Path broken = files.resolve("broken.json");
        Files.writeString(broken, "{\"articles\": [ {\"title\": \"A\", \"tags\": [1]} ]}", StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(broken);
        robot.interact(() -> window.open(dataDir, List.of("--articles", broken.toString())));
        window.waitUntilLoaded();

        assertThat(table(robot).getItems()).hasSize(19);
        assertThat(noticeText(robot)).startsWith("Nothing was imported from " + broken + ": ").contains("article 1")
                .contains("\"tags\" must be a list of text values");
        assertThat(Files.readAllBytes(broken)).isEqualTo(before);

        robot.clickOn("Dismiss");
        assertThat(robot.lookup("#noticeBar").query().isVisible()).isFalse();
    }

    @Test
    void anUnreadableOldStateFileIsLeftAloneAndTheUserIsTold(FxRobot robot) throws Exception {
        robot.interact(window::close);
        Files.writeString(dataDir.resolve("state.json"), "{ not json", StandardCharsets.UTF_8);
        robot.interact(() -> window.open(dataDir, List.of()));
        window.waitUntilLoaded();

        assertThat(table(robot).getItems()).hasSize(19);
        assertThat(Files.readString(dataDir.resolve("state.json"))).isEqualTo("{ not json");
        assertThat(noticeText(robot)).startsWith("The read marks in " + dataDir.resolve("state.json")
                + " could not be moved into your library (not valid JSON").endsWith("The file is left as it is.");
    }

    @Test
    void readMarksAreRestoredFromADailyBackupAfterShowingWhatWouldChange(FxRobot robot) throws Exception {
        window.waitUntilLoaded();
        robot.clickOn(cellWithText(robot, DRUID_TITLE));
        robot.type(KeyCode.R); // yesterday, Druid was read
        robot.interact(window::close);
        deleteFolder(dataDir.resolve("backups")); // a new day
        robot.interact(() -> window.open(dataDir, List.of())); // starting makes today's backup
        window.waitUntilLoaded();
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> {
            try (var backups = Files.list(dataDir.resolve("backups"))) {
                return backups.anyMatch(p -> p.getFileName().toString().endsWith("-daily.db"));
            }
        });
        robot.clickOn(cellWithText(robot, DRUID_TITLE));
        robot.type(KeyCode.R); // Druid unread
        robot.clickOn(cellWithText(robot, FIRST_TITLE));
        robot.type(KeyCode.R); // first read
        assertThat(rowOf(robot, DRUID_TITLE).isRead()).isFalse();

        robot.clickOn("File");
        robot.clickOn(menuItem(robot, "Restore Library from Backup…"));
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> !robot.lookup("#changesArea").queryAs(javafx.scene.control.TextArea.class).getText().isEmpty());
        String changes = robot.lookup("#changesArea").queryAs(javafx.scene.control.TextArea.class).getText();
        assertThat(changes).contains("Would become read (1):").contains(DRUID_TITLE)
                .contains("Would become unread (1):").contains(FIRST_TITLE);
        assertThat(robot.lookup("#backupList").queryListView().getItems()).hasSize(1);

        robot.clickOn("Restore");
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> rowOf(robot, DRUID_TITLE).isRead());
        assertThat(rowOf(robot, FIRST_TITLE).isRead()).isFalse();
        try (var backups = Files.list(dataDir.resolve("backups"))) {
            assertThat(backups.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith("-before-restore.db"));
        }
    }

    @Test
    void whenMarksCannotBeSavedTheUserIsToldOnceAndTheMarksStay(FxRobot robot, @TempDir Path files)
            throws Exception {
        // a data folder that cannot be created (its parent is a file): the app cannot write, even as root
        Path blocker = Files.writeString(files.resolve("not-a-folder"), "x");
        Path unwritable = blocker.resolve("data");
        robot.interact(() -> window.open(unwritable, List.of()));
        window.waitUntilLoaded();
        // the notices that the preferences and the library cannot be read
        while (robot.lookup("#noticeBar").query().isVisible()) {
            robot.clickOn("Dismiss");
        }

        robot.clickOn(cellWithText(robot, DRUID_TITLE));
        robot.type(KeyCode.R);

        assertThat(noticeText(robot)).contains("could not be saved").contains(unwritable.toString())
                .contains("kept in memory");
        robot.clickOn("Dismiss");
        robot.clickOn(cellWithText(robot, FIRST_TITLE));
        robot.type(KeyCode.R);
        Thread.sleep(600); // the save is tried and fails again, with the same reason: no second notice
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#noticeBar").query().isVisible()).isFalse();
        assertThat(rowOf(robot, DRUID_TITLE).isRead()).isTrue();
        assertThat(rowOf(robot, FIRST_TITLE).isRead()).isTrue();
    }

    @Test
    void aLibraryThatCannotBeWrittenIsShownWithANoticeAndKeepsEveryByte(FxRobot robot, @TempDir Path folder)
            throws Exception {
        Path data = folder.resolve("data");
        Path library = data.resolve("library.db");
        List<Article> bundled = new GsonArticleRepository().loadBundled();
        String druid = bundled.stream().filter(a -> a.title().equals(DRUID_TITLE)).findFirst().orElseThrow().id();
        ReadMarks marks = ReadMarks.of(Map.of(druid, Instant.parse("2026-11-01T08:00:00Z")));
        try (LibraryStore store = new LibraryStore(data, Clock.systemUTC(), UrlNormalizer::key)) {
            store.read(bundled);
            store.save(marks);
        }
        assertThat(library.toFile().setWritable(false, false)).isTrue();
        byte[] before = Files.readAllBytes(library);

        robot.interact(() -> window.open(data, TestLibraries.unwritable(data)));
        window.waitUntilLoaded();

        assertThat(noticeText(robot)).isEqualTo("Your library " + library + " can only be read. Changes are kept "
                + "while the app runs and saved when the file can be written again.");
        assertThat(table(robot).getItems()).hasSize(19);
        assertThat(rowOf(robot, DRUID_TITLE).isRead()).isTrue();
        robot.clickOn("Dismiss");
        robot.clickOn(cellWithText(robot, FIRST_TITLE));
        robot.type(KeyCode.R);

        assertThat(noticeText(robot)).isEqualTo("Read marks could not be saved to " + library + ": the file or its "
                + "folder cannot be written. They are kept in memory and saving is tried again.");
        assertThat(rowOf(robot, FIRST_TITLE).isRead()).as("kept while the app runs").isTrue();
        robot.interact(window::close);

        assertThat(library).hasBinaryContent(before);
        try (var files = Files.list(data)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .as("nothing set aside, no backup taken").noneMatch(name -> name.contains("damaged"))
                    .doesNotContain("backups");
        }
        assertThat(TestLibraries.marks(data)).as("the mark made meanwhile is not in the library").isEqualTo(marks);
    }

    @Test
    void markupAndControlCharactersInAFileAreShownAsPlainText(FxRobot robot, @TempDir Path files) throws Exception {
        String title = "<b>Bold</b><script>alert(1)</script> \u202Eevil";
        Path articles = files.resolve("markup.json");
        Files.writeString(articles, "{\"articles\": [{\"title\": \"" + title.replace("\"", "\\\"")
                + "\", \"summary\": \"<img src=x onerror=alert(1)>\", \"authors\": [\"<i>Eve</i>\"],"
                + " \"url\": \"file:///etc/passwd\"}]}", StandardCharsets.UTF_8);
        robot.interact(() -> window.open(dataDir, List.of("--articles", articles.toString())));
        window.waitUntilLoaded();

        String shown = "<b>Bold</b><script>alert(1)</script> evil"; // the right-to-left override is dropped
        robot.clickOn(cellWithText(robot, shown));

        assertThat(label(robot, "#titleLabel").getText()).isEqualTo(shown);
        assertThat(label(robot, "#summaryLabel").getText()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(label(robot, "#authorsLabel").getText()).isEqualTo("<i>Eve</i>");
        robot.clickOn("Open article");
        assertThat(window.openedLinks).isEmpty();
    }

    @Test
    void typingInTheTagFilterNarrowsTheCloudAndEscapeClearsIt(FxRobot robot) throws Exception {
        window.waitUntilLoaded();
        int allTags = shownTags(robot).size();
        assertThat(robot.lookup("#showMoreButton").query().isVisible()).isFalse();

        robot.clickOn(tagFilter(robot)).write("SYS");

        assertThat(shownTags(robot))
                .containsExactly("distributed-systems", "ml-systems", "real-time-systems", "storage-systems");
        robot.clickOn(tag(robot, "ml-systems"));
        assertThat(table(robot).getItems()).hasSize(7);
        robot.clickOn(tagFilter(robot)).type(KeyCode.ESCAPE);
        assertThat(tagFilter(robot).getText()).isEmpty();
        assertThat(shownTags(robot)).hasSize(allTags);
        assertThat(table(robot).getItems()).hasSize(7);
    }

    @Test
    void withThousandsOfTagsTheCloudShowsTheFrequentOnesAndTheFilterFindsTheRest(FxRobot robot,
                                                                               @TempDir Path files)
            throws Exception {
        Path articles = ManyTags.write(files.resolve("many-tags.json"), 1_000, 5_000);
        robot.interact(() -> window.open(dataDir, List.of("--articles", articles.toString())));
        window.waitUntilLoaded();
        String rare = ManyTags.tag(4_321); // on one article only

        assertThat(shownTags(robot)).hasSize(60).contains(ManyTags.tag(0)).doesNotContain(rare);
        assertThat(robot.lookup("#showMoreButton").queryButton().getText())
                .isEqualTo("Show 500 more (4,952 hidden)"); // 5,000 tags and the bundled articles' 12

        robot.clickOn(tagFilter(robot)).write(rare);
        assertThat(shownTags(robot)).containsExactly(rare);
        robot.clickOn(tag(robot, rare));
        assertThat(table(robot).getItems()).hasSize(1);

        robot.clickOn(tagFilter(robot)).type(KeyCode.END).write("-no-such-tag");
        assertThat(robot.lookup("No tag matches \u201C" + rare + "-no-such-tag\u201D.").tryQuery()).isPresent();
        assertThat(shownTags(robot)).containsExactly(rare); // selected tags stay in view

        robot.type(KeyCode.ESCAPE);
        assertThat(shownTags(robot)).hasSize(61).contains(ManyTags.tag(0), rare);
        robot.clickOn(searchField(robot));
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT); // back to the end of the cloud
        Node focused = stageOf(robot).getScene().getFocusOwner();
        assertThat(focused.getId()).isEqualTo("showMoreButton");
        assertThat(((Button) focused).getText()).isEqualTo("Show 500 more (4,951 hidden)");
        robot.type(KeyCode.SPACE);
        assertThat(shownTags(robot)).hasSize(561);
    }

    @Test
    void everyTagStaysInsideTheVisiblePartOfThePane(FxRobot robot, @TempDir Path files) throws Exception {
        StringBuilder json = new StringBuilder("{\"articles\": [");
        for (int i = 0; i < 40; i++) {
            String tag = i == 0 ? "a-very-long-tag-name-that-is-much-wider-than-the-whole-tag-pane-itself"
                    : "engineering-topic-" + i;
            json.append(i == 0 ? "" : ",").append("{\"title\": \"Article ").append(i)
                    .append("\", \"tags\": [\"").append(tag).append("\"]}");
        }
        Path articles = Files.writeString(files.resolve("long-tags.json"), json.append("]}").toString());
        robot.interact(() -> window.open(dataDir, List.of("--articles", articles.toString())));
        window.waitUntilLoaded();

        Node viewport = robot.lookup("#tagScroll").query().lookup(".viewport");
        double visibleRight = viewport.localToScene(viewport.getLayoutBounds()).getMaxX();
        List<Button> buttons = robot.lookup(".tag").queryAllAs(Button.class).stream().toList();
        assertThat(buttons).hasSize(40 + 12); // and the 12 tags of the bundled articles
        assertThat(buttons).allSatisfy(button -> assertThat(
                button.localToScene(button.getLayoutBounds()).getMaxX()).isLessThanOrEqualTo(visibleRight + 0.5));
        // the long tag is shortened in the middle: its start and its count stay readable
        Button longTag = buttons.stream().filter(button -> button.getText().startsWith("a-very-long")).findFirst()
                .orElseThrow();
        String shown = ((javafx.scene.text.Text) longTag.lookup(".text")).getText();
        assertThat(shown).startsWith("a-very").contains("...").endsWith("  1");
    }

    @Test
    void marksAnotherInstanceSavedShowUpWithinTwoSeconds(FxRobot robot) throws Exception {
        window.waitUntilLoaded();
        String druid = rowOf(robot, DRUID_TITLE).id();

        // another instance of the app on the same data folder (it opens the library with the same bundled list)
        // marks the Druid article read
        try (var other = new org.readinglist.persistence.library.LibraryStore(dataDir, java.time.Clock.systemUTC(),
                org.readinglist.web.UrlNormalizer::key)) {
            other.read(new org.readinglist.persistence.files.GsonArticleRepository().bundled());
            other.save(org.readinglist.model.ReadMarks.of(
                    java.util.Map.of(druid, java.time.Instant.parse("2026-11-27T20:00:00Z"))));
        }

        // the row and the status line both tell it; the status line follows the query that the new mark starts
        WaitForAsyncUtils.waitFor(2, java.util.concurrent.TimeUnit.SECONDS, () -> rowOf(robot, DRUID_TITLE).isRead()
                && status(robot).equals("Showing 19 of 19 · 1 read · 90 min unread"));
    }

    private static void deleteFolder(Path folder) throws java.io.IOException {
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    // ---- what the person sees

    private static TableView<ArticleRow> table(FxRobot robot) {
        return robot.lookup("#table").queryTableView();
    }

    private static List<String> titles(FxRobot robot) {
        return table(robot).getItems().stream().map(row -> row.article().title()).toList();
    }

    private static ArticleRow rowOf(FxRobot robot, String title) {
        return table(robot).getItems().stream().filter(row -> row.article().title().equals(title))
                .findFirst().orElseThrow();
    }

    private static String status(FxRobot robot) {
        return label(robot, "#statusLabel").getText();
    }

    private static Label label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    private static TextField searchField(FxRobot robot) {
        return robot.lookup("#searchField").queryAs(TextField.class);
    }

    private static TextField tagFilter(FxRobot robot) {
        return robot.lookup("#filterField").queryAs(TextField.class);
    }

    private static List<String> shownTags(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".tag").queryAllAs(Button.class).stream().map(b -> (String) b.getUserData()).sorted()
                .toList();
    }

    private static Button tag(FxRobot robot, String name) {
        return robot.lookup(".tag").match((Button b) -> name.equals(b.getUserData())).queryButton();
    }

    private static Node header(FxRobot robot, String text) {
        return robot.lookup(".column-header .label").match((Label l) -> text.equals(l.getText())).query();
    }

    private static Node cellWithText(FxRobot robot, String text) {
        Predicate<Node> visibleCell = node -> node instanceof TableCell<?, ?> cell && text.equals(cell.getText())
                && cell.isVisible() && cell.getTableRow() != null && cell.getTableRow().getItem() != null;
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(visibleCell).query();
    }

    private static Node rowNodeOf(FxRobot robot, String title) {
        return ((TableCell<?, ?>) cellWithText(robot, title)).getTableRow();
    }

    private static CheckBox readBoxOf(FxRobot robot, String title) {
        return robot.from(rowNodeOf(robot, title)).lookup(".check-box").queryAs(CheckBox.class);
    }

    private static String noticeText(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#noticeBar").query().isVisible());
        return label(robot, "#noticeText").getText();
    }

    /**
     * Right-clicks the node. Headless Monocle does not turn a right click into a context-menu request (TestFX issue
     * 645), so the request a desktop platform would send is fired at the same spot.
     */
    private static void openContextMenu(FxRobot robot, Node node) {
        robot.clickOn(node, MouseButton.SECONDARY);
        robot.interact(() -> {
            javafx.geometry.Bounds bounds = node.localToScreen(node.getBoundsInLocal());
            javafx.geometry.Bounds local = node.getBoundsInLocal();
            node.fireEvent(new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    local.getCenterX(), local.getCenterY(), bounds.getCenterX(), bounds.getCenterY(), false, null));
        });
    }

    private static Node menuItem(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.listWindows().stream()
                .filter(window -> window instanceof javafx.scene.control.ContextMenu && window.isShowing())
                .flatMap(menu -> robot.from(menu.getScene().getRoot()).lookup(".menu-item .label")
                        .match((Label l) -> text.equals(l.getText())).queryAll().stream())
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + text));
    }

    private static Stage stageOf(FxRobot robot) {
        return (Stage) robot.lookup("#table").query().getScene().getWindow();
    }
}
