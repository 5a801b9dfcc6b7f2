package org.readinglist.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.readinglist.model.ThemeChoice;
import org.readinglist.i18n.Messages;
import org.readinglist.persistence.PreferencesStore;
import org.readinglist.ui.util.FxTaskExecutor;

/** The JavaFX application: resolves options, the data folder and the preferences, then shows the window. */
public final class ReadingListApp extends Application {

    private AppOptions options;
    private Path dataDir;
    private PreferencesStore.Loaded preferences;
    private Locale locale;
    private CompletableFuture<Optional<Boolean>> systemDark;
    private AppContext context;

    /** Runs before the JavaFX thread exists, so reading the preferences file blocks nothing. */
    @Override
    public void init() {
        // read once for the data folder, which holds the language preference, and again in that language
        options = AppOptions.parse(getParameters().getRaw(), Messages.of(Locale.getDefault()));
        dataDir = DataDirectory.resolve(options.dataDir(), System.getenv(), System.getProperty("os.name"),
                Path.of(System.getProperty("user.home")));
        systemDark = CompletableFuture.supplyAsync(
                () -> SystemAppearance.isDark(System.getProperty("os.name"), System.getenv()));
        preferences = AppContext.readPreferences(dataDir);
        locale = preferences.preferences().language().map(Locale::forLanguageTag).orElse(Locale.getDefault());
        options = AppOptions.parse(getParameters().getRaw(), Messages.of(locale));
    }

    @Override
    public void start(Stage stage) {
        context = new AppContext(dataDir, preferences, new FxTaskExecutor(),
                address -> getHostServices().showDocument(address.toString()),
                locale, ZoneId.systemDefault(), Clock.systemUTC());
        systemDark.thenAccept(this::showSystemScheme);
        // a user who switches the OS to dark mode and comes back finds the window switched too
        stage.focusedProperty().addListener((obs, was, focused) -> {
            if (focused && context.theme().choiceProperty().get() == ThemeChoice.SYSTEM) {
                CompletableFuture.supplyAsync(
                        () -> SystemAppearance.isDark(System.getProperty("os.name"), System.getenv()))
                        .thenAccept(this::showSystemScheme);
            }
        });
        stage.setTitle(context.messages().get("app.title"));
        stage.getIcons().add(new javafx.scene.image.Image(
                ReadingListApp.class.getResource("/icons/reading-list.png").toExternalForm()));
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        context.showMainWindow(stage);
        Scene scene = stage.getScene();
        context.start(options);
        if (options.smokeTest()) {
            new SmokeTest(context.state(), scene, options.settleSeconds(), System.out).start();
        }
    }

    private void showSystemScheme(Optional<Boolean> dark) {
        dark.ifPresent(value -> Platform.runLater(() -> context.theme().systemDarkProperty().set(value)));
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
