package org.readinglist.persistence;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** What the stores in the data folder do alike with their files: read them as strict UTF-8, set broken ones aside. */
public final class DataFiles {

    private static final System.Logger LOG = System.getLogger(DataFiles.class.getName());
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private DataFiles() {
    }

    /** A device such as /dev/zero, a pipe or a folder: reading it may never end. */
    public static boolean isSpecial(Path file) {
        return Files.exists(file) && !Files.isRegularFile(file);
    }

    /** The file's bytes as text; malformed UTF-8 is an error, not a replacement character. */
    public static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    /**
     * Renames a file that could not be read to {@code <name>.corrupt-<time>} (with a number when that exists), so
     * it is kept and never written over; returns the new path.
     */
    public static Path setAside(Path file, Clock clock) throws IOException {
        String base = file.getFileName() + ".corrupt-" + STAMP.format(clock.instant());
        Path aside = file.resolveSibling(base);
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling(base + "-" + n);
        }
        Files.move(file, aside);
        LOG.log(Level.WARNING, "Unreadable file {0} moved to {1}", file, aside);
        return aside;
    }
}
