package org.readinglist.ui.main;

import java.text.NumberFormat;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import org.readinglist.logic.QueryResult;
import org.readinglist.model.ShowFilter;
import org.readinglist.ui.state.ReadingListState;
import org.readinglist.ui.util.Dialogs;

/** The window around the lists: search text, the read filter and the status line. */
public final class MainViewModel {

    private final ReadingListState state;
    private final Dialogs dialogs;
    private final StringBinding status;
    private final NumberFormat numbers;

    public MainViewModel(ReadingListState state, Dialogs dialogs, Locale locale) {
        this.state = state;
        this.dialogs = dialogs;
        this.numbers = NumberFormat.getIntegerInstance(locale);
        this.status = Bindings.createStringBinding(this::statusText, state.resultProperty(), state.loadingProperty(),
                state.loadProgressProperty(), state.queryingProperty());
    }

    // ---- properties

    public StringProperty searchTextProperty() {
        return state.searchTextProperty();
    }

    public ObjectProperty<ShowFilter> showProperty() {
        return state.showProperty();
    }

    /** "Showing 7 of 19 · 4 read · 35 min unread" */
    public StringBinding statusProperty() {
        return status;
    }

    // ---- commands

    /** Esc in the search field: clears the text. */
    public void clearSearch() {
        state.searchTextProperty().set("");
    }

    public void restoreFromBackup() {
        dialogs.showRestoreBackup();
    }

    private String statusText() {
        if (state.loadingProperty().get()) {
            double progress = state.loadProgressProperty().get();
            return progress < 0 ? "Loading articles…" : "Loading articles… " + Math.round(progress * 100) + "%";
        }
        QueryResult result = state.getResult();
        return "Showing " + numbers.format(result.size()) + " of " + numbers.format(result.total())
                + " · " + numbers.format(result.readCount()) + " read"
                + " · " + numbers.format(result.unreadMinutes()) + " min unread"
                + (state.queryingProperty().get() ? " · updating…" : "");
    }
}
