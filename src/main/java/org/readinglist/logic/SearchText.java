package org.readinglist.logic;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.readinglist.model.Article;

/** Case-insensitive search text: what an article is searched by, and how a query splits into words. */
public final class SearchText {

    private SearchText() {
    }

    /** All searchable text of an article, lower-cased once: title, summary, tags, company and authors. */
    public static String haystackOf(Article article) {
        StringBuilder text = new StringBuilder(256)
                .append(article.title()).append('\n')
                .append(article.summary()).append('\n')
                .append(String.join(" ", article.tags())).append('\n')
                .append(article.company());
        article.authorsIfKnown().ifPresent(authors -> text.append('\n').append(String.join("\n", authors)));
        return normalize(text.toString());
    }

    /** The words of a query; an article matches when its text contains every word. */
    public static List<String> wordsOf(String query) {
        String normalized = normalize(query).strip();
        if (normalized.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(normalized.split("\\s+"));
    }

    static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
