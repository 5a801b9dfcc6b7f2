package org.readinglist.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.readinglist.model.FieldLimits;

/** Turns the texts a page gives into the plain, clean and bounded texts an article keeps. */
final class Texts {

    /**
     * How much of a text is looked at, as a multiple of the limit it is cut to: enough for the markup and entities it
     * may hold, and no more, so that a 1 MB attribute costs no more than a short one.
     */
    private static final int READ_FACTOR = 8;
    private static final int MIN_READ = 16_384;

    /** Date-times as some sites write them: with a space for the T, or an offset without a colon (+0000). */
    private static final DateTimeFormatter LENIENT_DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HHmm", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);

    private Texts() {
    }

    /**
     * The text without markup (tags dropped, entities decoded, scripts left out), with runs of white space made one
     * space, without control characters, trimmed and cut to {@code max}; empty when nothing is left. A title that
     * writes a tag as text, such as {@code <div>}, loses it: the article never shows markup.
     */
    static Optional<String> plain(String raw, int max) {
        if (raw == null) {
            return Optional.empty();
        }
        long read = Math.max(MIN_READ, (long) max * READ_FACTOR);
        String text = FieldLimits.clean(raw, (int) Math.min(Integer.MAX_VALUE, read));
        if (text.indexOf('<') >= 0 || text.indexOf('&') >= 0) {
            text = Jsoup.parseBodyFragment(text).body().text();
        }
        text = collapseWhiteSpace(FieldLimits.clean(text, Integer.MAX_VALUE));
        text = FieldLimits.clean(text, max).strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** A tag as the list keeps them: plain text in lower case, white space made hyphens, cut to the tag limit. */
    static Optional<String> tag(String raw) {
        // twice the limit: lower case can make a text longer
        return plain(raw, 2 * FieldLimits.TAG)
                .map(text -> FieldLimits.clean(text.toLowerCase(Locale.ROOT).replace(' ', '-'), FieldLimits.TAG))
                .filter(text -> !text.isEmpty());
    }

    /** Whether a text is a link rather than a name, as {@code article:author} often is. */
    static boolean looksLikeAddress(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("//")
                || lower.startsWith("www.");
    }

    /**
     * The date of an ISO date ({@code 2024-03-05}), or the date part of an ISO date-time with or without an offset
     * or zone ({@code 2024-03-05T10:15:00Z}, {@code 2024-03-05T10:15:00+01:00}, {@code 2024-03-05T10:15}), as it is
     * written there.
     */
    static Optional<LocalDate> date(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = raw.strip();
        if (text.length() < 10 || text.length() > 64) {
            return Optional.empty();
        }
        if (text.length() > 10 && text.charAt(10) == ' ') {
            text = text.substring(0, 10) + 'T' + text.substring(11);
        }
        for (DateTimeFormatter format : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ISO_DATE_TIME, LENIENT_DATE_TIME}) {
            try {
                return Optional.of(LocalDate.from(format.parse(text)));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private static String collapseWhiteSpace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }
}
