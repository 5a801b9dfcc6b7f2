package org.readinglist.web;

import java.util.Optional;

/** Plain text from what pages and feeds write, made the same way the fetcher makes an article's texts. */
public final class PlainText {

    private PlainText() {
    }

    /**
     * The text without markup (tags dropped, entities decoded, scripts left out), white space collapsed, without
     * control characters, trimmed and cut to {@code max}; empty when nothing is left.
     */
    public static Optional<String> of(String raw, int max) {
        return Texts.plain(raw, max);
    }
}
