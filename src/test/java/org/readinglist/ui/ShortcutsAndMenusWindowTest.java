package org.readinglist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.readinglist.ui.main.Shortcut;
import org.readinglist.ui.state.ArticleRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The keyboard, the menus, undo, the cheat sheet, About and the theme, used as a person would. */
@ExtendWith(ApplicationExtension.class)
class ShortcutsAndMenusWindowTest {

    private static final String NEWEST = "Scaling ArchUnit with Nebula ArchRules";
    private static final String SECOND = "Democratizing Machine Learning at Netflix: Building the Model Lifecycle Graph";

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
    void jAndKMoveThroughTheArticlesAndTheDetailFollows(FxRobot robot) throws Exception {
        window.waitUntilLoaded();

        robot.type(KeyCode.J);
        assertThat(detailTitle(robot)).isEqualTo(NEWEST);
        robot.type(KeyCode.J);
        assertThat(detailTitle(robot)).isEqualTo(SECOND);
        robot.type(KeyCode.K);
        assertThat(detailTitle(robot)).isEqualTo(NEWEST);
        robot.type(KeyCode.DOWN);
        assertThat(detailTitle(robot)).isEqualTo(SECOND);
    }

    @Test
    void rAndSpaceMarkTheSelectedArticleReadAndUnread(FxRobot robot) throws Exception {
        window.waitUntilLoaded();
        robot.type(KeyCode.J);

        robot.type(KeyCode.R);
        assertThat(rowOf(robot, NEWEST).isRead()).isTrue();
        assertThat(status(robot)).isEqualTo("Showing 19 of 19 · 1 read · 90 min unread");

        robot.type(KeyCode.SPACE);
        assertThat(rowOf(robot, NEWEST).isRead()).isFalse();
        assertThat(status(robot)).isEqualTo("Showing 19 of 19 · 0 read · 95 min unread");
    }

    @Test
    void uSwitchesUnreadOnlyOnAndOff(FxRobot robot) throws Exception {
        window.waitUntilLoaded();
        robot.type(KeyCode.J).type(KeyCode.R);

        robot.type(KeyCode.U);
        assertThat(table(robot).getItems()).hasSize(18);
        assertThat(robot.lookup("#showUnreadButton").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .isTrue();

        robot.type(KeyCode.U);
        assertThat(table(robot).getItems()).hasSize(19);
    }

    @Test
    void oAndEnterOpenTheSelectedArticleInTheBrowser(FxRobot robot) throws Exception {
        window.waitUntilLoaded();
        robot.type(KeyCode.J);
        URI expected = URI.create(rowOf(robot, NEWEST).article().url());

        robot.type(KeyCode.O);
        assertThat(window.openedLinks).containsExactly(expected);
        robot.type(KeyCode.ENTER);
        assertThat(window.openedLinks).containsExactly(expected, expected);
    }

    @Test
    void slashFocusesTheSearchAndLettersTypedThereAreNotShortcuts(FxRobot robot) throws Exception {
        window.waitUntilLoaded();

        robot.write("/");
        assertThat(searchField(robot).isFocused()).isTrue();
        robot.write("jr");
        assertThat(searchField(robot).getText()).isEqualTo("jr");
        assertThat(table(robot).getSelectionModel().getSelectedItems()).isEmpty();
        assertThat(status(robot)).contains("0 read");
    }

    @Test
    void ctrlFFocusesTheSearch(FxRobot robot) throws Exception {
        window.waitUntilLoaded();

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);

        assertThat(searchField(robot).isFocused()).isTrue();
    }

    @Test
    void escapeClearsTheSearchFirstAndThenTheTags(FxRobot robot) throws Exception {
        window.waitUntilLoaded();
        robot.clickOn(tag(robot, "ml-systems"));
        robot.clickOn(searchField(robot)).write("model");
        assertThat(table(robot).getItems()).hasSizeLessThan(7);

        robot.type(KeyCode.ESCAPE);
        assertThat(searchField(robot).getText()).isEmpty();
        assertThat(table(robot).getItems()).hasSize(7);

        robot.type(KeyCode.ESCAPE);
        assertThat(table(robot).getItems()).hasSize(19);
    }

    @Test
    void undoTakesBackABulkMarkWhole(FxRobot robot) throws Exception {
        window.waitUntilLoaded();
        robot.clickOn(tag(robot, "ml-systems"));
        robot.interact(() -> table(robot).requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.clickOn("Edit");
        robot.clickOn(menuItemNode(robot, "Mark as Read"));
        assertThat(status(robot)).isEqualTo("Showing 7 of 19 · 7 read · 0 min unread");

        robot.clickOn("Edit");
        assertThat(visibleMenuItemTexts(robot)).contains("Undo Mark as Read (7 articles)");
        robot.type(KeyCode.ESCAPE);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        assertThat(status(robot)).isEqualTo("Showing 7 of 19 · 0 read · 35 min unread");
    }

    @Test
    void undoTakesBackMarkingUnreadToo(FxRobot robot) throws Exception {
        window.waitUntilLoaded();
        robot.type(KeyCode.J).type(KeyCode.R).type(KeyCode.R);
        assertThat(rowOf(robot, NEWEST).isRead()).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(rowOf(robot, NEWEST).isRead()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(rowOf(robot, NEWEST).isRead()).isFalse();
    }

    @Test
    void questionMarkShowsEveryShortcutWithItsKeys(FxRobot robot) throws Exception {
        window.waitUntilLoaded();

        robot.write("?");

        Node sheet = dialogContent(robot, "#shortcuts-dialog");
        List<String> texts = robot.from(sheet).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(texts).contains("Next article", "J or ↓", "Previous article", "K or ↑", "Mark read or unread",
                "R or Space", "Unread only, on or off", "U", "Open the article in the browser", "O or Enter",
                "Search", "/ or Ctrl+F", "Clear the search, then the tags", "Esc",
                "Undo the last change", "Ctrl+Z", "Add an article", "Ctrl+N",
                "Add the article of a copied link", "Ctrl+V", "Edit the selected article", "F2",
                "Show these shortcuts", "?");
        assertThat(robot.from(sheet).lookup(".shortcut-keys").queryAll()).hasSize(Shortcut.values().length);
    }

    @Test
    void singleKeyShortcutsCanBeTurnedOffAndStayOffAfterARestart(FxRobot robot) throws Exception {
        window.waitUntilLoaded();
        robot.clickOn("View");
        robot.clickOn(menuItemNode(robot, "Single-Key Shortcuts"));

        robot.type(KeyCode.J);
        assertThat(table(robot).getSelectionModel().getSelectedItems()).isEmpty();
        robot.clickOn("Edit");
        assertThat(menuItem(robot, "Toggle Read").getAccelerator()).isNull();
        robot.type(KeyCode.ESCAPE);

        robot.interact(() -> window.open(dataDir, List.of()));
        window.waitUntilLoaded();
        robot.type(KeyCode.J);
        assertThat(table(robot).getSelectionModel().getSelectedItems()).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertThat(searchField(robot).isFocused()).isTrue(); // combinations still work
    }

    @Test
    void theMenusShowTheSingleKeysBesideTheirItems(FxRobot robot) throws Exception {
        window.waitUntilLoaded();

        robot.clickOn("Edit");
        assertThat(menuItem(robot, "Toggle Read").getAccelerator().getDisplayText()).isEqualTo("R");
        assertThat(menuItem(robot, "Select All").getAccelerator().getDisplayText()).isEqualTo("Ctrl+A");
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("View");
        assertThat(menuItem(robot, "Next Article").getAccelerator().getDisplayText()).isEqualTo("J");
    }

    @Test
    void darkThemeAppliesAtOnceAndIsRememberedAfterARestart(FxRobot robot) throws Exception {
        window.waitUntilLoaded();

        robot.clickOn("View");
        clickInSubmenu(robot, "Theme", "System", "Dark");
        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.paint.Color background = (javafx.scene.paint.Color) ((javafx.scene.layout.Region) robot
                .lookup("#root").query()).getBackground().getFills().get(0).getFill();
        assertThat(background.getBrightness()).isLessThan(0.3);

        robot.interact(() -> window.open(dataDir, List.of()));
        window.waitUntilLoaded();
        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        assertThat(Files.readString(dataDir.resolve("preferences.json"))).contains("\"theme\": \"dark\"");

        robot.clickOn("View");
        clickInSubmenu(robot, "Theme", "System", "Light");
        assertThat(Application.getUserAgentStylesheet()).contains("primer-light");
    }

    @Test
    void aboutShowsTheVersionAndWhereTheDataIsKept(FxRobot robot) throws Exception {
        window.waitUntilLoaded();

        robot.clickOn("Help");
        robot.clickOn(menuItemNode(robot, "About Reading List"));

        Node about = dialogContent(robot, "#about-dialog");
        assertThat(robot.from(about).lookup(".about-version").queryAs(Label.class).getText()).startsWith("Version ");
        assertThat(robot.from(about).lookup("#dataFolderField").queryAs(TextField.class).getText())
                .isEqualTo(dataDir.toAbsolutePath().toString());
        Button open = robot.from(about).lookup(".button").match((Button b) -> "Open Data Folder".equals(b.getText()))
                .queryButton();
        assertThat(robot.from(open).lookup(".text").queryAs(javafx.scene.text.Text.class).getText())
                .isEqualTo("Open Data Folder"); // shown whole, not cut
        robot.clickOn(open);
        assertThat(window.openedLinks).containsExactly(dataDir.toAbsolutePath().toUri());
    }

    @Test
    void screenReadersHearRowsTagsAndHowManyArticlesAFilterLeaves(FxRobot robot) throws Exception {
        window.waitUntilLoaded();
        robot.type(KeyCode.J).type(KeyCode.R);

        robot.clickOn(tag(robot, "search"));

        javafx.scene.control.TableRow<?> row = robot.lookup(".table-row-cell")
                .match((javafx.scene.control.TableRow<?> r) -> r.getItem() != null).query();
        assertThat(row.getAccessibleText()).matches("(Read|Unread)\\. .+\\. Netflix\\. 5 minutes");
        assertThat(tag(robot, "search").getAccessibleText()).isEqualTo("search, 2 articles, selected");
        assertThat(tag(robot, "ml-systems").getAccessibleText()).isEqualTo("ml-systems, 2 articles");
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getAccessibleText())
                .isEqualTo("2 articles shown");

        robot.clickOn(tag(robot, "search"));
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getAccessibleText())
                .isEqualTo("19 articles shown");
        robot.type(KeyCode.J);
        Button chip = robot.lookup(".chip").queryButton();
        assertThat(chip.getAccessibleText()).startsWith("Show articles tagged ");
    }

    // ---- what the person sees

    private static TableView<ArticleRow> table(FxRobot robot) {
        return robot.lookup("#table").queryTableView();
    }

    private static ArticleRow rowOf(FxRobot robot, String title) {
        return table(robot).getItems().stream().filter(row -> row.article().title().equals(title))
                .findFirst().orElseThrow();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#statusLabel").queryAs(Label.class).getText();
    }

    private static String detailTitle(FxRobot robot) {
        return robot.lookup("#titleLabel").queryAs(Label.class).getText();
    }

    private static TextField searchField(FxRobot robot) {
        return robot.lookup("#searchField").queryAs(TextField.class);
    }

    private static Button tag(FxRobot robot, String name) {
        return robot.lookup(".tag").match((Button b) -> name.equals(b.getUserData())).queryButton();
    }

    private static Node dialogContent(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().isPresent());
        return robot.lookup(id).query();
    }

    /** The menu item of an open menu, by its text. */
    private static MenuItem menuItem(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.listWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing())
                .flatMap(w -> ((javafx.scene.control.ContextMenu) w).getItems().stream())
                .filter(item -> text.equals(item.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no open menu has " + text));
    }

    /** The node of a menu item in an open menu (or an open submenu), to click on. */
    private static Node menuItemNode(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> openMenuItem(robot, text) != null);
        return openMenuItem(robot, text).getStyleableNode();
    }

    /**
     * Opens a submenu and clicks one of its items the way a hand does: across into the submenu's first item, then
     * down, so the pointer never passes over a sibling menu that would open instead.
     */
    private static void clickInSubmenu(FxRobot robot, String submenu, String firstItem, String item) throws Exception {
        robot.moveTo(menuItemNode(robot, submenu));
        robot.moveTo(menuItemNode(robot, firstItem));
        robot.clickOn(menuItemNode(robot, item));
    }

    private static MenuItem openMenuItem(FxRobot robot, String text) {
        return robot.listWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing())
                .flatMap(w -> ((javafx.scene.control.ContextMenu) w).getItems().stream())
                .filter(item -> text.equals(item.getText()) && item.getStyleableNode() != null
                        && item.getStyleableNode().getScene() != null)
                .reduce((first, last) -> last).orElse(null);
    }

    private static List<String> visibleMenuItemTexts(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.listWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing())
                .flatMap(w -> robot.from(w.getScene().getRoot()).lookup(".menu-item .label").queryAllAs(Label.class)
                        .stream())
                .map(Label::getText).toList();
    }

}
