package org.readinglist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.readinglist.model.Article;
import org.readinglist.ui.state.ArticleRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Import Articles File… and File ▸ Export… in the real window, with files chosen by the test. */
@ExtendWith(ApplicationExtension.class)
class ImportExportWindowTest {

    private static final String DRUID_TITLE =
            "Stop Answering the Same Question Twice: Interval-Aware Caching for Druid at Netflix Scale";
    private static final String FIRST_TITLE =
            "Democratizing Machine Learning at Netflix: Building the Model Lifecycle Graph";
    private static final String SYNOPSES_TITLE = "Evaluating Netflix Show Synopses with LLM-as-a-Judge";

    @TempDir
    Path dataDir;
    @TempDir
    Path files;

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

    private Path file(String name, String json) throws Exception {
        return Files.writeString(files.resolve(name), json, StandardCharsets.UTF_8);
    }

    @Test
    void importingTheSameFileTwiceThroughTheMenuChangesNothingTheSecondTime(FxRobot robot) throws Exception {
        window.waitUntilLoaded();
        Path file = file("mine.json", """
                {"articles": [
                  {"id": "mine-1", "title": "My first article", "readAt": "2026-11-01T08:00:00Z"},
                  {"id": "mine-2", "title": "My second article", "tags": ["mine"]}
                ]}""");

        importThroughTheMenu(robot, file);

        waitForRows(robot, 21);
        assertThat(noticeText(robot)).isEqualTo(
                "Imported " + file + ": 2 added, 0 updated, 0 unchanged, 0 skipped. 1 read mark taken in.");
        assertThat(rowOf(robot, "My first article").isRead()).isTrue();
        assertThat(rowOf(robot, "My second article").isRead()).isFalse();

        importThroughTheMenu(robot, file);

        waitForNotice(robot, text -> text.contains("0 added"));
        assertThat(noticeText(robot)).isEqualTo("Imported " + file + ": 0 added, 0 updated, 2 unchanged, 0 skipped.");
        assertThat(table(robot).getItems()).hasSize(21);
        assertThat(file).content().contains("\"mine-1\""); // never written
    }

    @Test
    void aFileWithErrorsAsksFirstAndImportsTheValidArticlesWhenTold(FxRobot robot) throws Exception {
        window.waitUntilLoaded();
        Path file = file("broken.json", """
                {"articles": [
                  {"id": "fine-1", "title": "A fine article"},
                  {"id": "broken", "summary": "an article without a title"},
                  {"id": "fine-2", "title": "Another fine article"},
                  {"id": "fine-1", "title": "A fine article, twice"}
                ]}""");

        importThroughTheMenu(robot, file);

        DialogPane question = dialog(robot);
        assertThat(question.getHeaderText()).isEqualTo("2 articles can be imported; 2 have problems:");
        assertThat(robot.from(question).lookup(".transfer-problem").queryAllAs(Label.class))
                .extracting(Label::getText).containsExactly("article 2: \"title\" is missing or empty",
                        "article 4 (\"A fine article, twice\"): duplicate id \"fine-1\" (also used by article 1)");
        assertThat(table(robot).getItems()).hasSize(19);

        robot.clickOn("Import the Valid Ones");

        waitForRows(robot, 21);
        assertThat(noticeText(robot)).isEqualTo("Imported " + file + ": 2 added, 0 updated, 0 unchanged, 2 skipped "
                + "(article 2: \"title\" is missing or empty; article 4 (\"A fine article, twice\"): duplicate id "
                + "\"fine-1\" (also used by article 1)).");
        assertThat(titles(robot)).contains("A fine article", "Another fine article")
                .doesNotContain("A fine article, twice");
    }

    @Test
    void aFileWithErrorsImportsNothingWhenTheQuestionIsCancelled(FxRobot robot) throws Exception {
        window.waitUntilLoaded();
        Path file = file("broken.json", """
                {"articles": [{"id": "fine-1", "title": "A fine article"}, {"id": "broken", "title": ""}]}""");

        importThroughTheMenu(robot, file);
        DialogPane question = dialog(robot);
        robot.clickOn(robot.from(question).lookup((Button button) -> "Cancel".equals(button.getText()))
                .queryButton());

        waitForNotice(robot, text -> text.contains("cancelled"));
        assertThat(noticeText(robot)).isEqualTo("The import of " + file + " was cancelled; your library is unchanged.");
        assertThat(table(robot).getItems()).hasSize(19);
    }

    @Test
    void anExportImportedIntoANewDataFolderShowsTheSameRowsAndReadMarks(FxRobot robot, @TempDir Path other)
            throws Exception {
        window.waitUntilLoaded();
        importThroughTheMenu(robot, file("extra.json", """
                {"articles": [{"id": "extra", "title": "An extra article", "company": "Me", "readMinutes": 4,
                               "tags": ["extra", "caching"], "published": "2026-06-01"}]}"""));
        waitForRows(robot, 20);
        robot.clickOn(cellWithText(robot, DRUID_TITLE));
        robot.type(KeyCode.R); // read
        robot.clickOn(cellWithText(robot, FIRST_TITLE));
        robot.type(KeyCode.R);
        robot.type(KeyCode.R); // read, then unread again
        robot.clickOn(cellWithText(robot, "An extra article"));
        robot.type(KeyCode.R);
        robot.clickOn(cellWithText(robot, SYNOPSES_TITLE));
        robot.type(KeyCode.DELETE); // one of the bundled articles, which a new data folder starts with
        waitForRows(robot, 19);
        Map<String, Boolean> shown = rowsAndReadState(robot);
        List<Article> articles = window.context().state().articles();
        String status = status(robot);
        assertThat(shown.values()).filteredOn(read -> read).hasSize(2);
        assertThat(shown).doesNotContainKey(SYNOPSES_TITLE);
        Path export = files.resolve("export.json");

        window.chosenFiles.add(export);
        robot.clickOn("File");
        robot.clickOn(menuItem(robot, "Export…"));

        waitForNotice(robot, text -> text.startsWith("Exported"));
        assertThat(noticeText(robot)).isEqualTo("Exported 19 articles with 2 read marks to " + export + ".");
        assertThat(export).content().contains("\"unreadAt\"").contains("\"removed\"");

        robot.interact(() -> window.open(other, List.of()));
        window.waitUntilLoaded();
        assertThat(titles(robot)).hasSize(19).contains(SYNOPSES_TITLE);
        importThroughTheMenu(robot, export);

        waitForNotice(robot, text -> text.startsWith("Imported"));
        assertThat(noticeText(robot)).isEqualTo("Imported " + export
                + ": 1 added, 0 updated, 18 unchanged, 1 removed, 0 skipped. 3 read marks taken in.");
        waitForRows(robot, 19);
        assertThat(rowsAndReadState(robot)).containsExactlyEntriesOf(shown);
        assertThat(window.context().state().articles()).isEqualTo(articles);
        assertThat(status(robot)).isEqualTo(status).startsWith("Showing 19 of 19 · 2 read");

        importThroughTheMenu(robot, export);

        waitForNotice(robot, text -> text.contains("0 added"));
        assertThat(noticeText(robot)).as("the same file again changes nothing").isEqualTo("Imported " + export
                + ": 0 added, 0 updated, 19 unchanged, 0 skipped.");
        assertThat(window.context().state().articles()).isEqualTo(articles);
    }

    // ---- what the person does and sees

    private void importThroughTheMenu(FxRobot robot, Path file) {
        window.chosenFiles.add(file);
        robot.clickOn("File");
        robot.clickOn(menuItem(robot, "Import Articles File…"));
    }

    private static DialogPane dialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".transfer-dialog").tryQuery().isPresent());
        return robot.lookup(".transfer-dialog").queryAs(DialogPane.class);
    }

    /** Every row in the table's order, by title, and whether it is read. */
    private static Map<String, Boolean> rowsAndReadState(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, Boolean> rows = new LinkedHashMap<>();
        table(robot).getItems().forEach(row -> rows.put(row.article().title(), row.isRead()));
        return rows;
    }

    private static void waitForRows(FxRobot robot, int count) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table(robot).getItems().size() == count);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitForNotice(FxRobot robot, Predicate<String> text) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#noticeBar").query().isVisible()
                && text.test(robot.lookup("#noticeText").queryAs(Label.class).getText()));
    }

    private static String noticeText(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#noticeBar").query().isVisible());
        return robot.lookup("#noticeText").queryAs(Label.class).getText();
    }

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
        return robot.lookup("#statusLabel").queryAs(Label.class).getText();
    }

    private static Node cellWithText(FxRobot robot, String text) {
        Predicate<Node> visibleCell = node -> node instanceof TableCell<?, ?> cell && text.equals(cell.getText())
                && cell.isVisible() && cell.getTableRow() != null && cell.getTableRow().getItem() != null;
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(visibleCell).query();
    }

    private static Node menuItem(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.listWindows().stream()
                .filter(window -> window instanceof javafx.scene.control.ContextMenu && window.isShowing())
                .flatMap(menu -> robot.from(menu.getScene().getRoot()).lookup(".menu-item .label")
                        .match((Label l) -> text.equals(l.getText())).queryAll().stream())
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + text));
    }
}
