package org.readinglist.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the web address in what a user pastes or drops: a text that holds one (a browser's link, a URI list), or a
 * link file of the desktop ({@code .url} on Windows, {@code .desktop} of type Link on Linux).
 */
public final class LinkTexts {

    /** A link file is a few lines; anything longer is read no further than this. */
    static final int MAX_FILE_BYTES = 64 * 1024;

    private LinkTexts() {
    }

    /**
     * The first http or https address among the words of a text, skipping comment lines ({@code #}) as a URI list
     * has them; empty when there is none.
     */
    public static Optional<URI> firstWebAddress(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (String line : text.split("\\R")) {
            if (line.strip().startsWith("#")) {
                continue;
            }
            for (String word : line.strip().split("\\s+")) {
                // as it is first: a link may end in a bracket of its own (…/wiki/Set_(mathematics))
                Optional<URI> address = UrlNormalizer.parseWebAddress(word)
                        .or(() -> UrlNormalizer.parseWebAddress(unquoted(word)));
                if (address.isPresent()) {
                    return address;
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the file's name says it is a link file that {@link #readLinkFile} reads. */
    public static boolean isLinkFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".url") || name.endsWith(".desktop");
    }

    /**
     * The web address a link file points to: the {@code URL=} line of a {@code .url} file's
     * {@code [InternetShortcut]} section, or of a {@code .desktop} file's {@code [Desktop Entry]}. Blocks: call it
     * off the UI thread.
     */
    public static Optional<URI> readLinkFile(Path file) throws IOException {
        if (!isLinkFile(file)) {
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_FILE_BYTES);
        }
        String section = "";
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
                section = trimmed.toLowerCase(Locale.ROOT);
            } else if ((section.equals("[internetshortcut]") || section.equals("[desktop entry]"))
                    && trimmed.regionMatches(true, 0, "URL=", 0, 4)) {
                return UrlNormalizer.parseWebAddress(trimmed.substring(4));
            }
        }
        return Optional.empty();
    }

    /** A link as prose writes it: in angle brackets or quotes. */
    private static String unquoted(String word) {
        String text = word;
        while (text.length() > 1 && "<\"'(".indexOf(text.charAt(0)) >= 0) {
            text = text.substring(1);
        }
        while (text.length() > 1 && ">\"')".indexOf(text.charAt(text.length() - 1)) >= 0) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }
}
