package org.readinglist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Changing the library as a person does: removing articles, renaming and deleting tags, taking it back. */
@ExtendWith(ApplicationExtension.class)
class LibraryEditingWindowTest {

    private static final String DRUID_TITLE =
            "Stop Answering the Same Question Twice: Interval-Aware Caching for Druid at Netflix Scale";
    private static final String FIRST_TITLE =
            "Democratizing Machine Learning at Netflix: Building the Model Lifecycle Graph";
    private static final String NEWEST_TITLE = "Scaling ArchUnit with Nebula ArchRules";

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
    void removingThreeArticlesAndUndoingBringsThemBackWithTheirMarks(FxRobot robot) throws Exception {
        MainWindowPage page = new MainWindowPage(robot);
        window.waitUntilLoaded();
        robot.clickOn(page.readBoxOf(DRUID_TITLE));
        assertThat(page.rowOf(DRUID_TITLE).isRead()).isTrue();

        robot.clickOn(page.cellWithText(DRUID_TITLE));
        robot.press(KeyCode.CONTROL).clickOn(page.cellWithText(FIRST_TITLE)).clickOn(page.cellWithText(NEWEST_TITLE))
                .release(KeyCode.CONTROL);
        robot.type(KeyCode.DELETE);

        awaitRows(page, 16);
        assertThat(page.titles()).doesNotContain(DRUID_TITLE, FIRST_TITLE, NEWEST_TITLE);
        assertThat(page.status()).isEqualTo("Showing 16 of 16 · 0 read · 80 min unread");
        assertThat(page.noticeText()).isEqualTo("3 articles were removed. Ctrl+Z brings them back.");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        awaitRows(page, 19);
        assertThat(page.rowOf(DRUID_TITLE).isRead()).isTrue();
        assertThat(page.status()).isEqualTo("Showing 19 of 19 · 1 read · 90 min unread");
    }

    @Test
    void aRemovedArticleStaysRemovedAfterARestart(FxRobot robot) throws Exception {
        MainWindowPage page = new MainWindowPage(robot);
        window.waitUntilLoaded();
        robot.clickOn(page.cellWithText(DRUID_TITLE));
        robot.clickOn("Edit");
        robot.clickOn("Remove");
        awaitRows(page, 18);

        robot.interact(window::close); // writes what is pending, as quitting does
        // and keeps the articles as they are now for the next start, which reads them from there
        assertThat(dataDir.resolve("library.articles")).isRegularFile();
        robot.interact(() -> window.open(dataDir, List.of()));
        window.waitUntilLoaded();

        assertThat(page.titles()).hasSize(18).doesNotContain(DRUID_TITLE);
    }

    @Test
    void anArticleAnotherInstanceRemovedGoesFromTheTableWithinTwoSeconds(FxRobot robot) throws Exception {
        MainWindowPage page = new MainWindowPage(robot);
        window.waitUntilLoaded();
        org.readinglist.model.Article druid = page.rowOf(DRUID_TITLE).article();

        try (var other = org.readinglist.persistence.library.TestLibraries.open(dataDir)) {
            other.removeArticles(List.of(druid));
        }

        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> page.table().getItems().size() == 18);
        assertThat(page.titles()).doesNotContain(DRUID_TITLE);
    }

    @Test
    void removingFromTheRowsContextMenuRemovesTheSelectedRows(FxRobot robot) throws Exception {
        MainWindowPage page = new MainWindowPage(robot);
        window.waitUntilLoaded();
        robot.clickOn(page.cellWithText(FIRST_TITLE));

        page.openContextMenu(page.cellWithText(FIRST_TITLE));
        robot.clickOn(page.contextMenuItem("Remove"));

        awaitRows(page, 18);
        assertThat(page.titles()).doesNotContain(FIRST_TITLE);
    }

    @Test
    void renamingATagToAnotherMergesThemAndUndoSplitsThemAgain(FxRobot robot) throws Exception {
        MainWindowPage page = new MainWindowPage(robot);
        window.waitUntilLoaded();
        assertThat(page.tagText("search")).isEqualTo("search  2");
        assertThat(page.tagText("databases")).isEqualTo("databases  3");

        page.openContextMenu(page.tag("search"));
        robot.clickOn(page.contextMenuItem("Rename…"));
        TextField name = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
        robot.clickOn(name).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Databases").type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !page.shownTags().contains("search"));
        assertThat(page.tagText("databases")).isEqualTo("databases  5");
        robot.clickOn(page.tag("databases"));
        assertThat(page.titles()).hasSize(5).contains("The AI Evolution of Graph Search at Netflix");

        robot.clickOn(page.tag("databases")); // the filter off again
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> page.shownTags().contains("search"));
        assertThat(page.tagText("search")).isEqualTo("search  2");
        assertThat(page.tagText("databases")).isEqualTo("databases  3");
    }

    @Test
    void aRenameIsKeptAfterARestart(FxRobot robot) throws Exception {
        MainWindowPage page = new MainWindowPage(robot);
        window.waitUntilLoaded();
        page.openContextMenu(page.tag("caching"));
        robot.clickOn(page.contextMenuItem("Rename…"));
        TextField name = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
        assertThat(name.getSelectedText()).as("the old name is selected, to be typed over").isEqualTo("caching");
        robot.clickOn(name).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("query caching").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> page.shownTags().contains("query-caching"));

        robot.interact(window::close);
        robot.interact(() -> window.open(dataDir, List.of()));
        window.waitUntilLoaded();

        assertThat(page.shownTags()).contains("query-caching").doesNotContain("caching");
    }

    @Test
    void deletingATagTakesItOffEveryArticleUntilUndone(FxRobot robot) throws Exception {
        MainWindowPage page = new MainWindowPage(robot);
        window.waitUntilLoaded();

        page.openContextMenu(page.tag("microservices"));
        robot.clickOn(page.contextMenuItem("Delete Tag"));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !page.shownTags().contains("microservices"));
        assertThat(page.titles()).hasSize(19);
        assertThat(page.noticeText()).isEqualTo("Tag “microservices” was taken off 7 articles. Ctrl+Z brings it back.");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> page.shownTags().contains("microservices"));
        assertThat(page.tagText("microservices")).isEqualTo("microservices  7");
    }

    private static void awaitRows(MainWindowPage page, int count) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> page.table().getItems().size() == count);
    }
}
