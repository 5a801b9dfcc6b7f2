package org.readinglist.persistence.files;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.readinglist.model.Article;
import org.readinglist.model.ReadMarks;

/** Writes articles, with their read marks, as an articles file (the format of the README). Blocks. */
public interface ArticlesFileWriter {

    /**
     * Writes the articles in the given order, each with its read mark if it has one, atomically: the target holds
     * its old content or the whole new one, never part of it.
     *
     * @param marks the read marks by article id; marks of other articles are left out
     * @throws ArticlesExportException when the target must not be written (the library itself), is a folder, or
     *                                 cannot be written
     */
    default void write(Path target, List<Article> articles, ReadMarks marks) throws ArticlesExportException {
        write(target, articles, marks, List.of());
    }

    /**
     * As {@link #write(Path, List, ReadMarks)}, and after the articles the ids of articles removed from the library,
     * so that an import elsewhere removes them too; ids of the articles written are left out.
     */
    void write(Path target, List<Article> articles, ReadMarks marks, Collection<String> removed)
            throws ArticlesExportException;
}
