package org.readinglist.persistence;

import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.readinglist.model.Article;

/** Where reading lists come from: the list bundled with the app, or a file the user names. Never writes. */
public interface ArticleRepository {

    List<Article> loadBundled() throws ArticlesFileException;

    default List<Article> load(Path file) throws ArticlesFileException {
        return load(file, done -> { });
    }

    /** Loads a file, telling {@code progress} now and then which part of it has been read (0 to 1). */
    List<Article> load(Path file, DoubleConsumer progress) throws ArticlesFileException;
}
