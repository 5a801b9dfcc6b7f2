package org.readinglist.persistence;

import java.io.EOFException;
import java.util.Map;
import java.util.function.LongBinaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readinglist.i18n.Messages;

/** Turns Gson's parse errors into short sentences for people: where it went wrong, and what. */
public final class JsonProblems {

    /** How deep the JSON files the app reads may nest arrays and objects; deeper is a problem told in words here. */
    public static final int MAX_NESTING = 32;

    private static final Pattern LOCATION = Pattern.compile("(.*?) at line (\\d+) column (\\d+)(?: path \\S+)?");
    /** Characters that would garble a one-line message: controls (line breaks, escapes) and bidi overrides. */
    private static final Pattern UNSHOWABLE =
            Pattern.compile("[\\p{Cc}\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");
    private static final int SHOWN_LENGTH = 80;
    private static final String STRICTNESS_HINT = "Use JsonReader.setStrictness(Strictness.LENIENT) to accept "
            + "malformed JSON";
    /** Gson's own words for what is wrong (without "in strict mode"), each said in the user's language. */
    static final Map<String, String> GSON_WORDS = Map.ofEntries(
            Map.entry("Expected name", "json.expectedName"),
            Map.entry("Expected value", "json.expectedValue"),
            Map.entry("Expected ':'", "json.expectedColon"),
            Map.entry("Unexpected value", "json.unexpectedValue"),
            Map.entry("Unterminated array", "json.unterminatedArray"),
            Map.entry("Unterminated object", "json.unterminatedObject"),
            Map.entry("Unterminated string", "json.unterminatedString"),
            Map.entry("Unterminated comment", "json.unterminatedComment"),
            Map.entry("Unterminated escape sequence", "json.unterminatedEscape"),
            Map.entry("Invalid escape sequence", "json.invalidEscape"),
            Map.entry("Invalid escaped character \"'\"", "json.escapedApostrophe"),
            Map.entry("Cannot escape a newline character", "json.escapedNewline"),
            Map.entry("Unpaired surrogate characters are not allowed", "json.unpairedSurrogate"),
            Map.entry("Unescaped control characters (\\u0000-\\u001F) are not allowed", "json.controlCharacter"));
    private static final String MALFORMED_ESCAPE = "Malformed Unicode escape \\u";

    private JsonProblems() {
    }

    public static String describe(Exception parseError, Messages messages) {
        return describe(parseError, messages, (line, column) -> column);
    }

    /** @param fileColumn the column in the file of a line and column the parser reports */
    public static String describe(Exception parseError, Messages messages, LongBinaryOperator fileColumn) {
        String message = parseError.getMessage() == null ? "" : parseError.getMessage();
        int newline = message.indexOf('\n');
        message = newline < 0 ? message : message.substring(0, newline);
        message = message.replaceFirst("^[\\w.]+(Exception|Error): ", "");
        Matcher m = LOCATION.matcher(message);
        String what = m.matches() ? m.group(1) : message;
        if (parseError instanceof EOFException || what.startsWith("End of input")) {
            what = messages.get("json.endsEarly");
        } else if (what.startsWith(STRICTNESS_HINT)) {
            what = messages.get("json.unexpectedText");
        } else if (what.startsWith("Nesting limit")) {
            what = messages.format("json.tooDeep", MAX_NESTING);
        } else {
            what = what.replace(" in strict mode", ""); // there is no other mode to choose
            String key = GSON_WORDS.get(what);
            if (key != null) {
                what = messages.format(key); // some have a quote, which MessageFormat writes as two
            } else if (what.startsWith(MALFORMED_ESCAPE)) {
                what = messages.format("json.malformedEscape", shown(what.substring(MALFORMED_ESCAPE.length())));
            }
        }
        return m.matches()
                ? messages.format("json.invalidAt", Long.parseLong(m.group(2)),
                        fileColumn.applyAsLong(Long.parseLong(m.group(2)), Long.parseLong(m.group(3))), what)
                : messages.format("json.invalid", what);
    }

    /**
     * Text from a file as quoted in a message: at most 80 characters, and with control and bidi-override characters
     * (which would break the line or reverse the rest of the message) replaced by U+FFFD.
     */
    public static String shown(String text) {
        String shown = text;
        if (text.length() > SHOWN_LENGTH) {
            int end = SHOWN_LENGTH - 1;
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            shown = text.substring(0, end) + "\u2026";
        }
        return UNSHOWABLE.matcher(shown).replaceAll("\uFFFD");
    }
}
