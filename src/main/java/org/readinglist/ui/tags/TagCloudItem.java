package org.readinglist.ui.tags;

/**
 * One tag as the cloud shows it.
 *
 * @param name     the tag
 * @param count    articles with this tag within the current result (what selecting it would give)
 * @param total    articles with this tag in the whole list; decides the size
 * @param size     size step from 1 (rarest) to {@value TagCloudViewModel#SIZE_STEPS} (most frequent)
 * @param selected whether the tag is part of the filter
 * @param dimmed   whether selecting it would show nothing
 * @param accessibleText what a screen reader says for the tag: "ml-systems, 7 articles, selected"
 */
public record TagCloudItem(String name, int count, int total, int size, boolean selected, boolean dimmed,
                           String accessibleText) {
}
