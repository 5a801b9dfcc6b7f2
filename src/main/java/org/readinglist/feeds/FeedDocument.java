package org.readinglist.feeds;

import java.util.List;
import java.util.Objects;

/**
 * A feed as read from its document.
 *
 * @param title   the feed's own title as plain text, possibly empty
 * @param siteUrl the address of the site the feed belongs to, null when it names none
 * @param items   the entries in document order, at most one per guid (the first wins)
 */
public record FeedDocument(String title, String siteUrl, List<FeedItem> items) {
    public FeedDocument {
        Objects.requireNonNull(title, "title");
        items = List.copyOf(items);
    }
}
