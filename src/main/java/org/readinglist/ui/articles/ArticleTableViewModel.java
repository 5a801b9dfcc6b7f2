package org.readinglist.ui.articles;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.collections.ObservableList;
import org.readinglist.i18n.Messages;
import org.readinglist.model.ColumnLayout;
import org.readinglist.model.SortColumn;
import org.readinglist.model.SortKey;
import org.readinglist.ui.state.ArticleRow;
import org.readinglist.ui.state.LayoutMemory;
import org.readinglist.ui.state.ReadingListState;

/** The article table: its rows, sorting, and marking rows read or unread. */
public final class ArticleTableViewModel {

    private final ReadingListState state;
    private final Messages messages;
    private final LayoutMemory layout;
    private final DateTimeFormatter dateFormat;
    private final StringBinding placeholderText;
    private final BooleanBinding canClearFilters;

    public ArticleTableViewModel(ReadingListState state, LayoutMemory layout, Messages messages) {
        this.state = state;
        this.layout = layout;
        this.messages = messages;
        this.dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        this.placeholderText = Bindings.createStringBinding(this::placeholder, state.resultProperty(),
                state.loadingProperty());
        this.canClearFilters = Bindings.createBooleanBinding(
                () -> !state.loadingProperty().get() && state.filters().query().hasFilters(),
                state.resultProperty(), state.loadingProperty());
    }

    // ---- properties

    public ObservableList<ArticleRow> rows() {
        return state.visibleRows();
    }

    /** Whether the context menu's Mark as Read (or Unread) would change any selected article. */
    public boolean canMark(boolean read) {
        return state.canMarkSelection(read);
    }

    /** The selected rows, which the window's menu commands act on. */
    public ObservableList<ArticleRow> selectedRows() {
        return state.selectedRows();
    }

    public ObjectProperty<ArticleRow> selectedArticleProperty() {
        return state.selectedArticleProperty();
    }

    /** The row of the same article in the list shown now, or null when it is gone. */
    public ArticleRow currentRow(ArticleRow row) {
        return state.currentRow(row);
    }

    /** Whether the articles are being loaded. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return state.loadingProperty();
    }

    /** How much of the articles file has been read, 0 to 1, or -1 while that is unknown. */
    public ReadOnlyDoubleProperty loadProgressProperty() {
        return state.loadProgressProperty();
    }

    /** What the empty table says. */
    public StringBinding placeholderTextProperty() {
        return placeholderText;
    }

    /** Whether the empty table offers to clear the filters. */
    public BooleanBinding canClearFiltersProperty() {
        return canClearFilters;
    }

    public List<SortKey> initialSort() {
        return state.filters().sortProperty().get();
    }

    /** The columns' order, widths and visibility as the user left them; the defaults are the FXML's. */
    public List<ColumnLayout> initialColumns(List<ColumnLayout> defaults) {
        return layout.columns(defaults);
    }

    /** Whether the column chooser offers to hide this column. */
    public boolean canHide(SortColumn column) {
        return layout.canHide(column);
    }

    // ---- commands

    public void sortBy(List<SortKey> keys) {
        state.filters().sortProperty().set(List.copyOf(keys));
    }

    /** The columns changed: the user moved, resized, hid or showed one, or layout resized them. */
    public void columnsChanged(List<ColumnLayout> columns, boolean byUser) {
        layout.rememberColumns(columns, byUser);
    }

    public void setRead(Collection<ArticleRow> rows, boolean read) {
        state.setRead(rows, read);
    }

    /** The R key: marks the selection read, or unread when all of it already is. */
    /** Removes the articles; Undo brings them back. */
    public void remove(Collection<ArticleRow> rows) {
        state.remove(rows);
    }

    public void toggleRead(Collection<ArticleRow> rows) {
        state.toggleRead(rows);
    }

    public void clearFilters() {
        state.filters().clear();
    }

    // ---- cell text

    public String publishedText(LocalDate published) {
        return published == null ? "—" : dateFormat.format(published);
    }

    public String readTimeText(int minutes) {
        return messages.format("table.readTime", minutes);
    }

    public static String tagsText(List<String> tags) {
        return String.join(", ", tags);
    }

    private String placeholder() {
        if (state.loadingProperty().get()) {
            return messages.get("table.placeholder.loading");
        }
        if (state.articleCount() == 0) {
            return messages.get("table.placeholder.empty");
        }
        return messages.get("table.placeholder.noMatch");
    }

    /** What a screen reader says for a row: "Unread. Title. Netflix. 5 minutes". */
    public String rowAccessibleText(ArticleRow row) {
        return messages.format(row.isRead() ? "table.row.read" : "table.row.unread", row.article().title(),
                row.article().company(), row.article().readMinutes());
    }

    /** What a screen reader says for a row's check box. */
    public String readText(boolean read) {
        return messages.get(read ? "read.yes" : "read.no");
    }
}
