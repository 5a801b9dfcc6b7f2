package org.readinglist.persistence.library;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.readinglist.model.Article;
import org.readinglist.model.ReadMarks;

/**
 * Merges a list of articles into the library: an article is matched by id, then by its normalized URL. A new one is
 * added; a known one is updated unless the user edited it; one the user removed stays removed. Read marks that come
 * with the list are merged per article, the later event winning, under the id the article has in the library; the
 * articles the list says were removed elsewhere are removed here too, unless the user added or edited them. Run
 * inside one transaction; merging the same list twice changes nothing the second time.
 */
public final class Merge {

    /** Why an article of the list was not taken in. */
    public enum SkipReason {
        /** The user removed it from the library earlier. */
        REMOVED
    }

    /** One article of the list that was not taken in: its place in the list (from 1), its id, and why. */
    public record Skipped(int position, String id, SkipReason reason) {
    }

    /**
     * What a merge did; {@code removed} is how many articles it removed because the list said so, {@code marks} how
     * many articles' read marks changed.
     */
    public record Summary(int added, int updated, int unchanged, int removed, List<Skipped> skipped, int marks) {

        public Summary {
            skipped = List.copyOf(skipped);
        }

        public Summary(int added, int updated, int unchanged, List<Skipped> skipped, int marks) {
            this(added, updated, unchanged, 0, skipped, marks);
        }

        public Summary(int added, int updated, int unchanged, List<Skipped> skipped) {
            this(added, updated, unchanged, skipped, 0);
        }

        public boolean changedAnything() {
            return added > 0 || updated > 0 || removed > 0 || marks > 0;
        }
    }

    /** How many articles are merged between two looks at whether the merge was cancelled. */
    private static final int CANCEL_CHECK_EVERY = 256;

    private final LibraryDatabase database;
    private final Function<String, String> urlKey;
    private final Origin origin;
    private final Instant now;
    private final BooleanSupplier cancelled;
    /** The id each article of the list has in the library, or null when it was skipped. */
    private String[] libraryIds = new String[0];
    /** The library's articles by id, as the merge left them. */
    private Map<String, ArticleTable.Stored> byId = Map.of();
    private int marks;
    private int removed;
    private int added;
    private int updated;
    private int unchanged;
    private final List<Skipped> skipped = new ArrayList<>();

    Merge(LibraryDatabase database, Function<String, String> urlKey, Origin origin, Instant now) {
        this(database, urlKey, origin, now, () -> false);
    }

    /** @param cancelled asked now and then: when it says yes, the merge throws a {@link CancellationException} */
    Merge(LibraryDatabase database, Function<String, String> urlKey, Origin origin, Instant now,
          BooleanSupplier cancelled) {
        this.database = database;
        this.urlKey = urlKey;
        this.origin = origin;
        this.now = now;
        this.cancelled = cancelled;
    }

    void apply(List<Article> incoming) throws SQLException {
        libraryIds = new String[incoming.size()];
        ArticleTable table = database.articleTable();
        byId = new HashMap<>();
        Map<String, ArticleTable.Stored> byUrl = new HashMap<>();
        for (ArticleTable.Stored stored : table.readAll()) {
            byId.put(stored.article().id(), stored);
            if (stored.article().url() != null) {
                byUrl.putIfAbsent(urlKey.apply(stored.article().url()), stored);
            }
        }
        ArticleTable.Tombstones tombstones = table.tombstones();
        Map<String, String> aliases = table.aliases();
        try (ArticleInserts inserts = new ArticleInserts(database.connection(), table)) {
            int position = 0;
            for (Article given : incoming) {
                position++;
                if (position % CANCEL_CHECK_EVERY == 0) {
                    throwIfCancelled();
                }
                Article article = withAliases(given, aliases);
                String key = article.url() == null ? null : urlKey.apply(article.url());
                ArticleTable.Stored known = byId.get(article.id());
                if (known == null && key != null) {
                    known = byUrl.get(key);
                }
                if (known == null && tombstones.covers(article.id(), key)) {
                    skipped.add(new Skipped(position, article.id(), SkipReason.REMOVED));
                    continue;
                }
                libraryIds[position - 1] = known == null ? article.id() : known.article().id();
                if (known == null) {
                    long seq = inserts.insert(article, key, origin, now);
                    ArticleTable.Stored stored = new ArticleTable.Stored(seq, article, origin, false);
                    byId.put(article.id(), stored);
                    if (key != null) {
                        byUrl.putIfAbsent(key, stored);
                    }
                    added++;
                    continue;
                }
                Article renamed = withId(article, known.article().id());
                if (renamed.equals(known.article()) || known.edited()) {
                    unchanged++;
                    continue;
                }
                inserts.flush(); // the article may be one of this list, still waiting in the batch
                table.update(known.seq(), renamed, key, false);
                ArticleTable.Stored stored = new ArticleTable.Stored(known.seq(), renamed, known.origin(), false);
                byId.put(renamed.id(), stored);
                if (key != null) {
                    byUrl.put(key, stored);
                }
                updated++;
            }
            inserts.flush();
        }
    }

    /**
     * Merges the list's read marks (keyed by the ids the list gives) into the library's, under the ids its articles
     * have there; marks of articles that were skipped, or that are not in the list, are left out.
     */
    void applyMarks(List<Article> incoming, ReadMarks given) throws SQLException {
        if (given.read().isEmpty() && given.unread().isEmpty()) {
            return;
        }
        Map<String, Instant> read = new HashMap<>();
        Map<String, Instant> unread = new HashMap<>();
        for (int i = 0; i < incoming.size(); i++) {
            String libraryId = libraryIds[i];
            if (libraryId == null) {
                continue;
            }
            String id = incoming.get(i).id();
            Instant readAt = given.read().get(id);
            if (readAt != null) {
                read.put(libraryId, readAt);
            }
            Instant unreadAt = given.unread().get(id);
            if (unreadAt != null) {
                unread.put(libraryId, unreadAt);
            }
        }
        marks = database.markTable().write(new ReadMarks(read, unread));
    }

    /**
     * Removes the articles of the library with these ids (the ids of articles removed where the list comes from),
     * each with a tombstone so that no import or update brings it back: only those that came from the bundled list
     * or an import and that the user has not edited. One the user added, and one the list also gives as an article,
     * stays. Run after {@link #apply}.
     */
    void applyRemovals(List<Article> incoming, Collection<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        Set<String> listed = new HashSet<>();
        incoming.forEach(article -> listed.add(article.id()));
        for (String libraryId : libraryIds) {
            if (libraryId != null) {
                listed.add(libraryId);
            }
        }
        List<String> gone = new ArrayList<>();
        Map<String, String> urlKeys = new HashMap<>();
        for (String id : ids) {
            ArticleTable.Stored stored = byId.get(id);
            if (stored == null || stored.edited() || listed.contains(id)
                    || stored.origin() != Origin.BUNDLED && stored.origin() != Origin.IMPORTED) {
                continue;
            }
            gone.add(id);
            String url = stored.article().url();
            urlKeys.put(id, url == null ? null : urlKey.apply(url));
        }
        removed = database.articleTable().remove(gone, urlKeys, now);
    }

    void throwIfCancelled() {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("the import was cancelled");
        }
    }

    /** The article with each tag that was renamed under its new name. */
    static Article withAliases(Article article, Map<String, String> aliases) {
        if (aliases.isEmpty() || article.tags().stream().noneMatch(aliases::containsKey)) {
            return article;
        }
        List<String> tags = article.tags().stream().map(tag -> aliases.getOrDefault(tag, tag)).distinct().toList();
        return new Article(article.id(), article.title(), article.company(), article.summary(), tags,
                article.readMinutes(), article.url(), article.published(), article.authors());
    }

    static Article withId(Article article, String id) {
        if (article.id().equals(id)) {
            return article;
        }
        return new Article(id, article.title(), article.company(), article.summary(), article.tags(),
                article.readMinutes(), article.url(), article.published(), article.authors());
    }

    Summary summary() {
        return new Summary(added, updated, unchanged, removed, skipped, marks);
    }
}
