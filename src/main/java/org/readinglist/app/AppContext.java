package org.readinglist.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import org.readinglist.feeds.FeedSource;
import org.readinglist.library.FeedRefresher;
import org.readinglist.library.FeedSubscriptions;
import org.readinglist.ui.feeds.FeedsDialog;
import org.readinglist.ui.feeds.FeedsViewModel;
import org.readinglist.ui.feeds.SubscriptionTransfer;
import org.readinglist.persistence.files.OpmlFiles;
import org.readinglist.ui.util.FileChoices;
import org.readinglist.web.FeedFetcher;
import org.readinglist.web.RetryPacing;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import java.util.Optional;
import javafx.application.Application;
import org.readinglist.i18n.Messages;
import org.readinglist.logic.IndexedQueryEngine;
import org.readinglist.persistence.preferences.GsonPreferencesStore;
import org.readinglist.persistence.preferences.PreferencesSaver;
import org.readinglist.persistence.preferences.PreferencesStore;
import org.readinglist.ui.state.LayoutMemory;
import org.readinglist.library.ListLoader;
import org.readinglist.library.ReadingList;
import org.readinglist.ui.state.PreferencesModel;
import org.readinglist.ui.theme.ThemeService;
import org.readinglist.model.ReadMarks;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.readinglist.library.LibraryChanges;
import org.readinglist.library.LibraryWriter;
import org.readinglist.persistence.files.GsonArticleRepository;
import org.readinglist.persistence.marks.LegacyStateFile;
import org.readinglist.persistence.marks.ReadStateSaver;
import org.readinglist.persistence.library.LibraryStore;
import org.readinglist.model.Article;
import org.readinglist.web.PageFetcher;
import org.readinglist.web.UrlNormalizer;
import org.readinglist.ui.edit.ArticleEditorDialog;
import org.readinglist.ui.edit.ArticleEditorViewModel;
import org.readinglist.ui.edit.LinkIntake;
import org.readinglist.ui.articles.ArticleTableView;
import org.readinglist.ui.backup.RestoreBackupDialog;
import org.readinglist.ui.backup.RestoreBackupViewModel;
import org.readinglist.ui.util.Dialogs;
import org.readinglist.ui.articles.ArticleTableViewModel;
import org.readinglist.ui.detail.ArticleDetailView;
import org.readinglist.ui.detail.ArticleDetailViewModel;
import org.readinglist.ui.help.AboutView;
import org.readinglist.ui.help.AboutViewModel;
import org.readinglist.ui.help.HelpDialogs;
import org.readinglist.ui.help.KeyboardShortcutsView;
import org.readinglist.ui.main.MainView;
import org.readinglist.ui.main.MainWindowLayout;
import org.readinglist.ui.main.MainViewModel;
import org.readinglist.ui.main.NoticeCenter;
import org.readinglist.ui.main.QuitDialog;
import org.readinglist.ui.state.ReadingListState;
import org.readinglist.ui.tags.TagCloudView;
import org.readinglist.ui.tags.TagCloudViewModel;
import org.readinglist.ui.util.LinkOpener;
import org.readinglist.ui.util.FileChoices;
import org.readinglist.ui.util.FxFileChoices;
import org.readinglist.ui.transfer.FxTransferDialogs;
import org.readinglist.ui.transfer.TransferView;
import org.readinglist.ui.transfer.TransferViewModel;
import org.readinglist.library.ArticlesExport;
import org.readinglist.library.ArticlesImport;
import org.readinglist.persistence.AtomicFileWriter;
import org.readinglist.persistence.files.GsonArticlesFileWriter;
import java.util.stream.Stream;
import org.readinglist.ui.util.TaskExecutor;

/**
 * The composition root: builds every service and view model once and hands them to the views by constructor.
 * The application and the UI tests both start the window through it.
 */
public final class AppContext implements AutoCloseable {

    public static final String STYLESHEET = "/css/reading-list.css";
    static final Duration SAVE_DELAY = Duration.ofMillis(200);
    static final Duration PREFERENCES_DELAY = Duration.ofMillis(400);
    /** How often the library is checked for another instance's changes. */
    static final Duration WATCH_OTHERS = Duration.ofSeconds(1);
    /** How long quitting waits for each pending write before it asks. */
    static final Duration QUIT_SAVE_WAIT = Duration.ofSeconds(3);
    private static final ReadStateSaver.Listener NO_OBSERVER = new ReadStateSaver.Listener() {
        @Override
        public void saved(ReadMarks stored) {
        }

        @Override
        public void failed(String message) {
        }
    };

    private final TaskExecutor executor;
    private final Path dataDir;
    private final Messages messages;
    private final PreferencesStore preferencesStore;
    private final PreferencesSaver preferencesSaver;
    private final PreferencesModel preferences;
    private final Optional<String> preferencesProblem;
    private final ThemeService theme;
    private final NoticeCenter notices;
    private final LibraryStore library;
    private final ReadStateSaver saver;
    private final LibraryWriter writer;
    private final AtomicBoolean flushedForExit = new AtomicBoolean();
    private final QuitDialog quitDialog;
    private final ReadingListState state;
    private final Map<Class<?>, Supplier<Object>> controllers;
    private final MainWindowLayout windowLayout;
    private Window mainWindow;
    private SplitPane splitPane;
    private PageFetcher pageFetcher;
    /** At most this many feeds are fetched at once. */
    private static final int FEED_FETCHES = 4;
    private final ExecutorService feedFetchers = Executors.newFixedThreadPool(FEED_FETCHES, runnable -> {
        Thread thread = new Thread(runnable, "feed-fetcher");
        thread.setDaemon(true);
        return thread;
    });
    private final FeedRefresher feedRefresher;
    private final FeedsDialog feedsDialog;
    private final Queue<FeedRefresher.Arrival> arrivals = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean arrivalsPosted = new AtomicBoolean();
    private FeedSource feedSource;
    private Timeline feedSchedule;
    private boolean closed;

    public AppContext(Path dataDir, PreferencesStore.Loaded preferences, TaskExecutor executor,
                      LinkOpener linkOpener, Locale locale, ZoneId zone, Clock clock) {
        this(dataDir, preferences, library(dataDir, locale), executor, linkOpener, null, locale, zone, clock,
                NO_OBSERVER, () -> { });
    }

    /** With the library of the data folder, made before the window (see {@link Startup}). */
    public AppContext(Path dataDir, PreferencesStore.Loaded preferences, LibraryStore library,
                      TaskExecutor executor, LinkOpener linkOpener, Locale locale, ZoneId zone, Clock clock) {
        this(dataDir, preferences, library, executor, linkOpener, null, locale, zone, clock, NO_OBSERVER, () -> { });
    }

    /** As above, asking for files through {@code fileChoices} instead of the platform's file chooser (tests). */
    public AppContext(Path dataDir, PreferencesStore.Loaded preferences, LibraryStore library,
                      TaskExecutor executor, LinkOpener linkOpener, FileChoices fileChoices, Locale locale,
                      ZoneId zone, Clock clock) {
        this(dataDir, preferences, library, executor, linkOpener, fileChoices, locale, zone, clock, NO_OBSERVER,
                () -> { });
    }

    /**
     * As above, fetching the pages of articles being added with the given fetcher instead of one of its own (tests: a
     * fetcher that waits longer than a test does).
     */
    public AppContext(Path dataDir, PreferencesStore.Loaded preferences, LibraryStore library,
                      TaskExecutor executor, LinkOpener linkOpener, FileChoices fileChoices, PageFetcher pageFetcher,
                      Locale locale, ZoneId zone, Clock clock) {
        this(dataDir, preferences, library, executor, linkOpener, fileChoices, locale, zone, clock);
        this.pageFetcher = pageFetcher;
    }

    /** As above, with an observer that hears every save (the crash test's harness uses it). */
    public AppContext(Path dataDir, PreferencesStore.Loaded preferences, TaskExecutor executor,
                      LinkOpener linkOpener, Locale locale, ZoneId zone, Clock clock,
                      ReadStateSaver.Listener saveObserver) {
        this(dataDir, preferences, library(dataDir, locale), executor, linkOpener, null, locale, zone, clock,
                saveObserver, () -> { });
    }

    /** As above, and an observer that hears each change to the articles once it is written (the crash test's). */
    public AppContext(Path dataDir, PreferencesStore.Loaded preferences, TaskExecutor executor,
                      LinkOpener linkOpener, Locale locale, ZoneId zone, Clock clock,
                      ReadStateSaver.Listener saveObserver, Runnable articlesWritten) {
        this(dataDir, preferences, library(dataDir, locale), executor, linkOpener, null, locale, zone, clock,
                saveObserver, articlesWritten);
    }

    private AppContext(Path dataDir, PreferencesStore.Loaded preferences, LibraryStore store,
                       TaskExecutor executor, LinkOpener linkOpener, FileChoices fileChoices, Locale locale,
                       ZoneId zone, Clock clock, ReadStateSaver.Listener saveObserver, Runnable articlesWritten) {
        this.library = store;
        this.executor = executor;
        this.dataDir = dataDir;
        this.messages = Messages.of(locale);
        this.notices = new NoticeCenter(messages);
        this.preferencesStore = new GsonPreferencesStore(dataDir, messages);
        this.preferencesSaver = new PreferencesSaver(preferencesStore, PREFERENCES_DELAY,
                message -> executor.runOnUi(() -> notices.warn(message)), messages);
        this.preferences = new PreferencesModel(preferences.preferences(), preferencesSaver::submit);
        this.preferencesProblem = preferences.problem();
        this.theme = new ThemeService(preferences.preferences().theme(), preferences.preferences().systemDark(),
                Application::setUserAgentStylesheet);
        theme.choiceProperty().addListener((obs, old, now) -> this.preferences.update(p -> p.withTheme(now)));
        theme.systemDarkProperty().addListener((obs, old, now) -> this.preferences.update(p -> p.withSystemDark(now)));
        SaveStatus saveStatus = new SaveStatus(executor, notices, messages);
        this.saver = new ReadStateSaver(store, SAVE_DELAY,
                saveStatus.ofMarks(this::adoptOthersMarks, saveObserver), messages);
        saver.watchOthers(WATCH_OTHERS);
        this.writer = new LibraryWriter(Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "library-writer");
            thread.setDaemon(true); // a hung disk must not keep the app from exiting; close() flushes first
            return thread;
        }), saveStatus.ofArticles(store.file(), articlesWritten));
        ReadingList list = new ReadingList(listLoader(store, messages), saver::submit,
                change -> writer.submit(() -> LibraryChanges.write(store, change)), IndexedQueryEngine::new,
                executor, clock);
        this.state = new ReadingListState(list, executor, notices, messages);
        // another instance's changes to the articles (an article added, removed, a tag renamed) show up here too
        writer.every(WATCH_OTHERS, () -> {
            var changed = store.articlesChangedElsewhere();
            if (changed != null) {
                executor.runOnUi(() -> state.takeIn(changed.articles(), changed.marks()));
            }
        });
        state.loadingProperty().addListener((obs, was, loadingNow) -> {
            if (!loadingNow) {
                backUpDailyAfterNextFrame();
            }
        });
        HeapTrim.watch(state.loadingProperty(), state.indexedProperty(), state::articleCount, executor,
                HeapTrim.JVM);
        LayoutMemory layout = new LayoutMemory(state, this.preferences);
        layout.restoreFilters();
        layout.rememberFilters();
        this.windowLayout = new MainWindowLayout(layout);
        String stylesheet = AppContext.class.getResource(STYLESHEET).toExternalForm();
        this.quitDialog = new QuitDialog(executor, () -> saveAll(QUIT_SAVE_WAIT), saveStatus::problem, messages,
                stylesheet);
        RestoreBackupDialog restoreDialog = new RestoreBackupDialog(
                () -> new RestoreBackupViewModel(state, store, executor, notices, messages, zone),
                () -> mainWindow, stylesheet, messages);
        HelpDialogs helpDialogs = new HelpDialogs(messages, () -> mainWindow, stylesheet);
        this.feedRefresher = new FeedRefresher(store, (url, etag, lastModified) -> feedSource().read(url, etag,
                lastModified), new RetryPacing(Duration.ofHours(6))::nextAttempt, feedFetchers, clock,
                this::feedArrived);
        FeedSubscriptions feedSubscriptions = new FeedSubscriptions(store, url -> feedSource().lookup(url),
                this::feedArrived, new OpmlFiles(new AtomicFileWriter(), () -> Stream.concat(store.files().stream(),
                        Stream.of(dataDir.resolve(GsonPreferencesStore.FILE_NAME))).toList()));
        FileChoices choices = fileChoices != null ? fileChoices : new FxFileChoices(() -> mainWindow, messages);
        this.feedsDialog = new FeedsDialog(() -> new FeedsViewModel(feedSubscriptions, executor, messages, zone,
                () -> refreshFeeds(true), state::departed), () -> mainWindow, stylesheet, messages);
        // the feeds an import followed are read at once, quietly: the import's notice says what was followed
        SubscriptionTransfer subscriptionTransfer = new SubscriptionTransfer(feedSubscriptions, choices, executor,
                notices, messages, ids -> feedRefresher.refresh(feed -> ids.contains(feed.id()), count -> { })
                        .thenRun(() -> executor.runOnUi(() -> feedsDialog.reloadIfOpen())));
        ArticleEditorDialog editorDialog = new ArticleEditorDialog(() -> mainWindow, stylesheet, messages);
        ArticleEditorViewModel.PageSource pages = url -> pageFetcher().fetch(url);
        Dialogs dialogs = new Dialogs() {
            @Override
            public void showRestoreBackup() {
                restoreDialog.show();
            }

            @Override
            public void showShortcuts() {
                helpDialogs.showShortcuts(new KeyboardShortcutsView(messages,
                        () -> AppContext.this.preferences.get().singleKeyShortcuts()));
            }

            @Override
            public void showAbout() {
                helpDialogs.showAbout(new AboutView(new AboutViewModel(messages, version(), dataDir, linkOpener)));
            }

            @Override
            public void showAddArticle(String url) {
                editorDialog.show(ArticleEditorViewModel.adding(state, pages, executor, messages, url));
            }

            @Override
            public void showEditArticle(Article article) {
                editorDialog.show(ArticleEditorViewModel.editing(state, pages, executor, messages, article));
            }

            @Override
            public void showFeeds() {
                feedsDialog.show();
            }

            @Override
            public void importSubscriptions() {
                subscriptionTransfer.importFile();
            }

            @Override
            public void exportSubscriptions() {
                subscriptionTransfer.exportFile();
            }
        };
        LinkIntake linkIntake = new LinkIntake(dialogs, executor, notices, messages);
        MainViewModel mainViewModel = new MainViewModel(state, dialogs, this.preferences, theme, messages,
                linkOpener, notices, dataDir, () -> refreshFeeds(true));
        TagCloudViewModel tagCloudViewModel = new TagCloudViewModel(state, messages);
        ArticleTableViewModel tableViewModel = new ArticleTableViewModel(state, layout, messages);
        ArticleDetailViewModel detailViewModel = new ArticleDetailViewModel(state, dialogs, linkOpener, notices,
                messages, zone);
        TransferViewModel transferViewModel = new TransferViewModel(
                new ArticlesImport(HeapTrim.widening(new GsonArticleRepository(messages), HeapTrim.JVM), store),
                new ArticlesExport(new GsonArticlesFileWriter(new AtomicFileWriter(), () -> Stream.concat(
                        store.files().stream(), Stream.of(dataDir.resolve(GsonPreferencesStore.FILE_NAME))).toList()),
                        this::removedIds), state,
                choices,
                new FxTransferDialogs(() -> mainWindow, stylesheet, messages), executor, notices, messages);
        this.controllers = Map.of(
                MainView.class, () -> new MainView(mainViewModel, linkIntake, notices, messages),
                TransferView.class, () -> new TransferView(transferViewModel),
                TagCloudView.class, () -> new TagCloudView(tagCloudViewModel),
                ArticleTableView.class, () -> new ArticleTableView(tableViewModel),
                ArticleDetailView.class, () -> new ArticleDetailView(detailViewModel));
    }

    /** What the library holds after a save that found another instance's marks: the window takes them in. */
    private void adoptOthersMarks(ReadMarks stored) {
        state.adopt(stored, false);
    }

    /**
     * Takes the day's backup of the library in the background, once the window has drawn what it shows; not when
     * the app was closed before that frame, whose executor takes no more work.
     */
    private void backUpDailyAfterNextFrame() {
        executor.afterNextFrame(() -> {
            if (closed) {
                return;
            }
            executor.execute(() -> {
                library.backUpDailyIfDue();
                return null;
            }, done -> { }, error -> System.getLogger(AppContext.class.getName())
                    .log(System.Logger.Level.WARNING, "the daily backup of the library failed", error));
        });
    }

    /** The library's removed articles, with a removal made just before written first (an export asks). */
    private List<String> removedIds() throws SQLException {
        writer.flush(QUIT_SAVE_WAIT);
        return library.removedIds();
    }

    // ---- feeds

    /**
     * Refreshes the feeds now ({@code all}: every one, the user asked) and says so in the status line: how many are
     * being refreshed, then what came.
     */
    public void refreshFeeds(boolean all) {
        feedRefresher.refresh(all, count -> executor.runOnUi(() -> {
            if (count > 0) {
                notices.info(messages.format("feeds.refreshing", count));
            }
        })).thenAccept(summary -> executor.runOnUi(() -> {
            if (summary.feeds() > 0) {
                notices.info(describe(summary));
            }
            feedsDialog.reloadIfOpen();
        }));
    }

    private String describe(FeedRefresher.Summary summary) {
        String came = summary.news().isEmpty() ? messages.get("feeds.refreshed.nothing")
                : summary.news().size() == 1
                ? messages.format("feeds.refreshed.news", summary.newArticles(), summary.news().get(0).feedName())
                : messages.format("feeds.refreshed.more", summary.newArticles(), summary.news().size());
        return summary.failed() == 0 ? came : messages.format("feeds.refreshed.failed", came, summary.failed());
    }

    /**
     * Starts refreshing the feeds by themselves: once, after the window's next frame (never before it), and then
     * as often as the preferences say while the app runs. The app calls it once its window is shown; tests that
     * want no network leave it.
     */
    public void refreshFeedsFromNowOn() {
        executor.afterNextFrame(() -> {
            if (!closed && preferences.get().feedRefreshHours() > 0) {
                refreshFeeds(false);
            }
        });
        scheduleFeeds(preferences.get().feedRefreshHours());
        preferences.preferencesProperty().addListener((obs, old, now) -> {
            if (old == null || old.feedRefreshHours() != now.feedRefreshHours()) {
                scheduleFeeds(now.feedRefreshHours());
            }
        });
    }

    private void scheduleFeeds(int hours) {
        if (feedSchedule != null) {
            feedSchedule.stop();
            feedSchedule = null;
        }
        if (hours > 0 && !closed) {
            feedSchedule = new Timeline(new KeyFrame(javafx.util.Duration.hours(hours), event -> refreshFeeds(false)));
            feedSchedule.setCycleCount(Animation.INDEFINITE);
            feedSchedule.play();
        }
    }

    /**
     * What a feed brought, from a fetching thread: the window takes in everything that arrived by the time it
     * gets to it, in one go, so feeds finishing close together rebuild the index once.
     */
    private void feedArrived(FeedRefresher.Arrival arrival) {
        arrivals.add(arrival);
        if (arrivalsPosted.compareAndSet(false, true)) {
            executor.runOnUi(() -> {
                arrivalsPosted.set(false);
                List<Article> added = new java.util.ArrayList<>();
                List<Article> updated = new java.util.ArrayList<>();
                for (FeedRefresher.Arrival next = arrivals.poll(); next != null; next = arrivals.poll()) {
                    added.addAll(next.arrivals().added());
                    updated.addAll(next.arrivals().updated());
                }
                state.arrived(added, updated);
            });
        }
    }

    /** The web, reached on the first fetch, off the JavaFX thread. */
    private synchronized FeedSource feedSource() {
        if (feedSource == null) {
            feedSource = new org.readinglist.feeds.WebFeedSource(new FeedFetcher("ReadingList/" + version()));
        }
        return feedSource;
    }

    /** Made on the first fetch, off the JavaFX thread: a start that fetches nothing does not build its client. */
    private synchronized PageFetcher pageFetcher() {
        if (pageFetcher == null) {
            pageFetcher = new PageFetcher("ReadingList/" + version());
        }
        return pageFetcher;
    }

    /** The version the build put into the app ("1.0.0"). */
    static String version() {
        Properties properties = new Properties();
        try (InputStream in = AppContext.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // shown as unknown
        }
        return properties.getProperty("version", "?");
    }

    /** Reads the preferences file of a data folder; the application does it before the JavaFX thread starts. */
    public static PreferencesStore.Loaded readPreferences(Path dataDir) {
        return new GsonPreferencesStore(dataDir, Messages.of(Locale.getDefault())).load();
    }

    /** The library of a data folder, not opened yet: the first read opens it. */
    public static LibraryStore library(Path dataDir) {
        return library(dataDir, Locale.getDefault());
    }

    /** As {@link #library(Path)}, telling problems with an old state file in this language. */
    public static LibraryStore library(Path dataDir, Locale locale) {
        Messages messages = Messages.of(locale);
        return new LibraryStore(dataDir, Clock.systemUTC(), UrlNormalizer::key,
                file -> LegacyStateFile.read(file, messages));
    }

    /** Reads the list the app's way (the library, articles files as JSON, the indexed engine). */
    public static ListLoader listLoader(LibraryStore library, Messages messages) {
        return new ListLoader(HeapTrim.widening(new GsonArticleRepository(messages), HeapTrim.JVM), library,
                articles -> new IndexedQueryEngine(articles, library.indexCacheFor(articles)));
    }

    public ThemeService theme() {
        return theme;
    }

    public PreferencesModel preferences() {
        return preferences;
    }

    public Messages messages() {
        return messages;
    }

    public ReadingListState state() {
        return state;
    }

    public NoticeCenter notices() {
        return notices;
    }

    /** Loads the main window's view tree (FXML under /fxml) with the view models wired in. */
    public Parent createMainView() {
        URL fxml = AppContext.class.getResource("/fxml/Main.fxml");
        FXMLLoader loader = new FXMLLoader(fxml, messages.bundle());
        loader.setControllerFactory(type -> {
            Supplier<Object> controller = controllers.get(type);
            if (controller == null) {
                throw new IllegalStateException("No controller registered for " + type.getName());
            }
            return controller.get();
        });
        try {
            Parent root = loader.load();
            splitPane = (SplitPane) loader.getNamespace().get("splitPane");
            root.getStylesheets().add(AppContext.class.getResource(STYLESHEET).toExternalForm());
            root.sceneProperty().addListener((obs, old, scene) -> {
                if (scene != null) {
                    scene.windowProperty().addListener((o, was, window) -> mainWindow = window);
                    mainWindow = scene.getWindow();
                }
            });
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("The main window could not be built from " + fxml, e);
        }
    }

    /**
     * Shows the main window on the stage with the place, size and dividers it was left with, and remembers them
     * from then on. The application and the UI tests' harness both show the window through it.
     */
    public void showMainWindow(Stage stage) {
        Parent root = createMainView();
        if (stage.getScene() == null) {
            stage.setScene(new Scene(root, MainWindowLayout.DEFAULT_WIDTH, MainWindowLayout.DEFAULT_HEIGHT));
        } else {
            stage.getScene().setRoot(root);
        }
        windowLayout.restore(stage, splitPane);
        quitDialog.guard(stage);
        stage.show();
        windowLayout.remember(stage, splitPane);
    }

    /** Starts loading the articles and read marks, and reports command-line problems. */
    public void start(AppOptions options) {
        reportProblems(options);
        state.load(options.articlesFile());
    }

    /**
     * Shows a list loading (or loaded) already, with this context's store, and reports command-line problems. A
     * list that is there shows at once.
     */
    public void start(AppOptions options, CompletableFuture<ListLoader.Loaded> list, ListLoader.Progress progress) {
        reportProblems(options);
        state.show(list, progress);
    }

    private void reportProblems(AppOptions options) {
        options.problems().forEach(notices::warn);
        preferencesProblem.ifPresent(notices::warn);
    }

    /** Writes what is pending and waits at most the given time each; true when nothing is left unsaved. */
    boolean saveAll(Duration wait) {
        saver.flush(wait);
        writer.flush(wait);
        return !saver.hasPending() && !writer.hasPending();
    }

    /** From now on, a quit by SIGTERM or a logout writes what is pending before the process ends. */
    public void saveOnShutdown() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::flushForExit, "reading-list-shutdown"));
    }

    private void flushForExit() {
        flushForExit(false);
    }

    /** Writes what is pending and closes the library; {@code keepArticles}: keeps its articles for the next start. */
    private void flushForExit(boolean keepArticles) {
        if (flushedForExit.compareAndSet(false, true)) {
            saver.close();
            writer.close();
            preferencesSaver.close();
            if (keepArticles) {
                library.keepArticles();
            }
            library.close();
        }
    }

    /** Writes any pending read marks, changes and preferences and stops background threads. */
    @Override
    public void close() {
        closed = true;
        scheduleFeeds(0);
        feedFetchers.shutdownNow();
        windowLayout.detach();
        flushForExit(true);
        executor.shutdown();
    }
}
