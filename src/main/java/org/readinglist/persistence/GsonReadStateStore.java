package org.readinglist.persistence;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.readinglist.i18n.Messages;
import org.readinglist.model.ReadMarks;

/**
 * Read marks in {@code state.json}:
 * {@code {"version": 2, "read": {"<id>": "<instant>"}, "unread": {"<id>": "<instant>"}}}. Version 1 files (no
 * "unread") are read and upgraded on the next save, after a backup. Saving merges with what is on disk under a file
 * lock, so two instances on one data folder keep each other's marks. Backups go to {@code backups/}: one a day for a
 * week, one before an upgrade and one before a restore.
 */
public final class GsonReadStateStore implements ReadStateStore {

    public static final String FILE_NAME = "state.json";
    public static final int VERSION = 2;
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    static final int DAILY_BACKUPS_KEPT = 7;
    static final int OTHER_BACKUPS_KEPT = 10;

    private static final System.Logger LOG = System.getLogger(GsonReadStateStore.class.getName());
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path file;
    private final Path lockFile;
    private final Path backupDir;
    private final AtomicFileWriter writer;
    private final Clock clock;
    private final Messages messages;
    private final StateFileFormat format;
        private volatile String refusal;

    /** With the problems in English. */
    public GsonReadStateStore(Path dataDir) {
        this(dataDir, Messages.of(Locale.ENGLISH));
    }

    /** With the problems in the language of these texts. */
    public GsonReadStateStore(Path dataDir, Messages messages) {
        this(dataDir, new AtomicFileWriter(), Clock.systemUTC(), messages);
    }

    GsonReadStateStore(Path dataDir, AtomicFileWriter writer, Clock clock) {
        this(dataDir, writer, clock, Messages.of(Locale.ENGLISH));
    }

    GsonReadStateStore(Path dataDir, AtomicFileWriter writer, Clock clock, Messages messages) {
        this.file = dataDir.resolve(FILE_NAME);
        this.lockFile = dataDir.resolve(".state.lock");
        this.backupDir = dataDir.resolve("backups");
        this.writer = writer;
        this.clock = clock;
        this.messages = messages;
        this.format = new StateFileFormat(messages);
    }

    @Override
    public Path file() {
        return file;
    }

    // ---- loading

    @Override
    public Loaded load() {
        StateFileFormat.Parsed parsed;
        try {
            parsed = format.read(file);
        } catch (NoSuchFileException e) {
            return new Loaded(ReadMarks.NONE, Optional.empty());
        } catch (StateFileFormat.NewerVersionException e) {
            refusal = messages.format("stateFile.newerVersion", file, e.version);
            return new Loaded(ReadMarks.NONE, Optional.of(refusal));
        } catch (StateFileFormat.Unreadable e) {
            return setAside(e.getMessage());
        } catch (IOException e) {
            if (!Files.exists(file)) {
                // nothing there to protect (the folder is missing or unusable): start empty, saving will retry
                return new Loaded(ReadMarks.NONE,
                        Optional.of(messages.format("stateFile.cannotRead", file, e.getMessage())));
            }
            refusal = messages.format("stateFile.cannotSave", file, e.getMessage());
            return new Loaded(ReadMarks.NONE, Optional.of(refusal));
        }
        try {
            if (parsed.version() < VERSION) {
                backUp(parsed.bytes(), "before-upgrade");
            }
            backUpDaily(parsed.bytes());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not back up " + file, e);
        }
        return new Loaded(parsed.marks(), Optional.empty());
    }

    private Loaded setAside(String reason) {
        try {
            Path aside = moveAside();
            return new Loaded(ReadMarks.NONE,
                    Optional.of(messages.format("stateFile.setAside", file, reason, aside.getFileName())));
        } catch (IOException e) {
            refusal = messages.format("stateFile.notSetAside", file, reason, e.getMessage());
            return new Loaded(ReadMarks.NONE, Optional.of(refusal));
        }
    }

    private Path moveAside() throws IOException {
        return DataFiles.setAside(file, clock);
    }

    // ---- saving

    @Override
    public ReadMarks save(ReadMarks marks) throws IOException {
        if (refusal != null) {
            throw new IOException(refusal);
        }
        return underLock(() -> {
            ReadMarks stored;
            try {
                stored = format.read(file).marks();
            } catch (NoSuchFileException e) {
                stored = ReadMarks.NONE;
            } catch (StateFileFormat.Unreadable e) {
                moveAside(); // damaged while we were running: keep it, never write over it
                stored = ReadMarks.NONE;
            }
            ReadMarks merged = stored.mergedWith(marks);
            writer.write(file, format.write(merged));
            return merged;
        });
    }

    // ---- backups

    @Override
    public List<Backup> backups() {
        if (!Files.isDirectory(backupDir)) {
            return List.of();
        }
        List<Backup> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(backupDir)) {
            for (Path path : (Iterable<Path>) files::iterator) {
                backupInfo(path).ifPresent(backups::add);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not list backups in " + backupDir, e);
        }
        backups.sort(Comparator.comparing(Backup::taken).reversed());
        return backups;
    }

    @Override
    public ReadMarks readBackup(Backup backup) throws IOException {
        return format.read(backup.file()).marks();
    }

    @Override
    public ReadMarks restore(Backup backup) throws IOException {
        if (refusal != null) {
            throw new IOException(refusal);
        }
        ReadMarks restored = readBackup(backup);
        return underLock(() -> {
            ReadMarks current;
            try {
                StateFileFormat.Parsed parsed = format.read(file);
                backUp(parsed.bytes(), "before-restore");
                current = parsed.marks();
            } catch (NoSuchFileException e) {
                current = ReadMarks.NONE;
            } catch (StateFileFormat.Unreadable e) {
                moveAside(); // keep the damaged file, as saving does
                current = ReadMarks.NONE;
            }
            // articles read now but not in the backup become unread now, so a merge cannot bring them back
            Instant now = clock.instant();
            Map<String, Instant> unread = new HashMap<>(restored.unread());
            current.read().keySet().stream().filter(id -> !restored.isRead(id)).forEach(id -> unread.put(id, now));
            ReadMarks result = new ReadMarks(restored.read(), unread);
            writer.write(file, format.write(result));
            return result;
        });
    }

    private void backUpDaily(byte[] bytes) throws IOException {
        String today = STAMP.format(clock.instant()).substring(0, 8);
        if (Files.isDirectory(backupDir)) {
            try (Stream<Path> files = Files.list(backupDir)) {
                if (files.anyMatch(p -> p.getFileName().toString().matches("state-" + today + "-\\d{6}-daily\\.json"))) {
                    return;
                }
            }
        }
        backUp(bytes, "daily");
    }

    private void backUp(byte[] bytes, String reason) throws IOException {
        Files.createDirectories(backupDir);
        writer.write(backupDir.resolve("state-" + STAMP.format(clock.instant()) + "-" + reason + ".json"), bytes);
        prune("daily", DAILY_BACKUPS_KEPT);
        prune("before-upgrade", OTHER_BACKUPS_KEPT);
        prune("before-restore", OTHER_BACKUPS_KEPT);
    }

    private void prune(String reason, int keep) throws IOException {
        List<Path> matching;
        try (Stream<Path> files = Files.list(backupDir)) {
            matching = files.filter(p -> p.getFileName().toString().endsWith("-" + reason + ".json"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        }
        for (Path old : matching.subList(Math.min(keep, matching.size()), matching.size())) {
            Files.deleteIfExists(old);
        }
    }

    private Optional<Backup> backupInfo(Path path) {
        String name = path.getFileName().toString();
        if (!name.matches("state-\\d{8}-\\d{6}-[a-z-]+\\.json")) {
            return Optional.empty();
        }
        try {
            Instant taken = LocalDateTime.parse(name.substring(6, 21), DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                    .toInstant(ZoneOffset.UTC);
            String reason = name.substring(22, name.length() - 5).replace('-', ' ');
            return Optional.of(new Backup(path, taken, format.read(path).marks().read().size(), reason));
        } catch (IOException | DateTimeParseException e) {
            return Optional.empty(); // an unreadable backup is not offered
        }
    }

    // ---- locking

    private interface LockedWork<T> {
        T run() throws IOException;
    }

    /**
     * Runs the work holding the data folder's lock file, so another Reading List process never reads or writes the
     * state in between. A lock left by a crashed process is released by the operating system. Within one JVM, the
     * interned path string serializes stores of the same folder (a JVM may hold a file lock only once).
     */
    private <T> T underLock(LockedWork<T> work) throws IOException {
        Files.createDirectories(lockFile.getParent());
        synchronized (lockFile.toAbsolutePath().normalize().toString().intern()) {
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                return work.run();
            }
        }
    }

}
