package org.readinglist.persistence.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Whether an export's target is one of the files the app works on, which no export may write over. */
final class FilesInUse {

    private FilesInUse() {
    }

    /** Whether the target names one of the files, by its path or as the same file (through a link, say). */
    static boolean contains(List<Path> inUse, Path target) {
        Path normalized = target.toAbsolutePath().normalize();
        for (Path used : inUse) {
            if (normalized.equals(used.toAbsolutePath().normalize()) || sameFile(target, used)) {
                return true;
            }
        }
        return false;
    }

    /** Whether both exist and are one file. */
    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
