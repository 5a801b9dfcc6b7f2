package org.readinglist.feeds;

/**
 * What an XML text begins with once its declaration, comments, processing instructions and white space are passed:
 * enough to tell a feed from an HTML page, and to refuse a document type declaration before any parser sees it.
 *
 * @param kind what comes first
 * @param name the element's or the document type's name as written (with any prefix), empty for the other kinds
 */
record DocumentStart(Kind kind, String name) {

    enum Kind {
        /** Only white space, comments and processing instructions, or not even those. */
        NOTHING,
        /** A {@code <!DOCTYPE} declaration. */
        DOCTYPE,
        /** The root element's start tag. */
        ELEMENT,
        /** Anything else: text, or markup that is cut short or no XML at all. */
        OTHER
    }

    /** The longest name read; a longer one is no name a feed or a web page uses. */
    private static final int MAX_NAME = 64;

    static DocumentStart of(String text) {
        int length = text.length();
        int i = length > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
        while (true) {
            while (i < length && isXmlSpace(text.charAt(i))) {
                i++;
            }
            if (i == length) {
                return new DocumentStart(Kind.NOTHING, "");
            }
            if (text.startsWith("<?", i) || text.startsWith("<!--", i)) {
                String close = text.startsWith("<?", i) ? "?>" : "-->";
                int end = text.indexOf(close, i + 2);
                if (end < 0) {
                    return new DocumentStart(Kind.OTHER, "");
                }
                i = end + close.length();
            } else if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                return new DocumentStart(Kind.DOCTYPE, name(text, i + 9));
            } else if (text.charAt(i) == '<' && i + 1 < length && isNameStart(text.charAt(i + 1))) {
                return new DocumentStart(Kind.ELEMENT, name(text, i + 1));
            } else {
                return new DocumentStart(Kind.OTHER, "");
            }
        }
    }

    /** The name without its namespace prefix. */
    String localName() {
        return name.substring(name.indexOf(':') + 1);
    }

    /** Whether the text begins with markup at all (rather than, say, JSON or plain words). */
    static boolean startsWithMarkup(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\uFEFF' && !isXmlSpace(c)) {
                return c == '<';
            }
        }
        return false;
    }

    private static String name(String text, int from) {
        int start = from;
        while (start < text.length() && isXmlSpace(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && end - start < MAX_NAME && !isXmlSpace(text.charAt(end))
                && "[>/".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return text.substring(start, end);
    }

    private static boolean isXmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_' || c == ':';
    }
}
