package org.readinglist.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything that decides which articles are shown and in what order.
 *
 * @param tags     selected tags; empty means no tag filter
 * @param tagMatch whether an article needs all selected tags or any of them
 * @param text     free search text, matched case-insensitively; blank means no text filter
 * @param show     read-state filter
 * @param sort     sort keys, most significant first; ties keep the list's original order
 */
public record ArticleQuery(Set<String> tags, TagMatch tagMatch, String text, ShowFilter show, List<SortKey> sort) {

    public static final List<SortKey> DEFAULT_SORT = List.of(SortKey.descending(SortColumn.PUBLISHED));

    public ArticleQuery {
        tags = Set.copyOf(tags);
        Objects.requireNonNull(tagMatch, "tagMatch");
        text = text == null ? "" : text;
        Objects.requireNonNull(show, "show");
        sort = List.copyOf(sort);
    }

    public static ArticleQuery everything() {
        return new ArticleQuery(Set.of(), TagMatch.ALL, "", ShowFilter.ALL, DEFAULT_SORT);
    }

    public ArticleQuery withTags(Set<String> newTags) {
        return new ArticleQuery(newTags, tagMatch, text, show, sort);
    }

    public ArticleQuery withTagMatch(TagMatch newMatch) {
        return new ArticleQuery(tags, newMatch, text, show, sort);
    }

    public ArticleQuery withText(String newText) {
        return new ArticleQuery(tags, tagMatch, newText, show, sort);
    }

    public ArticleQuery withShow(ShowFilter newShow) {
        return new ArticleQuery(tags, tagMatch, text, newShow, sort);
    }

    public ArticleQuery withSort(List<SortKey> newSort) {
        return new ArticleQuery(tags, tagMatch, text, show, newSort);
    }

    /** Whether marking an article read or unread can change which articles match or their order. */
    public boolean dependsOnReadState() {
        return show != ShowFilter.ALL || sort.stream().anyMatch(key -> key.column() == SortColumn.READ);
    }

    public boolean hasFilters() {
        return !tags.isEmpty() || !text.isBlank() || show != ShowFilter.ALL;
    }
}
