package org.readinglist.model;

/**
 * The longest texts an article keeps. A longer text is cut (with a notice where the user can see it) when an article
 * is read, imported, fetched or edited, so that no file or page can make the window measure a 50 MB title.
 */
public final class FieldLimits {

    public static final int ID = 500;
    public static final int TITLE = 500;
    public static final int COMPANY = 200;
    public static final int SUMMARY = 5_000;
    public static final int URL = 2_000;
    public static final int AUTHOR = 200;
    public static final int AUTHORS = 50;
    public static final int TAG = 60;
    public static final int TAGS = 50;
    public static final int READ_MINUTES = 100_000;

    private FieldLimits() {
    }

    /**
     * The text without control characters (C0, C1, and the Unicode bidirectional overrides and isolates, which can
     * make a text read backwards) and cut to {@code max} characters without splitting a surrogate pair.
     */
    public static String clean(String text, int max) {
        if (text == null) {
            return null;
        }
        // stops once {@code max} characters are kept: a 50 MB text costs no more than a short one
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length && (out == null ? i : out.length()) < max; i++) {
            char c = text.charAt(i);
            boolean drop = isControl(c);
            boolean space = c == '\t' || c == '\n' || c == '\r';
            if (out == null && (drop || space)) {
                out = new StringBuilder(Math.min(length, max));
                out.append(text, 0, i);
            }
            if (out != null && !drop) {
                out.append(space ? ' ' : c);
            }
        }
        return cut(out == null ? text : out.toString(), max);
    }

    /** Whether the text is longer than {@code max} characters. */
    public static boolean tooLong(String text, int max) {
        return text != null && text.length() > max;
    }

    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static boolean isControl(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false; // turned into spaces
        }
        return c < 0x20 || (c >= 0x7f && c <= 0x9f)
                || (c >= 0x202a && c <= 0x202e) // embeddings and overrides
                || (c >= 0x2066 && c <= 0x2069) // isolates
                || c == 0x200e || c == 0x200f || c == 0x061c; // marks
    }
}
