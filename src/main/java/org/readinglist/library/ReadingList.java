package org.readinglist.library;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.readinglist.logic.ArticleQueryEngine;
import org.readinglist.logic.ReadSet;
import org.readinglist.model.Article;
import org.readinglist.model.ReadMarks;

/**
 * The reading list: every article with the changes made so far, their read marks, the index they are queried
 * with, and what Edit ▸ Undo takes back. Every change goes through here: marks are handed to the saver, changes to
 * the articles to the library writer, and the index is rebuilt in the background. Used on one thread (the JavaFX
 * one in the app), which also hears the {@link Listener}; only {@link #readMarks()} is safe on any thread.
 */
public final class ReadingList {

    /** Lists at least this long get their search index and column orders built ahead, in the background. */
    public static final int PREPARE_AHEAD_FROM = 5_000;
    /** Changes to at most this many articles find them by index instead of walking the whole list. */
    private static final int BY_INDEX_UP_TO = 64;

    /** Hears what the list does by itself, on the list's thread. */
    public interface Listener {

        /** The index was rebuilt after a change to the articles: {@link #engine()} holds them as they are now. */
        void rebuilt();

        /** The index could not be rebuilt; the list shown stays the one before. */
        void rebuildFailed(Exception error);

        /** The change Undo would take back is now this one (a {@link ReadChange} or an {@link ArticleChange}). */
        void undoableChanged(Object newest);
    }

    private static final Listener NOBODY = new Listener() {
        @Override
        public void rebuilt() {
        }

        @Override
        public void rebuildFailed(Exception error) {
        }

        @Override
        public void undoableChanged(Object newest) {
        }
    };

    private final ListLoader loader;
    private final Consumer<Supplier<ReadMarks>> saveMarks;
    private final Consumer<ArticleChange> writeChange;
    private final Function<List<Article>, ArticleQueryEngine> engineFactory;
    private final BackgroundTasks background;
    private final Clock clock;
    private final MarkBook marks = new MarkBook();
    private Listener listener = NOBODY;
    private final UndoHistory history = new UndoHistory(newest -> listener.undoableChanged(newest));

    /** The articles with every change made so far; the engine catches up with them in the background. */
    private List<Article> articles = List.of();
    /** {@link #articles} as the engine's list with the changes made since it was built; null when not known so. */
    private ChangedList sinceIndex;
    private ArticleQueryEngine engine;
    private ReadSet readSet = new ReadSet(0);
    /** Counts the lists asked for: an engine built for an older one is not shown. */
    private volatile long listGeneration;
    /** The articles marked or unmarked while an engine is being built, to set in its read set once it is there. */
    private final List<String> markedDuringRebuild = new ArrayList<>();

    /**
     * @param saveMarks   hands the marks to save to the saver, which takes them when it writes
     * @param writeChange writes a change to the articles to the library, off the list's thread
     */
    public ReadingList(ListLoader loader, Consumer<Supplier<ReadMarks>> saveMarks,
                       Consumer<ArticleChange> writeChange,
                       Function<List<Article>, ArticleQueryEngine> engineFactory, BackgroundTasks background,
                       Clock clock) {
        this.loader = loader;
        this.saveMarks = saveMarks;
        this.writeChange = writeChange;
        this.engineFactory = engineFactory;
        this.background = background;
        this.clock = clock;
        this.engine = engineFactory.apply(List.of());
    }

    /** From now on the listener hears what the list does (one listener: the window's state). */
    public void listen(Listener newListener) {
        listener = newListener;
    }

    // ---- what the list holds

    /** Every article of the library with the changes made so far, oldest first. */
    public List<Article> articles() {
        return articles;
    }

    /** The index of the list shown: the articles as they were when it was built. */
    public ArticleQueryEngine engine() {
        return engine;
    }

    /** Which articles of the {@link #engine()}'s list are read, by index. */
    public ReadSet readSet() {
        return readSet;
    }

    /** When the article was marked read, or null if it is not read. */
    public Instant readAt(String articleId) {
        return marks.readAt(articleId);
    }

    /**
     * The read state to save: read marks and the moments articles were marked unread. Safe on any thread: a copy
     * taken while an article changes holds its old or its new state, the later of the two if both.
     */
    public ReadMarks readMarks() {
        return marks.snapshot();
    }

    // ---- loading

    /** Reads the library, with the given articles file merged into it first, in the background. */
    public CompletableFuture<ListLoader.Loaded> load(Optional<Path> articlesFile, DoubleConsumer progress) {
        CompletableFuture<ListLoader.Loaded> loaded = new CompletableFuture<>();
        background.execute(() -> loader.load(articlesFile, progress), loaded::complete,
                loaded::completeExceptionally);
        return loaded;
    }

    /** Holds a loaded list from now on; Undo starts afresh. */
    public void take(ListLoader.Loaded loaded) {
        listGeneration++;
        markedDuringRebuild.clear();
        engine = loaded.engine();
        articles = engine.articles();
        sinceIndex = null;
        // the marks were read when the load began: a mark made since, whose save may still be pending, stays
        ReadMarks current = marks.isEmpty() ? loaded.marks() : readMarks().mergedWith(loaded.marks());
        marks.replace(current);
        history.clear();
        // with no marks made meanwhile, the loaded ones are all there are, and their articles were found already
        readSet = current == loaded.marks() ? loaded.read() : ListLoader.readSetOf(current.read(), engine);
    }

    // ---- read marks

    /**
     * Marks the articles read (now) or unread and saves once; Undo takes it back.
     *
     * @return the articles whose state this changed, in the order given
     */
    public ReadChange setRead(Collection<String> articleIds, boolean read) {
        ReadChange made = mark(articleIds, read);
        if (made.count() > 0) {
            history.add(made);
        }
        return made;
    }

    private ReadChange mark(Collection<String> articleIds, boolean read) {
        Instant now = clock.instant();
        List<String> changed = new ArrayList<>();
        for (String id : List.copyOf(articleIds)) {
            if ((marks.readAt(id) != null) == read) {
                continue;
            }
            changed.add(id);
            marks.mark(id, now, read);
            int index = engine.indexOf(id);
            if (index >= 0) {
                readSet.set(index, read);
            }
            markedDuringRebuild.add(id);
        }
        if (!changed.isEmpty()) {
            saveMarks.accept(this::readMarks);
        }
        return new ReadChange(changed, read);
    }

    /**
     * Takes in what the store holds after a save or a restore: marks another instance made appear here. Per article
     * the later event wins, so a change made here after that save stays. With {@code replace}, the given marks
     * replace these (a restore).
     *
     * @return the marks from now on, or null when nothing changed
     */
    public ReadMarks adopt(ReadMarks stored, boolean replace) {
        ReadMarks next = replace ? stored : readMarks().mergedWith(stored);
        if (next.equals(readMarks())) {
            return null;
        }
        marks.replace(next);
        ReadSet adopted = ListLoader.readSetOf(next.read(), engine);
        for (int i = 0; i < adopted.size(); i++) {
            if (adopted.isRead(i) != readSet.isRead(i)) {
                readSet.set(i, adopted.isRead(i));
            }
        }
        return next;
    }

    // ---- undo

    /**
     * Takes back the last change: marks (bulk ones whole), or a change to the articles.
     *
     * @return what it did: the {@link ReadChange} it made, or the {@link ArticleChange} it took back; null when
     *         there was nothing to take back
     */
    public Object undo() {
        Object last = history.takeLast();
        if (last instanceof ArticleChange articleChange) {
            apply(articleChange.inverse());
            return articleChange;
        }
        if (!(last instanceof ReadChange step)) {
            return null;
        }
        List<String> listed = step.articleIds().stream().filter(id -> engine.indexOf(id) >= 0).toList();
        return mark(listed, !step.markedRead());
    }

    // ---- changes to the articles

    /**
     * Makes a change to the articles: at once in {@link #articles()} and on its way to the library file; the
     * {@link #engine()} holds it once the new list's index is built, in the background. Undo takes it back.
     */
    public void change(ArticleChange change) {
        apply(change);
        history.add(change);
    }

    private void apply(ArticleChange change) {
        applyHere(change);
        writeChange.accept(change);
        rebuild(articles);
    }

    /**
     * Takes in articles the library has already (what a feed brought): at once in {@link #articles()}, in the
     * {@link #engine()} once its index is rebuilt. Not written again, and not undone by Undo.
     *
     * @param added   new articles, oldest first
     * @param updated articles that changed, in their new form
     */
    public void arrived(List<Article> added, List<Article> updated) {
        if (added.isEmpty() && updated.isEmpty()) {
            return;
        }
        List<Article> after = new java.util.ArrayList<>(updated);
        after.addAll(added);
        // as a change: the updated articles are replaced (before holds their ids), the others come at the end
        applyHere(new ArticleChange(ArticleChange.Kind.ADDED, updated, after, "", ""));
        rebuild(articles);
    }

    /** Takes out articles the library no longer has (those of an unfollowed feed): not written, not undone. */
    public void departed(List<Article> removed) {
        if (!removed.isEmpty()) {
            applyHere(ArticleChange.removed(removed));
            rebuild(articles);
        }
    }

    private void applyHere(ArticleChange change) {
        if (sinceIndex == null && articles == engine.articles()) {
            sinceIndex = new ChangedList(articles, engine::indexOf);
        }
        if (sinceIndex != null && change.count() <= BY_INDEX_UP_TO) {
            sinceIndex.apply(change);
            articles = sinceIndex.list();
        } else {
            articles = change.applyTo(articles);
            sinceIndex = null;
        }
    }

    /**
     * Takes in the library as another instance left it: its articles (the index is rebuilt in the background) and
     * its marks, merged with these.
     *
     * @return the marks from now on, or null when they did not change
     */
    public ReadMarks takeIn(List<Article> library, ReadMarks stored) {
        articles = List.copyOf(library);
        sinceIndex = null;
        rebuild(articles);
        return adopt(stored, false);
    }

    private record Rebuilt(ArticleQueryEngine engine, ReadSet read) {
    }

    private void rebuild(List<Article> next) {
        long generation = ++listGeneration;
        markedDuringRebuild.clear();
        background.execute(() -> {
            if (generation != listGeneration) {
                return null; // a later change rebuilds anyway: arrivals from several feeds come close together
            }
            ArticleQueryEngine built = engineFactory.apply(next);
            return new Rebuilt(built, ListLoader.readSetOf(marks.snapshot().read(), built));
        }, rebuilt -> {
            if (rebuilt != null && generation == listGeneration) {
                show(rebuilt);
            }
        }, error -> listener.rebuildFailed(error));
    }

    private void show(Rebuilt rebuilt) {
        engine = rebuilt.engine();
        articles = engine.articles(); // the same articles: the engine's own list lets the next change find them fast
        sinceIndex = null;
        readSet = rebuilt.read();
        // marks made while the engine was built: the snapshot it read may have missed them
        for (String id : markedDuringRebuild) {
            int index = engine.indexOf(id);
            if (index >= 0) {
                readSet.set(index, marks.readAt(id) != null);
            }
        }
        markedDuringRebuild.clear();
        listener.rebuilt();
        if (engine.articles().size() >= PREPARE_AHEAD_FROM) {
            ArticleQueryEngine shown = engine;
            background.execute(() -> {
                shown.prepare();
                return shown;
            }, prepared -> { }, error -> { });
        }
    }
}
