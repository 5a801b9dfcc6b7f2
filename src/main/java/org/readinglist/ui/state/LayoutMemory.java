package org.readinglist.ui.state;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.collections.SetChangeListener;
import org.readinglist.logic.WindowPlacer;
import org.readinglist.model.ArticleQuery;
import org.readinglist.model.ColumnLayout;
import org.readinglist.model.Preferences;
import org.readinglist.model.SortColumn;
import org.readinglist.model.SortKey;
import org.readinglist.model.WindowPlacement;

/**
 * What the window restores at start and remembers on every change: its place, the dividers, the columns, the sort
 * order and the filters. The views only hand values over; the decisions are here. Saving goes through the
 * preferences model, so it is debounced and off the JavaFX thread.
 */
public final class LayoutMemory {

    /** The column that always stays, so the table never loses all its columns. */
    public static final SortColumn ALWAYS_SHOWN = SortColumn.TITLE;

    private final ReadingListState state;
    private final PreferencesModel preferences;
    private boolean columnsChosen;
    private boolean dividersChosen;

    public LayoutMemory(ReadingListState state, PreferencesModel preferences) {
        this.state = state;
        this.preferences = preferences;
        this.columnsChosen = !preferences.get().columns().isEmpty();
        this.dividersChosen = !preferences.get().dividers().isEmpty();
    }

    // ---- filters and sort order

    /** Puts the saved filters and sort order into the state; call before loading so the first result has them. */
    public void restoreFilters() {
        Preferences p = preferences.get();
        state.filters().restore(p.tags(), p.tagMatch(), p.search(), p.show(), sortToRestore(p.sort()));
    }

    /** From now on every change of the filters or the sort order is saved. */
    public void rememberFilters() {
        InvalidationListener filters = obs -> preferences.update(p -> p.withFilters(
                List.copyOf(state.filters().selectedTags()), state.filters().tagMatchProperty().get(),
                state.filters().searchTextProperty().get(), state.filters().showProperty().get()));
        state.filters().selectedTags().addListener((SetChangeListener<String>) change -> filters.invalidated(null));
        state.filters().tagMatchProperty().addListener(filters);
        state.filters().searchTextProperty().addListener(filters);
        state.filters().showProperty().addListener(filters);
        state.filters().sortProperty().addListener(obs -> preferences.update(
                p -> p.withSort(sortToSave(state.filters().sortProperty().get()))));
    }

    /** The default order is saved as "default", so a later default applies; anything else, even none, as it is. */
    static Optional<List<SortKey>> sortToSave(List<SortKey> keys) {
        return keys.equals(ArticleQuery.DEFAULT_SORT) ? Optional.empty() : Optional.of(List.copyOf(keys));
    }

    /** The saved order, a column only once; "default" is the default order, an empty list no order. */
    static List<SortKey> sortToRestore(Optional<List<SortKey>> saved) {
        if (saved.isEmpty()) {
            return ArticleQuery.DEFAULT_SORT;
        }
        Set<SortColumn> seen = EnumSet.noneOf(SortColumn.class);
        return saved.get().stream().filter(key -> seen.add(key.column())).toList();
    }

    // ---- table columns

    /**
     * The columns as they were left: saved ones in their saved order with width and visibility, columns the file
     * does not know at their default place, columns it has twice or that the table lacks left out.
     *
     * @param defaults every column of the table in its default order, with its default width, visible
     */
    public List<ColumnLayout> columns(List<ColumnLayout> defaults) {
        Set<SortColumn> known = EnumSet.noneOf(SortColumn.class);
        defaults.forEach(column -> known.add(column.column()));
        Set<SortColumn> placed = EnumSet.noneOf(SortColumn.class);
        List<ColumnLayout> result = new ArrayList<>();
        for (ColumnLayout saved : preferences.get().columns()) {
            if (known.contains(saved.column()) && placed.add(saved.column())) {
                result.add(canHide(saved.column()) ? saved
                        : new ColumnLayout(saved.column(), saved.width(), true));
            }
        }
        for (int i = 0; i < defaults.size(); i++) {
            ColumnLayout missing = defaults.get(i);
            if (placed.add(missing.column())) {
                result.add(placeAfterDefaultNeighbour(result, defaults, i), missing);
            }
        }
        return result;
    }

    /** Where a missing column goes: after the nearest column that precedes it by default, or first. */
    private static int placeAfterDefaultNeighbour(List<ColumnLayout> result, List<ColumnLayout> defaults, int i) {
        for (int j = i - 1; j >= 0; j--) {
            SortColumn before = defaults.get(j).column();
            for (int k = 0; k < result.size(); k++) {
                if (result.get(k).column() == before) {
                    return k + 1;
                }
            }
        }
        return 0;
    }

    /**
     * Takes in the columns after a change. Layout changes widths by itself (on every start, when a column is hidden,
     * when the window is resized); those are kept only once the user has chosen a layout, by changing it now or
     * before, so a window nobody rearranged writes nothing. From then on the saved widths are the ones on screen.
     *
     * @param byUser whether the user made this change (a drag, a column shown or hidden)
     */
    public void rememberColumns(List<ColumnLayout> columns, boolean byUser) {
        columnsChosen |= byUser;
        if (columnsChosen) {
            preferences.update(p -> p.withColumns(columns));
        }
    }

    /** Every column can be hidden except the title. */
    public boolean canHide(SortColumn column) {
        return column != ALWAYS_SHOWN;
    }

    // ---- the window and its dividers

    /** Where the window opens: where it was, unless no screen shows it any more; empty on a first start. */
    public Optional<WindowPlacement> placement(List<WindowPlacer.Area> screens, WindowPlacer.Area primary) {
        return preferences.get().window().map(saved -> WindowPlacer.place(saved, screens, primary));
    }

    /**
     * Takes in the window's bounds after a change. A minimized window's bounds mean nothing; a maximized one keeps
     * the bounds it had before, so un-maximizing after a restart returns to them.
     */
    public void rememberWindow(double x, double y, double width, double height, boolean maximized,
                               boolean minimized) {
        if (minimized || !(width > 0 && height > 0) || !Double.isFinite(x) || !Double.isFinite(y)
                || !Double.isFinite(width) || !Double.isFinite(height)) {
            return;
        }
        preferences.update(p -> {
            WindowPlacement next = maximized
                    ? p.window().map(w -> new WindowPlacement(w.x(), w.y(), w.width(), w.height(), true))
                            .orElse(new WindowPlacement(x, y, width, height, true))
                    : new WindowPlacement(x, y, width, height, false);
            return p.withWindow(Optional.of(next));
        });
    }

    /** The saved divider positions if they fit a split pane with this many dividers. */
    public Optional<double[]> dividers(int count) {
        List<Double> saved = preferences.get().dividers();
        if (saved.size() != count) {
            return Optional.empty();
        }
        double[] positions = new double[count];
        for (int i = 0; i < count; i++) {
            positions[i] = saved.get(i);
            if (i > 0 && positions[i] < positions[i - 1]) {
                return Optional.empty();
            }
        }
        return Optional.of(positions);
    }

    /** As {@link #rememberColumns}: the split pane's own adjustments count once the user has moved a divider. */
    public void rememberDividers(List<Double> positions, boolean byUser) {
        dividersChosen |= byUser;
        if (dividersChosen) {
            preferences.update(p -> p.withDividers(positions));
        }
    }
}
