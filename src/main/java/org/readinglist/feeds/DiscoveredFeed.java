package org.readinglist.feeds;

import java.net.URI;
import java.util.Objects;

/**
 * A feed a web page names in its head.
 *
 * @param title the link's title as plain text, empty when it has none
 * @param url   the feed's absolute http(s) address
 */
public record DiscoveredFeed(String title, URI url) {
    public DiscoveredFeed {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
    }
}
