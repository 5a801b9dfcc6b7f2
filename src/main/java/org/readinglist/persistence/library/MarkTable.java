package org.readinglist.persistence.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.readinglist.model.ReadMarks;

/**
 * The read marks: per article the moment it was marked read, or the moment it was marked unread again. A write
 * keeps per article the later of what is stored and what is written (read on a tie), the rule of
 * {@link ReadMarks#mergedWith}, so two instances never take each other's marks back.
 */
final class MarkTable {

    private static final String UPSERT = """
            INSERT INTO read_mark (article_id, read_at, unread_at) VALUES (?, ?, ?)
            ON CONFLICT (article_id) DO UPDATE SET read_at = excluded.read_at, unread_at = excluded.unread_at
            WHERE (read_at IS NOT excluded.read_at OR unread_at IS NOT excluded.unread_at)
              AND (coalesce(excluded.read_at, excluded.unread_at) > coalesce(read_at, unread_at)
                   OR (coalesce(excluded.read_at, excluded.unread_at) = coalesce(read_at, unread_at)
                       AND excluded.read_at IS NOT NULL))""";

    private final Connection connection;

    MarkTable(Connection connection) {
        this.connection = connection;
    }

    ReadMarks readAll() throws SQLException {
        Map<String, Instant> read = new HashMap<>();
        Map<String, Instant> unread = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT article_id, read_at, unread_at FROM read_mark")) {
            while (rows.next()) {
                long readAt = rows.getLong(2);
                if (!rows.wasNull()) {
                    read.put(rows.getString(1), Nanos.toInstant(readAt));
                } else {
                    long unreadAt = rows.getLong(3);
                    if (!rows.wasNull()) {
                        unread.put(rows.getString(1), Nanos.toInstant(unreadAt));
                    }
                }
            }
        }
        return new ReadMarks(read, unread);
    }

    /**
     * Writes these marks, each only where it is later than the stored one. Callers run it in a transaction.
     *
     * @return how many articles' marks changed
     */
    int write(ReadMarks marks) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            for (Map.Entry<String, Instant> mark : marks.read().entrySet()) {
                upsert.setString(1, mark.getKey());
                upsert.setLong(2, Nanos.of(mark.getValue()));
                upsert.setNull(3, java.sql.Types.INTEGER);
                upsert.addBatch();
            }
            for (Map.Entry<String, Instant> mark : marks.unread().entrySet()) {
                upsert.setString(1, mark.getKey());
                upsert.setNull(2, java.sql.Types.INTEGER);
                upsert.setLong(3, Nanos.of(mark.getValue()));
                upsert.addBatch();
            }
            int changed = 0;
            for (int count : upsert.executeBatch()) {
                changed += Math.max(0, count);
            }
            return changed;
        }
    }

    /** Makes these the stored marks, all others gone (a restore). Callers run it in a transaction. */
    void replaceAll(ReadMarks marks) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM read_mark");
        }
        write(marks);
    }
}
