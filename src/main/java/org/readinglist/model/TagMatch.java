package org.readinglist.model;

/** How several selected tags combine: an article must carry all of them, or any one of them. */
public enum TagMatch {
    ALL,
    ANY
}
