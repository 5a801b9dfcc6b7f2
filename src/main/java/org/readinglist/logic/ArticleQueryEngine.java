package org.readinglist.logic;

import java.util.List;
import org.readinglist.model.Article;
import org.readinglist.model.ArticleQuery;

/**
 * Runs queries (tags, text, read filter, sort) over one fixed list of articles. Implementations may precompute
 * whatever they need when they are built; {@link #run} is called on every filter change. Articles are known by
 * their index in {@link #articles()}; read state is passed per query as a {@link ReadSet} over those indices.
 */
public interface ArticleQueryEngine {

    List<Article> articles();

    /** The index of the article with this id, or -1. */
    int indexOf(String articleId);

    /** Number of articles per tag over the whole list, by tag name in alphabetical order. */
    List<TagCount> tagTotals();

    QueryResult run(ArticleQuery query, ReadSet read);

    /** Builds ahead of time whatever the engine would otherwise build on first use; may take a while. */
    default void prepare() {
    }

    record TagCount(String tag, int count) {
    }
}
