package org.readinglist.logic;

import java.util.List;
import java.util.Map;
import org.readinglist.model.Article;

/**
 * The outcome of one query.
 *
 * @param articles      the matching articles, in the requested order
 * @param tagCounts     for every tag of the list: how many articles of the result would carry it if it were
 *                      selected (with "all" matching: within the tag-filtered result; with "any": within what the
 *                      other filters leave). Zero means selecting it gives nothing new.
 * @param total         number of articles in the whole list
 * @param readCount     read articles among the result
 * @param unreadMinutes reading time of the unread articles in the result
 */
public record QueryResult(List<Article> articles, Map<String, Integer> tagCounts, int total, int readCount,
                          int unreadMinutes) {

    public QueryResult {
        articles = List.copyOf(articles);
        tagCounts = Map.copyOf(tagCounts);
    }

    public int size() {
        return articles.size();
    }

    public int tagCount(String tag) {
        return tagCounts.getOrDefault(tag, 0);
    }
}
