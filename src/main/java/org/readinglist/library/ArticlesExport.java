package org.readinglist.library;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.readinglist.model.Article;
import org.readinglist.model.ReadMarks;
import org.readinglist.persistence.files.ArticlesExportException;
import org.readinglist.persistence.files.ArticlesFileWriter;

/**
 * Writes the library, or some of its articles, as an articles file with their read marks. The whole library also
 * takes the ids of the articles removed from it, so that importing the file elsewhere removes them there too; a part
 * of it does not (it says nothing about the rest). Blocks; run it off the JavaFX thread.
 */
public final class ArticlesExport {

    /** The ids of the articles removed from the library, as it holds them. Blocks. */
    @FunctionalInterface
    public interface RemovedIds {
        List<String> get() throws IOException, SQLException;
    }

    private final ArticlesFileWriter files;
    private final RemovedIds removed;

    public ArticlesExport(ArticlesFileWriter files, RemovedIds removed) {
        this.files = files;
        this.removed = removed;
    }

    /**
     * @param wholeLibrary whether the articles are all of the library's: then the removed articles' ids go along
     * @throws ArticlesExportException when the target must not or cannot be written
     */
    public void write(Path target, List<Article> articles, ReadMarks marks, boolean wholeLibrary)
            throws ArticlesExportException, IOException, SQLException {
        files.write(target, articles, marks, wholeLibrary ? removed.get() : List.of());
    }
}
