package org.readinglist.persistence.library;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.readinglist.model.Article;
import org.readinglist.model.ReadMarks;
import org.readinglist.persistence.files.BundledArticles;

/** The user's library as the list loader sees it: read it, and merge articles from a file into it. Blocks. */
public interface ArticleLibrary {

    /**
     * @param articles every article, oldest first
     * @param marks    the read marks, also those of articles that are not in the library
     * @param notices  what the user should be told about the library file (set aside, restored, migrated)
     */
    record Contents(List<Article> articles, ReadMarks marks, List<LibraryNotice> notices) {
    }

    /** Reads the library; the first call opens it, taking in the bundled list when it changed. */
    Contents read(BundledArticles bundled) throws IOException, SQLException;

    /** As {@link #read(BundledArticles)}, with the bundled articles read already. */
    default Contents read(List<Article> bundled) throws IOException, SQLException {
        return read(BundledArticles.of(bundled));
    }

    /** Merges articles (from a file) into the library in one transaction. */
    default Merge.Summary importArticles(List<Article> incoming) throws IOException, SQLException {
        return importArticles(incoming, ReadMarks.NONE, () -> false);
    }

    /**
     * Merges articles (from a file) and the read marks the file gives for them (by the file's ids) into the library
     * in one transaction, which {@code cancelled} can stop until it commits.
     *
     * @throws java.util.concurrent.CancellationException when cancelled: nothing changed
     */
    default Merge.Summary importArticles(List<Article> incoming, ReadMarks marks, BooleanSupplier cancelled)
            throws IOException, SQLException {
        return importArticles(incoming, marks, List.of(), cancelled);
    }

    /**
     * As {@link #importArticles(List, ReadMarks, BooleanSupplier)}, and in the same transaction removes the articles
     * with the {@code removed} ids that came from the bundled list or an import and were not edited (see
     * {@link Merge}).
     */
    Merge.Summary importArticles(List<Article> incoming, ReadMarks marks, Collection<String> removed,
                                 BooleanSupplier cancelled) throws IOException, SQLException;
}
