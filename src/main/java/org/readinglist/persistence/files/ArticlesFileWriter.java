package org.readinglist.persistence.files;

import java.nio.file.Path;
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
    void write(Path target, List<Article> articles, ReadMarks marks) throws ArticlesExportException;
}
