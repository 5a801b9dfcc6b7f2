package org.readinglist.app;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.readinglist.model.ThemeChoice;
import org.readinglist.ui.util.FxTaskExecutor;

/** The JavaFX application: resolves options, the data folder and the preferences, then shows the window. */
public final class ReadingListApp extends Application {

    private Startup startup;
    private Startup.Settings settings;
    private CompletableFuture<Optional<Boolean>> systemDark;
    private AppContext context;

    /** Runs on the launcher thread, so waiting for the preferences file blocks nothing. */
    @Override
    public void init() {
        startup = Startup.forArguments(getParameters().getRaw());
        systemDark = CompletableFuture.supplyAsync(
                () -> SystemAppearance.isDark(System.getProperty("os.name"), System.getenv()));
        settings = startup.settings();
    }

    @Override
    public void start(Stage stage) {
        startup.milestones().mark("toolkit");
        AppOptions options = settings.options();
        context = new AppContext(settings.dataDir(), settings.preferences(), settings.library(), new FxTaskExecutor(),
                address -> getHostServices().showDocument(address.toString()),
                settings.locale(), ZoneId.systemDefault(), Clock.systemUTC());
        startup.milestones().mark("context");
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
        // a list read by now is in the window's first frame
        context.saveOnShutdown();
        context.start(options, startup.list(), startup.progress());
        context.showMainWindow(stage);
        startup.milestones().mark("window");
        Scene scene = stage.getScene();
        if (options.smokeTest()) {
            new SmokeTest(context.state(), scene, options.settleSeconds(), startup.milestones(), System.out).start();
        } else {
            // the feeds are refreshed after the first frame, never before it
            context.refreshFeedsFromNowOn();
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
