package org.readinglist.ui.tags;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.readinglist.logic.ArticleQueryEngine.TagCount;
import org.readinglist.logic.QueryResult;
import org.readinglist.model.TagMatch;
import org.readinglist.ui.state.ReadingListState;

/** The tag cloud: every tag with its live count, its size and whether it is selected or would give nothing. */
public final class TagCloudViewModel {

    static final int SIZE_STEPS = 5;

    private final ReadingListState state;
    private final ObservableList<TagCloudItem> items = FXCollections.observableArrayList();
    private final ObservableList<TagCloudItem> itemsView = FXCollections.unmodifiableObservableList(items);
    private final BooleanBinding hasSelection;

    public TagCloudViewModel(ReadingListState state) {
        this.state = state;
        this.hasSelection = Bindings.isNotEmpty(state.selectedTags());
        state.resultProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    // ---- properties

    public ObservableList<TagCloudItem> items() {
        return itemsView;
    }

    public ObjectProperty<TagMatch> tagMatchProperty() {
        return state.tagMatchProperty();
    }

    public BooleanBinding hasSelectionProperty() {
        return hasSelection;
    }

    // ---- commands

    public void toggle(String tag) {
        state.toggleTag(tag);
    }

    public void clear() {
        state.clearTags();
    }

    private void rebuild() {
        QueryResult result = state.getResult();
        List<TagCount> totals = state.tagTotals();
        int min = totals.stream().mapToInt(TagCount::count).min().orElse(1);
        int max = totals.stream().mapToInt(TagCount::count).max().orElse(1);
        List<TagCloudItem> next = new ArrayList<>(totals.size());
        for (TagCount total : totals) {
            int count = result.tagCount(total.tag());
            boolean selected = state.selectedTags().contains(total.tag());
            next.add(new TagCloudItem(total.tag(), count, total.count(), sizeStep(total.count(), min, max),
                    selected, count == 0 && !selected));
        }
        if (!next.equals(items)) {
            items.setAll(next);
        }
    }

    /** Logarithmic steps, so a few very common tags do not flatten all others to the smallest size. */
    static int sizeStep(int count, int min, int max) {
        if (max <= min) {
            return SIZE_STEPS / 2 + 1;
        }
        double position = (Math.log(count) - Math.log(min)) / (Math.log(max) - Math.log(min));
        return 1 + (int) Math.round(position * (SIZE_STEPS - 1));
    }
}
