package org.readinglist.ui.tags;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.readinglist.i18n.Messages;
import org.readinglist.logic.ArticleQueryEngine.TagCount;
import org.readinglist.logic.QueryResult;
import org.readinglist.model.TagMatch;
import org.readinglist.ui.state.ReadingListState;
import org.readinglist.model.FieldLimits;
import java.util.Locale;
import java.util.Optional;

/**
 * The tag cloud: the most frequent tags (those matching the filter text, if any) plus every selected tag, in
 * alphabetical order, each with its live count, its size and whether it is selected or would give nothing. The
 * cloud shows a bounded number of tags, so a list with thousands of them stays quick; "show more" raises the limit
 * in steps up to {@value #MAX_LIMIT}, and the filter finds the rest.
 */
public final class TagCloudViewModel {

    static final int SIZE_STEPS = 5;
    /**
     * How many tags the cloud shows at first, and again after the filter text changes: a few screens of the pane.
     * Every new result updates the count of each tag shown, so more would slow every click.
     */
    static final int INITIAL_LIMIT = 60;
    /** How many more tags each "show more" adds. */
    static final int LIMIT_STEP = 500;
    /** The most tags the cloud shows (besides selected ones), however often "show more" is used. */
    static final int MAX_LIMIT = 1_000;

    private final ReadingListState state;
    private final Messages messages;
    private final ObservableList<TagCloudItem> items = FXCollections.observableArrayList();
    private final ObservableList<TagCloudItem> itemsView = FXCollections.unmodifiableObservableList(items);
    private final BooleanBinding hasSelection;
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ReadOnlyIntegerWrapper hiddenCount = new ReadOnlyIntegerWrapper(this, "hiddenCount");
    private final ReadOnlyBooleanWrapper canShowMore = new ReadOnlyBooleanWrapper(this, "canShowMore");
    private final ReadOnlyStringWrapper showMoreText = new ReadOnlyStringWrapper(this, "showMoreText", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");

    // Prepared once per change of the tag totals, so a rebuild only scans and never sorts the whole list.
    /** How many of the most frequent matching tags are shown. */
    private int limit = INITIAL_LIMIT;
    private boolean prepared;
    private TagCount[] byName = new TagCount[0];
    private String[] lowerCaseNames = new String[0];
    private int[] sizes = new int[0];
    /** Positions in {@link #byName}, most frequent first, ties alphabetical. */
    private int[] byFrequency = new int[0];

    public TagCloudViewModel(ReadingListState state, Messages messages) {
        this.state = state;
        this.messages = messages;
        this.hasSelection = Bindings.isNotEmpty(state.filters().selectedTags());
        state.tagTotals().addListener((ListChangeListener<TagCount>) change -> {
            prepared = false;
            limit = INITIAL_LIMIT;
            rebuild();
        });
        state.resultProperty().addListener((obs, old, now) -> rebuild());
        filterText.addListener((obs, old, now) -> {
            limit = INITIAL_LIMIT;
            rebuild();
        });
        rebuild();
    }

    // ---- properties

    /** The tags to show, alphabetically. */
    public ObservableList<TagCloudItem> items() {
        return itemsView;
    }

    public ObjectProperty<TagMatch> tagMatchProperty() {
        return state.filters().tagMatchProperty();
    }

    public BooleanBinding hasSelectionProperty() {
        return hasSelection;
    }

    /** Narrows the cloud to tags containing this text, ignoring case. */
    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** Matching tags that are not shown because of the limit. */
    public ReadOnlyIntegerProperty hiddenCountProperty() {
        return hiddenCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canShowMoreProperty() {
        return canShowMore.getReadOnlyProperty();
    }

    /** "Show 500 more (4,850 hidden)", or "Show all 320 tags" when the next step shows every match. */
    public ReadOnlyStringProperty showMoreTextProperty() {
        return showMoreText.getReadOnlyProperty();
    }

    /** Says why tags are missing: none match the filter, or more exist than the cloud ever shows; else empty. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    // ---- commands

    /** How many articles carry the tag. */
    public int countOf(String tag) {
        return state.tagTotals().stream().filter(count -> count.tag().equals(tag)).mapToInt(TagCount::count)
                .findFirst().orElse(0);
    }

    /** The new name as it would be kept (lower case, hyphens for spaces), or empty when it cannot be a tag. */
    public Optional<String> tagName(String text) {
        String name = FieldLimits.clean(text == null ? "" : text, Integer.MAX_VALUE).strip()
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
        name = FieldLimits.clean(name, FieldLimits.TAG);
        return name.codePoints().anyMatch(Character::isLetterOrDigit) ? Optional.of(name)
                : Optional.empty();
    }

    /** Renames the tag on every article (a name that is already a tag merges the two); false when not a name. */
    public boolean rename(String tag, String newName) {
        Optional<String> name = tagName(newName);
        name.ifPresent(to -> state.renameTag(tag, to));
        return name.isPresent();
    }

    /** The rename dialog's words about this tag: how many articles it renames, and that a name can merge. */
    public String renameHeader(String tag) {
        return messages.format("tags.renameHeader", tag, countOf(tag));
    }

    /** Takes the tag off every article; Undo puts it back. */
    public void delete(String tag) {
        state.deleteTag(tag);
    }

    public void toggle(String tag) {
        state.filters().toggleTag(tag);
    }

    public void clear() {
        state.filters().clearTags();
    }

    /** Esc in the filter field. */
    public void clearFilter() {
        filterText.set("");
    }

    /** Shows the next {@value #LIMIT_STEP} most frequent of the hidden tags. */
    public void showMore() {
        if (canShowMore.get()) {
            limit = Math.min(limit + LIMIT_STEP, MAX_LIMIT);
            rebuild();
        }
    }

    private void rebuild() {
        if (!prepared) {
            prepare(state.tagTotals());
        }
        String needle = filterText.get() == null ? "" : filterText.get().strip().toLowerCase(Locale.ROOT);
        Set<String> selected = state.filters().selectedTags();
        int[] shown = new int[Math.min(limit, byName.length) + selected.size()];
        int shownCount = 0;
        int matches = 0;
        int shownMatches = 0;
        for (int position : byFrequency) {
            boolean match = needle.isEmpty() || lowerCaseNames[position].contains(needle);
            if (match) {
                matches++;
            }
            if (match && shownMatches < limit) {
                shownMatches++;
                shown[shownCount++] = position;
            } else if (!selected.isEmpty() && selected.contains(byName[position].tag())) {
                shownMatches += match ? 1 : 0;
                shown[shownCount++] = position;
            }
        }
        Arrays.sort(shown, 0, shownCount);

        QueryResult result = state.getResult();
        List<TagCloudItem> next = new ArrayList<>(shownCount);
        for (int i = 0; i < shownCount; i++) {
            TagCount total = byName[shown[i]];
            int count = result.tagCount(total.tag());
            boolean isSelected = selected.contains(total.tag());
            next.add(new TagCloudItem(total.tag(), count, total.count(), sizes[shown[i]], isSelected,
                    count == 0 && !isSelected,
                    messages.format(isSelected ? "tags.item.selected" : "tags.item", total.tag(), count)));
        }
        if (!next.equals(items)) {
            items.setAll(next);
        }
        updateShowMore(matches, matches - shownMatches, needle.isEmpty());
        note.set(noteText(matches, matches - shownMatches));
    }

    private void updateShowMore(int matches, int hidden, boolean unfiltered) {
        hiddenCount.set(hidden);
        canShowMore.set(hidden > 0 && limit < MAX_LIMIT);
        if (!canShowMore.get()) {
            showMoreText.set("");
        } else if (limit + LIMIT_STEP >= matches && matches <= MAX_LIMIT) {
            showMoreText.set(messages.format(unfiltered ? "tags.showAll" : "tags.showAllMatching", matches));
        } else {
            int step = Math.min(LIMIT_STEP, MAX_LIMIT - limit);
            showMoreText.set(messages.format("tags.showMore", step, hidden));
        }
    }

    private String noteText(int matches, int hidden) {
        String typed = filterText.get() == null ? "" : filterText.get().strip();
        if (!typed.isEmpty() && matches == 0) {
            return messages.format("tags.noMatch", typed);
        }
        if (hidden > 0 && !canShowMore.get()) {
            return messages.format("tags.hidden", hidden);
        }
        return "";
    }

    private void prepare(List<TagCount> totals) {
        byName = totals.toArray(TagCount[]::new);
        Arrays.sort(byName, Comparator.comparing(TagCount::tag));
        int n = byName.length;
        lowerCaseNames = new String[n];
        sizes = new int[n];
        int min = Arrays.stream(byName).mapToInt(TagCount::count).min().orElse(1);
        int max = Arrays.stream(byName).mapToInt(TagCount::count).max().orElse(1);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            lowerCaseNames[i] = byName[i].tag().toLowerCase(Locale.ROOT);
            sizes[i] = sizeStep(byName[i].count(), min, max);
            order[i] = i;
        }
        // stable: equally frequent tags keep their alphabetical order
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> byName[i].count()).reversed());
        byFrequency = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        prepared = true;
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
