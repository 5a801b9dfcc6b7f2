package org.readinglist.model;

/** Which articles to show by read state. */
public enum ShowFilter {
    ALL,
    UNREAD,
    READ;

    public boolean accepts(boolean read) {
        return switch (this) {
            case ALL -> true;
            case UNREAD -> !read;
            case READ -> read;
        };
    }
}
