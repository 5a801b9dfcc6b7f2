package org.readinglist.ui.state;

import java.time.Instant;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.readinglist.model.Article;

/**
 * One article as the UI shows it: the immutable article, its place in the list, and its live read state. There is
 * one row per article of a list that may hold a million, so the properties are only made when something observes
 * them (a visible cell, the detail view).
 */
public final class ArticleRow {

    private final Article article;
    private final int index;
    private Instant readAt;
    private ReadOnlyBooleanWrapper read;
    private ReadOnlyObjectWrapper<Instant> readAtProperty;

    ArticleRow(Article article, int index, Instant readAt) {
        this.article = article;
        this.index = index;
        this.readAt = readAt;
    }

    public Article article() {
        return article;
    }

    public String id() {
        return article.id();
    }

    /** The article's index in the loaded list. */
    int index() {
        return index;
    }

    public ReadOnlyBooleanProperty readProperty() {
        if (read == null) {
            read = new ReadOnlyBooleanWrapper(this, "read", readAt != null);
        }
        return read.getReadOnlyProperty();
    }

    public boolean isRead() {
        return readAt != null;
    }

    public ReadOnlyObjectProperty<Instant> readAtProperty() {
        if (readAtProperty == null) {
            readAtProperty = new ReadOnlyObjectWrapper<>(this, "readAt", readAt);
        }
        return readAtProperty.getReadOnlyProperty();
    }

    public Instant getReadAt() {
        return readAt;
    }

    /** Marks the row read at the given moment, or unread when {@code null}; only {@link ReadingListState} calls it. */
    void setReadAt(Instant at) {
        readAt = at;
        if (readAtProperty != null) {
            readAtProperty.set(at);
        }
        if (read != null) {
            read.set(at != null);
        }
    }

    @Override
    public String toString() {
        return article.title();
    }
}
