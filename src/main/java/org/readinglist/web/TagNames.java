package org.readinglist.web;

import java.util.Optional;

/** Tags as the list keeps them, made from what a person types the same way the fetcher makes them from a page. */
public final class TagNames {

    private TagNames() {
    }

    /**
     * The text as a tag: plain text in lower case, white space made hyphens, cut to
     * {@link org.readinglist.model.FieldLimits#TAG}; empty when nothing is left.
     */
    public static Optional<String> normalize(String text) {
        return Texts.tag(text);
    }
}
