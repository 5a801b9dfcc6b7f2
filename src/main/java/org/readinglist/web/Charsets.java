package org.readinglist.web;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which charset a page's bytes are in. */
final class Charsets {

    /** How much of a page is searched for a {@code <meta>} that names its charset. */
    static final int SNIFF_BYTES = 4_096;

    /** {@code <meta charset="x">} and {@code <meta http-equiv="Content-Type" content="text/html; charset=x">}. */
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAMETER_CHARSET =
            Pattern.compile(";\\s*charset\\s*=\\s*[\"']?\\s*([^\\s;\"']+)", Pattern.CASE_INSENSITIVE);

    private Charsets() {
    }

    /**
     * The charset the Content-Type header names, else the one a {@code <meta>} in the first 4 KB names, as far as
     * Java knows it; empty when neither names one it knows, and then jsoup decides (a byte order mark, else UTF-8).
     * Latin-1 and ASCII are read as windows-1252, as browsers do: pages that say Latin-1 use its curly quotes.
     */
    static Optional<Charset> of(String contentType, byte[] body) {
        Optional<Charset> declared = named(PARAMETER_CHARSET, contentType == null ? "" : contentType);
        if (declared.isPresent()) {
            return declared;
        }
        String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        // a page whose meta could be read as ASCII is no UTF-16, whatever it says
        return named(META_CHARSET, head).map(charset -> charset.name().startsWith("UTF-16") ? StandardCharsets.UTF_8
                : charset);
    }

    private static Optional<Charset> named(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            Charset charset = Charset.forName(matcher.group(1).toLowerCase(Locale.ROOT));
            boolean latin1 = charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII);
            return Optional.of(latin1 ? Charset.forName("windows-1252") : charset);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // an unknown name: as if none were given
        }
    }
}
