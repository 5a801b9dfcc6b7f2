package org.readinglist.ui.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.readinglist.i18n.Messages;
import org.readinglist.logic.ArticleQueryEngine.TagCount;
import org.readinglist.model.FieldLimits;
import org.readinglist.web.TagNames;

/**
 * The tags of the article being edited: the chosen ones, the text being typed (a comma or Enter makes it a tag),
 * the existing tags that match it, and a note when a tag was shortened or not taken.
 */
public final class TagEditor {

    static final int MAX_SUGGESTIONS = 8;

    private final List<TagCount> existing;
    private final Messages messages;
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<String> tagsView = FXCollections.unmodifiableObservableList(tags);
    private final StringProperty input = new SimpleStringProperty(this, "input", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private boolean typed;

    /** @param existing every tag of the library with its count, for type-ahead */
    TagEditor(List<TagCount> existing, Messages messages) {
        this.existing = existing;
        this.messages = messages;
        input.addListener((obs, old, now) -> {
            if (now != null && now.indexOf(',') >= 0) {
                int last = now.lastIndexOf(',');
                addAll(now.substring(0, last));
                input.set(now.substring(last + 1).stripLeading());
            }
        });
    }

    // ---- properties

    /** The article's tags, in the order they were added. */
    public ObservableList<String> tags() {
        return tagsView;
    }

    /** The tag being typed. */
    public StringProperty inputProperty() {
        return input;
    }

    /** A note about the last tag typed (shortened, not a tag, one too many); empty when there is none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether the user added or removed a tag, so that the page's suggested tags leave the list alone. */
    public boolean typedByUser() {
        return typed;
    }

    /**
     * Existing tags that contain the typed text and are not chosen yet, those that start with it first, then the
     * most used: what type-ahead offers.
     */
    public List<String> suggestions(String typedText) {
        String wanted = typedText == null ? "" : typedText.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
        if (wanted.isEmpty()) {
            return List.of();
        }
        return existing.stream()
                .filter(count -> count.tag().contains(wanted) && !tags.contains(count.tag()))
                .sorted(Comparator.comparing((TagCount count) -> !count.tag().startsWith(wanted))
                        .thenComparing(Comparator.comparingInt(TagCount::count).reversed())
                        .thenComparing(TagCount::tag))
                .limit(MAX_SUGGESTIONS)
                .map(TagCount::tag)
                .toList();
    }

    /**
     * The typed text completed to the most used existing tag that starts with it, as type-ahead shows it; empty
     * when no tag does.
     */
    public Optional<String> completion(String typedText) {
        String wanted = typedText == null ? "" : typedText.toLowerCase(Locale.ROOT).replace(' ', '-');
        if (wanted.isBlank()) {
            return Optional.empty();
        }
        return suggestions(typedText).stream()
                .filter(tag -> tag.startsWith(wanted) && tag.length() > wanted.length()).findFirst()
                .map(tag -> typedText + tag.substring(wanted.length()));
    }

    /** How a suggestion reads: the tag and how many articles have it. */
    public String suggestionText(String tag) {
        int count = existing.stream().filter(c -> c.tag().equals(tag)).mapToInt(TagCount::count).findFirst()
                .orElse(0);
        return messages.format("editor.tagSuggestion", tag, count);
    }

    // ---- commands

    /** Enter in the tag field: the typed text becomes a tag; false when there was nothing to add. */
    public boolean addTyped() {
        String text = input.get();
        if (text == null || text.isBlank()) {
            return false;
        }
        addAll(text);
        input.set("");
        return true;
    }

    /** Adds one tag as it is typed or chosen; normalized like the fetcher's tags. */
    public void add(String text) {
        typed = true;
        Optional<String> tag = tagOf(text);
        if (tag.isEmpty()) {
            message.set(messages.get("editor.note.tagInvalid"));
            return;
        }
        if (tags.contains(tag.get())) {
            message.set("");
            return;
        }
        if (tags.size() >= FieldLimits.TAGS) {
            message.set(messages.format("editor.note.tooManyTags", FieldLimits.TAGS));
            return;
        }
        tags.add(tag.get());
        boolean shortened = tag.get().length() == FieldLimits.TAG && text.strip().length() > FieldLimits.TAG;
        message.set(shortened ? messages.format("editor.note.tagCut", FieldLimits.TAG, tag.get()) : "");
    }

    public void remove(String tag) {
        typed = true;
        tags.remove(tag);
        message.set("");
    }

    /** Backspace in the empty tag field takes the last tag off. */
    public void removeLast() {
        if (!tags.isEmpty()) {
            remove(tags.get(tags.size() - 1));
        }
    }

    /** The article's own tags, or the page's suggestions: not counted as the user's choice. */
    void fill(List<String> values) {
        tags.setAll(values.stream().distinct().limit(FieldLimits.TAGS).toList());
    }

    void fillUnlessTyped(List<String> values) {
        if (!typed && !values.isEmpty()) {
            fill(values);
        }
    }

    /** The tags to save: those chosen, and the one still being typed. */
    List<String> toSave() {
        List<String> all = new ArrayList<>(tags);
        String pending = input.get();
        if (pending != null && !pending.isBlank()) {
            tagOf(pending).filter(tag -> !all.contains(tag) && all.size() < FieldLimits.TAGS).ifPresent(all::add);
        }
        return List.copyOf(all);
    }

    /** The text as a tag, normalized like the fetcher's; as renaming a tag asks, punctuation alone is none. */
    private static Optional<String> tagOf(String text) {
        return TagNames.normalize(text).filter(name -> name.codePoints().anyMatch(Character::isLetterOrDigit));
    }

    private void addAll(String text) {
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                add(part);
            }
        }
    }
}
