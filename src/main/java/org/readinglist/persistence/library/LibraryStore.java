package org.readinglist.persistence.library;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.readinglist.logic.PreparedIndex;
import java.util.function.Predicate;
import org.readinglist.logic.PreparedIndexCache;
import org.readinglist.model.Article;
import org.readinglist.model.ReadMarks;
import org.readinglist.feeds.FeedArrivals;
import org.readinglist.feeds.FeedEntry;
import org.readinglist.feeds.FeedProblem;
import org.readinglist.feeds.Subscription;
import org.readinglist.persistence.files.ArticlesFileException;
import org.readinglist.persistence.files.BundledArticles;
import org.readinglist.persistence.marks.LegacyStateFile;
import org.readinglist.persistence.marks.ReadStateStore;

/**
 * The library of one data folder as the app uses it: opened once (set aside and restored if damaged, the bundled
 * list brought in, an old {@code state.json} moved in), then read again, merged into and written to. Every method
 * may block on the disk: call it off the JavaFX thread. Thread-safe.
 */
public final class LibraryStore implements ArticleLibrary, FeedLibrary, ReadStateStore, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LibraryStore.class.getName());
    private static final String BUNDLED_FINGERPRINT = "bundled.fingerprint";
    private static final String ARTICLES_VERSION = "articles.version";

    private final Path dataDir;
    private final Clock clock;
    private final Function<String, String> urlKey;
    private final LibraryBackups backups;
    private LibraryDatabase database;
    /** The marks as this instance last wrote or read them: a save writes only what differs. */
    private ReadMarks known = ReadMarks.NONE;
    private long seenVersion;
    /** The count of article changes in the file when this instance last read the articles or made the change. */
    private long seenArticlesVersion;
    /** The articles the last read returned, and the library stamp they were read at (0: unknown). */
    private List<Article> lastRead;
    private long lastReadStamp;
    /** The last list other than {@link #lastRead} whose index was built, and that index. */
    private List<Article> changedList;
    private PreparedIndex changedListIndex;
    /** What {@code library.articles} should hold; null until the library is open. */
    private ArticleCacheKeeper articleCache;

    /** Reads the marks of an old {@code state.json}; an IOException's message says why it cannot. */
    @FunctionalInterface
    public interface LegacyReader {
        ReadMarks read(Path stateFile) throws IOException;
    }

    private final LegacyReader legacyReader;
    private final Predicate<Path> writable;

    /** With the reasons an old state file cannot be read in English. */
    public LibraryStore(Path dataDir, Clock clock, Function<String, String> urlKey) {
        this(dataDir, clock, urlKey, LegacyStateFile::read);
    }

    public LibraryStore(Path dataDir, Clock clock, Function<String, String> urlKey, LegacyReader legacyReader) {
        this(dataDir, clock, urlKey, legacyReader, Files::isWritable);
    }

    /** As above, asking {@code writable} whether the library file may be written (see {@link LibraryDatabase}). */
    LibraryStore(Path dataDir, Clock clock, Function<String, String> urlKey, LegacyReader legacyReader,
                 Predicate<Path> writable) {
        this.legacyReader = legacyReader;
        this.writable = writable;
        this.dataDir = dataDir;
        this.clock = clock;
        this.urlKey = urlKey;
        this.backups = new LibraryBackups(dataDir.resolve("backups"), clock);
    }

    /** The library file, for messages. */
    public Path file() {
        return database != null ? database.file() : dataDir.resolve(LibraryDatabase.FILE_NAME);
    }

    /** The library file and the journal files SQLite keeps beside it: files nothing else may write. */
    public List<Path> files() {
        Path file = file();
        return List.of(file, file.resolveSibling(file.getFileName() + "-wal"),
                file.resolveSibling(file.getFileName() + "-shm"));
    }

    /**
     * Opens the library on the first call (with everything that brings: damaged files set aside, the bundled list
     * merged in when it changed, an old state file's marks moved in), and reads what it holds.
     */
    @Override
    public synchronized Contents read(BundledArticles bundled) throws SQLException, IOException {
        if (database == null) {
            LibraryDatabase.Opened opened = LibraryDatabase.open(dataDir, clock, writable);
            database = opened.database();
            List<LibraryNotice> notices = new java.util.ArrayList<>(opened.notices());
            boolean changed = false;
            if (!database.isReadOnly()) {
                changed |= migrateLegacyState(notices);
                changed |= syncBundled(bundled);
            }
            LibraryDatabase.Contents contents = changed ? database.read() : opened.contents();
            remember(contents);
            return new Contents(contents.articles(), contents.marks(), List.copyOf(notices));
        }
        LibraryDatabase.Contents contents = database.read();
        remember(contents);
        return new Contents(contents.articles(), contents.marks(), List.of());
    }

    private void remember(LibraryDatabase.Contents contents) throws SQLException {
        articleCache().read(contents);
        known = contents.marks();
        seenVersion = database.dataVersion();
        seenArticlesVersion = articlesVersion();
        lastRead = contents.articles();
        lastReadStamp = contents.stamp();
    }

    /** Counts a change to the articles in the file, so that other instances can tell they should read them again. */
    private void countArticleChange() throws SQLException {
        long before = articlesVersion();
        Settings.put(database, ARTICLES_VERSION, Long.toString(before + 1));
        if (before == seenArticlesVersion) {
            seenArticlesVersion = before + 1; // this instance's own change: it has it already
        }
    }

    private long articlesVersion() throws SQLException {
        String value = Settings.get(database, ARTICLES_VERSION);
        try {
            return value == null ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * The library's articles and marks if another instance changed its articles since this one last read or wrote
     * them, else null.
     */
    public synchronized Contents articlesChangedElsewhere() throws SQLException {
        if (database == null || articlesVersion() == seenArticlesVersion) {
            return null;
        }
        LibraryDatabase.Contents contents = database.read();
        remember(contents);
        return new Contents(contents.articles(), contents.marks(), List.of());
    }

    /**
     * Where the index of this very list (the one the last {@link #read} returned, not an equal copy) is kept from
     * one start to the next: a file beside the library, used only while the library has the stamp the list was read
     * at. Any other list, or a library without a stamp, gets a cache that keeps nothing.
     */
    public synchronized PreparedIndexCache indexCacheFor(List<Article> articles) {
        if (database == null) {
            return PreparedIndexCache.NONE;
        }
        if (articles == lastRead && lastReadStamp != 0) {
            return indexFile(lastReadStamp);
        }
        // a list changed since (by this instance, as a rule): its index is kept in memory, and written at
        // keepArticles when it turns out to be the index of the library's articles then
        return new PreparedIndexCache() {
            @Override
            public Optional<PreparedIndex> load() {
                return Optional.empty();
            }

            @Override
            public void save(PreparedIndex index) {
                synchronized (LibraryStore.this) {
                    changedList = articles;
                    changedListIndex = index;
                }
            }
        };
    }

    private IndexCacheFile indexFile(long stamp) {
        return new IndexCacheFile(database.file().resolveSibling(IndexCacheFile.FILE_NAME), stamp);
    }

    private boolean migrateLegacyState(List<LibraryNotice> notices) {
        Path legacy = dataDir.resolve(LegacyStateFile.FILE_NAME);
        if (!Files.isRegularFile(legacy)) {
            return false;
        }
        ReadMarks marks;
        try {
            marks = legacyReader.read(legacy);
        } catch (IOException e) {
            notices.add(new LibraryNotice(LibraryNotice.Kind.MARKS_NOT_MIGRATED, database.file(), legacy, 0,
                    Objects.toString(e.getMessage(), "")));
            return false;
        }
        try {
            backups.take(database, LibraryBackups.Reason.BEFORE_MIGRATION);
            database.writeMarks(marks);
            Path renamed = legacy.resolveSibling(LegacyStateFile.FILE_NAME + ".migrated-"
                    + LibraryFiles.STAMP.format(clock.instant()));
            Files.move(legacy, renamed);
            notices.add(new LibraryNotice(LibraryNotice.Kind.MARKS_MIGRATED, database.file(), renamed,
                    marks.read().size(), ""));
            return true;
        } catch (IOException | SQLException e) {
            LOG.log(Level.WARNING, "could not move the marks of " + legacy + " into the library", e);
            notices.add(new LibraryNotice(LibraryNotice.Kind.MARKS_NOT_MIGRATED, database.file(), legacy, 0,
                    Objects.toString(e.getMessage(), "")));
            return false;
        }
    }

    /** Merges the bundled list in when it is not the one merged last: new articles come, unedited ones change. */
    private boolean syncBundled(BundledArticles bundled) throws SQLException, IOException {
        String fingerprint = bundled.fingerprint();
        if (fingerprint.equals(Settings.get(database, BUNDLED_FINGERPRINT))) {
            return false;
        }
        List<Article> articles;
        try {
            articles = bundled.articles();
        } catch (ArticlesFileException e) {
            throw new IOException(e.getMessage(), e);
        }
        Merge merge = new Merge(database, urlKey, Origin.BUNDLED, clock.instant());
        database.inTransaction(() -> {
            merge.apply(articles);
            Settings.put(database, BUNDLED_FINGERPRINT, fingerprint);
            countArticleChange();
        });
        return true;
    }

    /**
     * Merges articles from a file, and the read marks it gives for them, into the library in one transaction:
     * matched by id, then by normalized URL; per article the later mark wins. The articles the file says were
     * removed go, when they came from the bundled list or an import unedited.
     *
     * @throws java.util.concurrent.CancellationException when {@code cancelled} said yes before the transaction
     *                                                    committed: then nothing changed
     */
    @Override
    public synchronized Merge.Summary importArticles(List<Article> incoming, ReadMarks marks,
                                                     Collection<String> removed, BooleanSupplier cancelled)
            throws SQLException {
        Merge merge = new Merge(requireOpen(), urlKey, Origin.IMPORTED, clock.instant(), cancelled);
        loseArticleCache(); // the articles are read again after an import
        database.withLargeCache(() -> database.inTransaction(() -> LibrarySchema.withOneStamp(database.connection(),
                () -> {
                    merge.apply(incoming);
                    merge.applyMarks(incoming, marks);
                    merge.applyRemovals(incoming, removed);
                    merge.throwIfCancelled();
                    countArticleChange();
                })));
        return merge.summary();
    }

    // ---- the user's changes to articles

    /** Adds articles the user added (or an undone removal brings back), and forgets that they were removed. */
    public synchronized void addArticles(List<Article> added, Origin origin) throws SQLException {
        LibraryDatabase open = requireOpen();
        Instant now = clock.instant();
        long[] stamps = new long[2];
        open.inTransaction(() -> {
            stamps[0] = open.stamp();
            ArticleTable table = open.articleTable();
            table.forgetRemoved(added.stream().map(Article::id).toList());
            for (Article article : added) {
                table.insertOrReplace(article, keyOf(article), origin, now, origin == Origin.ADDED);
            }
            countArticleChange();
            stamps[1] = open.stamp();
        });
        articleCache().added(stamps[0], added, origin, stamps[1]);
    }

    /** Replaces articles by id with the user's versions of them; they count as edited from now on. */
    public synchronized void editArticles(List<Article> edited) throws SQLException {
        LibraryDatabase open = requireOpen();
        long[] stamps = new long[2];
        open.inTransaction(() -> {
            stamps[0] = open.stamp();
            ArticleTable table = open.articleTable();
            for (Article article : edited) {
                table.updateById(article, keyOf(article));
            }
            countArticleChange();
            stamps[1] = open.stamp();
        });
        articleCache().edited(stamps[0], edited, stamps[1]);
    }

    /** Removes articles and keeps a tombstone of each, so that no update or import brings them back. */
    public synchronized void removeArticles(List<Article> removed) throws SQLException {
        LibraryDatabase open = requireOpen();
        Map<String, String> keys = new HashMap<>();
        removed.forEach(article -> keys.put(article.id(), keyOf(article)));
        long[] stamps = new long[2];
        open.inTransaction(() -> {
            stamps[0] = open.stamp();
            open.articleTable().remove(removed.stream().map(Article::id).toList(), keys, clock.instant());
            countArticleChange();
            stamps[1] = open.stamp();
        });
        articleCache().removed(stamps[0], removed, stamps[1]);
    }

    /**
     * Keeps the library's articles beside it ({@code library.articles}) for the next start to read instead of the
     * tables, when this instance knows what they are now: they were read, and every change since was its own. Slow
     * for a long list (about a second for a million articles): call it when nothing waits for it.
     *
     * @return whether the file holds the articles as the library has them now
     */
    public synchronized boolean keepArticles() {
        if (database == null || database.isReadOnly() || articleCache == null) {
            return false;
        }
        List<Article> kept = articleCache.keep();
        if (kept != null && changedListIndex != null && kept != lastRead && kept.equals(changedList)) {
            indexFile(articleCache.stamp()).save(changedListIndex);
        }
        changedList = null;
        changedListIndex = null;
        return kept != null;
    }

    private ArticleCacheKeeper articleCache() {
        if (articleCache == null) {
            articleCache = new ArticleCacheKeeper(database.articleCache());
        }
        return articleCache;
    }

    private void loseArticleCache() {
        if (articleCache != null) {
            articleCache.lose();
        }
    }

    /** The ids of the articles removed from the library (and not brought back), oldest removal first. */
    public synchronized List<String> removedIds() throws SQLException {
        return requireOpen().articleTable().removedIds();
    }

    /** Remembers that a tag was renamed: articles that arrive later with the old name get the new one. */
    public synchronized void addTagAlias(String oldName, String newName) throws SQLException {
        LibraryDatabase open = requireOpen();
        open.inTransaction(() -> open.articleTable().putAlias(oldName, newName));
    }

    /** Forgets what a tag was renamed to (the rename was undone). */
    public synchronized void removeTagAlias(String oldName) throws SQLException {
        LibraryDatabase open = requireOpen();
        open.inTransaction(() -> open.articleTable().removeAlias(oldName));
    }

    /** The tag aliases, old name to new name. */
    public synchronized Map<String, String> tagAliases() throws SQLException {
        return requireOpen().articleTable().aliases();
    }

    private String keyOf(Article article) {
        return article.url() == null ? null : urlKey.apply(article.url());
    }

    private LibraryDatabase requireOpen() throws SQLException {
        if (database == null) {
            throw new WriteProblem.NotOpen("the library is not open", null);
        }
        return database;
    }

    // ---- feeds

    /** The feeds the library follows, by name. */
    @Override
    public synchronized List<Subscription> subscriptions() throws SQLException {
        return requireOpen().feedTable().all();
    }

    /** The feed with this number, or null when the library does not follow it (any more). */
    public synchronized Subscription subscription(long id) throws SQLException {
        return requireOpen().feedTable().byId(id);
    }

    /** Follows a feed; returns it, or null when the library follows this address already. */
    public synchronized Subscription subscribe(String url, String name, String company, String siteUrl,
                                               List<String> tags) throws SQLException {
        LibraryDatabase open = requireOpen();
        FeedTable feeds = open.feedTable();
        long[] id = {-1};
        open.inTransaction(() -> {
            if (feeds.byUrl(url) == null) {
                id[0] = feeds.add(url, name, company, siteUrl, tags, clock.instant());
            }
        });
        return id[0] < 0 ? null : feeds.byId(id[0]);
    }

    /** Renames a feed, and sets the company and tags its articles from now on get. */
    public synchronized void describeSubscription(long id, String name, String company, List<String> tags)
            throws SQLException {
        LibraryDatabase open = requireOpen();
        open.inTransaction(() -> open.feedTable().describe(id, name, company, tags));
    }

    /** Pauses a feed, or lets it be refreshed again. */
    public synchronized void pauseSubscription(long id, boolean paused) throws SQLException {
        LibraryDatabase open = requireOpen();
        open.inTransaction(() -> open.feedTable().setPaused(id, paused));
    }

    /**
     * Stops following a feed. With {@code keepArticles} its articles stay; without, those it alone brought go, except
     * the ones the user read or edited.
     *
     * @return the articles that went
     */
    public synchronized List<Article> unsubscribe(long id, boolean keepArticles) throws SQLException {
        LibraryDatabase open = requireOpen();
        List<Article> removed = new ArrayList<>();
        long[] stamps = new long[2];
        open.inTransaction(() -> {
            stamps[0] = open.stamp();
            if (!keepArticles) {
                removed.addAll(open.feedTable().articlesOnlyFrom(id));
            }
            open.feedTable().remove(id);
            if (!removed.isEmpty()) {
                open.articleTable().delete(removed.stream().map(Article::id).toList());
                countArticleChange();
            }
            stamps[1] = open.stamp();
        });
        if (!removed.isEmpty()) {
            articleCache().removed(stamps[0], removed, stamps[1]);
        }
        return removed;
    }

    /** The ETag and Last-Modified of the feed's last successful fetch, each null when unknown. */
    @Override
    public synchronized String[] feedValidators(long id) throws SQLException {
        return requireOpen().feedTable().validators(id);
    }

    /**
     * Takes in what a fetch of the feed brought, in one transaction with the fetch's validators and, when the feed
     * moved for good, its new address.
     */
    @Override
    public synchronized FeedArrivals feedFetched(long id, List<FeedEntry> entries, String etag, String lastModified,
                                                 String movedTo) throws SQLException {
        LibraryDatabase open = requireOpen();
        FeedArrivals[] arrivals = new FeedArrivals[1];
        long[] stamps = new long[2];
        open.inTransaction(() -> {
            stamps[0] = open.stamp();
            arrivals[0] = new FeedMerge(open, urlKey, clock.instant()).apply(id, entries);
            open.feedTable().succeeded(id, etag, lastModified, movedToIfFree(open, movedTo), clock.instant());
            if (arrivals[0].changedAnything()) {
                countArticleChange();
            }
            stamps[1] = open.stamp();
        });
        if (!arrivals[0].updated().isEmpty()) {
            loseArticleCache(); // an update by a feed is no edit of the user's, which is all the chain knows of
        } else if (!arrivals[0].added().isEmpty()) {
            articleCache().added(stamps[0], arrivals[0].added(), Origin.FEED, stamps[1]);
        }
        return arrivals[0];
    }

    /** Notes that the feed had nothing new (HTTP 304). */
    @Override
    public synchronized void feedNotModified(long id, String movedTo) throws SQLException {
        LibraryDatabase open = requireOpen();
        String[] validators = open.feedTable().validators(id);
        open.inTransaction(() -> open.feedTable().succeeded(id, validators[0], validators[1],
                movedToIfFree(open, movedTo), clock.instant()));
    }

    /** Notes a failed fetch, when to try again, and whether the feed is paused now (it is gone). */
    @Override
    public synchronized void feedFailed(long id, FeedProblem problem, Instant nextAttempt, boolean pause,
                                        String movedTo) throws SQLException {
        LibraryDatabase open = requireOpen();
        open.inTransaction(() -> open.feedTable().failed(id, problem, nextAttempt, pause,
                movedToIfFree(open, movedTo), clock.instant()));
    }

    /** The new address, unless the library follows it already as another feed (then the old one stays). */
    private static String movedToIfFree(LibraryDatabase open, String movedTo) throws SQLException {
        return movedTo == null || open.feedTable().byUrl(movedTo) != null ? null : movedTo;
    }

    // ---- read marks

    /**
     * Writes the marks that differ from what this instance last wrote or read, in one transaction, per article only
     * where they are later than the stored ones.
     *
     * @return what the library holds now: these marks, merged with another instance's when it wrote meanwhile
     */
    @Override
    public synchronized ReadMarks save(ReadMarks marks) throws IOException {
        try {
            return saveMarks(marks);
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    synchronized ReadMarks saveMarks(ReadMarks marks) throws SQLException {
        if (database == null) {
            // it could not be opened at start (a folder that was not there, a disk that was full): try again
            try {
                database = LibraryDatabase.open(dataDir, clock, writable).database();
                seenVersion = database.dataVersion();
            } catch (IOException e) {
                throw new WriteProblem.NotOpen(e.getMessage(), e);
            }
        }
        ReadMarks changed = difference(marks, known);
        if (!changed.read().isEmpty() || !changed.unread().isEmpty()) {
            database.writeMarks(changed);
        }
        long version = database.dataVersion();
        if (version != seenVersion) {
            seenVersion = version;
            known = database.readMarks();
        } else {
            // the file holds per article the later of the two: the marks as given, unless the old ones knew more
            known = covers(marks, known) && !anyLater(known, changed) ? marks : known.mergedWith(marks);
        }
        return known;
    }

    /** The library's marks if another instance changed the file since this one last looked, else null. */
    @Override
    public synchronized ReadMarks changedElsewhere() throws IOException {
        try {
            return marksChangedElsewhere();
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private ReadMarks marksChangedElsewhere() throws SQLException {
        if (database == null) {
            return null;
        }
        long version = database.dataVersion();
        if (version == seenVersion) {
            return null;
        }
        seenVersion = version;
        known = known.mergedWith(database.readMarks());
        return known;
    }

    /** Whether every article the old marks know is in the new ones: then the new ones are all there is. */
    private static boolean covers(ReadMarks marks, ReadMarks old) {
        for (String id : old.read().keySet()) {
            if (!marks.read().containsKey(id) && !marks.unread().containsKey(id)) {
                return false;
            }
        }
        for (String id : old.unread().keySet()) {
            if (!marks.read().containsKey(id) && !marks.unread().containsKey(id)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the old marks have, for an article of the changes, an event that wins over the change's. */
    private static boolean anyLater(ReadMarks old, ReadMarks changes) {
        for (Map.Entry<String, Instant> change : changes.read().entrySet()) {
            Instant was = old.unread().get(change.getKey());
            if (was != null && was.isAfter(change.getValue())) {
                return true;
            }
            was = old.read().get(change.getKey());
            if (was != null && was.isAfter(change.getValue())) {
                return true;
            }
        }
        for (Map.Entry<String, Instant> change : changes.unread().entrySet()) {
            Instant was = old.read().get(change.getKey());
            if (was != null && !was.isBefore(change.getValue())) {
                return true;
            }
            was = old.unread().get(change.getKey());
            if (was != null && was.isAfter(change.getValue())) {
                return true;
            }
        }
        return false;
    }

    static ReadMarks difference(ReadMarks marks, ReadMarks known) {
        if (known.read().isEmpty() && known.unread().isEmpty()) {
            return marks; // all of them: no copy of a million marks
        }
        Map<String, Instant> read = new HashMap<>();
        Map<String, Instant> unread = new HashMap<>();
        marks.read().forEach((id, at) -> {
            if (!at.equals(known.read().get(id))) {
                read.put(id, at);
            }
        });
        marks.unread().forEach((id, at) -> {
            if (!at.equals(known.unread().get(id))) {
                unread.put(id, at);
            }
        });
        return new ReadMarks(read, unread);
    }

    /** Takes a daily backup if none was taken today. */
    public synchronized void backUpDailyIfDue() throws IOException, SQLException {
        if (database != null && !database.isReadOnly()) {
            backups.takeDailyIfDue(database);
        }
    }

    // ---- backups

    @Override
    public List<Backup> backups() throws IOException {
        List<Backup> list = new java.util.ArrayList<>();
        for (LibraryBackups.Backup backup : backups.list()) {
            LibraryBackups.Summary summary;
            try {
                summary = LibraryBackups.summary(backup.file());
            } catch (SQLException e) {
                continue; // not readable: not offered
            }
            list.add(new Backup(backup.file(), backup.taken(), summary.read(), backup.reason().code,
                    summary.articles()));
        }
        return list;
    }

    @Override
    public ReadMarks readBackup(Backup backup) throws IOException {
        try (java.sql.Connection connection = LibraryBackups.openReadOnly(backup.file())) {
            return new MarkTable(connection).readAll();
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Makes the backup the library (articles, tags and marks), after backing up what it replaces. */
    @Override
    public synchronized ReadMarks restore(Backup backup) throws IOException {
        try {
            requireOpen();
            backups.take(database, LibraryBackups.Reason.BEFORE_RESTORE);
            loseArticleCache();
            database.replaceWith(backup.file());
            database.inTransaction(this::countArticleChange);
            remember(database.read());
            return known;
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    LibraryDatabase database() {
        return database;
    }

    @Override
    public synchronized void close() {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
