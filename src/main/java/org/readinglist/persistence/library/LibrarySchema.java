package org.readinglist.persistence.library;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables of {@code library.db} and the steps that bring an older file up to date. {@code PRAGMA user_version}
 * says which steps a file has had; each step runs in one transaction with the version it reaches.
 *
 * <p>Times are whole nanoseconds since 1970 (UTC), so every instant the app makes comes back exactly; dates are
 * ISO texts ({@code 2026-05-04}); an article's authors are one name a line, NULL when unknown.
 */
final class LibrarySchema {

    /** The version this build writes; a file with a higher one was written by a newer app. */
    static final int VERSION = 3;
    /** The feed every library follows from the start. */
    static final String DEFAULT_FEED_URL = "https://netflixtechblog.com/feed";

    private static final List<String> VERSION_1 = List.of(
            """
            CREATE TABLE article (
              seq INTEGER PRIMARY KEY,
              id TEXT NOT NULL UNIQUE,
              title TEXT NOT NULL,
              company TEXT NOT NULL DEFAULT '',
              summary TEXT NOT NULL DEFAULT '',
              url TEXT,
              url_key TEXT,
              published TEXT,
              authors TEXT,
              read_minutes INTEGER NOT NULL DEFAULT 0,
              origin TEXT NOT NULL,
              added_at INTEGER NOT NULL,
              edited INTEGER NOT NULL DEFAULT 0
            )""",
            "CREATE INDEX article_url_key ON article(url_key)",
            "CREATE TABLE tag (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
            """
            CREATE TABLE article_tag (
              article INTEGER NOT NULL REFERENCES article(seq) ON DELETE CASCADE,
              position INTEGER NOT NULL,
              tag INTEGER NOT NULL REFERENCES tag(id),
              PRIMARY KEY (article, position)
            ) WITHOUT ROWID""",
            "CREATE INDEX article_tag_by_tag ON article_tag(tag)",
            "CREATE TABLE tag_alias (old_name TEXT PRIMARY KEY, new_name TEXT NOT NULL) WITHOUT ROWID",
            """
            CREATE TABLE removed_article (
              id TEXT PRIMARY KEY,
              url_key TEXT,
              removed_at INTEGER NOT NULL
            ) WITHOUT ROWID""",
            """
            CREATE TABLE read_mark (
              article_id TEXT PRIMARY KEY,
              read_at INTEGER,
              unread_at INTEGER,
              CHECK ((read_at IS NULL) <> (unread_at IS NULL))
            ) WITHOUT ROWID""",
            "CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID");

    /**
     * A stamp that every change to the articles, their tag links or the tags' names sets to a new random number,
     * whichever connection makes it (another instance, a script): a cache built from the library keeps the stamp
     * it was built at and is used only while the library still has it. Random rather than counted, so a backup
     * brought back and changed again never comes back to a stamp seen before.
     */
    private static final List<String> VERSION_2 = List.of(
            "CREATE TABLE library_state (id INTEGER PRIMARY KEY CHECK (id = 1), stamp INTEGER NOT NULL)",
            "INSERT INTO library_state (id, stamp) VALUES (1, random())",
            stampTrigger("article", "INSERT"), stampTrigger("article", "UPDATE"), stampTrigger("article", "DELETE"),
            stampTrigger("article_tag", "INSERT"), stampTrigger("article_tag", "UPDATE"),
            stampTrigger("article_tag", "DELETE"), stampTrigger("tag", "UPDATE"), stampTrigger("tag", "DELETE"));

    /**
     * The feeds the user follows, with what the last fetches said, and the entries each feed brought, by guid: the
     * article an entry became (null when none: the user had removed it), and a checksum of the entry as last read, so
     * an entry the feed changes updates its article. A library follows the Netflix Technology Blog from the start.
     */
    private static final List<String> VERSION_3 = List.of(
            """
            CREATE TABLE feed (
              id INTEGER PRIMARY KEY,
              url TEXT NOT NULL UNIQUE,
              name TEXT NOT NULL,
              company TEXT NOT NULL,
              site_url TEXT,
              tags TEXT NOT NULL DEFAULT '',
              paused INTEGER NOT NULL DEFAULT 0,
              added_at INTEGER NOT NULL,
              etag TEXT,
              last_modified TEXT,
              last_attempt INTEGER,
              last_success INTEGER,
              problem TEXT,
              failures INTEGER NOT NULL DEFAULT 0,
              next_attempt INTEGER
            )""",
            """
            CREATE TABLE feed_item (
              feed INTEGER NOT NULL REFERENCES feed(id) ON DELETE CASCADE,
              guid TEXT NOT NULL,
              article_id TEXT,
              checksum INTEGER NOT NULL,
              seen_at INTEGER NOT NULL,
              PRIMARY KEY (feed, guid)
            ) WITHOUT ROWID""",
            "CREATE INDEX feed_item_by_article ON feed_item(article_id)",
            "CREATE INDEX removed_article_by_url_key ON removed_article(url_key)",
            "INSERT INTO feed (url, name, company, site_url, added_at) VALUES ('" + DEFAULT_FEED_URL
                    + "', 'Netflix Technology Blog', 'Netflix', 'https://netflixtechblog.com/', "
                    + "CAST(unixepoch('now') AS INTEGER) * 1000000000)");

    private static final List<List<String>> STEPS = List.of(VERSION_1, VERSION_2, VERSION_3);

    /** The stamp's triggers, as {@link #VERSION_2} makes them. */
    private static final List<String> STAMP_TRIGGERS = VERSION_2.stream()
            .filter(sql -> sql.startsWith("CREATE TRIGGER")).toList();

    /**
     * Runs a bulk change without the stamp's triggers, which would set the stamp once per row (a million articles
     * with their tag links are four million updates), and sets it once at the end instead. The connection must be
     * in a transaction: the triggers are dropped and made again within it, so no other connection ever sees the
     * library without them, and a change that fails takes its dropping back with it.
     */
    static void withOneStamp(Connection connection, LibraryDatabase.Work work) throws SQLException {
        if (connection.getAutoCommit() || version(connection) < STAMPED_FROM) {
            work.run();
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : STAMP_TRIGGERS) {
                statement.execute("DROP TRIGGER " + sql.split(" ")[2]);
            }
            work.run();
            for (String sql : STAMP_TRIGGERS) {
                statement.execute(sql);
            }
            statement.execute("UPDATE library_state SET stamp = random() WHERE id = 1");
        }
    }

    /** The first version that has {@code library_state}. */
    static final int STAMPED_FROM = 2;

    private static String stampTrigger(String table, String event) {
        return "CREATE TRIGGER " + table + "_" + event.toLowerCase(java.util.Locale.ROOT) + "_stamp AFTER " + event
                + " ON " + table + " BEGIN UPDATE library_state SET stamp = random() WHERE id = 1; END";
    }

    /** The library's stamp ({@link #VERSION_2}), or 0 when the file has none. */
    static long stamp(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT stamp FROM library_state WHERE id = 1")) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    /** The tables a file of this app has; a file with tables but none of these is another program's database. */
    static final List<String> TABLES = List.of("article", "tag", "article_tag", "tag_alias", "removed_article",
            "read_mark", "setting", "feed", "feed_item");

    private LibrarySchema() {
    }

    static int version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    /**
     * The file's version, how many tables it has and how many of them are this app's, read in one statement and so
     * from one state of the file: read one by one, another instance creating the library could commit its steps in
     * between, and a version of 0 beside the tables of the steps after it would look like another program's file.
     */
    static int[] versionAndTableCounts(Connection connection) throws SQLException {
        String ours = String.join(", ", TABLES.stream().map(name -> "'" + name + "'").toList());
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT (SELECT user_version FROM pragma_user_version), "
                     + "(SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'), "
                     + "(SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN (" + ours + "))")) {
            rows.next();
            return new int[] {rows.getInt(1), rows.getInt(2), rows.getInt(3)};
        }
    }

    /** How many tables the file has, and how many of them are this app's. */
    static int[] tableCounts(Connection connection) throws SQLException {
        int all = 0;
        int ours = 0;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
            while (rows.next()) {
                all++;
                if (TABLES.contains(rows.getString(1))) {
                    ours++;
                }
            }
        }
        return new int[] {all, ours};
    }

    /**
     * Runs the steps from the file's version up to {@link #VERSION}, each in a transaction of its own. The
     * connection's transactions take the write lock when they begin, so of two instances starting on a new folder
     * the second waits and then finds the steps done.
     */
    static void migrate(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (int version = version(connection); version < VERSION; version++) {
                try (Statement statement = connection.createStatement()) {
                    for (String sql : STEPS.get(version)) {
                        statement.execute(sql);
                    }
                    statement.execute("PRAGMA user_version = " + (version + 1));
                    connection.commit();
                } catch (SQLException e) {
                    connection.rollback();
                    throw e;
                }
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
