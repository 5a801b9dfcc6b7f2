package org.readinglist.feeds;

/** Where feeds are read from: the web, or a test's stand-in. Both methods block. */
public interface FeedSource {

    /** Reads a feed the library follows: fetched conditionally, parsed when a document came. */
    FeedRead read(String url, String etag, String lastModified);

    /** Says what an address the user gives is: a feed, a page naming feeds, or neither. */
    FeedLookup lookup(String url);
}
