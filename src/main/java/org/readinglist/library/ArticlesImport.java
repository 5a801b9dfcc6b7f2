package org.readinglist.library;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.readinglist.persistence.files.ArticleProblem;
import org.readinglist.persistence.files.ArticleRepository;
import org.readinglist.persistence.files.ArticlesFileException;
import org.readinglist.persistence.files.ArticlesRead;
import org.readinglist.persistence.library.ArticleLibrary;
import org.readinglist.persistence.library.Merge;

/**
 * Brings an articles file into the library in two steps, so that the user can be asked in between: read it
 * (leniently: every usable article, the others' problems), then merge what can be used, with the file's read marks,
 * in one transaction. Both steps block; run them off the JavaFX thread.
 */
public final class ArticlesImport {

    /**
     * What an import did.
     *
     * @param summary  what the merge did; the places of the articles it skipped are their places in the file
     * @param problems the first problems of the articles that were not usable, in file order
     * @param problemCount how many were not usable
     * @param cut      how many had a text cut to its limit
     */
    public record Outcome(Path file, Merge.Summary summary, List<ArticleProblem> problems, int problemCount,
                          int cut) {

        /** The articles not taken in: those with problems and those the merge skipped. */
        public int skippedCount() {
            return problemCount + summary.skipped().size();
        }
    }

    private final ArticleRepository files;
    private final ArticleLibrary library;

    public ArticlesImport(ArticleRepository files, ArticleLibrary library) {
        this.files = files;
        this.library = library;
    }

    /**
     * Reads the file leniently; an unchecked exception from {@code progress} (a cancel) ends the read.
     *
     * @throws ArticlesFileException when the file cannot be imported at all
     */
    public ArticlesRead read(Path file, DoubleConsumer progress) throws ArticlesFileException {
        return files.read(file, progress);
    }

    /**
     * Merges the usable articles of a read file and their read marks into the library, and removes the articles the
     * file says were removed (those that came unedited from the bundled list or an import).
     *
     * @throws java.util.concurrent.CancellationException when {@code cancelled} said yes before the merge committed:
     *                                                    then the library is as it was
     */
    public Outcome merge(Path file, ArticlesRead read, BooleanSupplier cancelled) throws IOException, SQLException {
        Merge.Summary merged = library.importArticles(read.articles(), read.marks(), read.removed(), cancelled);
        List<Merge.Skipped> inFile = merged.skipped().stream()
                .map(skip -> new Merge.Skipped(read.positionOf(skip.position() - 1), skip.id(), skip.reason()))
                .toList();
        Merge.Summary summary = new Merge.Summary(merged.added(), merged.updated(), merged.unchanged(),
                merged.removed(), inFile, merged.marks());
        return new Outcome(file, summary, read.problems(), read.problemCount(), read.cut());
    }
}
