package org.readinglist.ui.state;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
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

    /** The row at this index if it was made already, else null (also for an index below 0). */
    ArticleRow made(int index) {
        return index < 0 ? null : made[index];
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
