package org.readinglist.model;

/** The columns an article list can be sorted by. */
public enum SortColumn {
    READ,
    TITLE,
    COMPANY,
    TAGS,
    PUBLISHED,
    READ_TIME
}
