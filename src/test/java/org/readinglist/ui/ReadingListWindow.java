package org.readinglist.ui;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.readinglist.app.AppContext;
import org.readinglist.app.AppOptions;
import org.readinglist.i18n.Messages;
import org.readinglist.persistence.files.ArticlesFileException;
import org.readinglist.persistence.library.LibraryStore;
import org.readinglist.library.ListLoader;
import org.readinglist.ui.util.FileChoices;
import org.readinglist.ui.util.FxTaskExecutor;
import org.readinglist.web.PageFetcher;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real window (real services, real background loading and saving) on a stage, with the data folder a
 * test chooses. Links the app would open are collected instead of starting a browser.
 */
final class ReadingListWindow {

    final List<URI> openedLinks = new CopyOnWriteArrayList<>();
    /** The files the window's file choices answer with, in turn; none when empty, as when the user cancels. */
    final Deque<Path> chosenFiles = new ConcurrentLinkedDeque<>();
    private final Stage stage;
    private AppContext context;

    ReadingListWindow(Stage stage) {
        this.stage = stage;
    }

    /**
     * Reads the list, then builds the window in American English, as the app does when the list is read before its
     * window is ready; call on the FX thread.
     */
    void open(Path dataDir, List<String> args) {
        open(dataDir, args, Locale.US);
    }

    /** As {@link #open(Path, List)}, in the given language. */
    void open(Path dataDir, List<String> args, Locale locale) {
        open(dataDir, args, locale, AppContext.library(dataDir, locale), null);
    }

    /** As {@link #open(Path, List)}, with this library of the folder (one opened a special way). */
    void open(Path dataDir, LibraryStore store) {
        open(dataDir, List.of(), Locale.US, store, null);
    }

    /** As {@link #open(Path, List)}, fetching the pages of articles being added with this fetcher. */
    void open(Path dataDir, PageFetcher pageFetcher) {
        open(dataDir, List.of(), Locale.US, AppContext.library(dataDir, Locale.US), pageFetcher);
    }

    /** @param pageFetcher null for the app's own */
    private void open(Path dataDir, List<String> args, Locale locale, LibraryStore store, PageFetcher pageFetcher) {
        close();
        Messages messages = Messages.of(locale);
        AppOptions options = AppOptions.parse(args, messages);
        CompletableFuture<ListLoader.Loaded> list = new CompletableFuture<>();
        try {
            list.complete(AppContext.listLoader(store, messages).load(options.articlesFile(), part -> { }));
        } catch (ArticlesFileException e) {
            list.completeExceptionally(e);
        }
        context = pageFetcher == null
                ? new AppContext(dataDir, AppContext.readPreferences(dataDir), store, new FxTaskExecutor(),
                        openedLinks::add, fileChoices(), locale, ZoneOffset.UTC, Clock.systemUTC())
                : new AppContext(dataDir, AppContext.readPreferences(dataDir), store, new FxTaskExecutor(),
                        openedLinks::add, fileChoices(), pageFetcher, locale, ZoneOffset.UTC, Clock.systemUTC());
        context.start(options, list, new ListLoader.Progress());
        context.showMainWindow(stage);
    }

    /** Builds the window first and loads the list in the background, as the app does with a long list. */
    void openLoadingAfterwards(Path dataDir, List<String> args) {
        close();
        context = new AppContext(dataDir, AppContext.readPreferences(dataDir),
                new FxTaskExecutor(), openedLinks::add, Locale.US, ZoneOffset.UTC,
                Clock.systemUTC());
        context.showMainWindow(stage);
        context.start(AppOptions.parse(args, context.messages()));
    }

    /** Answers with the {@link #chosenFiles}: the platform's file chooser cannot be driven headless. */
    private FileChoices fileChoices() {
        return new FileChoices() {
            @Override
            public Optional<Path> fileToImport() {
                return Optional.ofNullable(chosenFiles.poll());
            }

            @Override
            public Optional<Path> exportTarget(String suggestedName) {
                return Optional.ofNullable(chosenFiles.poll());
            }

            @Override
            public Optional<Path> subscriptionsToImport() {
                return Optional.ofNullable(chosenFiles.poll());
            }

            @Override
            public Optional<Path> subscriptionsTarget(String suggestedName) {
                return Optional.ofNullable(chosenFiles.poll());
            }
        };
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
