package org.readinglist.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** The feeds under src/test/resources/org/readinglist/feeds, and parsing them. */
final class Feeds {

    static final URI FEED_URL = URI.create("https://feeds.example.com/blog/feed.xml");

    private Feeds() {
    }

    static byte[] resource(String name) {
        try (InputStream in = Feeds.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test feed " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FeedDocument parse(String name) throws FeedParseException {
        return FeedParser.parse(resource(name), "application/rss+xml", FEED_URL);
    }

    static FeedDocument parseText(String xml) throws FeedParseException {
        return FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), "application/xml", FEED_URL);
    }

    static FeedItem item(FeedDocument feed, String title) {
        return feed.items().stream().filter(item -> item.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + title + " in " + feed.items()));
    }
}
