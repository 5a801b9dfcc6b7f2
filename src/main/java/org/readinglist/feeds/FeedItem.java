package org.readinglist.feeds;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a feed as read, before it becomes an article: plain text only, never HTML.
 *
 * @param guid        what identifies the entry across refreshes: its guid (RSS) or id (Atom), else its link, else
 *                    its title; never empty
 * @param title       plain text, entities decoded and markup removed; never empty (an entry without one is skipped)
 * @param link        the entry's http(s) address, absolute; null when it has none or one of another scheme
 * @param published   the day it was published (or else updated), null when the feed does not say
 * @param authors     author names in the feed's order, possibly empty
 * @param summary     a few sentences of plain text from the description or content, possibly empty
 * @param readMinutes minutes to read the full content at about 230 words a minute (at least 1), or 0 when the feed
 *                    carries no full content (unknown)
 * @param categories  the entry's categories as written in the feed (not yet normalized into tags)
 */
public record FeedItem(String guid, String title, String link, LocalDate published, List<String> authors,
                       String summary, int readMinutes, List<String> categories) {
    public FeedItem {
        Objects.requireNonNull(guid, "guid");
        Objects.requireNonNull(title, "title");
        authors = List.copyOf(authors);
        Objects.requireNonNull(summary, "summary");
        categories = List.copyOf(categories);
    }
}
