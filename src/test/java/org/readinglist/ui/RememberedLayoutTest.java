package org.readinglist.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.readinglist.model.ShowFilter;
import org.readinglist.model.SortColumn;
import org.readinglist.model.TagMatch;
import org.readinglist.ui.state.ArticleRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window comes back as it was left: place, size, dividers, columns, sort order and filters. */
@ExtendWith(ApplicationExtension.class)
class RememberedLayoutTest {

    @TempDir
    Path dataDir;

    private ReadingListWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new ReadingListWindow(stage);
        window.open(dataDir, List.of());
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(window::close);
    }

    /** What a restart has to bring back. */
    private record Layout(double x, double y, double width, double height, List<Double> dividers,
                          List<SortColumn> columnOrder, List<Double> widths, List<Boolean> visible,
                          List<SortColumn> sortOrder, List<String> selectedTags, TagMatch match, String search,
                          ShowFilter show, List<String> titles) {
    }

    @Test
    void theLayoutAndFiltersComeBackAfterClosingAndStartingANewInstance(FxRobot robot) throws Exception {
        window.waitUntilLoaded();
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1180);
            stage.setHeight(740);
        });
        double dividerAtFirst = splitPane(robot).getDividers().get(0).getPosition();
        double companyAtFirst = column(robot, SortColumn.COMPANY).getWidth();
        robot.drag(divider(robot, 0)).moveBy(60, 0).release(MouseButton.PRIMARY);
        robot.drag(columnBorderRightOf(robot, "Company")).moveBy(50, 0).release(MouseButton.PRIMARY);
        robot.drag(header(robot, "Published")).dropTo(header(robot, "Title"));
        openMenu(robot, "View", "Columns", "Read time");
        robot.clickOn(header(robot, "Title"));
        robot.clickOn(tag(robot, "ml-systems"));
        robot.clickOn(tag(robot, "microservices"));
        robot.clickOn("Any tag");
        robot.clickOn(searchField(robot)).write("scal");
        openMenu(robot, "View", "Show", "Unread");
        Layout before = layout(robot);

        assertThat(before.columnOrder()).doesNotContain(SortColumn.READ_TIME)
                .containsSubsequence(SortColumn.PUBLISHED, SortColumn.TITLE);
        assertThat(before.dividers().get(0)).isGreaterThan(dividerAtFirst + 0.03);
        assertThat(before.sortOrder()).containsExactly(SortColumn.TITLE);
        assertThat(before.match()).isEqualTo(TagMatch.ANY);
        assertThat(before.show()).isEqualTo(ShowFilter.UNREAD);
        assertThat(before.titles()).isNotEmpty().hasSizeLessThan(12).isSortedAccordingTo(
                String.CASE_INSENSITIVE_ORDER);
        assertThat(column(robot, SortColumn.COMPANY).getWidth()).isGreaterThan(companyAtFirst + 30);

        robot.interact(window::close);
        List<Integer> shownSizes = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(900);
            stage.setHeight(600);
            window.openLoadingAfterwards(dataDir, List.of());
            window.context().state().visibleRows().addListener((ListChangeListener<ArticleRow>) change -> {
                if (!window.context().state().loadingProperty().get()) {
                    shownSizes.add(window.context().state().visibleRows().size());
                }
            });
        });
        window.waitUntilLoaded();
        Layout after = layout(robot);

        assertThat(after.x()).isEqualTo(before.x());
        assertThat(after.y()).isEqualTo(before.y());
        assertThat(after.width()).isEqualTo(before.width());
        assertThat(after.height()).isEqualTo(before.height());
        assertThat(after.dividers()).zipSatisfy(before.dividers(),
                (now, was) -> assertThat(now).isCloseTo(was, within(0.002)));
        assertThat(after.columnOrder()).isEqualTo(before.columnOrder());
        assertThat(after.visible()).isEqualTo(before.visible());
        assertThat(after.widths()).zipSatisfy(before.widths(),
                (now, was) -> assertThat(now).isCloseTo(was, within(1.0)));
        assertThat(after.sortOrder()).isEqualTo(before.sortOrder());
        assertThat(after.selectedTags()).isEqualTo(before.selectedTags());
        assertThat(after.match()).isEqualTo(before.match());
        assertThat(after.search()).isEqualTo(before.search());
        assertThat(after.show()).isEqualTo(before.show());
        assertThat(after.titles()).isEqualTo(before.titles());
        assertThat(shownSizes).as("every result shown after loading is the filtered one")
                .containsOnly(before.titles().size());
        assertThat(searchField(robot).getText()).isEqualTo("scal");
        assertThat(tag(robot, "ml-systems").getPseudoClassStates().toString()).contains("selected");
        assertThat(robot.lookup("Any tag").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup(".toggle-button").match((ToggleButton b) -> "Unread".equals(b.getText()))
                .queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void aFirstStartShowsTheTagPaneAndTheHeadersWithoutCuttingTheirTexts(FxRobot robot) throws Exception {
        window.waitUntilLoaded();

        for (String text : List.of("Match", "All tags", "Any tag", "Read time", "Published")) {
            Labeled labeled = robot.lookup((Labeled l) -> text.equals(l.getText()) && l.isVisible()).query();
            javafx.scene.text.Text shown = robot.from(labeled).lookup(".text").queryAs(javafx.scene.text.Text.class);
            assertThat(shown.getText()).as("what \"%s\" shows", text).isEqualTo(text);
        }
        assertThat(tagButton(robot, "distributed-systems").getWidth()).isGreaterThan(0);
        javafx.scene.text.Text tagText = robot.from(tagButton(robot, "distributed-systems")).lookup(".text")
                .queryAs(javafx.scene.text.Text.class);
        assertThat(tagText.getText()).startsWith("distributed-systems").doesNotContain("…");
    }

    private static Button tagButton(FxRobot robot, String name) {
        return robot.lookup(".tag").match((Button b) -> name.equals(b.getUserData())).queryButton();
    }

    @Test
    void theColumnsMenuHidesAndShowsColumnsButNotTheTitle(FxRobot robot) throws Exception {
        window.waitUntilLoaded();

        openMenu(robot, "View", "Columns", "Tags");
        assertThat(column(robot, SortColumn.TAGS).isVisible()).isFalse();

        openMenu(robot, "View", "Columns");
        assertThat(checkItem(robot, "Tags").isSelected()).isFalse();
        assertThat(checkItem(robot, "Title").isDisable()).isTrue();
        assertThat(checkItem(robot, "Title").isSelected()).isTrue();
        clickInSubmenu(robot, "Tags");
        assertThat(column(robot, SortColumn.TAGS).isVisible()).isTrue();
    }

    @Test
    void rightClickingAHeaderOffersTheSameChoice(FxRobot robot) throws Exception {
        window.waitUntilLoaded();

        openContextMenu(robot, header(robot, "Company"));
        robot.clickOn(menuItem(robot, "Company"));

        assertThat(column(robot, SortColumn.COMPANY).isVisible()).isFalse();
        openMenu(robot, "View", "Columns");
        assertThat(checkItem(robot, "Company").isSelected()).isFalse();
        clickInSubmenu(robot, "Company");
        assertThat(column(robot, SortColumn.COMPANY).isVisible()).isTrue();
    }

    @Test
    void aBrokenPreferencesFileIsNamedAndTheWindowStartsWithItsDefaults(FxRobot robot) throws Exception {
        robot.interact(window::close);
        Path preferences = dataDir.resolve("preferences.json");
        Files.writeString(preferences, "{ \"theme\": \"dark\", ", StandardCharsets.UTF_8);
        robot.interact(() -> window.open(dataDir, List.of()));
        window.waitUntilLoaded();

        assertThat(noticeText(robot)).contains(preferences.toString()).contains("preferences.json.corrupt-");
        assertThat(table(robot).getItems()).hasSize(19);
        assertThat(table(robot).getSortOrder()).extracting(TableColumn::getUserData)
                .containsExactly(SortColumn.PUBLISHED);
        assertThat(table(robot).getColumns()).allMatch(TableColumn::isVisible);
    }

    // ---- what the window shows

    private Layout layout(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ArticleRow> table = table(robot);
        List<TableColumn<ArticleRow, ?>> columns = table.getColumns();
        var state = window.context().state();
        return new Layout(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                splitPane(robot).getDividers().stream().map(SplitPane.Divider::getPosition).toList(),
                columns.stream().filter(TableColumn::isVisible).map(c -> (SortColumn) c.getUserData()).toList(),
                columns.stream().map(TableColumn::getWidth).toList(),
                columns.stream().map(TableColumn::isVisible).toList(),
                table.getSortOrder().stream().map(c -> (SortColumn) c.getUserData()).toList(),
                List.copyOf(state.filters().selectedTags()), state.filters().tagMatchProperty().get(),
                state.filters().searchTextProperty().get(), state.filters().showProperty().get(),
                table.getItems().stream().map(row -> row.article().title()).toList());
    }

    @SuppressWarnings("unchecked")
    private static TableView<ArticleRow> table(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#table").queryAs(TableView.class);
    }

    private static TableColumn<ArticleRow, ?> column(FxRobot robot, SortColumn which) {
        return table(robot).getColumns().stream().filter(c -> c.getUserData() == which).findFirst().orElseThrow();
    }

    private static SplitPane splitPane(FxRobot robot) {
        return robot.lookup("#splitPane").queryAs(SplitPane.class);
    }

    private static Node divider(FxRobot robot, int index) {
        return robot.lookup(".main-split > .split-pane-divider").queryAll().stream().skip(index).findFirst()
                .orElseThrow();
    }

    private static Node header(FxRobot robot, String text) {
        return robot.lookup(".column-header .label").match((Label l) -> text.equals(l.getText())).query();
    }

    /** The spot just inside the right edge of a column's header, where dragging resizes the column. */
    private static javafx.geometry.Point2D columnBorderRightOf(FxRobot robot, String text) {
        Node columnHeader = robot.lookup(".column-header").match((Node n) ->
                robot.from(n).lookup(".label").tryQuery().map(l -> text.equals(((Label) l).getText()))
                        .orElse(false)).query();
        Bounds bounds = columnHeader.localToScreen(columnHeader.getBoundsInLocal());
        return new javafx.geometry.Point2D(bounds.getMaxX() - 1, bounds.getCenterY());
    }

    private static TextField searchField(FxRobot robot) {
        return robot.lookup("#searchField").queryAs(TextField.class);
    }

    private static Button tag(FxRobot robot, String name) {
        return robot.lookup(".tag").match((Button b) -> name.equals(b.getUserData())).queryButton();
    }

    private static String noticeText(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#noticeBar").query().isVisible());
        return robot.lookup("#noticeText").queryAs(Label.class).getText();
    }

    /**
     * Clicks a menu of the menu bar, then the items along the path in the menus that open. The mouse goes sideways
     * into a submenu first, as a person's does, so it does not cross the items below and open their submenus.
     */
    private static void openMenu(FxRobot robot, String menu, String... path) {
        Node bar = robot.lookup(".menu-bar").query();
        robot.clickOn(robot.from(bar).lookup((Node n) -> n instanceof Labeled l
                && menu.equals(l.getText().replace("_", ""))).queryAs(Node.class));
        robot.clickOn(menuItem(robot, path[0]));
        for (int i = 1; i < path.length; i++) {
            clickInSubmenu(robot, path[i]);
        }
    }

    private static void clickInSubmenu(FxRobot robot, String item) {
        Bounds target = menuItem(robot, item).localToScreen(menuItem(robot, item).getBoundsInLocal());
        javafx.geometry.Point2D mouse = robot.robotContext().getBaseRobot().retrieveMouse();
        robot.moveTo(new javafx.geometry.Point2D(target.getCenterX(), mouse.getY()));
        robot.clickOn(menuItem(robot, item));
    }

    /** A menu item's label in any open popup menu (the menu bar's or a context menu). */
    private static Node menuItem(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.listWindows().stream()
                .filter(w -> w instanceof ContextMenu && w.isShowing())
                .flatMap(menu -> robot.from(menu.getScene().getRoot()).lookup(".menu-item .label")
                        .match((Label l) -> text.equals(l.getText())).queryAll().stream())
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + text));
    }

    /** The View ▸ Columns item for a column. */
    private static CheckMenuItem checkItem(FxRobot robot, String text) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu view = bar.getMenus().stream().filter(m -> "View".equals(m.getText().replace("_", ""))).findFirst().orElseThrow();
        Menu columns = (Menu) view.getItems().stream().filter(i -> "Columns".equals(i.getText())).findFirst()
                .orElseThrow();
        for (MenuItem item : columns.getItems()) {
            if (text.equals(item.getText())) {
                return (CheckMenuItem) item;
            }
        }
        throw new AssertionError("no column item " + text);
    }

    /** Headless Monocle does not turn a right click into a context-menu request (TestFX issue 645): fire one. */
    private static void openContextMenu(FxRobot robot, Node node) {
        robot.clickOn(node, MouseButton.SECONDARY);
        robot.interact(() -> {
            Bounds screen = node.localToScreen(node.getBoundsInLocal());
            Bounds local = node.getBoundsInLocal();
            node.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getCenterX(),
                    local.getCenterY(), screen.getCenterX(), screen.getCenterY(), false, null));
        });
    }
}
