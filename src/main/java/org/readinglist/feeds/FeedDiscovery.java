package org.readinglist.feeds;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.readinglist.model.FieldLimits;
import org.readinglist.web.HtmlPages;
import org.readinglist.web.PlainText;
import org.readinglist.web.UrlNormalizer;

/**
 * Finds the feeds a web page announces: {@code <link rel="alternate" type="application/rss+xml" href="…">} and the
 * same for {@code application/atom+xml}, as browsers and feed readers find them. The page is read the way the fetcher
 * reads pages ({@link HtmlPages}), scripts never run.
 */
public final class FeedDiscovery {

    /** More than any page announces; a page with thousands of feed links gets no more of them read. */
    static final int MAX_FEEDS = 50;
    private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml");

    private FeedDiscovery() {
    }

    /**
     * The page's feeds in page order, each address once (compared as {@link UrlNormalizer#key} compares them),
     * absolute (against the page's address or its {@code <base href>}), http or https only, at most
     * {@value #MAX_FEEDS}; empty when it announces none.
     *
     * @param contentType the page's Content-Type, whose charset counts; null when unknown
     * @param pageUrl     the address the page was read from
     */
    public static List<DiscoveredFeed> find(byte[] body, String contentType, URI pageUrl) {
        Objects.requireNonNull(body, "body");
        return find(HtmlPages.parse(body, contentType, Objects.requireNonNull(pageUrl, "pageUrl")));
    }

    static List<DiscoveredFeed> find(Document page) {
        List<DiscoveredFeed> feeds = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Element link : page.select("link[rel][type][href]")) {
            if (feeds.size() == MAX_FEEDS) {
                break;
            }
            // an empty href would name the page itself
            if (!isAlternate(link) || !FEED_TYPES.contains(mediaType(link.attr("type")))
                    || link.attr("href").isBlank()) {
                continue;
            }
            Optional<URI> address = UrlNormalizer.parseWebAddress(link.absUrl("href"));
            if (address.isPresent() && seen.add(UrlNormalizer.key(address.get().toString()))) {
                String title = PlainText.of(link.attr("title"), FieldLimits.TITLE).orElse("");
                feeds.add(new DiscoveredFeed(title, address.get()));
            }
        }
        return List.copyOf(feeds);
    }

    private static boolean isAlternate(Element link) {
        for (String rel : link.attr("rel").toLowerCase(Locale.ROOT).strip().split("\\s+")) {
            if (rel.equals("alternate")) {
                return true;
            }
        }
        return false;
    }

    /** The type without parameters, in lower case: {@code Application/RSS+XML; charset=utf-8} is RSS. */
    private static String mediaType(String type) {
        int parameters = type.indexOf(';');
        return (parameters < 0 ? type : type.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }
}
