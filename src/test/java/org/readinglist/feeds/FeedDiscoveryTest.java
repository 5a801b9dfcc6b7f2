package org.readinglist.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which feeds a page announces, and how their addresses and titles come out. */
class FeedDiscoveryTest {

    private static final URI PAGE_URL = URI.create("https://www.example.com/blog/posts/hello.html");

    @Test
    void findsRssAndAtomFeedsInPageOrderWithAbsoluteAddresses() {
        List<DiscoveredFeed> feeds = find("""
                <link rel="alternate" type="application/atom+xml" title="Atom" href="/blog/atom.xml">
                <link rel="stylesheet" href="/style.css">
                <link rel="alternate" type="application/rss+xml" title="Comments &amp; more" href="comments/feed">
                <link rel="alternate" type="application/rss+xml" href="https://feeds.example.net/all">""");

        assertThat(feeds).containsExactly(
                new DiscoveredFeed("Atom", URI.create("https://www.example.com/blog/atom.xml")),
                new DiscoveredFeed("Comments & more", URI.create("https://www.example.com/blog/posts/comments/feed")),
                new DiscoveredFeed("", URI.create("https://feeds.example.net/all")));
    }

    @Test
    void relativeAddressesResolveAgainstTheBaseElement() {
        List<DiscoveredFeed> feeds = find("""
                <base href="https://cdn.example.org/site/">
                <link rel="alternate" type="application/rss+xml" href="feed.xml">""");

        assertThat(feeds).extracting(DiscoveredFeed::url)
                .containsExactly(URI.create("https://cdn.example.org/site/feed.xml"));
    }

    @Test
    void onlyAlternateLinksOfFeedTypesCount() {
        List<DiscoveredFeed> feeds = find("""
                <link rel="alternate" type="text/html" hreflang="de" href="/de/">
                <link rel="alternate" type="application/json" href="/feed.json">
                <link rel="alternate" type="application/feed+json" href="/feed2.json">
                <link rel="feed" type="application/rss+xml" href="/not-alternate">
                <link rel="alternate" href="/no-type">
                <link rel="preload" type="application/rss+xml" href="/preload">
                <link rel="Alternate nofollow" type=" Application/RSS+XML; charset=UTF-8 " href="/yes">""");

        assertThat(feeds).extracting(DiscoveredFeed::url).containsExactly(URI.create("https://www.example.com/yes"));
    }

    @Test
    void addressesOfOtherSchemesAreSkipped() {
        List<DiscoveredFeed> feeds = find("""
                <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
                <link rel="alternate" type="application/rss+xml" href="data:application/rss+xml,&lt;rss/&gt;">
                <link rel="alternate" type="application/rss+xml" href="ftp://ftp.example.com/feed">
                <link rel="alternate" type="application/rss+xml" href="feed://www.example.com/feed">
                <link rel="alternate" type="application/rss+xml" href="">
                <link rel="alternate" type="application/atom+xml" href="http://www.example.com/atom">""");

        assertThat(feeds).extracting(DiscoveredFeed::url).containsExactly(URI.create("http://www.example.com/atom"));
    }

    @Test
    void eachFeedOnceTheFirstTitleWins() {
        List<DiscoveredFeed> feeds = find("""
                <link rel="alternate" type="application/rss+xml" title="First" href="/feed">
                <link rel="alternate" type="application/rss+xml" title="Again" href="https://www.example.com/feed">
                <link rel="alternate" type="application/atom+xml" title="Http" href="http://www.example.com/feed">
                <link rel="alternate" type="application/rss+xml" title="Other" href="/feed?page=2">""");

        assertThat(feeds).extracting(DiscoveredFeed::title).containsExactly("First", "Other");
    }

    @Test
    void aPageWithoutFeedsHasNone() {
        assertThat(find("<title>Nothing here</title><p>No feeds</p>")).isEmpty();
        assertThat(FeedDiscovery.find(new byte[0], null, PAGE_URL)).isEmpty();
    }

    @Test
    void aPageAnnouncingThousandsOfFeedsGivesTheFirstFew() {
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            links.append("<link rel=alternate type=application/rss+xml href=/feed/").append(i).append('>');
        }

        List<DiscoveredFeed> feeds = find(links.toString());

        assertThat(feeds).hasSize(FeedDiscovery.MAX_FEEDS);
        assertThat(feeds.get(0).url()).isEqualTo(URI.create("https://www.example.com/feed/0"));
    }

    @Test
    void titlesAreReadInThePagesCharset() {
        String html = "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" title=\"Café crème\""
                + " href=\"/feed\"></head></html>";
        Charset latin1 = StandardCharsets.ISO_8859_1;

        assertThat(FeedDiscovery.find(html.getBytes(latin1), "text/html; charset=iso-8859-1", PAGE_URL))
                .extracting(DiscoveredFeed::title).containsExactly("Café crème");
        String withMeta = "<meta charset=\"iso-8859-1\">" + html;
        assertThat(FeedDiscovery.find(withMeta.getBytes(latin1), "text/html", PAGE_URL))
                .extracting(DiscoveredFeed::title).containsExactly("Café crème");
    }

    @Test
    void findsTheFeedThatTheTestHtmlPageAnnounces() {
        assertThat(FeedDiscovery.find(Feeds.resource("html-page.html"), "text/html", PAGE_URL))
                .containsExactly(new DiscoveredFeed("", URI.create("https://www.example.com/feed")));
    }

    private static List<DiscoveredFeed> find(String head) {
        String page = "<!DOCTYPE html><html><head><title>A page</title>" + head + "</head><body></body></html>";
        return FeedDiscovery.find(page.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", PAGE_URL);
    }
}
