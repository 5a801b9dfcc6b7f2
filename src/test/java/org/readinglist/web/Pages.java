package org.readinglist.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Pages for the web tests: files under src/test/resources/web and small pages built in the test. */
final class Pages {

    static final URI PAGE_URL = URI.create("https://www.example.com/blog/post?utm_source=feed");

    private Pages() {
    }

    static String resource(String name) {
        try (InputStream in = Pages.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test page " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page with these elements in its head and this body. */
    static String page(String head, String body) {
        return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
    }

    static String meta(String property, String content) {
        return "<meta property=\"" + property + "\" content=\"" + content + "\">";
    }

    static String named(String name, String content) {
        return "<meta name=\"" + name + "\" content=\"" + content + "\">";
    }

    static String jsonLd(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    /** This many words, "w1 w2 …". */
    static String words(int count) {
        StringBuilder words = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            words.append('w').append(i).append(' ');
        }
        return words.toString();
    }

    static PageMetadata parse(String html) {
        return PageParser.parse(html, PAGE_URL);
    }
}
