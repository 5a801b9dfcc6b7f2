package org.readinglist.persistence;

import java.nio.file.Path;
import java.util.List;
import org.readinglist.model.Article;

/** Where reading lists come from: the list bundled with the app, or a file the user names. Never writes. */
public interface ArticleRepository {

    List<Article> loadBundled() throws ArticlesFileException;

    List<Article> load(Path file) throws ArticlesFileException;
}
