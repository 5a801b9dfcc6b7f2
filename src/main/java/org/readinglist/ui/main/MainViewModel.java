package org.readinglist.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import org.readinglist.i18n.Messages;
import org.readinglist.logic.QueryResult;
import org.readinglist.model.ShowFilter;
import org.readinglist.model.ThemeChoice;
import org.readinglist.ui.state.ArticleRow;
import org.readinglist.ui.state.PreferencesModel;
import org.readinglist.library.ArticleChange;
import org.readinglist.library.ReadChange;
import org.readinglist.ui.state.ReadingListState;
import org.readinglist.ui.theme.ThemeService;
import org.readinglist.ui.util.Dialogs;
import org.readinglist.ui.util.LinkOpener;
import org.readinglist.ui.util.Notifier;

/** The window around the lists: search, the read filter, the status line, the menus' commands and settings. */
public final class MainViewModel {

    private final ReadingListState state;
    private final Dialogs dialogs;
    private final PreferencesModel preferences;
    private final ThemeService theme;
    private final Messages messages;
    private final LinkOpener linkOpener;
    private final Notifier notifier;
    private final Path dataDir;
    private final StringBinding status;
    private final StringBinding undoText;
    private final StringBinding announcement;
    private final BooleanBinding canUndo;
    private final BooleanBinding hasSelection;
    private final BooleanProperty singleKeyShortcuts = new SimpleBooleanProperty(this, "singleKeyShortcuts");
    private final ObjectProperty<Optional<String>> language = new SimpleObjectProperty<>(this, "language");
    private final ObjectProperty<Integer> feedRefreshHours = new SimpleObjectProperty<>(this, "feedRefreshHours");
    private final Runnable refreshFeeds;

    /** @param refreshFeeds refreshes every feed now, saying what came (View ▸ Refresh Feeds) */
    public MainViewModel(ReadingListState state, Dialogs dialogs, PreferencesModel preferences, ThemeService theme,
                         Messages messages, LinkOpener linkOpener, Notifier notifier, Path dataDir,
                         Runnable refreshFeeds) {
        this.refreshFeeds = refreshFeeds;
        this.state = state;
        this.dialogs = dialogs;
        this.preferences = preferences;
        this.theme = theme;
        this.messages = messages;
        this.linkOpener = linkOpener;
        this.notifier = notifier;
        this.dataDir = dataDir;
        this.status = Bindings.createStringBinding(this::statusText, state.resultProperty(), state.loadingProperty(),
                state.loadProgressProperty(), state.queryingProperty());
        this.undoText = Bindings.createStringBinding(this::undoText, state.lastChangeProperty());
        this.canUndo = state.lastChangeProperty().isNotNull();
        this.hasSelection = Bindings.isNotEmpty(state.selectedRows());
        this.announcement = Bindings.createStringBinding(this::announcementText, state.resultProperty(),
                state.loadingProperty());
        singleKeyShortcuts.set(preferences.get().singleKeyShortcuts());
        singleKeyShortcuts.addListener((obs, old, on) -> preferences.update(p -> p.withSingleKeyShortcuts(on)));
        feedRefreshHours.set(preferences.get().feedRefreshHours());
        feedRefreshHours.addListener((obs, old, now) -> preferences.update(p -> p.withFeedRefreshHours(now)));
        language.set(preferences.get().language());
        language.addListener((obs, old, now) -> {
            preferences.update(p -> p.withLanguage(now));
            notifier.info(messages.get("notice.languageNextStart"));
        });
    }

    // ---- properties

    public StringProperty searchTextProperty() {
        return state.filters().searchTextProperty();
    }

    public ObjectProperty<ShowFilter> showProperty() {
        return state.filters().showProperty();
    }

    /** "Showing 7 of 19 · 4 read · 35 min unread" */
    public StringBinding statusProperty() {
        return status;
    }

    /** What a screen reader says when the result changes: "7 articles shown". */
    public StringBinding announcementProperty() {
        return announcement;
    }

    /** Edit ▸ Undo's text: what it would take back. */
    public StringBinding undoTextProperty() {
        return undoText;
    }

    public boolean canUndo() {
        return state.lastChangeProperty().get() != null;
    }

    /** Whether Edit ▸ Undo has something to take back. */
    public BooleanBinding canUndoProperty() {
        return canUndo;
    }

    /** Whether any article is selected. */
    public BooleanBinding hasSelectionProperty() {
        return hasSelection;
    }

    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme.choiceProperty();
    }

    /** Whether letters, /, ?, and Space work as shortcuts; remembered. */
    public BooleanProperty singleKeyShortcutsProperty() {
        return singleKeyShortcuts;
    }

    /** The chosen language tag, or empty for the operating system's; takes effect on the next start. */
    public ObjectProperty<Optional<String>> languageProperty() {
        return language;
    }

    /** Whether Mark as Read (or Unread) would change any selected article. */
    public boolean canMark(boolean read) {
        return state.canMarkSelection(read);
    }

    public boolean hasSelection() {
        return !state.selectedRows().isEmpty();
    }

    public List<ArticleRow> selectedRows() {
        return List.copyOf(state.selectedRows());
    }

    // ---- commands

    /** Esc: clears the search text, or when there is none the selected tags; false when there was nothing. */
    public boolean clearSearchThenTags() {
        if (!state.filters().searchTextProperty().get().isEmpty()) {
            state.filters().searchTextProperty().set("");
            return true;
        }
        if (!state.filters().selectedTags().isEmpty()) {
            state.filters().clearTags();
            return true;
        }
        return false;
    }

    /** Esc in the search field: clears the text. */
    public void clearSearch() {
        state.filters().searchTextProperty().set("");
    }

    /** u: unread only, or everything again. */
    public void toggleUnreadOnly() {
        showProperty().set(showProperty().get() == ShowFilter.UNREAD ? ShowFilter.ALL : ShowFilter.UNREAD);
    }

    public void toggleRead(List<ArticleRow> rows) {
        state.toggleRead(rows);
    }

    public void setRead(List<ArticleRow> rows, boolean read) {
        state.setRead(rows, read);
    }

    /** Removes the articles, says so, and leaves Undo to bring them back. */
    public void remove(List<ArticleRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        state.remove(rows);
    }

    public void undo() {
        if (!state.undo()) {
            notifier.info(messages.get("notice.nothingToUndo"));
        }
    }

    /** File ▸ Add Article…, Ctrl+N and the Add article button: the editor with no address yet. */
    public void addArticle() {
        dialogs.showAddArticle("");
    }

    /** Whether there is an article to edit: the one the detail view shows. */
    public boolean canEdit() {
        return state.selectedArticleProperty().get() != null;
    }

    /** Edit ▸ Edit Article… and F2: the editor for the selected article. */
    public void editArticle() {
        ArticleRow selected = state.selectedArticleProperty().get();
        if (selected == null) {
            notifier.info(messages.get("notice.nothingToEdit"));
        } else {
            dialogs.showEditArticle(selected.article());
        }
    }

    public void restoreFromBackup() {
        dialogs.showRestoreBackup();
    }

    /** View ▸ Feeds…: the feeds the user follows. */
    public void showFeeds() {
        dialogs.showFeeds();
    }

    public void importSubscriptions() {
        dialogs.importSubscriptions();
    }

    public void exportSubscriptions() {
        dialogs.exportSubscriptions();
    }

    /** View ▸ Refresh Feeds and F5: every feed, now. */
    public void refreshFeeds() {
        refreshFeeds.run();
    }

    /** How often the feeds are refreshed while the app runs, in hours; 0: never by itself. */
    public ObjectProperty<Integer> feedRefreshHoursProperty() {
        return feedRefreshHours;
    }

    public void showShortcuts() {
        dialogs.showShortcuts();
    }

    public void showAbout() {
        dialogs.showAbout();
    }

    public void openDataFolder() {
        linkOpener.open(dataDir.toUri());
    }

    private String announcementText() {
        if (state.loadingProperty().get()) {
            return messages.get("announce.loading");
        }
        return messages.format("announce.shown", state.getResult().size());
    }

    private String undoText() {
        Object last = state.lastChangeProperty().get();
        if (last instanceof ReadChange change) {
            return messages.format(change.markedRead() ? "menu.edit.undoRead" : "menu.edit.undoUnread",
                    change.count());
        }
        if (last instanceof ArticleChange change) {
            return switch (change.kind()) {
                case ADDED -> messages.get("menu.edit.undoAdd");
                case EDITED -> messages.get("menu.edit.undoEdit");
                case REMOVED -> messages.format("menu.edit.undoRemove", change.count());
                case TAG_RENAMED, RENAME_UNDONE -> messages.format("menu.edit.undoRenameTag", change.from());
                case TAG_DELETED, DELETE_UNDONE -> messages.format("menu.edit.undoDeleteTag", change.from());
            };
        }
        return messages.get("menu.edit.undo");
    }

    private String statusText() {
        if (state.loadingProperty().get()) {
            double progress = state.loadProgressProperty().get();
            return progress < 0 ? messages.get("status.loading") : messages.format("status.loadingProgress", progress);
        }
        QueryResult result = state.getResult();
        String line = messages.format("status.line", result.size(), result.total(), result.readCount(),
                result.unreadMinutes());
        return state.queryingProperty().get() ? messages.format("status.updating", line) : line;
    }
}
