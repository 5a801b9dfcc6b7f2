package org.readinglist.ui.state;

import java.time.Instant;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.readinglist.model.Article;

/** One article as the UI shows it: the immutable article plus its live read state. */
public final class ArticleRow {

    private final Article article;
    private final ReadOnlyBooleanWrapper read = new ReadOnlyBooleanWrapper(this, "read");
    private final ReadOnlyObjectWrapper<Instant> readAt = new ReadOnlyObjectWrapper<>(this, "readAt");

    public ArticleRow(Article article, Instant readAt) {
        this.article = article;
        setReadAt(readAt);
    }

    public Article article() {
        return article;
    }

    public String id() {
        return article.id();
    }

    public ReadOnlyBooleanProperty readProperty() {
        return read.getReadOnlyProperty();
    }

    public boolean isRead() {
        return read.get();
    }

    public ReadOnlyObjectProperty<Instant> readAtProperty() {
        return readAt.getReadOnlyProperty();
    }

    public Instant getReadAt() {
        return readAt.get();
    }

    /** Marks the row read at the given moment, or unread when {@code null}; only {@link ReadingListState} calls it. */
    void setReadAt(Instant at) {
        readAt.set(at);
        read.set(at != null);
    }

    @Override
    public String toString() {
        return article.title();
    }
}
