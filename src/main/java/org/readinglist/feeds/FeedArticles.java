package org.readinglist.feeds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.readinglist.model.Article;
import org.readinglist.model.FieldLimits;
import org.readinglist.web.TagNames;
import org.readinglist.web.UrlNormalizer;

/** What a feed's entries become in the library. */
public final class FeedArticles {

    /** The start of every article id made from a feed entry. */
    public static final String ID_PREFIX = "feed-";

    private FeedArticles() {
    }

    /** Every entry of a document as the article it becomes for this feed, in the document's order. */
    public static List<FeedEntry> entries(Subscription feed, FeedDocument document) {
        return document.items().stream().map(item -> new FeedEntry(item.guid(), articleOf(feed, item))).toList();
    }

    /**
     * The article an entry becomes: unread, shown with the feed's company, tagged with the entry's categories
     * (lower case, spaces made hyphens) and then the feed's own tags; authors unknown when the entry names none.
     */
    public static Article articleOf(Subscription feed, FeedItem item) {
        Set<String> tags = new LinkedHashSet<>();
        for (String category : item.categories()) {
            TagNames.normalize(category).ifPresent(tags::add);
        }
        tags.addAll(feed.tags());
        List<String> tagList = tags.stream().limit(FieldLimits.TAGS).toList();
        return new Article(idFor(feed, item), item.title(), feed.company(), item.summary(), tagList,
                item.readMinutes(), item.link(), item.published(), item.authors().isEmpty() ? null : item.authors());
    }

    /**
     * An entry's article id: "feed-" and 16 hex digits of a SHA-256 of its link's normalized form (the same post in
     * two feeds is one article), or of the feed's address and the entry's guid when it has no link.
     */
    static String idFor(Subscription feed, FeedItem item) {
        String basis = item.link() != null ? UrlNormalizer.key(item.link()) : feed.url() + "\n" + item.guid();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return ID_PREFIX + HexFormat.of().formatHex(hash).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
