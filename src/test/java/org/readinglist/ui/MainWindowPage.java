package org.readinglist.ui;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import org.readinglist.ui.state.ArticleRow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The main window as a test sees it: where things are and what they show, looked up in one place. */
final class MainWindowPage {

    private final FxRobot robot;

    MainWindowPage(FxRobot robot) {
        this.robot = robot;
    }

    TableView<ArticleRow> table() {
        return robot.lookup("#table").queryTableView();
    }

    List<String> titles() {
        WaitForAsyncUtils.waitForFxEvents();
        return table().getItems().stream().map(row -> row.article().title()).toList();
    }

    ArticleRow rowOf(String title) {
        return table().getItems().stream().filter(row -> row.article().title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + title));
    }

    String status() {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#statusLabel").queryAs(Label.class).getText();
    }

    List<String> shownTags() {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".tag").queryAllAs(Button.class).stream().map(b -> (String) b.getUserData()).sorted()
                .toList();
    }

    /** The tag's text as shown: its name and its count. */
    String tagText(String name) {
        return tag(name).getText();
    }

    Button tag(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".tag").match((Button b) -> name.equals(b.getUserData())).queryButton();
    }

    Node cellWithText(String text) {
        Predicate<Node> visibleCell = node -> node instanceof TableCell<?, ?> cell && text.equals(cell.getText())
                && cell.isVisible() && cell.getTableRow() != null && cell.getTableRow().getItem() != null;
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(visibleCell).query();
    }

    CheckBox readBoxOf(String title) {
        Node row = ((TableCell<?, ?>) cellWithText(title)).getTableRow();
        return robot.from(row).lookup(".check-box").queryAs(CheckBox.class);
    }

    String noticeText() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#noticeBar").query().isVisible());
        return robot.lookup("#noticeText").queryAs(Label.class).getText();
    }

    /**
     * Right-clicks the node. Headless Monocle does not turn a right click into a context-menu request (TestFX issue
     * 645), so the request a desktop platform would send is fired at the same spot.
     */
    void openContextMenu(Node node) {
        robot.clickOn(node, MouseButton.SECONDARY);
        robot.interact(() -> {
            Bounds screen = node.localToScreen(node.getBoundsInLocal());
            Bounds local = node.getBoundsInLocal();
            node.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getCenterX(),
                    local.getCenterY(), screen.getCenterX(), screen.getCenterY(), false, null));
        });
    }

    /** An item of the context menu that is open. */
    Node contextMenuItem(String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.listWindows().stream()
                .filter(window -> window instanceof ContextMenu && window.isShowing())
                .flatMap(menu -> robot.from(menu.getScene().getRoot()).lookup(".menu-item .label")
                        .match((Label l) -> text.equals(l.getText())).queryAll().stream())
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + text));
    }
}
