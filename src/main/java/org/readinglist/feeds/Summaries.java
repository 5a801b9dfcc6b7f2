package org.readinglist.feeds;

import org.readinglist.model.FieldLimits;

/** Cuts an entry's plain text to the few sentences the list shows under its title. */
final class Summaries {

    /** The longest summary kept, before its ellipsis. */
    static final int MOST = 500;
    /** A cut at a sentence's end is looked for no earlier than this; the text would say too little. */
    static final int LEAST = 300;

    private Summaries() {
    }

    /**
     * The text itself when it is at most {@value #MOST} characters; else its first sentences up to the last sentence
     * end between {@value #LEAST} and {@value #MOST} characters; else its words up to the last space before
     * {@value #MOST}, with an ellipsis; else (one long word) its first {@value #MOST} characters, with an ellipsis.
     */
    static String cut(String text) {
        if (text.length() <= MOST) {
            return text;
        }
        for (int end = MOST; end >= LEAST; end--) {
            if (isSentenceEnd(text.charAt(end - 1)) && Character.isWhitespace(text.charAt(end))) {
                return text.substring(0, end);
            }
        }
        for (int space = MOST; space > 0; space--) {
            if (Character.isWhitespace(text.charAt(space))) {
                String words = text.substring(0, space).stripTrailing();
                if (!words.isEmpty()) {
                    return words + "…";
                }
            }
        }
        return FieldLimits.clean(text, MOST) + "…";
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '。';
    }
}
