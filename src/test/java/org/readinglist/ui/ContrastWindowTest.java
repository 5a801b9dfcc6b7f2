package org.readinglist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.readinglist.model.ThemeChoice;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Text stays readable in both themes: WCAG contrast of the text that is easiest to get wrong (dimmed tags, read
 * rows, selected tags, tag chips, the status line) against what is really behind it.
 */
@ExtendWith(ApplicationExtension.class)
class ContrastWindowTest {

    /** WCAG AA for normal text. */
    private static final double READABLE = 4.5;
    /** Dimmed tags say "nothing here"; WCAG's minimum for large or inactive text still applies. */
    private static final double DIMMED = 3.0;

    @TempDir
    java.nio.file.Path dataDir;

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

    @ParameterizedTest
    @EnumSource(value = ThemeChoice.class, names = {"LIGHT", "DARK"})
    void textIsReadableInBothThemes(ThemeChoice theme, FxRobot robot) throws Exception {
        window.waitUntilLoaded();
        robot.interact(() -> window.context().theme().choiceProperty().set(theme));
        robot.type(KeyCode.J).type(KeyCode.R).type(KeyCode.J); // the first article read, the second selected
        robot.clickOn(tag(robot, "search"));
        robot.clickOn(tag(robot, "search"));
        robot.clickOn(tag(robot, "databases"));
        WaitForAsyncUtils.waitForFxEvents();

        Button dimmed = tag(robot, "search");
        assertThat(dimmed.getPseudoClassStates().toString()).contains("dimmed");
        assertThat(contrast(dimmed)).as("dimmed tag").isGreaterThanOrEqualTo(DIMMED);
        assertThat(contrast(tag(robot, "databases"))).as("selected tag").isGreaterThanOrEqualTo(READABLE);
        assertThat(contrast(tag(robot, "caching"))).as("tag").isGreaterThanOrEqualTo(READABLE);
        assertThat(contrast(robot.lookup("#statusLabel").queryAs(Labeled.class))).as("status line")
                .isGreaterThanOrEqualTo(READABLE);

        robot.clickOn(tag(robot, "databases"));
        TableCell<?, ?> readTitle = robot.lookup(".table-row-cell .table-cell")
                .match((TableCell<?, ?> c) -> c.getTableRow() != null && c.getTableRow().getItem() != null
                        && "Scaling ArchUnit with Nebula ArchRules".equals(c.getText())).query();
        assertThat(contrast(readTitle)).as("read row").isGreaterThanOrEqualTo(READABLE);
        robot.type(KeyCode.J);
        Button chip = robot.lookup(".chip").queryButton();
        assertThat(contrast(chip)).as("tag chip").isGreaterThanOrEqualTo(READABLE);
    }

    private static Button tag(FxRobot robot, String name) {
        return robot.lookup(".tag").match((Button b) -> name.equals(b.getUserData())).queryButton();
    }

    private static double contrast(Labeled text) {
        Color fill = (Color) text.getTextFill();
        return ratio(luminance(fill), luminance(behind(text)));
    }

    /** The first opaque background from the node outwards. */
    private static Color behind(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Region region) {
                Background background = region.getBackground();
                if (background != null) {
                    for (int i = background.getFills().size() - 1; i >= 0; i--) {
                        BackgroundFill fill = background.getFills().get(i);
                        Paint paint = fill.getFill();
                        if (paint instanceof Color color && color.getOpacity() > 0.9) {
                            return color;
                        }
                    }
                }
            }
        }
        return Color.WHITE;
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static double ratio(double a, double b) {
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

}
