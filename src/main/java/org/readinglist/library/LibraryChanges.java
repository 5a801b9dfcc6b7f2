package org.readinglist.library;

import java.sql.SQLException;
import org.readinglist.persistence.library.LibraryStore;
import org.readinglist.persistence.library.Origin;

/** Writes a change to the articles into the library file, in one transaction per step. */
public final class LibraryChanges {

    private LibraryChanges() {
    }

    public static void write(LibraryStore store, ArticleChange change) throws SQLException {
        switch (change.kind()) {
            case ADDED -> store.addArticles(change.addedArticles(), Origin.ADDED);
            case REMOVED -> store.removeArticles(change.removedArticles());
            case EDITED, TAG_DELETED, DELETE_UNDONE -> store.editArticles(change.replacedArticles());
            case TAG_RENAMED -> {
                store.editArticles(change.replacedArticles());
                store.addTagAlias(change.from(), change.to());
            }
            case RENAME_UNDONE -> {
                store.editArticles(change.replacedArticles());
                store.removeTagAlias(change.to());
            }
        }
    }
}
