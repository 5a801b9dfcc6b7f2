package org.readinglist.ui.state;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.readinglist.model.Article;

/**
 * The rows of the loaded list, each made when it is first asked for: a list may hold a million articles while the
 * window shows a few dozen of them. A row, once made, is kept, so an article is always the same row. Used on the
 * JavaFX thread.
 */
final class ListRows {

    static final ListRows NONE = new ListRows(List.of(), id -> null);

    private final List<Article> articles;
    private final ArticleRow[] made;
    private final Function<String, Instant> readAtOf;

    /**
     * @param readAtOf when an article (by id) was marked read, or null: the read state a row starts with
     */
    ListRows(List<Article> articles, Function<String, Instant> readAtOf) {
        this.articles = articles;
        this.made = new ArticleRow[articles.size()];
        this.readAtOf = readAtOf;
    }

    int size() {
        return made.length;
    }

    ArticleRow get(int index) {
        ArticleRow row = made[index];
        if (row == null) {
            Article article = articles.get(index);
            row = new ArticleRow(article, index, readAtOf.apply(article.id()));
            made[index] = row;
        }
        return row;
    }

    /**
     * The rows made so far of these articles take their read state anew, after they were marked; the others start
     * from it when they are made.
     *
     * @param indexOf an article's index in this list, by id (below 0 when it is not in it)
     */
    void reread(Collection<String> articleIds, ToIntFunction<String> indexOf) {
        for (String id : articleIds) {
            int index = indexOf.applyAsInt(id);
            ArticleRow row = index < 0 ? null : made[index];
            if (row != null) {
                row.setReadAt(readAtOf.apply(id));
            }
        }
    }

    /** Every row made so far takes its read state anew where it changed: after marks came in from elsewhere. */
    void rereadAll() {
        forEachMade(row -> {
            Instant at = readAtOf.apply(row.id());
            if (!Objects.equals(at, row.getReadAt())) {
                row.setReadAt(at);
            }
        });
    }

    /** Whether the row is one of these (and not a row of another list, or of this list loaded again). */
    boolean holds(ArticleRow row) {
        return row.index() < made.length && made[row.index()] == row;
    }

    /** The rows made so far; the others will start from the read state of their time. */
    void forEachMade(Consumer<ArticleRow> action) {
        for (ArticleRow row : made) {
            if (row != null) {
                action.accept(row);
            }
        }
    }
}
