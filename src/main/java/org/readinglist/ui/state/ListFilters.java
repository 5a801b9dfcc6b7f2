package org.readinglist.ui.state;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.readinglist.model.ArticleQuery;
import org.readinglist.model.ShowFilter;
import org.readinglist.model.SortKey;
import org.readinglist.model.TagMatch;

/**
 * What the window's list is filtered and sorted by: the selected tags and how they combine, the search text, the
 * read filter and the sort order. Each change is told to the state, which queries anew; changes made together are
 * told once. Used on the JavaFX thread.
 */
public final class ListFilters {

    private final ObservableSet<String> selectedTags = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObjectProperty<TagMatch> tagMatch = new SimpleObjectProperty<>(this, "tagMatch", TagMatch.ALL);
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObjectProperty<ShowFilter> show = new SimpleObjectProperty<>(this, "show", ShowFilter.ALL);
    private final ObjectProperty<List<SortKey>> sort =
            new SimpleObjectProperty<>(this, "sort", ArticleQuery.DEFAULT_SORT);
    private final Runnable changed;
    private boolean batching;

    /** @param changed hears each change, and a batch of them once */
    ListFilters(Runnable changed) {
        this.changed = changed;
        selectedTags.addListener((SetChangeListener<String>) change -> tell());
        tagMatch.addListener((obs, old, now) -> tell());
        searchText.addListener((obs, old, now) -> tell());
        show.addListener((obs, old, now) -> tell());
        sort.addListener((obs, old, now) -> tell());
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

    /** The query these filters ask for. */
    public ArticleQuery query() {
        return new ArticleQuery(Set.copyOf(selectedTags), tagMatch.get(), searchText.get(), show.get(), sort.get());
    }

    // ---- commands

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
    public void clear() {
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
    public void restore(Collection<String> tags, TagMatch match, String search, ShowFilter showing,
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

    /** Makes the changes and tells once, afterwards: also when they changed nothing. */
    void batch(Runnable changes) {
        batching = true;
        try {
            changes.run();
        } finally {
            batching = false;
        }
        changed.run();
    }

    private void tell() {
        if (!batching) {
            changed.run();
        }
    }
}
