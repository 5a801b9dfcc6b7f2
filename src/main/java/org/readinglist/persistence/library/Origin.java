package org.readinglist.persistence.library;

/** Where an article of the library came from. */
public enum Origin {
    BUNDLED, ADDED, IMPORTED, FEED;

    String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
