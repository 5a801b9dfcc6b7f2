package org.readinglist.feeds;

import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.SAXHandler;
import org.jdom2.input.sax.XMLReaders;
import org.readinglist.feeds.FeedParseException.Kind;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads the bytes of a feed or OPML document into a JDOM document that Rome can read, without trusting them:
 * <ul>
 *     <li>the charset comes from the byte order mark, the XML declaration and the Content-Type the way Rome's
 *     {@link XmlReader} decides it, leniently (a feed served with a wrong Content-Type is still read);</li>
 *     <li>an HTML page, or text that is no markup, is no feed, and is not parsed;</li>
 *     <li>a document type declaration is refused before any parser sees it, so no entity is ever expanded and no
 *     external file or address is ever read; the parser itself is set up as Rome's {@code allowDoctypes=false}
 *     sets it up (DOCTYPE disallowed, external entities and DTDs off, an entity resolver that resolves to nothing),
 *     should anything get past that;</li>
 *     <li>elements nested deeper than {@value #MAX_DEPTH} are refused while parsing: Rome and JDOM walk a document
 *     (and write out XHTML content) recursively, and a few thousand levels overflow the stack;</li>
 *     <li>HTML entities that XML does not know ({@code &nbsp;}) are healed as Rome heals them.</li>
 * </ul>
 * The parser is built for each document; nothing is shared between threads.
 */
final class FeedXml {

    /** Deeper than any feed's markup, and shallow enough for Rome's recursion on a small thread stack. */
    static final int MAX_DEPTH = 128;

    private FeedXml() {
    }

    /**
     * The document, or why it is not read.
     *
     * @param contentType the Content-Type it was served with, or null for a file
     */
    static Document read(byte[] body, String contentType) throws FeedParseException {
        String text = decode(body, contentType);
        DocumentStart start = DocumentStart.of(text);
        boolean html = start.localName().equalsIgnoreCase("html");
        switch (start.kind()) {
            case NOTHING -> throw new FeedParseException(Kind.NOT_A_FEED, "no element", null);
            case DOCTYPE -> throw new FeedParseException(html ? Kind.NOT_A_FEED : Kind.REFUSED,
                    "document type declaration " + start.name(), null);
            case ELEMENT -> {
                if (html) {
                    throw new FeedParseException(Kind.NOT_A_FEED, "an HTML page", null);
                }
            }
            case OTHER -> {
                if (!DocumentStart.startsWithMarkup(text)) {
                    throw new FeedParseException(Kind.NOT_A_FEED, "no markup", null);
                }
            }
        }
        return parse(text);
    }

    /** The text in the charset Rome's XmlReader picks; a charset Java does not know makes it malformed. */
    static String decode(byte[] body, String contentType) throws FeedParseException {
        InputStream in = new ByteArrayInputStream(body);
        try (XmlReader reader = contentType == null || contentType.isBlank() ? new XmlReader(in, true)
                : new XmlReader(in, contentType.toLowerCase(Locale.ROOT), true)) {
            StringWriter text = new StringWriter(body.length);
            reader.transferTo(text);
            return text.toString();
        } catch (IOException | RuntimeException e) {
            // an encoding Java does not support, or a Content-Type Rome cannot make sense of
            throw new FeedParseException(Kind.MALFORMED, "cannot decode: " + e.getMessage(), e);
        }
    }

    /** Parses the text, with no document type allowed and elements at most {@value #MAX_DEPTH} deep. */
    static Document parse(String text) throws FeedParseException {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING, DepthLimitedHandler::new, null);
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        builder.setExpandEntities(false);
        try {
            return builder.build(new XmlFixerReader(new StringReader(text)));
        } catch (JDOMException e) {
            if (e.getCause() instanceof TooDeep) {
                throw new FeedParseException(Kind.REFUSED, "elements nested deeper than " + MAX_DEPTH, e);
            }
            throw new FeedParseException(Kind.MALFORMED, e.getMessage(), e);
        } catch (IOException e) {
            throw new FeedParseException(Kind.MALFORMED, e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            // JDOM's own checks, stricter than XML's: a namespace such as xmlns:v="0.92" is well-formed XML that JDOM
            // refuses to hold (IllegalNameException and its kin, thrown past the parser)
            throw new FeedParseException(Kind.MALFORMED, e.getMessage(), e);
        }
    }

    /** Stops the parse at the first element deeper than {@value #MAX_DEPTH}. */
    private static final class DepthLimitedHandler extends SAXHandler {

        private int depth;

        DepthLimitedHandler(org.jdom2.JDOMFactory factory) {
            super(factory);
        }

        @Override
        public void startElement(String namespaceUri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if (++depth > MAX_DEPTH) {
                throw new TooDeep();
            }
            super.startElement(namespaceUri, localName, qName, attributes);
        }

        @Override
        public void endElement(String namespaceUri, String localName, String qName) throws SAXException {
            depth--;
            super.endElement(namespaceUri, localName, qName);
        }
    }

    private static final class TooDeep extends SAXException {

        private static final long serialVersionUID = 1L;

        TooDeep() {
            super("elements nested too deep");
        }
    }
}
