package org.readinglist.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.readinglist.ui.CurrentThreadTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Every FXML view of the main window loads with its controller. */
@ExtendWith(ApplicationExtension.class)
class ViewsLoadTest {

    @Test
    void everyFxmlFileIsIncludedInTheMainWindowAndLoads(FxRobot robot, @TempDir Path data) throws Exception {
        List<String> files;
        try (Stream<Path> fxml = Files.list(Path.of("src/main/resources/fxml"))) {
            files = fxml.map(p -> p.getFileName().toString()).sorted().toList();
        }
        // About, KeyboardShortcuts and RestoreBackup are dialog contents; ReadingListWindowTest opens those dialogs
        assertThat(files).containsExactly("About.fxml", "ArticleDetail.fxml", "ArticleTable.fxml",
                "KeyboardShortcuts.fxml", "Main.fxml", "RestoreBackup.fxml", "TagCloud.fxml");

        Parent[] root = new Parent[1];
        robot.interact(() -> {
            try (AppContext context = new AppContext(data, AppContext.readPreferences(data),
                    new CurrentThreadTaskExecutor(), uri -> { }, Locale.US, ZoneOffset.UTC, Clock.systemUTC())) {
                root[0] = context.createMainView();
                new javafx.scene.Scene(root[0], 1200, 800);
                root[0].applyCss(); // creates the skins, which put pane contents into the scene graph
                root[0].layout();
            }
        });

        for (String id : List.of("#root", "#noticeBar", "#clearButton", "#filterField", "#table", "#searchField", "#statusLabel",
                "#titleLabel", "#openButton")) {
            Node node = root[0].lookup(id);
            assertThat(node).as(id).isNotNull();
        }
    }
}
