package org.readinglist.logic;

import java.util.List;
import org.readinglist.model.Article;
import org.readinglist.model.ArticleQuery;

/**
 * Runs queries (tags, text, read filter, sort) over one fixed list of articles. Implementations may precompute
 * whatever they need when they are built; {@link #run} is called on every filter change.
 */
public interface ArticleQueryEngine {

    List<Article> articles();

    /** Number of articles per tag over the whole list, by tag name in alphabetical order. */
    List<TagCount> tagTotals();

    QueryResult run(ArticleQuery query, ReadStatus readStatus);

    record TagCount(String tag, int count) {
    }
}
