package org.readinglist.feeds;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdom2.Document;
import org.jsoup.Jsoup;
import org.readinglist.feeds.FeedParseException.Kind;
import org.readinglist.model.FieldLimits;
import org.readinglist.web.PlainText;
import org.readinglist.web.ReadingTime;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom 1.0 document into a {@link FeedDocument} with Rome: plain texts within
 * {@link FieldLimits}, absolute http(s) links, one entry per guid. The bytes are read as {@link FeedXml} describes:
 * a DOCTYPE is refused unread, so no entity is expanded and no file or address is read. Blocks: call it off the UI
 * thread, with a body whose size the caller has capped.
 */
public final class FeedParser {

    /** How much of a description is made plain before it is cut to a summary: far more than a summary keeps. */
    private static final int SUMMARY_SOURCE = FieldLimits.SUMMARY;

    private FeedParser() {
    }

    /**
     * The feed in the body.
     *
     * @param contentType the Content-Type it was served with (its charset counts as Rome counts it), or null
     * @param feedUrl     the address it was read from, against which relative links resolve
     * @throws FeedParseException when it is no feed ({@link Kind#NOT_A_FEED}: an HTML page, other XML, OPML),
     *                            broken XML ({@link Kind#MALFORMED}), or refused ({@link Kind#REFUSED})
     */
    public static FeedDocument parse(byte[] body, String contentType, URI feedUrl) throws FeedParseException {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(feedUrl, "feedUrl");
        Document xml = FeedXml.read(body, contentType);
        XmlBase.resolveAtomLinks(xml, feedUrl);
        return read(xml, feedUrl);
    }

    static FeedDocument read(Document xml, URI feedUrl) throws FeedParseException {
        String type = RomeParsers.typeOf(xml).orElseThrow(() -> new FeedParseException(Kind.NOT_A_FEED,
                "no feed parser for <" + xml.getRootElement().getQualifiedName() + ">", null));
        if (!type.startsWith("rss_") && !type.startsWith("atom_")) {
            // rome-opml would also make a "feed" of an OPML file's outlines
            throw new FeedParseException(Kind.NOT_A_FEED, "a document of type " + type, null);
        }
        SyndFeed feed;
        try {
            // the document is parsed already, by FeedXml, as Rome's allowDoctypes=false would have parsed it
            feed = new SyndFeedInput(false, Locale.US).build(xml);
        } catch (FeedException | RuntimeException e) {
            // a document of a kind Rome reads, but not whole (see RomeParsers)
            throw new FeedParseException(Kind.MALFORMED, e.getMessage(), e);
        }
        Map<String, FeedItem> items = new LinkedHashMap<>();
        for (SyndEntry entry : feed.getEntries()) {
            item(entry, feedUrl).ifPresent(item -> items.putIfAbsent(item.guid(), item));
        }
        String title = PlainText.of(feed.getTitle(), FieldLimits.TITLE).orElse("");
        String site = FeedLinks.web(alternate(feed.getLinks()).orElse(type.startsWith("atom_") ? null : feed.getLink()),
                feedUrl).orElse(null);
        return new FeedDocument(title, site, List.copyOf(items.values()));
    }

    /** The entry as an item; empty when it has no title. */
    private static Optional<FeedItem> item(SyndEntry entry, URI feedUrl) {
        Optional<String> title = PlainText.of(entry.getTitle(), FieldLimits.TITLE);
        if (title.isEmpty()) {
            return Optional.empty();
        }
        String link = FeedLinks.web(alternate(entry.getLinks()).orElse(entry.getLink()), feedUrl).orElse(null);
        String guid = identifier(entry.getUri()).or(() -> identifier(link)).orElse(title.get());
        return Optional.of(new FeedItem(guid, title.get(), link, published(entry), authors(entry), summary(entry),
                readMinutes(entry), categories(entry)));
    }

    /**
     * The first alternate link's address: the page of an entry, the site of a feed. Rome makes an Atom feed's own
     * link its {@code self} link, the feed's address, which is no site.
     */
    private static Optional<String> alternate(List<SyndLink> links) {
        return links.stream().filter(link -> link.getRel() == null || link.getRel().isBlank()
                        || link.getRel().strip().equalsIgnoreCase("alternate"))
                .map(SyndLink::getHref).filter(Objects::nonNull).findFirst();
    }

    /** An RSS guid, Atom id or link as an identifier: as written, without control characters, within the limit. */
    private static Optional<String> identifier(String raw) {
        String text = FieldLimits.clean(raw == null ? null : raw.strip(), FieldLimits.ID);
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    private static LocalDate published(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
    }

    /** The Atom authors and RSS/Dublin Core creators, plain, in order, each once (ignoring case). */
    private static List<String> authors(SyndEntry entry) {
        List<String> names = new ArrayList<>();
        for (SyndPerson person : entry.getAuthors()) {
            names.add(person.getName());
        }
        if (entry.getModule(DCModule.URI) instanceof DCModule dublinCore) {
            names.addAll(dublinCore.getCreators());
        }
        return distinct(names, FieldLimits.AUTHOR, FieldLimits.AUTHORS);
    }

    private static List<String> categories(SyndEntry entry) {
        List<String> names = new ArrayList<>();
        for (SyndCategory category : entry.getCategories()) {
            names.add(category.getName());
        }
        return distinct(names, FieldLimits.TAG, FieldLimits.TAGS);
    }

    /** The texts made plain, without empty ones and repeats (ignoring case), at most {@code count}. */
    private static List<String> distinct(List<String> raw, int max, int count) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String text : raw) {
            if (kept.size() == count) {
                break;
            }
            PlainText.of(text, max).ifPresent(plain -> kept.putIfAbsent(plain.toLowerCase(Locale.ROOT), plain));
        }
        return List.copyOf(kept.values());
    }

    /** The description's first sentences, else the full content's; empty when there is neither. */
    private static String summary(SyndEntry entry) {
        SyndContent description = entry.getDescription();
        Optional<String> text = PlainText.of(description == null ? null : description.getValue(), SUMMARY_SOURCE);
        if (text.isEmpty()) {
            text = PlainText.of(fullContent(entry), SUMMARY_SOURCE);
        }
        return text.map(Summaries::cut).orElse("");
    }

    /**
     * Minutes to read the full content (RSS {@code content:encoded}, Atom {@code content}); 0 when the entry carries
     * none, since a description alone says nothing of the article's length.
     */
    private static int readMinutes(SyndEntry entry) {
        String content = fullContent(entry);
        if (content == null) {
            return 0;
        }
        long words = ReadingTime.words(Jsoup.parseBodyFragment(content).body());
        return Math.max(1, ReadingTime.minutes(words));
    }

    /** The entry's content parts joined, or null when it has none that says anything. */
    private static String fullContent(SyndEntry entry) {
        StringBuilder content = new StringBuilder();
        for (SyndContent part : entry.getContents()) {
            String value = part.getValue();
            if (value != null && !value.isBlank()) {
                content.append(content.length() == 0 ? "" : "\n").append(value);
            }
        }
        return content.length() == 0 ? null : content.toString();
    }
}
