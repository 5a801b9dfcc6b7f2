package org.readinglist.persistence.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.readinglist.feeds.FeedProblem;
import org.readinglist.feeds.Subscription;

/** The {@code feed} table: the feeds the user follows and what their last fetches said. Under the database's lock. */
final class FeedTable {

    private static final String COLUMNS = "id, url, name, company, site_url, tags, paused, last_success, problem, "
            + "failures, next_attempt, (SELECT count(*) FROM feed_item JOIN article ON article.id = feed_item.article_id"
            + " WHERE feed_item.feed = feed.id)";

    private final Connection connection;

    FeedTable(Connection connection) {
        this.connection = connection;
    }

    /** Every feed, by name. */
    List<Subscription> all() throws SQLException {
        List<Subscription> feeds = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM feed ORDER BY name COLLATE NOCASE, id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                feeds.add(subscription(rows));
            }
        }
        return feeds;
    }

    /** The feed with this number, or null. */
    Subscription byId(long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM feed WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? subscription(rows) : null;
            }
        }
    }

    /** The feed with this address, or null. */
    Subscription byUrl(String url) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM feed WHERE url = ?")) {
            select.setString(1, url);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? subscription(rows) : null;
            }
        }
    }

    private static Subscription subscription(ResultSet rows) throws SQLException {
        String tags = rows.getString(6);
        long lastSuccess = rows.getLong(8);
        boolean succeeded = !rows.wasNull();
        long nextAttempt = rows.getLong(11);
        boolean pausedUntil = !rows.wasNull();
        return new Subscription(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getString(5), tags == null || tags.isEmpty() ? List.of() : Arrays.asList(tags.split("\n")),
                rows.getInt(7) != 0, succeeded ? Nanos.toInstant(lastSuccess) : null,
                FeedProblem.fromCode(rows.getString(9)).orElse(null), rows.getInt(10),
                pausedUntil ? Nanos.toInstant(nextAttempt) : null, rows.getInt(12));
    }

    /** Adds a feed; returns its number. */
    long add(String url, String name, String company, String siteUrl, List<String> tags, Instant now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO feed (url, name, company, "
                + "site_url, tags, added_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")) {
            insert.setString(1, url);
            insert.setString(2, name);
            insert.setString(3, company);
            insert.setString(4, siteUrl);
            insert.setString(5, String.join("\n", tags));
            insert.setLong(6, Nanos.of(now));
            try (ResultSet keys = insert.executeQuery()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Renames a feed, sets the company its articles are shown with and the tags each of them gets. */
    void describe(long id, String name, String company, List<String> tags) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE feed SET name = ?, company = ?, tags = ? WHERE id = ?")) {
            update.setString(1, name);
            update.setString(2, company);
            update.setString(3, String.join("\n", tags));
            update.setLong(4, id);
            update.executeUpdate();
        }
    }

    /** Pauses a feed or lets it be refreshed again (which also forgets its failures). */
    void setPaused(long id, boolean paused) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(paused ? "UPDATE feed SET paused = 1 WHERE id = ?"
                : "UPDATE feed SET paused = 0, failures = 0, next_attempt = NULL WHERE id = ?")) {
            update.setLong(1, id);
            update.executeUpdate();
        }
    }

    /**
     * The articles that came from this feed and from no other, that the user neither edited nor marked read: those
     * that go with the feed when the user does not keep them.
     */
    List<org.readinglist.model.Article> articlesOnlyFrom(long id) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT article.id FROM feed_item "
                + "JOIN article ON article.id = feed_item.article_id WHERE feed_item.feed = ? "
                + "AND article.origin = 'feed' AND article.edited = 0 "
                + "AND NOT EXISTS (SELECT 1 FROM read_mark WHERE read_mark.article_id = article.id "
                + "AND read_mark.read_at IS NOT NULL) "
                + "AND NOT EXISTS (SELECT 1 FROM feed_item other WHERE other.article_id = article.id "
                + "AND other.feed <> feed_item.feed) ORDER BY article.seq")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        ArticleTable articles = new ArticleTable(connection);
        List<org.readinglist.model.Article> found = new ArrayList<>(ids.size());
        for (String articleId : ids) {
            found.add(articles.byId(articleId).article());
        }
        return found;
    }

    /** Forgets a feed and the entries it brought (not their articles). */
    void remove(long id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM feed WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }

    /**
     * Notes a fetch that succeeded: the validators for the next conditional request (null when the server sent
     * none), and the feed's new address when it moved for good.
     */
    void succeeded(long id, String etag, String lastModified, String movedTo, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE feed SET etag = ?, last_modified = ?, "
                + "last_attempt = ?, last_success = ?, problem = NULL, failures = 0, next_attempt = NULL, "
                + "url = coalesce(?, url) WHERE id = ?")) {
            update.setString(1, etag);
            update.setString(2, lastModified);
            update.setLong(3, Nanos.of(now));
            update.setLong(4, Nanos.of(now));
            update.setString(5, movedTo);
            update.setLong(6, id);
            update.executeUpdate();
        }
    }

    /** Notes a fetch that did not succeed, when to try again, and whether the feed is now paused (it is gone). */
    void failed(long id, FeedProblem problem, Instant nextAttempt, boolean pause, String movedTo, Instant now)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE feed SET last_attempt = ?, problem = ?, "
                + "failures = failures + 1, next_attempt = ?, paused = max(paused, ?), url = coalesce(?, url) "
                + "WHERE id = ?")) {
            update.setLong(1, Nanos.of(now));
            update.setString(2, problem.code());
            if (nextAttempt == null) {
                update.setNull(3, Types.INTEGER);
            } else {
                update.setLong(3, Nanos.of(nextAttempt));
            }
            update.setInt(4, pause ? 1 : 0);
            update.setString(5, movedTo);
            update.setLong(6, id);
            update.executeUpdate();
        }
    }

    /** The validators of the feed's last successful fetch: {etag, last-modified}, each null when unknown. */
    String[] validators(long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT etag, last_modified FROM feed WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? new String[] {rows.getString(1), rows.getString(2)} : new String[2];
            }
        }
    }
}
