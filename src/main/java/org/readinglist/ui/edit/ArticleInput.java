package org.readinglist.ui.edit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.readinglist.model.FieldLimits;
import org.readinglist.web.UrlNormalizer;

/**
 * What the editor's texts mean as the values of an article, and what is wrong with them. Texts are cleaned and cut
 * the way every article's texts are ({@link FieldLimits#clean}); unknown stays unknown (null), never guessed.
 */
final class ArticleInput {

    /** What can be wrong with a text, with the key of the message that says so and the limit it names. */
    enum Problem {
        TITLE_MISSING("editor.error.titleMissing", 0),
        NOT_A_WEB_ADDRESS("editor.error.notWebAddress", 0),
        URL_TOO_LONG("editor.error.urlTooLong", FieldLimits.URL),
        DATE_FORMAT("editor.error.dateFormat", 0),
        NO_SUCH_DATE("editor.error.noSuchDate", 0),
        READ_TIME_NOT_A_NUMBER("editor.error.readTimeNotNumber", 0),
        READ_TIME_NEGATIVE("editor.error.readTimeNegative", 0),
        READ_TIME_TOO_LONG("editor.error.readTimeTooLong", FieldLimits.READ_MINUTES);

        private final String messageKey;
        private final int limit;

        Problem(String messageKey, int limit) {
            this.messageKey = messageKey;
            this.limit = limit;
        }

        String messageKey() {
            return messageKey;
        }

        /** The most a value may be, for the message; 0 where the message names none. */
        int limit() {
            return limit;
        }
    }

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d+");
    /** Strict: February 30 is an error, not March 2. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    static final String ID_PREFIX = "added-";

    private ArticleInput() {
    }

    // ---- problems

    static Optional<Problem> titleProblem(String text) {
        return title(text).isEmpty() ? Optional.of(Problem.TITLE_MISSING) : Optional.empty();
    }

    static Optional<Problem> urlProblem(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        if (trimmed.length() > FieldLimits.URL) {
            return Optional.of(Problem.URL_TOO_LONG);
        }
        return UrlNormalizer.parseWebAddress(trimmed).isPresent() ? Optional.empty()
                : Optional.of(Problem.NOT_A_WEB_ADDRESS);
    }

    static Optional<Problem> publishedProblem(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        if (!ISO_DATE.matcher(trimmed).matches()) {
            return Optional.of(Problem.DATE_FORMAT);
        }
        try {
            LocalDate.parse(trimmed, DATE);
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of(Problem.NO_SUCH_DATE);
        }
    }

    static Optional<Problem> readTimeProblem(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        if (!WHOLE_NUMBER.matcher(trimmed).matches()) {
            return Optional.of(Problem.READ_TIME_NOT_A_NUMBER);
        }
        if (trimmed.startsWith("-")) {
            return trimmed.matches("-0+") ? Optional.empty() : Optional.of(Problem.READ_TIME_NEGATIVE);
        }
        String digits = trimmed.replaceFirst("^0+(?=\\d)", "");
        boolean tooLong = digits.length() > 9 || Integer.parseInt(digits) > FieldLimits.READ_MINUTES;
        return tooLong ? Optional.of(Problem.READ_TIME_TOO_LONG) : Optional.empty();
    }

    // ---- values

    static String title(String text) {
        return FieldLimits.clean(text, FieldLimits.TITLE).strip();
    }

    static String company(String text) {
        return FieldLimits.clean(text, FieldLimits.COMPANY).strip();
    }

    static String summary(String text) {
        return FieldLimits.clean(text, FieldLimits.SUMMARY).strip();
    }

    /** The address as written (trimmed), or null when there is none. */
    static String url(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** The date, or null when none is given; call only without a {@link #publishedProblem}. */
    static LocalDate published(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : LocalDate.parse(trimmed, DATE);
    }

    /** The minutes, 0 when none are given; call only without a {@link #readTimeProblem}. */
    static int readMinutes(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() || trimmed.startsWith("-") ? 0 : Integer.parseInt(trimmed);
    }

    /** The names separated by commas, or null (unknown) when there are none. */
    static List<String> authors(String text) {
        List<String> names = new ArrayList<>();
        for (String part : text.split(",")) {
            String name = FieldLimits.clean(part, FieldLimits.AUTHOR).strip();
            if (!name.isEmpty() && names.size() < FieldLimits.AUTHORS) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : List.copyOf(names);
    }

    /** Whether cleaning the text to {@code max} characters cuts some of it off. */
    static boolean isCut(String text, int max) {
        return FieldLimits.tooLong(FieldLimits.clean(text, Integer.MAX_VALUE).strip(), max);
    }

    /** Whether some author's name is cut, or authors beyond the limit are dropped. */
    static boolean authorsCut(String text) {
        int names = 0;
        for (String part : text.split(",")) {
            if (isCut(part, FieldLimits.AUTHOR)) {
                return true;
            }
            if (!part.isBlank()) {
                names++;
            }
        }
        return names > FieldLimits.AUTHORS;
    }

    /**
     * The id of an added article: "added-" and the first 16 hex digits of the SHA-256 of its address's key, so the
     * same address always gets the same id; without an address, "added-" and a random UUID.
     */
    static String idFor(String url) {
        if (url == null) {
            return randomId();
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(UrlNormalizer.key(url).getBytes(StandardCharsets.UTF_8));
            return ID_PREFIX + HexFormat.of().formatHex(hash).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String randomId() {
        return ID_PREFIX + UUID.randomUUID();
    }
}
