package org.readinglist.logic;

/** Answers whether an article (by id) is marked read. */
@FunctionalInterface
public interface ReadStatus {
    boolean isRead(String articleId);
}
