package org.readinglist.feeds;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.readinglist.model.FieldLimits;
import org.readinglist.web.UrlNormalizer;

/**
 * Fuzzes reading feeds and subscription lists from untrusted bytes. Whatever the bytes, {@link FeedParser#parse}
 * gives a feed whose items keep the contract of {@link FeedItem} (plain texts within {@link FieldLimits}, unique
 * guids, absolute http(s) links or none), or a {@link FeedParseException} with a kind; {@link OpmlDocuments#read}
 * gives subscriptions with web addresses, or a FeedParseException. Anything else they throw (a RuntimeException,
 * StackOverflowError, OutOfMemoryError) or a hang is a finding.
 *
 * <p>A plain {@code mvn verify} only replays the inputs in
 * {@code src/test/resources/org/readinglist/feeds/FeedParserFuzzTestInputs/{parseFeed,readOpml}/}. To fuzz:
 * {@code mvn test -Pfuzz -Dtest=FeedParserFuzzTest#parseFeed -Djazzer.max_duration=10m}, or {@code #readOpml} (see the
 * {@code fuzz} profile in pom.xml).
 */
class FeedParserFuzzTest {

    private static final URI FEED_URL = URI.create("https://fuzz.example.com/blog/feed.xml");

    @FuzzTest(maxDuration = "10m")
    void parseFeed(byte[] data) {
        try {
            check(FeedParser.parse(data, "application/rss+xml", FEED_URL));
        } catch (FeedParseException e) {
            assertNotNull(e.kind());
        }
    }

    @FuzzTest(maxDuration = "10m")
    void readOpml(byte[] data) {
        try {
            List<FeedSubscription> subscriptions = OpmlDocuments.read(data);
            Set<String> feeds = new HashSet<>();
            for (FeedSubscription subscription : subscriptions) {
                assertTrue(UrlNormalizer.parseWebAddress(subscription.feedUrl().toString()).isPresent(), "feed");
                assertTrue(feeds.add(UrlNormalizer.key(subscription.feedUrl().toString())), "each feed once");
                assertTrue(subscription.title().length() <= FieldLimits.TITLE, "title within its limit");
            }
        } catch (FeedParseException e) {
            assertNotNull(e.kind());
        }
    }

    private static void check(FeedDocument feed) {
        assertTrue(feed.title().length() <= FieldLimits.TITLE, "feed title within its limit");
        assertTrue(feed.siteUrl() == null || isWebAddress(feed.siteUrl()), "site is a web address");
        Set<String> guids = new HashSet<>();
        for (FeedItem item : feed.items()) {
            assertFalse(item.guid().isBlank(), "every item has a guid");
            assertTrue(item.guid().length() <= FieldLimits.ID, "guid within its limit");
            assertTrue(guids.add(item.guid()), "guids are unique: " + item.guid());
            assertFalse(item.title().isBlank(), "every item has a title");
            assertTrue(item.title().length() <= FieldLimits.TITLE, "title within its limit");
            assertTrue(item.link() == null || isWebAddress(item.link()), "link is a web address: " + item.link());
            assertTrue(item.summary().length() <= Summaries.MOST + 1, "summary cut");
            assertTrue(item.readMinutes() >= 0 && item.readMinutes() <= FieldLimits.READ_MINUTES, "minutes");
            assertTrue(item.authors().size() <= FieldLimits.AUTHORS, "authors");
            assertTrue(item.authors().stream().allMatch(name -> !name.isBlank()
                    && name.length() <= FieldLimits.AUTHOR), "author names");
            assertTrue(item.categories().size() <= FieldLimits.TAGS, "categories");
            assertTrue(item.categories().stream().allMatch(name -> !name.isBlank()
                    && name.length() <= FieldLimits.TAG), "category names");
        }
    }

    private static boolean isWebAddress(String text) {
        return text.length() <= FieldLimits.URL && UrlNormalizer.parseWebAddress(text).isPresent()
                && URI.create(text).isAbsolute();
    }
}
