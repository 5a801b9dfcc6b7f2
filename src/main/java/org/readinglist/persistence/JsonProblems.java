package org.readinglist.persistence;

import java.io.EOFException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns Gson's parse errors into short sentences for people: where it went wrong, and what. */
final class JsonProblems {

    private static final Pattern LOCATION = Pattern.compile("(.*?) at line (\\d+) column (\\d+)(?: path \\S+)?");
    private static final String STRICTNESS_HINT = "Use JsonReader.setStrictness(Strictness.LENIENT) to accept "
            + "malformed JSON";

    private JsonProblems() {
    }

    static String describe(Exception parseError) {
        String message = parseError.getMessage() == null ? "" : parseError.getMessage();
        int newline = message.indexOf('\n');
        message = newline < 0 ? message : message.substring(0, newline);
        message = message.replaceFirst("^[\\w.]+(Exception|Error): ", "");
        Matcher m = LOCATION.matcher(message);
        String what = m.matches() ? m.group(1) : message;
        if (parseError instanceof EOFException || what.startsWith("End of input")) {
            what = "the file ends too early";
        } else if (what.startsWith(STRICTNESS_HINT)) {
            what = "unexpected text";
        } else if (what.startsWith("Nesting limit")) {
            what = "nesting deeper than " + GsonArticleRepository.MAX_NESTING + " levels";
        }
        return m.matches() ? "not valid JSON at line " + m.group(2) + ", column " + m.group(3) + ": " + what
                : "not valid JSON: " + what;
    }
}
