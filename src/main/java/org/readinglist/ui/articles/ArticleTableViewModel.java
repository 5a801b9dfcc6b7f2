package org.readinglist.ui.articles;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.collections.ObservableList;
import org.readinglist.model.SortKey;
import org.readinglist.ui.state.ArticleRow;
import org.readinglist.ui.state.ReadingListState;

/** The article table: its rows, sorting, and marking rows read or unread. */
public final class ArticleTableViewModel {

    private final ReadingListState state;
    private final DateTimeFormatter dateFormat;
    private final StringBinding placeholderText;
    private final BooleanBinding canClearFilters;

    public ArticleTableViewModel(ReadingListState state, Locale locale) {
        this.state = state;
        this.dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.placeholderText = Bindings.createStringBinding(this::placeholder, state.resultProperty(),
                state.loadingProperty());
        this.canClearFilters = Bindings.createBooleanBinding(
                () -> !state.loadingProperty().get() && state.currentQuery().hasFilters(),
                state.resultProperty(), state.loadingProperty());
    }

    // ---- properties

    public ObservableList<ArticleRow> rows() {
        return state.visibleRows();
    }

    /** The selected rows, which the window's menu commands act on. */
    public ObservableList<ArticleRow> selectedRows() {
        return state.selectedRows();
    }

    public ObjectProperty<ArticleRow> selectedArticleProperty() {
        return state.selectedArticleProperty();
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
        return state.sortProperty().get();
    }

    // ---- commands

    public void sortBy(List<SortKey> keys) {
        state.sortProperty().set(List.copyOf(keys));
    }

    public void setRead(Collection<ArticleRow> rows, boolean read) {
        state.setRead(rows, read);
    }

    /** The R key: marks the selection read, or unread when all of it already is. */
    public void toggleRead(Collection<ArticleRow> rows) {
        state.toggleRead(rows);
    }

    public void clearFilters() {
        state.clearFilters();
    }

    // ---- cell text

    public String publishedText(LocalDate published) {
        return published == null ? "—" : dateFormat.format(published);
    }

    public static String readTimeText(int minutes) {
        return minutes + " min";
    }

    public static String tagsText(List<String> tags) {
        return String.join(", ", tags);
    }

    private String placeholder() {
        if (state.loadingProperty().get()) {
            return "Loading articles…";
        }
        if (state.articleCount() == 0) {
            return "This reading list has no articles.";
        }
        return "No articles match the current filters.";
    }
}
