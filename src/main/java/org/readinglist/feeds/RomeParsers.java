package org.readinglist.feeds;

import com.rometools.rome.io.WireFeedParser;
import com.rometools.rome.io.impl.FeedParsers;
import java.util.Optional;
import org.jdom2.Document;

/**
 * Which of Rome's parsers would read a document: Rome's own and rome-opml's, as their {@code rome.properties} name
 * them. Asking first tells a document of a kind Rome does not read ({@link FeedParseException.Kind#NOT_A_FEED}) from
 * one of its kinds that its parser then fails on ({@link FeedParseException.Kind#MALFORMED}): Rome's parsers assume a
 * whole document of their kind and fail with whatever exception a missing part causes (an {@code <rss>} without a
 * {@code <channel>} is a NullPointerException inside Rome 2.1).
 */
final class RomeParsers {

    /** Made once, as Rome makes its own (WireFeedInput keeps one per class loader); only read afterwards. */
    private static final FeedParsers PARSERS = new FeedParsers();

    private RomeParsers() {
    }

    /** The feed type Rome reads the document as ({@code rss_2.0}, {@code atom_1.0}, {@code opml_2.0} …), if any. */
    static Optional<String> typeOf(Document document) {
        try {
            WireFeedParser parser = PARSERS.getParserFor(document);
            return parser == null ? Optional.empty() : Optional.ofNullable(parser.getType());
        } catch (RuntimeException e) {
            // a parser's check of the root element failed on it: none of them reads it
            return Optional.empty();
        }
    }
}
