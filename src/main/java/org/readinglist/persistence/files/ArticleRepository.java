package org.readinglist.persistence.files;

import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.readinglist.model.Article;

/** Where reading lists come from: the list bundled with the app, or a file the user names. Never writes. */
public interface ArticleRepository {

    List<Article> loadBundled() throws ArticlesFileException;

    /** The bundled list, its articles read only when asked for. */
    default BundledArticles bundled() throws ArticlesFileException {
        return BundledArticles.of(loadBundled());
    }

    default List<Article> load(Path file) throws ArticlesFileException {
        return load(file, done -> { });
    }

    /**
     * Loads a file strictly: every article, or a refusal naming the first problem. Tells {@code progress} now and
     * then which part of it has been read (0 to 1).
     */
    List<Article> load(Path file, DoubleConsumer progress) throws ArticlesFileException;

    /**
     * Reads a file leniently: every article that can be used, with the problems of the others. {@code progress}
     * hears as for {@link #load(Path, DoubleConsumer)}; an unchecked exception it throws (a cancel) ends the read.
     *
     * @throws ArticlesFileException when the file as a whole cannot be used (not found, not JSON, no list)
     */
    ArticlesRead read(Path file, DoubleConsumer progress) throws ArticlesFileException;
}
