package org.readinglist.feeds;

import java.net.URI;
import java.util.Objects;

/**
 * A feed someone reads, as a subscription list (OPML) names it.
 *
 * @param title   what the list calls it, plain text, possibly empty
 * @param feedUrl the feed's absolute http(s) address
 * @param siteUrl the site's absolute http(s) address, null when the list names none
 */
public record FeedSubscription(String title, URI feedUrl, URI siteUrl) {
    public FeedSubscription {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(feedUrl, "feedUrl");
    }
}
