package org.readinglist.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.util.Callback;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.readinglist.i18n.Messages;
import org.readinglist.ui.CurrentThreadTaskExecutor;
import org.readinglist.ui.backup.RestoreBackupView;
import org.readinglist.ui.backup.RestoreBackupViewModel;
import org.readinglist.ui.edit.ArticleEditorView;
import org.readinglist.ui.edit.ArticleEditorViewModel;
import org.readinglist.ui.help.AboutView;
import org.readinglist.ui.help.AboutViewModel;
import org.readinglist.ui.help.KeyboardShortcutsView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Every FXML view loads with its controller, in every language (a missing %key makes FXMLLoader throw). */
@ExtendWith(ApplicationExtension.class)
class ViewsLoadTest {

    @Test
    void everyFxmlFileIsIncludedInTheMainWindowAndLoads(FxRobot robot, @TempDir Path data) throws Exception {
        List<String> files;
        try (Stream<Path> fxml = Files.list(Path.of("src/main/resources/fxml"))) {
            files = fxml.map(p -> p.getFileName().toString()).sorted().toList();
        }
        // About, ArticleEditor, Feeds, KeyboardShortcuts and RestoreBackup are dialog contents; the test below loads
        // them
        assertThat(files).containsExactly("About.fxml", "ArticleDetail.fxml", "ArticleEditor.fxml",
                "ArticleTable.fxml", "Feeds.fxml", "KeyboardShortcuts.fxml", "Main.fxml", "RestoreBackup.fxml",
                "TagCloud.fxml", "Transfer.fxml");

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
                "#titleLabel", "#openButton", "#transferBar")) {
            Node node = root[0].lookup(id);
            assertThat(node).as(id).isNotNull();
        }
    }

    /** The main window and the five dialog contents, in English and German, with the bundle of that language. */
    @ParameterizedTest
    @ValueSource(strings = {"en-US", "de-DE"})
    void everyFxmlFileLoadsInEveryLanguage(String language, FxRobot robot, @TempDir Path data) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        List<String> menus = new ArrayList<>();
        List<String> dialogTexts = new ArrayList<>();
        Exception[] failure = new Exception[1];
        robot.interact(() -> {
            try (AppContext context = new AppContext(data, AppContext.readPreferences(data),
                    new CurrentThreadTaskExecutor(), uri -> { }, locale, ZoneOffset.UTC, Clock.systemUTC())) {
                Messages messages = context.messages();
                assertThat(messages.locale()).isEqualTo(locale);
                Parent main = context.createMainView();
                ((MenuBar) main.lookup("#menuBar")).getMenus().stream().map(Menu::getText).forEach(menus::add);
                Parent about = load("About.fxml", messages, type -> new AboutView(
                        new AboutViewModel(messages, "1.0", data, uri -> { })));
                Parent shortcuts = load("KeyboardShortcuts.fxml", messages,
                        type -> new KeyboardShortcutsView(messages, () -> true));
                Parent restore = load("RestoreBackup.fxml", messages, type -> new RestoreBackupView(
                        new RestoreBackupViewModel(context.state(), AppContext.library(data),
                                new CurrentThreadTaskExecutor(), context.notices(), messages, ZoneOffset.UTC)));
                Parent editor = load("ArticleEditor.fxml", messages, type -> new ArticleEditorView(
                        ArticleEditorViewModel.adding(context.state(), url -> {
                            throw new AssertionError("nothing is fetched");
                        }, new CurrentThreadTaskExecutor(), messages, ""), messages, () -> { }, () -> { }));
                Parent feeds = load("Feeds.fxml", messages, type -> new org.readinglist.ui.feeds.FeedsView(
                        new org.readinglist.ui.feeds.FeedsViewModel(new org.readinglist.library.FeedSubscriptions(
                                AppContext.library(data), url -> {
                                    throw new AssertionError("nothing is fetched");
                                }, arrival -> { }, new org.readinglist.persistence.files.OpmlFiles(
                                        new org.readinglist.persistence.AtomicFileWriter(), List::of)),
                                new CurrentThreadTaskExecutor(), messages, ZoneOffset.UTC, () -> { }, gone -> { }),
                        messages, ""));
                for (Parent dialog : List.of(about, shortcuts, restore, editor, feeds)) {
                    dialog.lookupAll(".label").forEach(node -> dialogTexts.add(((Labeled) node).getText()));
                }
            } catch (Exception e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }

        if (locale.getLanguage().equals("de")) {
            assertThat(menus).containsExactly("_Datei", "_Bearbeiten", "_Ansicht", "_Hilfe");
            assertThat(dialogTexts).contains("Was das Wiederherstellen der ausgewählten Sicherung ändern würde:",
                    "Freie Software unter der MIT-Lizenz.", "Webadresse", "Zusammenfassung",
                    "Diese Seite nennt diese Feeds; wählen Sie einen:");
        } else {
            assertThat(menus).containsExactly("_File", "_Edit", "_View", "_Help");
            assertThat(dialogTexts).contains("What restoring the selected backup would change:",
                    "Free software under the MIT licence.", "Web address", "Summary",
                    "This page names these feeds; pick one:");
        }
    }

    private static Parent load(String file, Messages messages, Callback<Class<?>, Object> controller)
            throws java.io.IOException {
        FXMLLoader loader = new FXMLLoader(ViewsLoadTest.class.getResource("/fxml/" + file), messages.bundle());
        loader.setControllerFactory(controller);
        return loader.load();
    }
}
