package org.readinglist.ui.state;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.readinglist.library.ArticleChange;
import org.readinglist.library.ListLoader;
import org.readinglist.library.ReadChange;
import org.readinglist.library.ReadingList;
import org.readinglist.library.TagEdits;
import org.readinglist.logic.ArticleQueryEngine;
import org.readinglist.logic.QueryResult;
import org.readinglist.i18n.Messages;
import org.readinglist.model.Article;
import org.readinglist.model.ReadMarks;
import org.readinglist.ui.util.Notifier;
import org.readinglist.ui.util.TaskExecutor;

/**
 * The state every view of the window shares, over the {@link ReadingList}: its rows with their read state, the
 * filters, the current result and the selection. It observes the list and passes the views' commands on to it. All
 * methods run on the JavaFX thread.
 */
public final class ReadingListState {

    private final ReadingList list;
    private final Notifier notifier;
    private final Messages messages;

    private ListRows rows = ListRows.NONE;
    /** An article to select once its row exists: one just added waits for the list to be rebuilt. */
    private String toReveal;

    private final ListFilters filters = new ListFilters(this::refresh);
    private final ResultRows visibleRows = new ResultRows();
    private final ReadOnlyObjectWrapper<QueryResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObservableList<ArticleQueryEngine.TagCount> tagTotals = FXCollections.observableArrayList();
    private final ObservableList<ArticleQueryEngine.TagCount> tagTotalsView =
            FXCollections.unmodifiableObservableList(tagTotals);
    private final ObjectProperty<ArticleRow> selectedArticle = new SimpleObjectProperty<>(this, "selectedArticle");
    private final ObservableList<ArticleRow> selectedRows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Object> lastChange = new ReadOnlyObjectWrapper<>(this, "lastChange");
    private final QueryRunner queries;
    private final LoadStatus status;

    /** Shows the list and observes it: the list's listener is this state from now on. */
    public ReadingListState(ReadingList list, TaskExecutor executor, Notifier notifier, Messages messages) {
        this.list = list;
        this.notifier = notifier;
        this.messages = messages;
        this.queries = new QueryRunner(executor, notifier, messages);
        this.status = new LoadStatus(executor, notifier, messages);
        result.set(list.engine().run(filters.query(), list.readSet()));
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
    }

    // ---- properties

    /** What the list is filtered and sorted by; each change queries anew. */
    public ListFilters filters() {
        return filters;
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
        return status.loadingProperty();
    }

    /** How much of the articles file has been read while loading, 0 to 1; -1 when unknown. */
    public ReadOnlyDoubleProperty loadProgressProperty() {
        return status.loadProgressProperty();
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
        return status.indexedProperty();
    }

    /** The file (or "bundled list") the articles came from. */
    public ReadOnlyStringProperty sourceNameProperty() {
        return status.sourceNameProperty();
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
    public void show(CompletableFuture<ListLoader.Loaded> loading, ListLoader.Progress progress) {
        status.follow(loading, progress, this::apply);
    }

    private void apply(ListLoader.Loaded loaded) {
        list.take(loaded);
        ArticleQueryEngine engine = list.engine();
        rows = new ListRows(engine.articles(), list::readAt);
        tagTotals.setAll(engine.tagTotals());
        status.shown();
        // a batch queries once, afterwards, even when no tag was dropped: the result of the new rows
        filters.batch(() -> filters.selectedTags().retainAll(tagNames()));
        LibraryNotices.tell(loaded.notices(), notifier, messages);
        status.indexAhead(engine, list::engine);
    }

    private Set<String> tagNames() {
        Set<String> names = new HashSet<>();
        list.engine().tagTotals().forEach(count -> names.add(count.tag()));
        return names;
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
        // a row shows its article's mark: the rows that are so already need not be looked up
        showMarked(list.setRead(toChange.stream().filter(row -> row.isRead() != read).map(ArticleRow::id).toList(),
                read));
    }

    /** Shows marks just made: on the rows made so far, and in the result, refreshed once. */
    private void showMarked(ReadChange marked) {
        if (marked.count() == 0) {
            return;
        }
        rows.reread(marked.articleIds(), list.engine()::indexOf);
        Optional<ArticleRow> single = marked.count() == 1 ? row(marked.articleIds().get(0)) : Optional.empty();
        if (single.isPresent() && !filters.query().dependsOnReadState() && queries.showsNewest()
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
        if (next != null) {
            rows.rereadAll();
            refresh();
        }
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
            filters.clear();
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
        if (status.isLoading()) {
            return; // the load under way reads them anyway
        }
        showAdopted(list.takeIn(library, stored));
    }

    /**
     * Shows articles the library has already taken in (what a feed brought); the tag cloud counts them once the
     * index is rebuilt. Not undone by Undo.
     */
    public void arrived(List<Article> added, List<Article> updated) {
        if (status.isLoading()) {
            return; // the load under way reads them anyway
        }
        list.arrived(added, updated);
    }

    /** Takes out articles the library no longer has (those of an unfollowed feed). Not undone by Undo. */
    public void departed(List<Article> removed) {
        if (!status.isLoading()) {
            list.departed(removed);
        }
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
            if (filters.selectedTags().remove(from)) {
                filters.selectedTags().add(to);
            }
            change(change);
        }
    }

    /** Takes a tag off every article. */
    public void deleteTag(String tag) {
        ArticleChange change = TagEdits.delete(list.articles(), tag);
        if (change.count() > 0) {
            filters.selectedTags().remove(tag);
            change(change);
            notifier.info(messages.format("tags.deleted", tag, change.count()));
        }
    }

    /** The list's index was rebuilt after a change: its rows, tags and the article waiting to be selected. */
    private void showRebuilt() {
        ArticleQueryEngine engine = list.engine();
        rows = new ListRows(engine.articles(), list::readAt);
        tagTotals.setAll(engine.tagTotals());
        filters.batch(() -> filters.selectedTags().retainAll(tagNames()));
        revealIfListed();
    }

    // ---- querying

    /** Queries lists of at least this many articles in the background (tests use small lists). */
    void queryInBackgroundFrom(int size) {
        queries.backgroundFrom(size);
    }

    private void refresh() {
        ListRows queriedRows = rows;
        queries.run(list.engine(), rows.size(), filters.query(), list.readSet(), () -> queriedRows == rows,
                this::show);
    }

    private void show(QueryResult next) {
        visibleRows.show(rows, next);
        result.set(next);
    }
}
