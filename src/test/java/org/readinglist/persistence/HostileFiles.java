package org.readinglist.persistence;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Assumptions;

/** Files the hostile-input tests make (endless, huge), and how they show a file was left untouched. */
public final class HostileFiles {

    private static final long MB = 1024L * 1024;

    private HostileFiles() {
    }

    /** A file of the given length that takes no disk space and no time to write: all zero bytes. */
    public static Path sparse(Path file, long length) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(length);
        }
        return file;
    }

    /** A file that never ends; the case is skipped where there is no /dev/zero or no symbolic links. */
    public static Path linkToDevZero(Path link) throws IOException {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero here");
        try {
            return Files.createSymbolicLink(link, zero);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            Assumptions.abort("symbolic links cannot be created here: " + e.getMessage());
            return null;
        }
    }

    /** Size, modification time and content digest of a file, to show it was not touched; a link is followed. */
    public record Fingerprint(long size, FileTime modified, String sha256) {

        public static Fingerprint of(Path file) throws IOException {
            if (!Files.isRegularFile(file)) { // /dev/zero: only its time can show a write
                return new Fingerprint(-1, Files.getLastModifiedTime(file), "");
            }
            long size = Files.size(file);
            if (size > 64 * MB) { // the sparse files: reading them whole would only show zeros, slowly
                return new Fingerprint(size, Files.getLastModifiedTime(file), "");
            }
            return new Fingerprint(size, Files.getLastModifiedTime(file), sha256(Files.readAllBytes(file)));
        }

        static String sha256(byte[] bytes) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
