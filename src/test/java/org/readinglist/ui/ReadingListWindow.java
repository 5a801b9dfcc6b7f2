package org.readinglist.ui;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.readinglist.app.AppContext;
import org.readinglist.app.AppOptions;
import org.readinglist.ui.util.FxTaskExecutor;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real window (real services, real background loading and saving) on a stage, with the data folder a
 * test chooses. Links the app would open are collected instead of starting a browser.
 */
final class ReadingListWindow {

    final List<URI> openedLinks = new CopyOnWriteArrayList<>();
    private final Stage stage;
    private AppContext context;

    ReadingListWindow(Stage stage) {
        this.stage = stage;
    }

    /** Builds the window in American English and starts loading; call on the FX thread. */
    void open(Path dataDir, List<String> args) {
        open(dataDir, args, Locale.US);
    }

    /** Builds the window in the given language and starts loading; call on the FX thread. */
    void open(Path dataDir, List<String> args, Locale locale) {
        close();
        context = new AppContext(dataDir, AppContext.readPreferences(dataDir),
                new FxTaskExecutor(), openedLinks::add, locale, ZoneOffset.UTC,
                Clock.systemUTC());
        context.showMainWindow(stage);
        context.start(AppOptions.parse(args, context.messages()));
    }

    AppContext context() {
        return context;
    }

    /** Writes pending marks and stops the background threads, as closing the app does. */
    void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    void waitUntilLoaded() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> context != null && !context.state().loadingProperty().get()
                        && context.state().articleCount() > 0);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
