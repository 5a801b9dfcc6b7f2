package org.readinglist.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.readinglist.i18n.Messages;
import java.time.Duration;
import java.time.Instant;
import org.readinglist.persistence.AtomicFileWriter;
import org.readinglist.persistence.preferences.GsonPreferencesStore;
import org.readinglist.persistence.preferences.PreferencesStore;
import org.readinglist.persistence.library.LibraryStore;
import org.readinglist.library.ListLoader;

/**
 * What the app reads before its window can show anything: the options, the data folder, the preferences (they
 * hold the language) and then the list with its read marks. It starts with the process, on a thread of its own,
 * so the disk and the JavaFX toolkit start side by side, and a short list is there before the window is shown.
 */
final class Startup {

    /** The settings the window is built with, known before the list is read. */
    record Settings(AppOptions options, Path dataDir, PreferencesStore.Loaded preferences, Locale locale,
                    LibraryStore library) {
    }

    private static volatile Startup begun;
    private static final Duration LEFTOVER_AGE = Duration.ofMinutes(1);

    private final CompletableFuture<Settings> settings = new CompletableFuture<>();
    private final CompletableFuture<ListLoader.Loaded> list = new CompletableFuture<>();
    private final CompletableFuture<Void> finished = new CompletableFuture<>();
    private final ListLoader.Progress progress = new ListLoader.Progress();
    private final Milestones milestones = new Milestones();

    private Startup() {
    }

    /** Starts reading; the launcher calls it first thing. */
    static Startup begin(List<String> args) {
        Startup startup = start(args);
        begun = startup;
        return startup;
    }

    /** The reading the launcher began for these arguments, or a new one (the app was started another way). */
    static Startup forArguments(List<String> args) {
        Startup startup = begun;
        begun = null;
        return startup != null && startup.args.equals(args) ? startup : start(args);
    }

    private List<String> args;

    private static Startup start(List<String> args) {
        Startup startup = new Startup();
        startup.args = List.copyOf(args);
        Thread thread = new Thread(startup::readThenFinish, "reading-list-startup");
        thread.setDaemon(true);
        thread.start();
        return startup;
    }

    private void readThenFinish() {
        try {
            read();
        } finally {
            finished.complete(null);
        }
    }

    private void read() {
        Settings known;
        try {
            // read once for the data folder, which holds the language preference, and again in that language
            AppOptions options = AppOptions.parse(args, Messages.of(Locale.getDefault()));
            Path dataDir = DataDirectory.resolve(options.dataDir(), System.getenv(), System.getProperty("os.name"),
                    Path.of(System.getProperty("user.home")));
            // a write the last run was killed in the middle of left its temporary file behind
            AtomicFileWriter.removeLeftovers(dataDir.resolve(GsonPreferencesStore.FILE_NAME), LEFTOVER_AGE,
                    Instant.now());
            PreferencesStore.Loaded preferences = AppContext.readPreferences(dataDir);
            Locale locale = preferences.preferences().language().map(Locale::forLanguageTag)
                    .orElse(Locale.getDefault());
            Messages messages = Messages.of(locale);
            known = new Settings(AppOptions.parse(args, messages), dataDir, preferences, locale,
                    AppContext.library(dataDir, locale));
            milestones.mark("settings");
            settings.complete(known);
        } catch (RuntimeException | Error e) {
            settings.completeExceptionally(e);
            list.completeExceptionally(e);
            return;
        }
        Messages messages = Messages.of(known.locale());
        try {
            ListLoader.Loaded loaded = AppContext.listLoader(known.library(), messages)
                    .load(known.options().articlesFile(), progress);
            milestones.mark("list");
            list.complete(loaded);
        } catch (Exception | Error e) {
            list.completeExceptionally(e);
            return;
        }
        // a start that had to read the articles row by row keeps them for the next one, once they are shown
        known.library().keepArticles();
    }

    /** Waits for the settings; not on the JavaFX thread. */
    Settings settings() {
        return settings.join();
    }

    CompletableFuture<ListLoader.Loaded> list() {
        return list;
    }

    /** Completes when the start-up thread has done all it does, keeping the articles read included. */
    CompletableFuture<Void> finished() {
        return finished;
    }

    /** When this start reached each step; the app adds its own. */
    Milestones milestones() {
        return milestones;
    }

    ListLoader.Progress progress() {
        return progress;
    }
}
