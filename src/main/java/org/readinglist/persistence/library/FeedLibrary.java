package org.readinglist.persistence.library;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.readinglist.feeds.FeedArrivals;
import org.readinglist.feeds.FeedEntry;
import org.readinglist.feeds.FeedProblem;
import org.readinglist.feeds.Subscription;

/** The feeds of the library, as refreshing them needs them. Blocks; any thread but the JavaFX one. */
public interface FeedLibrary {

    /** The feeds the library follows. */
    List<Subscription> subscriptions() throws SQLException;

    /** The ETag and Last-Modified of the feed's last successful fetch, each null when unknown. */
    String[] feedValidators(long id) throws SQLException;

    /** Takes in the entries of a fetched document, with the fetch's validators and the feed's new address. */
    FeedArrivals feedFetched(long id, List<FeedEntry> entries, String etag, String lastModified, String movedTo)
            throws SQLException;

    /** Notes that the feed had nothing new. */
    void feedNotModified(long id, String movedTo) throws SQLException;

    /** Notes a failed fetch, when to try again, and whether the feed is paused now (it is gone). */
    void feedFailed(long id, FeedProblem problem, Instant nextAttempt, boolean pause, String movedTo)
            throws SQLException;
}
