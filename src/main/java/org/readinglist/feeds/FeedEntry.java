package org.readinglist.feeds;

import java.util.Objects;
import org.readinglist.model.Article;

/**
 * An entry of a feed as the article it becomes, with the guid the feed knows it by.
 *
 * @param guid    the entry's guid ({@link FeedItem#guid()})
 * @param article the article: the feed's company, the entry's categories and the feed's tags as its tags
 */
public record FeedEntry(String guid, Article article) {
    public FeedEntry {
        Objects.requireNonNull(guid, "guid");
        Objects.requireNonNull(article, "article");
    }
}
