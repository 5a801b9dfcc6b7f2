package org.readinglist.persistence.library;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.readinglist.model.Article;
import org.readinglist.model.ReadMarks;
import org.sqlite.SQLiteConfig;

/**
 * The user's library in one SQLite file, {@code library.db} in the data folder: the articles with their tags, the
 * read marks, the tag aliases and the tombstones of removed articles. WAL journal, foreign keys on, SQL only through
 * prepared statements. Safe with another process on the same file; within this one, every method holds the
 * database's lock, so any thread may call it (never the JavaFX thread: each call goes to the disk).
 *
 * <p>A file that cannot be used never stops the app and is never deleted or written over: {@link #open} moves it
 * aside, brings back the newest good backup if there is one, and says so.
 */
public final class LibraryDatabase implements AutoCloseable {

    public static final String FILE_NAME = "library.db";
    private static final System.Logger LOG = System.getLogger(LibraryDatabase.class.getName());
    static final int BUSY_TIMEOUT_MILLIS = 10_000;
    private static final long QUICK_CHECK_UP_TO_BYTES = 64L * 1024 * 1024;
    private static final int BULK_CACHE_KIB = 64 * 1024;
    /** SQLite's default: 2,000 KiB. */
    private static final int DEFAULT_CACHE_SIZE = -2000;

    private final Path file;
    private final Clock clock;
    private final boolean readOnly;
    private Connection connection;
    private ArticleTable articles;
    private MarkTable marks;
    private boolean stamped = true;

    private LibraryDatabase(Path file, Connection connection, Clock clock, boolean readOnly) {
        this.file = file;
        this.clock = clock;
        this.readOnly = readOnly;
        attach(connection);
    }

    private void attach(Connection newConnection) {
        this.connection = newConnection;
        this.articles = new ArticleTable(newConnection);
        this.marks = new MarkTable(newConnection);
    }

    /** An opened library, what it holds, and what the user should be told about opening it. */
    public record Opened(LibraryDatabase database, Contents contents, List<LibraryNotice> notices) {
    }

    /**
     * Every article, oldest first, with what the library knows of each, and the read marks; {@code stamp} is the
     * library's stamp the articles were read at, 0 when unknown (an older file, a change while reading).
     */
    public record Contents(List<Article> articles, List<Origin> origins, boolean[] edited, ReadMarks marks,
                           long stamp) {
    }

    /** A file that cannot be used as the library, and why. */
    static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;
        final LibraryNotice.Kind kind;

        Unusable(LibraryNotice.Kind kind, String reason, Throwable cause) {
            super(reason, cause);
            this.kind = kind;
        }
    }

    /**
     * Opens (or creates) the library of the data folder and reads it. A file that is not a usable library is set
     * aside and the newest good backup brought back, or a new library started.
     *
     * @throws SQLException only when no library can be had at all (the folder cannot be written, say)
     */
    public static Opened open(Path dataDir, Clock clock) throws SQLException, IOException {
        return open(dataDir, clock, Files::isWritable);
    }

    /**
     * As {@link #open(Path, Clock)}, asking {@code writable} whether the library file may be written: a file it says
     * no to is opened read-only. Tests say no, because root may write a file whatever its permissions say.
     */
    static Opened open(Path dataDir, Clock clock, Predicate<Path> writable) throws SQLException, IOException {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve(FILE_NAME);
        if (Files.isSymbolicLink(file) && Files.exists(file)) {
            file = file.toRealPath(); // the link stays a link; its target is the library
        }
        List<LibraryNotice> notices = new ArrayList<>();
        try {
            return openAndRead(file, clock, writable, notices);
        } catch (Unusable unusable) {
            LOG.log(Level.WARNING, "cannot use " + file + ": " + unusable.getMessage(), unusable.getCause());
            Path aside = LibraryFiles.setAside(file, clock);
            LibraryBackups backups = new LibraryBackups(dataDir.resolve("backups"), clock);
            for (LibraryBackups.Backup backup : backups.list()) {
                if (!LibraryBackups.isGood(backup.file())) {
                    continue;
                }
                Files.copy(backup.file(), file);
                try {
                    Opened restored = openAndRead(file, clock, writable, notices);
                    notices.add(0, new LibraryNotice(LibraryNotice.Kind.RESTORED_FROM_BACKUP, file, backup.file(),
                            0, unusable.getMessage()));
                    notices.add(0, new LibraryNotice(unusable.kind, file, aside, 0, unusable.getMessage()));
                    return restored;
                } catch (Unusable stillNot) {
                    LibraryFiles.setAside(file, clock);
                }
            }
            try {
                Opened fresh = openAndRead(file, clock, writable, notices);
                notices.add(0, new LibraryNotice(unusable.kind, file, aside, 0, unusable.getMessage()));
                return fresh;
            } catch (Unusable freshOneToo) {
                throw new SQLException(freshOneToo.getMessage(), freshOneToo);
            }
        }
    }

    private static Opened openAndRead(Path file, Clock clock, Predicate<Path> writable, List<LibraryNotice> notices)
            throws Unusable, SQLException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
            throw new Unusable(LibraryNotice.Kind.SET_ASIDE, "not a file", null);
        }
        try {
            if (Files.isRegularFile(file) && Files.size(file) == 0) {
                throw new Unusable(LibraryNotice.Kind.SET_ASIDE, "empty file", null);
            }
        } catch (IOException e) {
            throw new Unusable(LibraryNotice.Kind.SET_ASIDE, e.getMessage(), e);
        }
        boolean readOnly = Files.exists(file) && !writable.test(file);
        Connection connection;
        try {
            connection = connect(file, readOnly);
        } catch (SQLException e) {
            if (!Files.exists(file) || Codes.isNotADatabase(e)) {
                throw unusableFor(e);
            }
            // the folder refuses the journal beside it, say: read what is there and save when it can
            readOnly = true;
            try {
                connection = connect(file, true);
            } catch (SQLException again) {
                throw unusableFor(again);
            }
        }
        LibraryDatabase database = new LibraryDatabase(file, connection, clock, readOnly);
        try {
            database.prepareSchema();
            database.quickCheckIfSmall();
            Contents contents = database.readContents();
            if (readOnly) {
                notices.add(new LibraryNotice(LibraryNotice.Kind.READ_ONLY, file, null, 0, ""));
            }
            return new Opened(database, contents, notices);
        } catch (Unusable e) {
            database.close();
            throw e;
        } catch (SQLException | RuntimeException e) {
            database.close();
            if (e instanceof SQLException sql && Codes.isBusy(sql)) {
                throw sql;
            }
            throw unusableFor(e);
        }
    }

    private static Unusable unusableFor(Exception e) {
        return new Unusable(LibraryNotice.Kind.SET_ASIDE, e.getMessage() == null ? e.toString() : e.getMessage(), e);
    }

    static {
        // sqlite-jdbc lists its temporary folder for copies of its native library that earlier runs left, before it
        // loads one; a library loaded from a folder of the app's own (the installed app's case) is never copied, so
        // that folder is the one to look in rather than the system's, which may hold thousands of files
        String libraryFolder = System.getProperty("org.sqlite.lib.path");
        if (libraryFolder != null && System.getProperty("org.sqlite.tmpdir") == null) {
            System.setProperty("org.sqlite.tmpdir", libraryFolder);
        }
    }

    private static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        // otherwise the driver runs "SELECT last_insert_rowid()" after every INSERT, prepared anew each time; the
        // one insert that needs its key asks with RETURNING
        config.setGetGeneratedKeys(false);
        config.setReadOnly(readOnly);
        // a transaction takes the write lock when it begins: one that read first could not write after another's
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        if (!readOnly) {
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        }
        // the journal mode is set once the file is known to be a library: setting it writes to the file
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    private void prepareSchema() throws SQLException, Unusable {
        int[] read = LibrarySchema.versionAndTableCounts(connection);
        int version = read[0];
        int[] tables = {read[1], read[2]};
        if (version > LibrarySchema.VERSION) {
            throw new Unusable(LibraryNotice.Kind.NEWER_VERSION, "schema version " + version, null);
        }
        if (version == 0 && tables[0] > tables[1]) {
            throw new Unusable(LibraryNotice.Kind.NOT_A_LIBRARY, "another program's tables", null);
        }
        if (version < LibrarySchema.VERSION) {
            if (readOnly && version >= 1) {
                stamped = false; // readable as it is; only what builds on the stamp goes without
                return;
            }
            if (readOnly) {
                throw new Unusable(LibraryNotice.Kind.SET_ASIDE, "cannot be upgraded: read-only", null);
            }
            // another instance may be half way through the steps: migrate takes the write lock and reads the
            // version again, and only then are the tables judged
            LibrarySchema.migrate(connection);
            tables = LibrarySchema.tableCounts(connection);
        }
        if (tables[1] < LibrarySchema.TABLES.size()) {
            throw new Unusable(LibraryNotice.Kind.NOT_A_LIBRARY, "unknown schema", null);
        }
        if (!readOnly) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode = WAL");
            }
        }
    }

    /**
     * Reading every article finds most damage on its own; a damaged index is found by {@code quick_check}, which
     * reads the whole file. A long library skips it at start (it would cost a second or more); its daily backup,
     * made from the tables, does not copy a damaged index.
     */
    private void quickCheckIfSmall() throws SQLException, Unusable {
        try {
            if (Files.size(file) > QUICK_CHECK_UP_TO_BYTES) {
                return;
            }
        } catch (IOException e) {
            return;
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA quick_check")) {
            String answer = rows.next() ? rows.getString(1) : "no answer";
            if (!"ok".equals(answer)) {
                throw new Unusable(LibraryNotice.Kind.SET_ASIDE, "quick_check: " + answer, null);
            }
        }
    }

    private Contents readContents() throws SQLException {
        long stamp = stamped ? LibrarySchema.stamp(connection) : 0;
        Optional<ArticleCacheFile.Cached> cached = stamp == 0 ? Optional.empty() : articleCache().load(stamp);
        if (cached.isPresent()) {
            // the articles as they were at this stamp; a change another connection makes meanwhile is found later,
            // as any other change of theirs is
            return new Contents(cached.get().articles(), cached.get().origins(), cached.get().edited(),
                    marks.readAll(), stamp);
        }
        List<ArticleTable.Stored> stored = articles.readAll();
        if (stamp != 0 && LibrarySchema.stamp(connection) != stamp) {
            stamp = 0; // another connection changed the articles while they were read
        }
        List<Article> list = new ArrayList<>(stored.size());
        List<Origin> origins = new ArrayList<>(stored.size());
        boolean[] edited = new boolean[stored.size()];
        for (int i = 0; i < stored.size(); i++) {
            list.add(stored.get(i).article());
            origins.add(stored.get(i).origin());
            edited[i] = stored.get(i).edited();
        }
        return new Contents(list, origins, edited, marks.readAll(), stamp);
    }

    public Path file() {
        return file;
    }

    /** Where the articles of the library are kept for the next start ({@link ArticleCacheFile}). */
    ArticleCacheFile articleCache() {
        return new ArticleCacheFile(file.resolveSibling(ArticleCacheFile.FILE_NAME));
    }

    /** The library's stamp now ({@link LibrarySchema#stamp}), 0 when the file has none. */
    synchronized long stamp() throws SQLException {
        return stamped ? LibrarySchema.stamp(connection) : 0;
    }

    /** Whether the file could only be opened for reading: every write fails until it is opened again. */
    public boolean isReadOnly() {
        return readOnly;
    }

    // ---- reading

    public synchronized Contents read() throws SQLException {
        return readContents();
    }

    public synchronized ReadMarks readMarks() throws SQLException {
        return marks.readAll();
    }

    /** A number that changes whenever another connection commits a change to the file. */
    public synchronized long dataVersion() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA data_version")) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    // ---- writing

    /** Writes read marks, per article only where they are later than the stored ones, in one transaction. */
    public synchronized void writeMarks(ReadMarks changed) throws SQLException {
        inTransaction(() -> marks.write(changed));
    }

    /** Makes these the library's marks (a restore), in one transaction. */
    public synchronized void replaceMarks(ReadMarks all) throws SQLException {
        inTransaction(() -> marks.replaceAll(all));
    }

    interface Work {
        void run() throws SQLException;
    }

    synchronized void inTransaction(Work work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            work.run();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            articles.forgetTagIds();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * Runs the work in one transaction with a page cache of {@value #BULK_CACHE_KIB} KiB instead of SQLite's 2 MiB: an
     * import adds to indexes in random order (ids, URLs), which with the small cache reads the same pages from disk
     * again and again. The cache goes back to its size after, so a settled app does not keep the pages.
     */
    synchronized void inBulkTransaction(Work work) throws SQLException {
        withLargeCache(() -> inTransaction(work));
    }

    /**
     * Runs work with a page cache large enough for a long import (SQLite's default holds 2 MB): its inserts land in
     * the indexes all over the file, and with the default cache most of them would read and write pages again.
     */
    synchronized void withLargeCache(Work work) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA cache_size = -" + BULK_CACHE_KIB);
        }
        try {
            work.run();
        } finally {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA cache_size = " + DEFAULT_CACHE_SIZE);
            }
        }
    }

    Connection connection() {
        return connection;
    }

    ArticleTable articleTable() {
        return articles;
    }

    MarkTable markTable() {
        return marks;
    }

    FeedTable feedTable() {
        return new FeedTable(connection);
    }

    Clock clock() {
        return clock;
    }

    /** Replaces everything the library holds with what the given library file holds, in one transaction. */
    public synchronized void replaceWith(Path other) throws SQLException {
        try (java.sql.PreparedStatement attach = connection.prepareStatement("ATTACH DATABASE ? AS other")) {
            attach.setString(1, other.toAbsolutePath().toString());
            attach.execute();
        }
        try {
            inTransaction(() -> {
                try (Statement statement = connection.createStatement()) {
                    for (String table : List.of("article_tag", "article", "tag", "tag_alias", "removed_article",
                            "read_mark", "setting")) {
                        statement.executeUpdate("DELETE FROM main." + table);
                    }
                    for (String table : List.of("tag", "article", "article_tag", "tag_alias", "removed_article",
                            "read_mark", "setting")) {
                        statement.executeUpdate("INSERT INTO main." + table + " SELECT * FROM other." + table);
                    }
                }
            });
        } finally {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DETACH DATABASE other");
            }
        }
    }

    /** A checked copy of the library (SQLite's own {@code VACUUM INTO}), for a backup. */
    public synchronized void copyTo(Path target) throws SQLException {
        try (java.sql.PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, target.toAbsolutePath().toString());
            vacuum.execute();
        }
    }

    /** {@code PRAGMA integrity_check}: "ok", or the first problem. */
    public synchronized String integrityCheck() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
            return rows.next() ? rows.getString(1) : "no answer";
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "could not close " + file, e);
        }
    }

    static Connection connectForTests(Path file) throws SQLException {
        return connect(file, false);
    }
}
