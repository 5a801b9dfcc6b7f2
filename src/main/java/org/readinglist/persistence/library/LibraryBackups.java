package org.readinglist.persistence.library;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.SQLiteConfig;

/**
 * Copies of the library in {@code backups/}: one a day (the last 7 kept), and one before every migration and restore
 * (the last 10 kept). Each is made with SQLite's own {@code VACUUM INTO} and checked with {@code integrity_check}
 * before it counts; a copy that fails the check is deleted.
 */
public final class LibraryBackups {

    public static final int DAILY_KEPT = 7;
    public static final int OTHERS_KEPT = 10;
    private static final System.Logger LOG = System.getLogger(LibraryBackups.class.getName());
    private static final Pattern NAME = Pattern.compile("library-(\\d{8}-\\d{6})(?:-\\d+)?-([a-z-]+)\\.db");

    /** Why a backup was made. */
    public enum Reason {
        DAILY("daily"), BEFORE_MIGRATION("before-migration"), BEFORE_RESTORE("before-restore");

        public final String code;

        Reason(String code) {
            this.code = code;
        }
    }

    /** One backup file, when it was taken and why. */
    public record Backup(Path file, Instant taken, Reason reason) {
    }

    /** What a backup holds, for the restore dialog. */
    public record Summary(int articles, int read) {
    }

    private final Path folder;
    private final Clock clock;

    public LibraryBackups(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** The backups, newest first. */
    public List<Backup> list() throws IOException {
        List<Backup> backups = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return backups;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "library-*.db")) {
            for (Path file : files) {
                Matcher name = NAME.matcher(file.getFileName().toString());
                if (!name.matches()) {
                    continue;
                }
                Optional<Reason> reason = reason(name.group(2));
                try {
                    Instant taken = LibraryFiles.STAMP.parse(name.group(1), Instant::from);
                    reason.ifPresent(r -> backups.add(new Backup(file, taken, r)));
                } catch (DateTimeParseException e) {
                    // not one of ours
                }
            }
        }
        backups.sort(Comparator.comparing(Backup::taken).thenComparing(b -> b.file().getFileName().toString())
                .reversed());
        return backups;
    }

    private static Optional<Reason> reason(String code) {
        for (Reason reason : Reason.values()) {
            if (reason.code.equals(code)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }

    /** Takes a daily backup unless one was taken in the last day. */
    public Optional<Backup> takeDailyIfDue(LibraryDatabase database) throws IOException, SQLException {
        Instant now = clock.instant();
        for (Backup backup : list()) {
            if (backup.reason() == Reason.DAILY && Duration.between(backup.taken(), now).toHours() < 24
                    && !backup.taken().isAfter(now)) {
                return Optional.empty();
            }
        }
        return Optional.of(take(database, Reason.DAILY));
    }

    /** Copies the library into a new, checked backup and drops the oldest beyond what is kept. */
    public Backup take(LibraryDatabase database, Reason reason) throws IOException, SQLException {
        Files.createDirectories(folder);
        Instant now = clock.instant();
        String stamp = LibraryFiles.STAMP.format(now);
        Path file = folder.resolve("library-" + stamp + "-" + reason.code + ".db");
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve("library-" + stamp + "-" + n + "-" + reason.code + ".db");
        }
        database.copyTo(file);
        if (!isGood(file)) {
            Files.deleteIfExists(file);
            throw new SQLException("the backup " + file + " did not pass its integrity check");
        }
        prune();
        return new Backup(file, now, reason);
    }

    private void prune() throws IOException {
        int daily = 0;
        int others = 0;
        for (Backup backup : list()) {
            boolean keep = backup.reason() == Reason.DAILY ? ++daily <= DAILY_KEPT : ++others <= OTHERS_KEPT;
            if (!keep) {
                Files.deleteIfExists(backup.file());
            }
        }
    }

    /** Whether the file is a database that passes {@code integrity_check}. */
    static boolean isGood(Path file) {
        try (Connection connection = openReadOnly(file);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
            return rows.next() && "ok".equals(rows.getString(1))
                    && LibrarySchema.version(connection) >= 1
                    && LibrarySchema.version(connection) <= LibrarySchema.VERSION;
        } catch (SQLException e) {
            LOG.log(Level.INFO, "backup " + file + " is not usable: " + e.getMessage());
            return false;
        }
    }

    /** How many articles and read marks a backup holds. */
    public static Summary summary(Path file) throws SQLException {
        try (Connection connection = openReadOnly(file);
             Statement statement = connection.createStatement()) {
            int articles;
            try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM article")) {
                articles = rows.next() ? rows.getInt(1) : 0;
            }
            try (ResultSet rows = statement.executeQuery(
                    "SELECT count(*) FROM read_mark WHERE read_at IS NOT NULL")) {
                return new Summary(articles, rows.next() ? rows.getInt(1) : 0);
            }
        }
    }

    static Connection openReadOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(LibraryDatabase.BUSY_TIMEOUT_MILLIS);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }
}
