package org.readinglist.library;

import java.nio.file.Path;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import org.readinglist.logic.ArticleQueryEngine;
import org.readinglist.logic.ReadSet;
import org.readinglist.model.Article;
import org.readinglist.model.ReadMarks;
import org.readinglist.persistence.files.ArticleProblem;
import org.readinglist.persistence.files.ArticleRepository;
import org.readinglist.persistence.files.ArticlesFileException;
import org.readinglist.persistence.files.ArticlesRead;
import org.readinglist.persistence.files.BundledArticles;
import org.readinglist.persistence.marks.ReadStateStore;
import org.readinglist.persistence.library.ArticleLibrary;
import org.readinglist.persistence.library.LibraryNotice;

/**
 * Reads what the window shows: the library's articles and read marks (with an articles file merged in first, when
 * one is given), and builds their index. Blocks; runs on any thread but the JavaFX one.
 */
public final class ListLoader {

    private static final System.Logger LOG = System.getLogger(ListLoader.class.getName());

    private final ArticleRepository files;
    private final ArticleLibrary library;
    private final Function<List<Article>, ArticleQueryEngine> engineFactory;

    public ListLoader(ArticleRepository files, ArticleLibrary library,
                      Function<List<Article>, ArticleQueryEngine> engineFactory) {
        this.files = files;
        this.library = library;
        this.engineFactory = engineFactory;
    }

    /**
     * A loaded list: the index over its articles, the stored marks and the list's articles they mark read (found on
     * the loading thread, so the JavaFX thread does not look up every marked id), and what to tell the user about.
     */
    public record Loaded(ArticleQueryEngine engine, ReadMarks marks, ReadSet read, List<Notice> notices) {

        public Loaded {
            notices = List.copyOf(notices);
        }
    }

    /** Something a load has to tell the user, as a fact; the window puts it into words. */
    public sealed interface Notice {
    }

    /** What the library reported when it was opened. */
    public record FromLibrary(LibraryNotice notice) implements Notice {
    }

    /** The library could not be opened at all: the bundled list is shown. */
    public record LibraryUnavailable(String file, Exception cause) implements Notice {
    }

    /** The articles file given at start could not be read; {@code problem} is the reader's. */
    public record ImportFailed(Path file, String problem) implements Notice {
    }

    /** The articles file given at start has articles that cannot be used, the first of them this one. */
    public record ImportRefused(Path file, ArticleProblem firstProblem) implements Notice {
    }

    /** The articles file given at start was merged into the library. */
    public record Imported(ArticlesImport.Outcome outcome) implements Notice {
    }

    /**
     * Reads the library, after merging the given articles file into it.
     *
     * @param progress hears the part of the file read so far, 0 to 1, from the loading thread
     * @throws ArticlesFileException only when the bundled list itself cannot be read
     */
    public Loaded load(Optional<Path> importFile, DoubleConsumer progress) throws ArticlesFileException {
        BundledArticles bundled = files.bundled();
        List<Notice> notices = new ArrayList<>();
        ArticleLibrary.Contents contents;
        try {
            contents = library.read(bundled);
            contents.notices().forEach(notice -> notices.add(new FromLibrary(notice)));
            if (importFile.isPresent()) {
                ArticleLibrary.Contents merged = importInto(importFile.get(), progress, notices);
                contents = merged == null ? contents : merged;
            }
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "the library cannot be opened", e);
            notices.add(new LibraryUnavailable(library instanceof ReadStateStore store
                    ? store.file().toString() : "library.db", e));
            contents = new ArticleLibrary.Contents(bundled.articles(), ReadMarks.NONE, List.of());
        }
        ArticleQueryEngine engine = engineFactory.apply(contents.articles());
        return new Loaded(engine, contents.marks(), readSetOf(contents.marks().read(), engine), notices);
    }

    /**
     * Merges a file given at start into the library. No one can be asked yet whether to take the usable articles of
     * a file with problems: such a file imports nothing, and the notice names its first problem.
     */
    private ArticleLibrary.Contents importInto(Path file, DoubleConsumer progress, List<Notice> notices)
            throws IOException, SQLException {
        ArticlesImport importing = new ArticlesImport(files, library);
        ArticlesRead read;
        try {
            read = importing.read(file, progress);
        } catch (ArticlesFileException e) {
            notices.add(new ImportFailed(file, e.problem()));
            return null;
        }
        if (read.hasProblems()) {
            notices.add(new ImportRefused(file, read.problems().get(0)));
            return null;
        }
        ArticlesImport.Outcome outcome = importing.merge(file, read, () -> false);
        notices.add(new Imported(outcome));
        return outcome.summary().changedAnything() ? library.read(List.of()) : null;
    }

    /** The articles of the engine's list that are marked read. */
    static ReadSet readSetOf(Map<String, Instant> readAtById, ArticleQueryEngine engine) {
        ReadSet read = new ReadSet(engine.articles().size());
        readAtById.keySet().forEach(id -> {
            int index = engine.indexOf(id);
            if (index >= 0) {
                read.set(index, true);
            }
        });
        return read;
    }

    /**
     * Passes a load's progress on to whoever listens, and the latest part to a listener that comes late: a list
     * loaded before the window exists reports to the window once it is there.
     */
    public static final class Progress implements DoubleConsumer {

        private volatile double latest = -1;
        private volatile DoubleConsumer listener;

        @Override
        public void accept(double part) {
            latest = part;
            DoubleConsumer current = listener;
            if (current != null) {
                current.accept(part);
            }
        }

        /** From now on the listener hears every part; it hears the latest one at once. */
        public void listen(DoubleConsumer newListener) {
            listener = newListener;
            newListener.accept(latest);
        }
    }
}
