package org.readinglist.feeds;

import com.rometools.opml.feed.opml.Attribute;
import com.rometools.opml.feed.opml.Opml;
import com.rometools.opml.feed.opml.Outline;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.WireFeedOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.readinglist.feeds.FeedParseException.Kind;
import org.readinglist.model.FieldLimits;
import org.readinglist.web.UrlNormalizer;

/**
 * Subscription lists in OPML, read and written with rome-opml. Reading takes the outlines that name a feed
 * ({@code xmlUrl}) from any depth of folders, in document order, and is as safe as reading a feed ({@link FeedXml}:
 * no DOCTYPE, no deep nesting); the caller caps the size. Writing makes OPML 2.0 that reading gives back unchanged.
 */
public final class OpmlDocuments {

    private OpmlDocuments() {
    }

    /**
     * The subscriptions in the document: one per outline with an absolute http(s) {@code xmlUrl}, each feed once
     * (compared as {@link UrlNormalizer#key} compares addresses; the first wins), titled by its {@code title}, else its
     * {@code text}; a folder's own title is not kept. Outlines with other addresses are skipped.
     *
     * @throws FeedParseException {@link Kind#NOT_A_FEED} when it is no OPML, {@link Kind#MALFORMED} for broken XML,
     *                            {@link Kind#REFUSED} for a DOCTYPE or deep nesting
     */
    public static List<FeedSubscription> read(byte[] body) throws FeedParseException {
        Objects.requireNonNull(body, "body");
        org.jdom2.Document xml = FeedXml.read(body, null);
        String type = RomeParsers.typeOf(xml).orElse("");
        if (!type.startsWith("opml_")) {
            throw new FeedParseException(Kind.NOT_A_FEED, "no OPML but <" + xml.getRootElement().getQualifiedName()
                    + "> of type " + type, null);
        }
        WireFeed document;
        try {
            document = new WireFeedInput(false, Locale.US).build(xml);
        } catch (FeedException | RuntimeException e) {
            // an OPML document rome-opml fails on (see RomeParsers)
            throw new FeedParseException(Kind.MALFORMED, e.getMessage(), e);
        }
        if (!(document instanceof Opml opml)) {
            throw new FeedParseException(Kind.NOT_A_FEED, "a document of type " + document.getFeedType(), null);
        }
        List<FeedSubscription> subscriptions = new ArrayList<>();
        Set<String> feeds = new HashSet<>();
        // depth first, in document order, without recursion
        Deque<Iterator<Outline>> folders = new ArrayDeque<>();
        folders.push(opml.getOutlines().iterator());
        while (!folders.isEmpty()) {
            if (!folders.peek().hasNext()) {
                folders.pop();
                continue;
            }
            Outline outline = folders.peek().next();
            UrlNormalizer.parseWebAddress(outline.getXmlUrl())
                    .filter(feed -> feeds.add(UrlNormalizer.key(feed.toString())))
                    .ifPresent(feed -> subscriptions.add(new FeedSubscription(title(outline), feed,
                            UrlNormalizer.parseWebAddress(outline.getHtmlUrl()).orElse(null))));
            if (!outline.getChildren().isEmpty()) {
                folders.push(outline.getChildren().iterator());
            }
        }
        return List.copyOf(subscriptions);
    }

    /**
     * Writes the subscriptions as an OPML 2.0 document in UTF-8, one {@code <outline type="rss">} each with its title
     * as {@code text} and {@code title}, its {@code xmlUrl} and, when there is one, its {@code htmlUrl}. Characters
     * XML cannot hold (control characters, lone surrogates) are left out.
     *
     * @param title the list's own title, for its head
     */
    public static void write(String title, List<FeedSubscription> subscriptions, OutputStream out)
            throws IOException {
        Opml opml = new Opml();
        opml.setFeedType("opml_2.0");
        opml.setEncoding("UTF-8");
        opml.setTitle(xmlText(title));
        List<Outline> outlines = new ArrayList<>();
        for (FeedSubscription subscription : subscriptions) {
            Outline outline = new Outline();
            String text = xmlText(subscription.title());
            outline.setText(text);
            outline.setTitle(text);
            outline.setType("rss");
            outline.getAttributes().add(new Attribute("xmlUrl", subscription.feedUrl().toASCIIString()));
            if (subscription.siteUrl() != null) {
                outline.getAttributes().add(new Attribute("htmlUrl", subscription.siteUrl().toASCIIString()));
            }
            outlines.add(outline);
        }
        opml.setOutlines(outlines);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            new WireFeedOutput().output(opml, writer, true);
        } catch (FeedException e) {
            throw new IOException("OPML not written: " + e.getMessage(), e);
        }
        writer.flush();
    }

    /** An outline's title, else its text, as plain as it was written: OPML attributes are text, not HTML. */
    private static String title(Outline outline) {
        String title = FieldLimits.clean(outline.getTitle(), FieldLimits.TITLE);
        if (title == null || title.isBlank()) {
            title = FieldLimits.clean(outline.getText(), FieldLimits.TITLE);
        }
        return title == null ? "" : title.strip();
    }

    /** The text with only the characters XML 1.0 allows. */
    private static String xmlText(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(OpmlDocuments::isXmlCharacter).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean isXmlCharacter(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
