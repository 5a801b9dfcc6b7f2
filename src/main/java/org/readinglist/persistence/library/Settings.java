package org.readinglist.persistence.library;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The library's own small facts (which bundled list it has taken in), in its {@code setting} table. */
final class Settings {

    private Settings() {
    }

    static String get(LibraryDatabase database, String key) throws SQLException {
        synchronized (database) {
            try (PreparedStatement select = database.connection().prepareStatement(
                    "SELECT value FROM setting WHERE key = ?")) {
                select.setString(1, key);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? rows.getString(1) : null;
                }
            }
        }
    }

    static void put(LibraryDatabase database, String key, String value) throws SQLException {
        synchronized (database) {
            try (PreparedStatement upsert = database.connection().prepareStatement(
                    "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                upsert.setString(1, key);
                upsert.setString(2, value);
                upsert.executeUpdate();
            }
        }
    }
}
