package org.readinglist.ui.util;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.css.PseudoClass;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class StyleWatchTest {

    private static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty");
    private static final PseudoClass MARKED = PseudoClass.getPseudoClass("marked");

    private StackPane row;
    private StackPane cell;
    private Pane text;
    private StyleWatch watch;

    @Start
    void start(Stage stage) {
        // the toolkit only; the nodes need no window
    }

    @BeforeEach
    void build(FxRobot robot) {
        robot.interact(() -> {
            text = new Pane();
            cell = new StackPane(text);
            row = new StackPane(cell);
            watch = new StyleWatch(row);
        });
    }

    @Test
    void aNewWatchTellsOfAChangeUntilCleared(FxRobot robot) {
        robot.interact(() -> {
            assertThat(watch.changed()).isTrue();
            watch.clear();
            assertThat(watch.changed()).isFalse();
        });
    }

    @Test
    void aPseudoClassDeepInTheSubtreeIsAChange(FxRobot robot) {
        robot.interact(() -> {
            watch.clear();
            text.pseudoClassStateChanged(MARKED, true);
            assertThat(watch.changed()).isTrue();
            watch.clear();
            assertThat(watch.changed()).isFalse();
        });
    }

    @Test
    void aPseudoClassSwitchedOffAndOnAgainLeavesTheStyleAsItWas(FxRobot robot) {
        robot.interact(() -> {
            cell.pseudoClassStateChanged(EMPTY, true);
            watch.clear();
            cell.pseudoClassStateChanged(EMPTY, false);
            assertThat(watch.changed()).isTrue();
            cell.pseudoClassStateChanged(EMPTY, true);
            assertThat(watch.changed()).isFalse();
        });
    }

    @Test
    void aPseudoClassSwitchedOnAndOffAgainLeavesTheStyleAsItWas(FxRobot robot) {
        robot.interact(() -> {
            watch.clear();
            row.pseudoClassStateChanged(MARKED, true);
            row.pseudoClassStateChanged(MARKED, false);
            assertThat(watch.changed()).isFalse();
        });
    }

    @Test
    void aNodeAddedIsAChangeAndIsWatchedFromThen(FxRobot robot) {
        robot.interact(() -> {
            watch.clear();
            Pane graphic = new Pane();
            cell.getChildren().add(graphic);
            assertThat(watch.changed()).isTrue();
            watch.clear();
            graphic.pseudoClassStateChanged(MARKED, true);
            assertThat(watch.changed()).isTrue();
        });
    }

    @Test
    void aNodeTakenOutAndPutBackIsNoChange(FxRobot robot) {
        robot.interact(() -> {
            watch.clear();
            cell.getChildren().setAll(text);
            assertThat(watch.changed()).isFalse();
        });
    }

    @Test
    void aStyleClassOrAnInlineStyleIsAChange(FxRobot robot) {
        robot.interact(() -> {
            watch.clear();
            text.getStyleClass().add("warning");
            assertThat(watch.changed()).isTrue();
            watch.clear();
            cell.setStyle("-fx-padding: 2;");
            assertThat(watch.changed()).isTrue();
        });
    }
}
