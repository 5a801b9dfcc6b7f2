package org.readinglist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window started in German shows German menus, status line, table, details and dates. */
@ExtendWith(ApplicationExtension.class)
class GermanWindowTest {

    private static final String NEWEST_TITLE = "Scaling ArchUnit with Nebula ArchRules"; // published 2026-05-08

    @TempDir
    Path dataDir;

    private ReadingListWindow window;

    @Start
    void start(Stage stage) {
        window = new ReadingListWindow(stage);
        window.open(dataDir, List.of(), Locale.GERMANY);
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(window::close);
    }

    @Test
    void menusStatusLineAndTableAreGerman(FxRobot robot) throws Exception {
        window.waitUntilLoaded();

        List<String> menuTitles = robot.lookup(".menu-bar").lookup((Node node) -> node instanceof Text).queryAll()
                .stream().map(node -> ((Text) node).getText()).filter(text -> !text.isBlank()).toList();
        assertThat(menuTitles).containsExactly("Datei", "Bearbeiten", "Ansicht", "Hilfe");
        assertThat(label(robot, "#statusLabel").getText())
                .isEqualTo("19 von 19 angezeigt · 0 gelesen · 95 Min. ungelesen");
        List<String> headers = robot.lookup(".column-header .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(headers).contains("Gelesen", "Titel", "Firma", "Tags", "Erschienen", "Lesezeit");
        assertThat(robot.lookup("#searchField").queryAs(TextField.class).getPromptText())
                .startsWith("Titel, Zusammenfassungen, Tags, Autoren durchsuchen");
    }

    @Test
    void germanTextsOfTheTagPaneAndTheHeadersAreNotCut(FxRobot robot) throws Exception {
        window.waitUntilLoaded();

        for (String text : List.of("Tags", "Enthält", "Alle", "Eines", "Anzeigen", "Ungelesen")) {
            String pane = List.of("Anzeigen", "Ungelesen").contains(text) ? ".filter-bar" : ".tag-pane";
            assertShownWhole(robot, robot.lookup(pane).lookup(
                    (javafx.scene.control.Labeled l) -> text.equals(l.getText()) && l.isVisible()).query(), text);
        }
        for (String text : List.of("Gelesen", "Titel", "Firma", "Tags", "Erschienen", "Lesezeit")) {
            assertShownWhole(robot, robot.lookup(".column-header .label")
                    .match((Label l) -> text.equals(l.getText())).query(), text);
        }
    }

    private static void assertShownWhole(FxRobot robot, Node labeled, String text) {
        Text shown = robot.from(labeled).lookup(".text").queryAs(Text.class);
        assertThat(shown.getText()).as("what \"%s\" shows", text).isEqualTo(text);
    }

    @Test
    void detailViewShowsGermanDatesAndReadState(FxRobot robot) throws Exception {
        window.waitUntilLoaded();

        robot.clickOn(cellWithText(robot, NEWEST_TITLE));
        assertThat(label(robot, "#publishedLabel").getText()).isEqualTo("8. Mai 2026");
        assertThat(label(robot, "#readStatusLabel").getText()).isEqualTo("Ungelesen");
        assertThat(cellWithText(robot, "08.05.2026")).isNotNull(); // the table's date column, in the short form

        robot.type(KeyCode.R);

        assertThat(label(robot, "#readStatusLabel").getText()).matches("Gelesen am \\d{1,2}\\. \\p{L}+ \\d{4}");
        assertThat(label(robot, "#statusLabel").getText()).startsWith("19 von 19 angezeigt · 1 gelesen · ");
        assertThat(robot.lookup("#toggleReadButton").queryButton().getText()).isEqualTo("Als ungelesen markieren");
    }

    private static Label label(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(id).queryAs(Label.class);
    }

    private static Node cellWithText(FxRobot robot, String text) {
        Predicate<Node> visibleCell = node -> node instanceof TableCell<?, ?> cell && text.equals(cell.getText())
                && cell.isVisible() && cell.getTableRow() != null && cell.getTableRow().getItem() != null;
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(visibleCell).query();
    }
}
