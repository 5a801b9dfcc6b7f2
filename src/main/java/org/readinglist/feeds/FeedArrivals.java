package org.readinglist.feeds;

import java.util.List;
import org.readinglist.model.Article;

/**
 * What taking in a feed's entries changed in the library.
 *
 * @param added   the new articles, oldest first, as the library now has them
 * @param updated articles the feed changed, as the library now has them (the user had not edited them)
 */
public record FeedArrivals(List<Article> added, List<Article> updated) {
    public FeedArrivals {
        added = List.copyOf(added);
        updated = List.copyOf(updated);
    }

    public boolean changedAnything() {
        return !added.isEmpty() || !updated.isEmpty();
    }
}
