package org.readinglist.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reads a page's bytes as a document, in the charset its Content-Type or a {@code <meta>} names. */
public final class HtmlPages {

    private HtmlPages() {
    }

    /**
     * The page as jsoup reads it: in the charset the Content-Type names, else one a {@code <meta>} in the first 4 KB
     * names, else as a byte order mark says or UTF-8. Relative links resolve against {@code pageUrl}.
     */
    public static Document parse(byte[] body, String contentType, URI pageUrl) {
        String charset = Charsets.of(contentType, body).map(Charset::name).orElse(null);
        try {
            return Jsoup.parse(new ByteArrayInputStream(body), charset, pageUrl.toString());
        } catch (IOException e) {
            throw new IllegalStateException("reading bytes in memory failed", e);
        }
    }
}
