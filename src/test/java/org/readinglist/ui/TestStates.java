package org.readinglist.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.readinglist.i18n.Messages;
import org.readinglist.logic.IndexedQueryEngine;
import org.readinglist.model.ReadMarks;
import org.readinglist.persistence.files.ArticlesFileException;
import org.readinglist.persistence.files.BundledArticles;
import org.readinglist.persistence.files.GsonArticleRepository;
import org.readinglist.persistence.marks.ReadStateStore;
import org.readinglist.persistence.library.ArticleLibrary;
import org.readinglist.persistence.library.Merge;
import org.readinglist.model.Article;
import java.util.LinkedHashMap;
import org.readinglist.library.ListLoader;
import org.readinglist.library.ReadingList;
import org.readinglist.ui.state.ReadingListState;
import org.readinglist.model.Preferences;
import org.readinglist.ui.state.PreferencesModel;
import org.readinglist.ui.util.Notifier;
import org.readinglist.ui.util.TaskExecutor;

/** A {@link ReadingListState} over the bundled list with in-memory read marks, for view-model tests. */
public final class TestStates {

    public static final Instant NOW = Instant.parse("2026-11-28T10:15:30Z");

    /** What each save would write, taken when it was asked for. */
    public final List<ReadMarks> saves = new ArrayList<>();
    /** Each save as asked for: the saver takes the marks from it when it writes. */
    public final List<Supplier<ReadMarks>> saveRequests = new ArrayList<>();
    public final List<String> warnings = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final Map<String, Instant> stored = new HashMap<>();
    public final ReadingListState state;
    public final Notifier notifier;
    public final List<Preferences> savedPreferences = new ArrayList<>();
    public final PreferencesModel preferences = new PreferencesModel(Preferences.DEFAULTS, savedPreferences::add);
    /** Reads the bundled list (or a file) with the marks of {@link #stored}, as the app does before its window. */
    public final ListLoader loader;
    private final InMemoryLibrary store;

    public TestStates() {
        this(Map.of());
    }

    public TestStates(Map<String, Instant> initialMarks) {
        this(initialMarks, new CurrentThreadTaskExecutor());
    }

    /** With an executor the test controls, for background work that finishes late or out of order. */
    public TestStates(Map<String, Instant> initialMarks, TaskExecutor executor) {
        stored.putAll(initialMarks);
        store = new InMemoryLibrary();
        notifier = new Notifier() {
            @Override
            public void info(String message) {
                infos.add(message);
            }

            @Override
            public void warn(String message) {
                warnings.add(message);
            }
        };
        loader = new ListLoader(new GsonArticleRepository(), store, IndexedQueryEngine::new);
        ReadingList list = new ReadingList(loader, source -> {
                    saveRequests.add(source);
                    saves.add(source.get());
                }, change -> { }, IndexedQueryEngine::new, executor, Clock.fixed(NOW, ZoneOffset.UTC));
        state = new ReadingListState(list, executor, notifier, Messages.of(Locale.US));
    }

    /** The library starts without the bundled articles, as if the user had removed them all. */
    public TestStates withoutBundledArticles() {
        store.bundled = false;
        return this;
    }

    public TestStates loaded() {
        state.load(Optional.empty());
        return this;
    }

    /** Loads the bundled list with this articles file merged in. */
    public TestStates loaded(Path articlesFile) {
        state.load(Optional.of(articlesFile));
        return this;
    }

    /** A library in memory: the bundled list with what was imported merged in by id, and {@link #stored} marks. */
    private final class InMemoryLibrary implements ArticleLibrary, ReadStateStore {
        private final Map<String, Article> articles = new LinkedHashMap<>();
        private volatile boolean bundled = true;

        @Override
        public synchronized Contents read(BundledArticles bundledList) throws IOException {
            if (bundled) {
                List<Article> bundledArticles;
                try {
                    bundledArticles = bundledList.articles();
                } catch (ArticlesFileException e) {
                    throw new IOException(e);
                }
                bundledArticles.forEach(article -> articles.putIfAbsent(article.id(), article));
            }
            return new Contents(List.copyOf(articles.values()), ReadMarks.of(stored), List.of());
        }

        @Override
        public synchronized Merge.Summary importArticles(List<Article> incoming, ReadMarks marks,
                                                         java.util.Collection<String> removed,
                                                         java.util.function.BooleanSupplier cancelled) {
            int added = 0;
            int updated = 0;
            for (Article article : incoming) {
                Article before = articles.put(article.id(), article);
                if (before == null) {
                    added++;
                } else if (!before.equals(article)) {
                    updated++;
                }
            }
            return new Merge.Summary(added, updated, incoming.size() - added - updated, List.of());
        }

        @Override
        public Path file() {
            return Path.of("memory", "library.db");
        }

        @Override
        public ReadMarks save(ReadMarks marks) {
            stored.clear();
            stored.putAll(marks.read());
            return marks;
        }

        @Override
        public List<Backup> backups() {
            return List.of();
        }

        @Override
        public ReadMarks readBackup(Backup backup) throws IOException {
            throw new IOException("no backups in memory");
        }

        @Override
        public ReadMarks restore(Backup backup) throws IOException {
            throw new IOException("no backups in memory");
        }
    }
}
