package org.readinglist.persistence.library;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;
import org.readinglist.feeds.FeedArrivals;
import org.readinglist.feeds.FeedEntry;
import org.readinglist.model.Article;

/**
 * Takes a feed's entries into the library, inside one transaction. An entry seen before updates its article when the
 * feed changed it, unless the user edited the article. An entry not seen before is matched to an article the library
 * has already by its normalized URL, or (Medium) by the post id its guid names, and linked to it without changing it;
 * one the user removed stays removed; any other becomes a new, unread article from the feed.
 */
final class FeedMerge {

    /** Medium's guid for a post: {@code https://medium.com/p/<post id>}. */
    private static final Pattern MEDIUM_GUID = Pattern.compile("^https?://medium\\.com/p/([0-9a-f]{8,16})$");
    /** A Medium post's address ends with its id: {@code …/some-title-5cc6d5828bb1}. */
    private static final Pattern MEDIUM_URL = Pattern.compile("-([0-9a-f]{8,16})/?(?:[?#].*)?$");

    private final LibraryDatabase database;
    private final Function<String, String> urlKey;
    private final Instant now;
    private Map<String, String> mediumPosts;

    FeedMerge(LibraryDatabase database, Function<String, String> urlKey, Instant now) {
        this.database = database;
        this.urlKey = urlKey;
        this.now = now;
    }

    FeedArrivals apply(long feed, List<FeedEntry> entries) throws SQLException {
        ArticleTable table = database.articleTable();
        Map<String, String> aliases = table.aliases();
        List<Article> added = new ArrayList<>();
        List<Article> updated = new ArrayList<>();
        // a feed lists its newest entry first; the library keeps the oldest first
        for (int i = entries.size() - 1; i >= 0; i--) {
            FeedEntry item = entries.get(i);
            long checksum = checksum(item.article());
            Article article = Merge.withAliases(item.article(), aliases);
            Seen seen = seen(feed, item.guid());
            if (seen != null) {
                if (seen.checksum() != checksum && seen.articleId() != null) {
                    ArticleTable.Stored stored = table.byId(seen.articleId());
                    if (stored != null && !stored.edited()) {
                        Article changed = Merge.withId(article, stored.article().id());
                        if (!changed.equals(stored.article())) {
                            table.update(stored.seq(), changed, key(changed), false);
                            updated.add(changed);
                        }
                    }
                }
                if (seen.checksum() != checksum) {
                    see(feed, item.guid(), seen.articleId(), checksum);
                }
                continue;
            }
            String key = key(article);
            ArticleTable.Stored known = key == null ? null : table.byUrlKey(key);
            if (known == null) {
                String knownId = mediumPost(item.guid());
                known = knownId == null ? null : table.byId(knownId);
            }
            if (known == null) {
                known = table.byId(article.id());
            }
            if (known != null) {
                see(feed, item.guid(), known.article().id(), checksum);
                continue;
            }
            if (table.isRemoved(article.id(), key)) {
                see(feed, item.guid(), null, checksum);
                continue;
            }
            table.insert(article, key, Origin.FEED, now, false);
            see(feed, item.guid(), article.id(), checksum);
            added.add(article);
        }
        return new FeedArrivals(added, updated);
    }

    private String key(Article article) {
        return article.url() == null ? null : urlKey.apply(article.url());
    }

    private static long checksum(Article article) {
        CRC32C crc = new CRC32C();
        crc.update(article.toString().getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    private record Seen(String articleId, long checksum) {
    }

    private Seen seen(long feed, String guid) throws SQLException {
        try (PreparedStatement select = database.connection().prepareStatement(
                "SELECT article_id, checksum FROM feed_item WHERE feed = ? AND guid = ?")) {
            select.setLong(1, feed);
            select.setString(2, guid);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? new Seen(rows.getString(1), rows.getLong(2)) : null;
            }
        }
    }

    private void see(long feed, String guid, String articleId, long checksum) throws SQLException {
        try (PreparedStatement upsert = database.connection().prepareStatement("INSERT INTO feed_item (feed, guid, "
                + "article_id, checksum, seen_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (feed, guid) DO UPDATE SET "
                + "article_id = excluded.article_id, checksum = excluded.checksum")) {
            upsert.setLong(1, feed);
            upsert.setString(2, guid);
            upsert.setString(3, articleId);
            upsert.setLong(4, checksum);
            upsert.setLong(5, Nanos.of(now));
            upsert.executeUpdate();
        }
    }

    /**
     * The id of the library's article that is the Medium post this guid names, or null. The library's articles are
     * looked through once per merge, and only when an entry with such a guid matched nothing else.
     */
    private String mediumPost(String guid) throws SQLException {
        Matcher matcher = MEDIUM_GUID.matcher(guid);
        if (!matcher.matches()) {
            return null;
        }
        if (mediumPosts == null) {
            mediumPosts = new HashMap<>();
            try (Statement statement = database.connection().createStatement();
                 ResultSet rows = statement.executeQuery("SELECT id, url FROM article WHERE url IS NOT NULL")) {
                while (rows.next()) {
                    Matcher post = MEDIUM_URL.matcher(rows.getString(2));
                    if (post.find()) {
                        mediumPosts.putIfAbsent(post.group(1), rows.getString(1));
                    }
                }
            }
        }
        return mediumPosts.get(matcher.group(1));
    }
}
