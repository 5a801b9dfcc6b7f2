package org.readinglist.ui.state;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.readinglist.library.ArticleChange;
import org.readinglist.library.ListLoader;
import org.readinglist.library.MarkBook;
import org.readinglist.library.ReadChange;
import org.readinglist.library.TagEdits;
import org.readinglist.library.UndoHistory;
import org.readinglist.logic.ArticleQueryEngine;
import org.readinglist.logic.QueryResult;
import org.readinglist.logic.ReadSet;
import org.readinglist.i18n.Messages;
import org.readinglist.model.Article;
import org.readinglist.model.ArticleQuery;
import org.readinglist.model.ReadMarks;
import org.readinglist.model.ShowFilter;
import org.readinglist.model.SortKey;
import org.readinglist.model.TagMatch;
import org.readinglist.ui.util.Notifier;
import org.readinglist.ui.util.TaskExecutor;

/**
 * The state every view of the window shares: the loaded articles with their read marks, the filters, and the
 * current result. All methods run on the JavaFX thread; loading and saving go through the injected executor and
 * saver.
 */
public final class ReadingListState {

    /** Changes to at most this many articles find them by index instead of walking the whole list. */
    private static final int BY_INDEX_UP_TO = 64;
    /** Lists at least this long get their search index and column orders built ahead, in the background. */
    private static final int PREPARE_AHEAD_FROM = 5_000;


    private final ListLoader loader;
    private final Consumer<ArticleChange> writeChange;
    private final Function<List<Article>, ArticleQueryEngine> engineFactory;
    /** The articles with every change made so far; the engine catches up with them in the background. */
    private List<Article> articles = List.of();
    /** Counts the lists asked for: an engine built for an older one is not shown. */
    private long listGeneration;
    /** The articles marked or unmarked while an engine is being built, to set in its read set once it is there. */
    private final List<String> markedDuringRebuild = new ArrayList<>();
    private final Consumer<Supplier<ReadMarks>> saveMarks;
    private final TaskExecutor executor;
    private final Notifier notifier;
    private final Clock clock;
    private final Messages messages;

    private final MarkBook marks = new MarkBook();
    private ListRows rows = ListRows.NONE;
    private ReadSet readSet = new ReadSet(0);
    private ArticleQueryEngine engine;
    private boolean batching;
    private Object currentLoad; // the load whose outcome is still to be shown
    /** An article to select once its row exists: one just added waits for the list to be rebuilt. */
    private String toReveal;

    private final ObservableSet<String> selectedTags = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObjectProperty<TagMatch> tagMatch = new SimpleObjectProperty<>(this, "tagMatch", TagMatch.ALL);
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObjectProperty<ShowFilter> show = new SimpleObjectProperty<>(this, "show", ShowFilter.ALL);
    private final ObjectProperty<List<SortKey>> sort =
            new SimpleObjectProperty<>(this, "sort", ArticleQuery.DEFAULT_SORT);

    private final ResultRows visibleRows = new ResultRows();
    private final ReadOnlyObjectWrapper<QueryResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObservableList<ArticleQueryEngine.TagCount> tagTotals = FXCollections.observableArrayList();
    private final ObservableList<ArticleQueryEngine.TagCount> tagTotalsView =
            FXCollections.unmodifiableObservableList(tagTotals);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", true);
    private final ReadOnlyDoubleWrapper loadProgress = new ReadOnlyDoubleWrapper(this, "loadProgress", -1);
    private final ReadOnlyBooleanWrapper indexed = new ReadOnlyBooleanWrapper(this, "indexed", false);
    private final ReadOnlyStringWrapper sourceName = new ReadOnlyStringWrapper(this, "sourceName", "");
    private final ObjectProperty<ArticleRow> selectedArticle = new SimpleObjectProperty<>(this, "selectedArticle");
    private final ObservableList<ArticleRow> selectedRows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Object> lastChange = new ReadOnlyObjectWrapper<>(this, "lastChange");
    private final UndoHistory history = new UndoHistory(lastChange::set);
    private final QueryRunner queries;

    public ReadingListState(ListLoader loader, Consumer<Supplier<ReadMarks>> saveMarks,
                            Function<List<Article>, ArticleQueryEngine> engineFactory,
                            TaskExecutor executor, Notifier notifier, Clock clock, Messages messages) {
        this(loader, saveMarks, change -> { }, engineFactory, executor, notifier, clock, messages);
    }

    /** @param writeChange writes a change to the articles to the library, off the JavaFX thread */
    public ReadingListState(ListLoader loader, Consumer<Supplier<ReadMarks>> saveMarks,
                            Consumer<ArticleChange> writeChange,
                            Function<List<Article>, ArticleQueryEngine> engineFactory,
                            TaskExecutor executor, Notifier notifier, Clock clock, Messages messages) {
        this.loader = loader;
        this.writeChange = writeChange;
        this.engineFactory = engineFactory;
        this.saveMarks = saveMarks;
        this.executor = executor;
        this.notifier = notifier;
        this.clock = clock;
        this.messages = messages;
        this.queries = new QueryRunner(executor, notifier, messages);
        this.engine = engineFactory.apply(List.of());
        result.set(engine.run(currentQuery(), readSet));
        selectedTags.addListener((javafx.collections.SetChangeListener<String>) change -> refresh());
        tagMatch.addListener((obs, old, now) -> refresh());
        searchText.addListener((obs, old, now) -> refresh());
        show.addListener((obs, old, now) -> refresh());
        sort.addListener((obs, old, now) -> refresh());
    }

    // ---- properties

    public ObservableSet<String> selectedTags() {
        return selectedTags;
    }

    public ObjectProperty<TagMatch> tagMatchProperty() {
        return tagMatch;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<ShowFilter> showProperty() {
        return show;
    }

    public ObjectProperty<List<SortKey>> sortProperty() {
        return sort;
    }

    /** The rows that match the filters, in sort order. */
    public ObservableList<ArticleRow> visibleRows() {
        return visibleRows;
    }

    public ReadOnlyObjectProperty<QueryResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public QueryResult getResult() {
        return result.get();
    }

    /** Every tag of the list with its count over the whole list, alphabetically. */
    public ObservableList<ArticleQueryEngine.TagCount> tagTotals() {
        return tagTotalsView;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** How much of the articles file has been read while loading, 0 to 1; -1 when unknown. */
    public ReadOnlyDoubleProperty loadProgressProperty() {
        return loadProgress.getReadOnlyProperty();
    }

    /** Whether a query over a long list is running in the background; the rows shown are the previous result. */
    public ReadOnlyBooleanProperty queryingProperty() {
        return queries.queryingProperty();
    }

    /**
     * Whether the loaded list's search index and column orders are built. Until then the first search or sort
     * builds what it needs, which takes a moment on a long list.
     */
    public ReadOnlyBooleanProperty indexedProperty() {
        return indexed.getReadOnlyProperty();
    }

    /** The file (or "bundled list") the articles came from. */
    public ReadOnlyStringProperty sourceNameProperty() {
        return sourceName.getReadOnlyProperty();
    }

    /** The article whose details are shown; the table sets it. */
    public ObjectProperty<ArticleRow> selectedArticleProperty() {
        return selectedArticle;
    }

    public Optional<ArticleRow> row(String articleId) {
        int index = engine.indexOf(articleId);
        return index < 0 ? Optional.empty() : Optional.of(rows.get(index));
    }

    public int articleCount() {
        return rows.size();
    }

    // ---- commands

    /** Reads the library again (after a restore, say), off the JavaFX thread. */
    public void reload() {
        load(Optional.empty());
    }

    /** Reads the library, with the given articles file merged into it first, off the JavaFX thread. */
    public void load(Optional<Path> articlesFile) {
        ListLoader.Progress progress = new ListLoader.Progress();
        CompletableFuture<ListLoader.Loaded> loaded = new CompletableFuture<>();
        executor.execute(() -> loader.load(articlesFile, progress), loaded::complete, loaded::completeExceptionally);
        show(loaded, progress);
    }

    /**
     * Shows a list that is loading, or loaded already (then at once: the first frame has the articles). The
     * progress bar follows the load until then.
     */
    public void show(CompletableFuture<ListLoader.Loaded> list, ListLoader.Progress progress) {
        ListLoader.Loaded done = list.isDone() && !list.isCompletedExceptionally() ? list.join() : null;
        if (done != null) {
            apply(done);
            return;
        }
        loading.set(true);
        loadProgress.set(-1);
        Object attempt = new Object();
        currentLoad = attempt;
        progress.listen(part -> executor.runOnUi(() -> {
            if (currentLoad == attempt && loading.get()) {
                loadProgress.set(part);
            }
        }));
        list.whenComplete((value, error) -> executor.runOnUi(() -> {
            if (currentLoad != attempt) {
                return; // another list was opened meanwhile
            }
            if (error == null) {
                apply(value);
            } else {
                Throwable cause = error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                loading.set(false);
                notifier.warn(messages.format("state.loadFailed", cause.getMessage()));
            }
        }));
    }

    private void apply(ListLoader.Loaded loaded) {
        currentLoad = null;
        listGeneration++;
        markedDuringRebuild.clear();
        engine = loaded.engine();
        articles = engine.articles();
        // the marks were read when the load began: a mark made since, whose save may still be pending, stays
        ReadMarks current = marks.isEmpty() ? loaded.marks() : readMarks().mergedWith(loaded.marks());
        marks.replace(current);
        List<Article> articles = engine.articles();
        history.clear();
        rows = new ListRows(articles, marks::readAt);
        // with no marks made meanwhile, the loaded ones are all there are, and their articles were found already
        readSet = current == loaded.marks() ? loaded.read() : ListLoader.readSetOf(current.read(), engine);
        tagTotals.setAll(engine.tagTotals());
        sourceName.set(messages.get("state.library"));
        loading.set(false);
        batch(() -> selectedTags.retainAll(tagNames()));
        LibraryNotices.tell(loaded.notices(), notifier, messages);
        ArticleQueryEngine loadedEngine = engine;
        if (rows.size() < PREPARE_AHEAD_FROM) {
            // built on first use in no time; starting a thread for it would only compete with the first frame
            indexed.set(true);
            return;
        }
        indexed.set(false);
        // the search index and column orders, built while the user looks at the first rows: once they are drawn,
        // since building them collects garbage, which would stop the first frame too
        executor.afterNextFrame(() -> {
            if (loadedEngine != engine) {
                return; // another list came meanwhile
            }
            executor.execute(() -> {
                loadedEngine.prepare();
                return loadedEngine;
            }, prepared -> indexed.set(prepared == engine), error -> notifier.warn(
                    messages.format("state.indexFailed", error.getMessage())));
        });
    }

    private Set<String> tagNames() {
        Set<String> names = new HashSet<>();
        engine.tagTotals().forEach(count -> names.add(count.tag()));
        return names;
    }

    public void toggleTag(String tag) {
        if (!selectedTags.remove(tag)) {
            selectedTags.add(tag);
        }
    }

    /** Shows the articles with this one tag (other selected tags are dropped). */
    public void showOnlyTag(String tag) {
        batch(() -> {
            selectedTags.clear();
            selectedTags.add(tag);
        });
    }

    public void clearTags() {
        selectedTags.clear();
    }

    /** Resets tags, search text and the read filter; the sort order stays. */
    public void clearFilters() {
        batch(() -> {
            selectedTags.clear();
            searchText.set("");
            show.set(ShowFilter.ALL);
        });
    }

    /**
     * Sets all filters and the sort order at once, with one query: how the window starts with the filters it was
     * left with. Tags the loaded list does not have are dropped when it is loaded.
     */
    public void restoreFilters(Collection<String> tags, TagMatch match, String search, ShowFilter showing,
                               List<SortKey> sortKeys) {
        batch(() -> {
            selectedTags.clear();
            selectedTags.addAll(tags);
            tagMatch.set(match);
            searchText.set(search);
            show.set(showing);
            sort.set(List.copyOf(sortKeys));
        });
    }

    /** The rows selected in the table, the focused one last; the table keeps it up to date. */
    public ObservableList<ArticleRow> selectedRows() {
        return selectedRows;
    }

    /** Whether marking the selected rows read (or unread) would change any of them: what enables those commands. */
    public boolean canMarkSelection(boolean read) {
        return selectedRows.stream().anyMatch(row -> row.isRead() != read);
    }

    /** The change Undo would take back (a {@link ReadChange} or an {@link ArticleChange}), or null. */
    public ReadOnlyObjectProperty<Object> lastChangeProperty() {
        return lastChange.getReadOnlyProperty();
    }

    /** Takes back the last change: marks (bulk ones whole), or a change to the articles; false when there is none. */
    public boolean undo() {
        Object last = history.takeLast();
        if (last instanceof ArticleChange articleChange) {
            apply(articleChange.inverse());
            return true;
        }
        if (!(last instanceof ReadChange step)) {
            return false;
        }
        List<ArticleRow> affected = new ArrayList<>();
        for (String id : step.articleIds()) {
            row(id).ifPresent(affected::add);
        }
        applyRead(affected, !step.markedRead());
        return true;
    }

    /** Marks the given rows read (now) or unread, saves once, and refreshes the result once. */
    public void setRead(Collection<ArticleRow> toChange, boolean read) {
        List<ArticleRow> changed = applyRead(toChange, read);
        if (!changed.isEmpty()) {
            history.add(new ReadChange(changed.stream().map(ArticleRow::id).toList(), read));
        }
    }

    private List<ArticleRow> applyRead(Collection<ArticleRow> toChange, boolean read) {
        Instant now = clock.instant();
        List<ArticleRow> changed = new ArrayList<>();
        for (ArticleRow row : List.copyOf(toChange)) {
            if (row.isRead() == read) {
                continue;
            }
            changed.add(row);
            marks.mark(row.id(), now, read);
            row.setReadAt(read ? now : null);
            readSet.set(row.index(), read);
            markedDuringRebuild.add(row.id());
        }
        if (changed.isEmpty()) {
            return changed;
        }
        saveMarks.accept(this::readMarks);
        if (changed.size() == 1 && !currentQuery().dependsOnReadState() && queries.showsNewest()
                && visibleRows.contains(changed.get(0))) {
            // nothing moves in or out of the result and nothing is reordered: only its read counts change
            result.set(result.get().withReadChanged(changed.get(0).index(), read));
        } else {
            refresh();
        }
        return changed;
    }

    /** Marks the rows read, unless all of them already are: then unread. */
    public void toggleRead(Collection<ArticleRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        setRead(rows, !rows.stream().allMatch(ArticleRow::isRead));
    }

    /** All marks, including those for articles that are not in the current list. */
    public Map<String, Instant> marks() {
        return readMarks().read();
    }

    /**
     * The read state to save: read marks and the moments articles were marked unread. Safe on any thread: a copy
     * taken while an article changes holds its old or its new state, the later of the two if both.
     */
    public ReadMarks readMarks() {
        return marks.snapshot();
    }

    /**
     * Takes in what the store holds after a save or a restore: marks another instance made appear here. Per article
     * the later event wins, so a change made here after that save stays. With {@code replace}, the given marks
     * replace these (a restore).
     */
    public void adopt(ReadMarks stored, boolean replace) {
        ReadMarks next = replace ? stored : readMarks().mergedWith(stored);
        if (next.equals(readMarks())) {
            return;
        }
        marks.replace(next);
        rows.forEachMade(row -> {
            Instant at = next.read().get(row.id());
            if (!Objects.equals(at, row.getReadAt())) {
                row.setReadAt(at);
            }
        });
        ReadSet adopted = ListLoader.readSetOf(next.read(), engine);
        for (int i = 0; i < adopted.size(); i++) {
            if (adopted.isRead(i) != readSet.isRead(i)) {
                readSet.set(i, adopted.isRead(i));
            }
        }
        refresh();
    }

    // ---- changes to the articles

    /** Every article of the library with the changes made so far, oldest first. */
    public List<Article> articles() {
        return articles;
    }

    /** The row of the same article in the list shown now (rows are made anew when the articles change). */
    public ArticleRow currentRow(ArticleRow row) {
        if (row == null || rows.holds(row)) {
            return row;
        }
        return row(row.id()).orElse(null);
    }

    /**
     * Selects the article, as the table shows it, once it is listed (an article just added is, once the list is
     * rebuilt); clears the filters first when they hide it.
     */
    public void reveal(String articleId) {
        toReveal = articleId;
        revealIfListed();
    }

    private void revealIfListed() {
        Optional<ArticleRow> row = toReveal == null ? Optional.empty() : row(toReveal);
        if (row.isEmpty()) {
            return;
        }
        toReveal = null;
        if (visibleRows.indexOf(row.get()) < 0) {
            clearFilters();
        }
        selectedArticle.set(row.get());
    }

    /**
     * Makes a change to the articles: at once in {@link #articles()} and on its way to the library file; the table
     * shows it once the new list's index is built, in the background. Edit ▸ Undo takes it back.
     */
    public void change(ArticleChange change) {
        apply(change);
        history.add(change);
    }

    private void apply(ArticleChange change) {
        articles = articles == engine.articles() && change.count() <= BY_INDEX_UP_TO
                ? applyByIndex(change) : change.applyTo(articles);
        writeChange.accept(change);
        rebuild(articles);
    }

    /**
     * Takes in the library as another instance left it: its articles (the index is rebuilt in the background) and
     * its marks, merged with these.
     */
    public void takeIn(List<Article> library, ReadMarks stored) {
        if (loading.get()) {
            return; // the load under way reads them anyway
        }
        articles = List.copyOf(library);
        rebuild(articles);
        adopt(stored, false);
    }

    /** Removes the articles of these rows; Undo brings them back with their read marks. */
    public void remove(Collection<ArticleRow> toRemove) {
        if (!toRemove.isEmpty()) {
            change(ArticleChange.removed(toRemove.stream().map(ArticleRow::article).toList()));
            notifier.info(messages.format("articles.removed", toRemove.size()));
        }
    }

    /** Renames a tag on every article; to a tag that exists, the two become one. */
    public void renameTag(String from, String to) {
        if (from.equals(to)) {
            return;
        }
        ArticleChange change = TagEdits.rename(articles, from, to);
        if (change.count() > 0) {
            if (selectedTags.remove(from)) {
                selectedTags.add(to);
            }
            change(change);
        }
    }

    /** Takes a tag off every article. */
    public void deleteTag(String tag) {
        ArticleChange change = TagEdits.delete(articles, tag);
        if (change.count() > 0) {
            selectedTags.remove(tag);
            change(change);
            notifier.info(messages.format("tags.deleted", tag, change.count()));
        }
    }

    /**
     * The change made to the list the engine holds, finding each article by the engine's id lookup: a copy of the
     * list and a few moves, where walking a million articles would take longer than a frame.
     */
    private List<Article> applyByIndex(ArticleChange change) {
        List<Article> next = new ArrayList<>(articles);
        for (Article replaced : change.replacedArticles()) {
            int index = engine.indexOf(replaced.id());
            if (index < 0) {
                return change.applyTo(articles);
            }
            next.set(index, replaced);
        }
        int[] gone = change.removedArticles().stream().mapToInt(article -> engine.indexOf(article.id()))
                .sorted().toArray();
        if (gone.length > 0 && gone[0] < 0) {
            return change.applyTo(articles);
        }
        for (int i = gone.length - 1; i >= 0; i--) {
            next.remove(gone[i]);
        }
        for (Article added : change.addedArticles()) {
            if (engine.indexOf(added.id()) < 0) {
                next.add(added);
            }
        }
        return next;
    }

    private record Rebuilt(ArticleQueryEngine engine, ReadSet read) {
    }

    private void rebuild(List<Article> next) {
        long generation = ++listGeneration;
        markedDuringRebuild.clear();
        executor.execute(() -> {
            ArticleQueryEngine built = engineFactory.apply(next);
            return new Rebuilt(built, ListLoader.readSetOf(marks.snapshot().read(), built));
        }, rebuilt -> {
            if (generation == listGeneration) {
                show(rebuilt);
            }
        }, error -> notifier.warn(messages.format("state.indexFailed", error.getMessage())));
    }

    private void show(Rebuilt rebuilt) {
        engine = rebuilt.engine();
        articles = engine.articles(); // the same articles: the engine's own list lets the next change find them fast
        readSet = rebuilt.read();
        // marks made while the engine was built: the snapshot it read may have missed them
        for (String id : markedDuringRebuild) {
            int index = engine.indexOf(id);
            if (index >= 0) {
                readSet.set(index, marks.readAt(id) != null);
            }
        }
        markedDuringRebuild.clear();
        rows = new ListRows(engine.articles(), marks::readAt);
        tagTotals.setAll(engine.tagTotals());
        batch(() -> selectedTags.retainAll(tagNames()));
        revealIfListed();
        if (rows.size() >= PREPARE_AHEAD_FROM) {
            ArticleQueryEngine shown = engine;
            executor.execute(() -> {
                shown.prepare();
                return shown;
            }, prepared -> { }, error -> { });
        }
    }

    // ---- querying

    /** Queries lists of at least this many articles in the background (tests use small lists). */
    void queryInBackgroundFrom(int size) {
        queries.backgroundFrom(size);
    }

    public ArticleQuery currentQuery() {
        return new ArticleQuery(Set.copyOf(selectedTags), tagMatch.get(), searchText.get(), show.get(), sort.get());
    }

    private void batch(Runnable changes) {
        batching = true;
        try {
            changes.run();
        } finally {
            batching = false;
        }
        refresh();
    }

    private void refresh() {
        if (batching) {
            return;
        }
        ListRows queriedRows = rows;
        queries.run(engine, rows.size(), currentQuery(), readSet, () -> queriedRows == rows, this::show);
    }

    private void show(QueryResult next) {
        visibleRows.show(rows, next);
        result.set(next);
    }
}
