package org.readinglist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.readinglist.persistence.library.TestLibraries;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Quitting never loses a change without asking. */
@ExtendWith(ApplicationExtension.class)
class QuitWindowTest {

    private static final String DRUID_TITLE =
            "Stop Answering the Same Question Twice: Interval-Aware Caching for Druid at Netflix Scale";

    @TempDir
    Path files;

    private ReadingListWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        Platform.setImplicitExit(false);
        this.stage = stage;
        window = new ReadingListWindow(stage);
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(window::close);
    }

    @Test
    void quittingSavesWhatIsPendingAndClosesTheWindow(FxRobot robot) throws Exception {
        Path dataDir = files.resolve("data");
        robot.interact(() -> window.open(dataDir, List.of()));
        window.waitUntilLoaded();
        MainWindowPage page = new MainWindowPage(robot);
        robot.clickOn(page.readBoxOf(DRUID_TITLE));

        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.isShowing());
        String druid = "stop-answering-the-same-question-twice-interval-aware-caching-for-druid-at-netflix-scale-"
                + "22fadc9b840e";
        robot.interact(window::close);
        assertThat(TestLibraries.marks(dataDir).read()).containsOnlyKeys(druid);
    }

    @Test
    void quittingWhileChangesCannotBeSavedAsksAndStaysUnlessTheUserQuitsAnyway(FxRobot robot) throws Exception {
        // a data folder that cannot be made (its parent is a file): nothing can be written, even as root
        Path unwritable = Files.writeString(files.resolve("not-a-folder"), "x").resolve("data");
        robot.interact(() -> window.open(unwritable, List.of()));
        window.waitUntilLoaded();
        MainWindowPage page = new MainWindowPage(robot);
        while (robot.lookup("#noticeBar").query().isVisible()) {
            robot.clickOn("Dismiss");
        }
        robot.clickOn(page.readBoxOf(DRUID_TITLE));

        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);

        DialogPane dialog = awaitDialog(robot);
        assertThat(dialog.getHeaderText()).isEqualTo("Some of your changes are not saved yet.");
        assertThat(dialog.getContentText()).contains("could not be saved").contains(unwritable.toString());
        robot.clickOn("Don’t Quit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
        assertThat(page.rowOf(DRUID_TITLE).isRead()).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        awaitDialog(robot);
        robot.clickOn("Quit Anyway");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !stage.isShowing());
    }

    private static DialogPane awaitDialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }
}
