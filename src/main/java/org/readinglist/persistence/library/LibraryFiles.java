package org.readinglist.persistence.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Moving a library file aside, with the journal files SQLite keeps beside it. */
final class LibraryFiles {

    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final String[] COMPANIONS = {"-wal", "-shm", "-journal"};

    private LibraryFiles() {
    }

    /**
     * Renames the file (and its {@code -wal}, {@code -shm}, {@code -journal}) to
     * {@code <name>.damaged-<time>}, never over another file; returns the new name of the main file.
     */
    static Path setAside(Path file, Clock clock) throws IOException {
        String stamp = STAMP.format(clock.instant());
        Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + stamp);
        for (int n = 2; exists(aside); n++) {
            aside = file.resolveSibling(file.getFileName() + ".damaged-" + stamp + "-" + n);
        }
        if (exists(file)) {
            Files.move(file, aside);
        }
        for (String companion : COMPANIONS) {
            Path journal = file.resolveSibling(file.getFileName() + companion);
            if (exists(journal)) {
                Files.move(journal, aside.resolveSibling(aside.getFileName() + companion));
            }
        }
        return aside;
    }

    private static boolean exists(Path path) {
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    }
}
