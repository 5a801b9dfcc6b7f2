package org.readinglist.ui.state;

import java.nio.file.Path;
import java.time.Instant;
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
import org.readinglist.library.ReadChange;
import org.readinglist.library.ReadingList;
import org.readinglist.library.TagEdits;
import org.readinglist.logic.ArticleQueryEngine;
import org.readinglist.logic.QueryResult;
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
 * The state every view of the window shares, over the {@link ReadingList}: its rows with their read state, the
 * filters, the current result and the selection. It observes the list and passes the views' commands on to it. All
 * methods run on the JavaFX thread.
 */
public final class ReadingListState {

    private final ReadingList list;
    private final TaskExecutor executor;
    private final Notifier notifier;
    private final Messages messages;

    private ListRows rows = ListRows.NONE;
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
    private final QueryRunner queries;

    /** Shows the list and observes it: the list's listener is this state from now on. */
    public ReadingListState(ReadingList list, TaskExecutor executor, Notifier notifier, Messages messages) {
        this.list = list;
        this.executor = executor;
        this.notifier = notifier;
        this.messages = messages;
        this.queries = new QueryRunner(executor, notifier, messages);
        result.set(list.engine().run(currentQuery(), list.readSet()));
        list.listen(new ReadingList.Listener() {
            @Override
            public void rebuilt() {
                showRebuilt();
            }

            @Override
            public void rebuildFailed(Exception error) {
                notifier.warn(messages.format("state.indexFailed", error.getMessage()));
            }

            @Override
            public void undoableChanged(Object newest) {
                lastChange.set(newest);
            }
        });
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
        int index = list.engine().indexOf(articleId);
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
        show(list.load(articlesFile, progress), progress);
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
        list.take(loaded);
        ArticleQueryEngine engine = list.engine();
        rows = new ListRows(engine.articles(), list::readAt);
        tagTotals.setAll(engine.tagTotals());
        sourceName.set(messages.get("state.library"));
        loading.set(false);
        batch(() -> selectedTags.retainAll(tagNames()));
        LibraryNotices.tell(loaded.notices(), notifier, messages);
        if (rows.size() < ReadingList.PREPARE_AHEAD_FROM) {
            // built on first use in no time; starting a thread for it would only compete with the first frame
            indexed.set(true);
            return;
        }
        indexed.set(false);
        // the search index and column orders, built while the user looks at the first rows: once they are drawn,
        // since building them collects garbage, which would stop the first frame too
        executor.afterNextFrame(() -> {
            if (engine != list.engine()) {
                return; // another list came meanwhile
            }
            executor.execute(() -> {
                engine.prepare();
                return engine;
            }, prepared -> indexed.set(prepared == list.engine()), error -> notifier.warn(
                    messages.format("state.indexFailed", error.getMessage())));
        });
    }

    private Set<String> tagNames() {
        Set<String> names = new HashSet<>();
        list.engine().tagTotals().forEach(count -> names.add(count.tag()));
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
        Object undone = list.undo();
        if (undone instanceof ReadChange marked) {
            showMarked(marked);
        }
        return undone != null;
    }

    /** Marks the given rows read (now) or unread, saves once, and refreshes the result once. */
    public void setRead(Collection<ArticleRow> toChange, boolean read) {
        showMarked(list.setRead(toChange.stream().map(ArticleRow::id).toList(), read));
    }

    /** Shows marks just made: on the rows made so far, and in the result, refreshed once. */
    private void showMarked(ReadChange marked) {
        if (marked.count() == 0) {
            return;
        }
        for (String id : marked.articleIds()) {
            ArticleRow row = rows.made(list.engine().indexOf(id));
            if (row != null) {
                row.setReadAt(list.readAt(id));
            }
        }
        Optional<ArticleRow> single = marked.count() == 1 ? row(marked.articleIds().get(0)) : Optional.empty();
        if (single.isPresent() && !currentQuery().dependsOnReadState() && queries.showsNewest()
                && visibleRows.contains(single.get())) {
            // nothing moves in or out of the result and nothing is reordered: only its read counts change
            result.set(result.get().withReadChanged(single.get().index(), marked.markedRead()));
        } else {
            refresh();
        }
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

    /** The read state to save; safe on any thread (see {@link ReadingList#readMarks()}). */
    public ReadMarks readMarks() {
        return list.readMarks();
    }

    /**
     * Takes in what the store holds after a save or a restore: marks another instance made appear here. Per article
     * the later event wins, so a change made here after that save stays. With {@code replace}, the given marks
     * replace these (a restore).
     */
    public void adopt(ReadMarks stored, boolean replace) {
        showAdopted(list.adopt(stored, replace));
    }

    private void showAdopted(ReadMarks next) {
        if (next == null) {
            return;
        }
        rows.forEachMade(row -> {
            Instant at = next.read().get(row.id());
            if (!Objects.equals(at, row.getReadAt())) {
                row.setReadAt(at);
            }
        });
        refresh();
    }

    // ---- changes to the articles

    /** Every article of the library with the changes made so far, oldest first. */
    public List<Article> articles() {
        return list.articles();
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
        list.change(change);
    }

    /**
     * Takes in the library as another instance left it: its articles (the index is rebuilt in the background) and
     * its marks, merged with these.
     */
    public void takeIn(List<Article> library, ReadMarks stored) {
        if (loading.get()) {
            return; // the load under way reads them anyway
        }
        showAdopted(list.takeIn(library, stored));
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
        ArticleChange change = TagEdits.rename(list.articles(), from, to);
        if (change.count() > 0) {
            if (selectedTags.remove(from)) {
                selectedTags.add(to);
            }
            change(change);
        }
    }

    /** Takes a tag off every article. */
    public void deleteTag(String tag) {
        ArticleChange change = TagEdits.delete(list.articles(), tag);
        if (change.count() > 0) {
            selectedTags.remove(tag);
            change(change);
            notifier.info(messages.format("tags.deleted", tag, change.count()));
        }
    }

    /** The list's index was rebuilt after a change: its rows, tags and the article waiting to be selected. */
    private void showRebuilt() {
        ArticleQueryEngine engine = list.engine();
        rows = new ListRows(engine.articles(), list::readAt);
        tagTotals.setAll(engine.tagTotals());
        batch(() -> selectedTags.retainAll(tagNames()));
        revealIfListed();
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
        queries.run(list.engine(), rows.size(), currentQuery(), list.readSet(), () -> queriedRows == rows,
                this::show);
    }

    private void show(QueryResult next) {
        visibleRows.show(rows, next);
        result.set(next);
    }
}
