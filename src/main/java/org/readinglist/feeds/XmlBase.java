package org.readinglist.feeds;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.readinglist.web.UrlNormalizer;

/**
 * Makes an Atom document's links absolute before Rome reads it. Rome 2.1 leaves {@code href}s as written (it only
 * resolves them behind a static switch that would change every parse in the process), so a relative link is resolved
 * here against the {@code xml:base} in effect where it stands (RFC 3986 and XML Base: each {@code xml:base} is itself
 * resolved against its parent's, the outermost against the feed's address).
 */
final class XmlBase {

    private static final String ATOM_10 = "http://www.w3.org/2005/Atom";
    private static final String ATOM_03 = "http://purl.org/atom/ns#";

    private XmlBase() {
    }

    /** Rewrites every Atom {@code link}'s {@code href} as an absolute address where it can be made one. */
    static void resolveAtomLinks(Document document, URI feedUrl) {
        Deque<Element> elements = new ArrayDeque<>();
        Deque<URI> bases = new ArrayDeque<>();
        elements.push(document.getRootElement());
        bases.push(feedUrl);
        while (!elements.isEmpty()) {
            Element element = elements.pop();
            URI base = base(element, bases.pop());
            String namespace = element.getNamespaceURI();
            boolean atom = namespace.equals(ATOM_10) || namespace.equals(ATOM_03);
            if (atom && element.getName().equals("link") && element.getAttribute("href") != null) {
                FeedLinks.resolve(element.getAttributeValue("href"), base)
                        .ifPresent(href -> element.setAttribute("href", href.toString()));
            }
            for (Element child : element.getChildren()) {
                elements.push(child);
                bases.push(base);
            }
        }
    }

    /** The base in effect inside the element: its own {@code xml:base} when that makes a web address. */
    private static URI base(Element element, URI parent) {
        String declared = element.getAttributeValue("base", Namespace.XML_NAMESPACE);
        Optional<URI> own = FeedLinks.resolve(declared, parent)
                .filter(uri -> UrlNormalizer.parseWebAddress(uri.toString()).isPresent());
        return own.orElse(parent);
    }
}
