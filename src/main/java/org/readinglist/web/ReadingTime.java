package org.readinglist.web;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.readinglist.model.FieldLimits;

/**
 * Minutes to read a text at {@value #WORDS_PER_MINUTE} words a minute, counted the same way for a fetched page and
 * for a feed entry's content. Counting walks the nodes without recursion, so deep nesting costs nothing extra.
 */
public final class ReadingTime {

    public static final int WORDS_PER_MINUTE = 230;
    /** Elements around the main text that are not part of it. */
    private static final Set<String> NOT_MAIN_TEXT = Set.of("script", "style", "nav", "header", "footer", "aside",
            "noscript", "template");

    private ReadingTime() {
    }

    /** The words of the text under {@code root}, leaving out scripts, styles and the page's navigation and frame. */
    public static long words(Element root) {
        long[] words = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element && NOT_MAIN_TEXT.contains(element.normalName())) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode text) {
                    words[0] += words(text.getWholeText());
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return words[0];
    }

    /** Minutes to read {@code words} words, rounded up and at most {@link FieldLimits#READ_MINUTES}; 0 for none. */
    public static int minutes(long words) {
        if (words <= 0) {
            return 0;
        }
        long minutes = (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE;
        return (int) Math.min(minutes, FieldLimits.READ_MINUTES);
    }

    private static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
