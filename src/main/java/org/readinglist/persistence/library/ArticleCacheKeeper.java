package org.readinglist.persistence.library;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.readinglist.model.Article;

/**
 * Knows what {@code library.articles} should hold: the articles of the last full read, and this instance's own
 * changes since, each with the library stamp it left. While every change to the articles since that read is one of
 * this instance's, the articles now are the read ones with those changes made, in the order the library keeps them,
 * and {@link #keep} writes them for the next start without reading a row. A change by anyone else (another instance,
 * an import, a script) breaks the chain: the next start then reads the library and keeps what it read.
 *
 * <p>Not thread-safe: the store calls it under its lock.
 */
final class ArticleCacheKeeper {

    private enum Kind { ADD, EDIT, REMOVE }

    private record Change(Kind kind, List<Article> articles, Origin origin) {
    }

    private final ArticleCacheFile file;
    private LibraryDatabase.Contents base;
    private final List<Change> changes = new ArrayList<>();
    /** The stamp the library has after the base and the changes; 0 when that is not known. */
    private long stamp;
    /** The stamp of the articles the file holds, as this instance last read or wrote it; 0 when unknown. */
    private long kept;

    ArticleCacheKeeper(ArticleCacheFile file) {
        this.file = file;
    }

    /** The articles of a full read of the library (or of the file), at their stamp (0: unknown). */
    void read(LibraryDatabase.Contents contents) {
        base = contents;
        changes.clear();
        stamp = contents.stamp();
    }

    /** The stamp the library had before this instance's change: the chain holds only if it is the expected one. */
    boolean follows(long before) {
        return stamp != 0 && before == stamp;
    }

    /** This instance added articles (or replaced those with their ids), and the library's stamp is now {@code after}. */
    void added(long before, List<Article> articles, Origin origin, long after) {
        record(before, new Change(Kind.ADD, List.copyOf(articles), origin), after);
    }

    /** This instance replaced articles by id with edited versions. */
    void edited(long before, List<Article> articles, long after) {
        record(before, new Change(Kind.EDIT, List.copyOf(articles), null), after);
    }

    /** This instance removed articles. */
    void removed(long before, List<Article> articles, long after) {
        record(before, new Change(Kind.REMOVE, List.copyOf(articles), null), after);
    }

    /** Someone else's change, or one this instance cannot follow: the file is not written until the next read. */
    void lose() {
        stamp = 0;
        changes.clear();
    }

    private void record(long before, Change change, long after) {
        if (!follows(before) || after == 0) {
            lose();
            return;
        }
        changes.add(change);
        stamp = after;
    }

    /** The library's stamp after the read and this instance's changes since; 0 when that is not known. */
    long stamp() {
        return stamp;
    }

    /**
     * Writes the articles as the library holds them now, when that is known and the file holds another stamp.
     *
     * @return the articles the file holds now, the library's as they are; null when it does not hold them
     */
    List<Article> keep() {
        if (base == null || stamp == 0) {
            return null;
        }
        if (kept == 0) {
            kept = file.stamp();
        }
        if (kept == stamp && changes.isEmpty()) {
            return base.articles();
        }
        List<Article> articles = new ArrayList<>(base.articles());
        List<Origin> origins = new ArrayList<>(base.origins());
        List<Boolean> edited = new ArrayList<>(articles.size());
        for (boolean flag : base.edited()) {
            edited.add(flag);
        }
        for (Change change : changes) {
            apply(change, articles, origins, edited);
        }
        boolean[] flags = new boolean[edited.size()];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = edited.get(i);
        }
        if (kept != stamp && !file.save(stamp, articles, origins, flags)) {
            return null;
        }
        kept = stamp;
        return articles;
    }

    /** Makes one change the way the library's tables do: edits in place, additions at the end. */
    private static void apply(Change change, List<Article> articles, List<Origin> origins, List<Boolean> edited) {
        Map<String, Article> byId = new HashMap<>();
        change.articles().forEach(article -> byId.put(article.id(), article));
        int to = 0;
        for (int from = 0; from < articles.size(); from++) {
            Article article = articles.get(from);
            Article changed = byId.get(article.id());
            if (changed != null && change.kind() != Kind.EDIT) {
                continue; // removed, or replaced by an addition at the end
            }
            articles.set(to, changed != null ? ArticleTable.asStored(changed) : article);
            origins.set(to, origins.get(from));
            edited.set(to, changed != null || edited.get(from));
            to++;
        }
        articles.subList(to, articles.size()).clear();
        origins.subList(to, origins.size()).clear();
        edited.subList(to, edited.size()).clear();
        if (change.kind() == Kind.ADD) {
            Set<String> added = new HashSet<>();
            for (Article article : change.articles()) {
                if (byId.get(article.id()) != article || !added.add(article.id())) {
                    continue; // a later one of the same id replaced it, as in the table
                }
                articles.add(ArticleTable.asStored(article));
                origins.add(change.origin());
                edited.add(change.origin() == Origin.ADDED);
            }
        }
    }
}
