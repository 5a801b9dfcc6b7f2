package org.readinglist.persistence.library;

import java.util.Locale;

/** The form of a URL that two links to one article share. */
public final class UrlKeys {

    private UrlKeys() {
    }

    public static String of(String url) {
        String key = url.strip();
        int hash = key.indexOf('#');
        if (hash >= 0) {
            key = key.substring(0, hash);
        }
        int scheme = key.indexOf("://");
        if (scheme > 0) {
            int pathStart = key.indexOf('/', scheme + 3);
            int end = pathStart < 0 ? key.length() : pathStart;
            key = key.substring(0, end).toLowerCase(Locale.ROOT) + key.substring(end);
        }
        return key;
    }
}
