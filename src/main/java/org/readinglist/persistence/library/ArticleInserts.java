package org.readinglist.persistence.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.readinglist.model.Article;

/**
 * Adds many articles with their tags in batches, over statements prepared once: what an import of a long file
 * spends its time on. The sequence numbers are given here, as SQLite would give them (one more than the largest),
 * so that tag links can be batched with their articles. Flush before anything else reads or writes the articles.
 * Callers hold the database's lock and run it in a transaction.
 */
final class ArticleInserts implements AutoCloseable {

    private static final int BATCH = 500;

    private final ArticleTable table;
    private final PreparedStatement insert;
    private final PreparedStatement link;
    private long nextSeq;
    private int pending;

    ArticleInserts(Connection connection, ArticleTable table) throws SQLException {
        this.table = table;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT coalesce(max(seq), 0) FROM article")) {
            nextSeq = rows.next() ? rows.getLong(1) + 1 : 1;
        }
        insert = connection.prepareStatement("INSERT INTO article (seq, id, title, company, summary, url, url_key, "
                + "published, authors, read_minutes, origin, added_at, edited) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        link = connection.prepareStatement("INSERT OR IGNORE INTO article_tag (article, position, tag) VALUES (?, ?, ?)");
    }

    /** Adds an article (written at the next flush at the latest); returns its sequence number. */
    long insert(Article article, String urlKey, Origin origin, Instant addedAt) throws SQLException {
        long seq = nextSeq++;
        insert.setLong(1, seq);
        insert.setString(2, article.id());
        ArticleTable.bindFields(insert, 3, article, urlKey);
        insert.setString(11, origin.code());
        insert.setLong(12, Nanos.of(addedAt));
        insert.setInt(13, 0);
        insert.addBatch();
        List<String> tags = article.tags();
        for (int position = 0; position < tags.size(); position++) {
            link.setLong(1, seq);
            link.setInt(2, position);
            link.setLong(3, table.tagId(tags.get(position)));
            link.addBatch();
        }
        if (++pending == BATCH) {
            flush();
        }
        return seq;
    }

    /** Writes the articles added so far, then their tags. */
    void flush() throws SQLException {
        if (pending > 0) {
            pending = 0;
            insert.executeBatch();
            link.executeBatch();
        }
    }

    /** Closes the statements; what was not flushed is not written. */
    @Override
    public void close() throws SQLException {
        try {
            insert.close();
        } finally {
            link.close();
        }
    }
}
