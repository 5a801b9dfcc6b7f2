package org.readinglist.library;

import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.readinglist.feeds.FeedArrivals;
import org.readinglist.feeds.FeedArticles;
import org.readinglist.feeds.FeedLookup;
import org.readinglist.feeds.FeedSubscription;
import org.readinglist.persistence.files.OpmlFileException;
import org.readinglist.persistence.files.OpmlFiles;
import org.readinglist.feeds.Subscription;
import org.readinglist.model.Article;
import org.readinglist.persistence.library.LibraryStore;

/**
 * The feeds the user follows, as the Feeds window changes them: following a new one (an address that is a feed, or
 * a page that names some), renaming, pausing and unfollowing. Every method blocks: call them off the JavaFX thread.
 */
public final class FeedSubscriptions {

    /** What following an address came to. */
    public sealed interface Followed {
        /** The feed is followed now; its articles arrived. */
        record Feed(Subscription feed, FeedArrivals arrivals) implements Followed {
        }

        /** The library follows this feed already. */
        record Already(String url) implements Followed {
        }

        /** The address is a page naming these feeds: the user picks one. */
        record Choices(List<FeedLookup.Offered> feeds) implements Followed {
        }

        /** Neither a feed nor a page with one, or not reachable: why. */
        record Failed(FeedLookup.Failed why) implements Followed {
        }
    }

    private final LibraryStore library;
    private final OpmlFiles opmlFiles;
    private final Function<String, FeedLookup> lookup;
    private final Consumer<FeedRefresher.Arrival> onArrival;

    /**
     * @param lookup    fetches an address and says what it is (blocks)
     * @param onArrival hears what a newly followed feed brought, as refreshes do
     */
    public FeedSubscriptions(LibraryStore library, Function<String, FeedLookup> lookup,
                             Consumer<FeedRefresher.Arrival> onArrival, OpmlFiles opmlFiles) {
        this.opmlFiles = Objects.requireNonNull(opmlFiles, "opmlFiles");
        this.library = Objects.requireNonNull(library, "library");
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.onArrival = Objects.requireNonNull(onArrival, "onArrival");
    }

    public List<Subscription> list() throws SQLException {
        return library.subscriptions();
    }

    /**
     * Follows the feed at this address, or says what the address is instead. The feed is named as it names itself
     * (else by its host), and its articles are shown with that name as their company until the user renames it.
     */
    public Followed follow(String address) throws SQLException {
        String url = address.strip();
        if (isFollowed(url)) {
            return new Followed.Already(url);
        }
        FeedLookup found = lookup.apply(url);
        if (found instanceof FeedLookup.Choices choices) {
            return new Followed.Choices(choices.feeds());
        }
        if (found instanceof FeedLookup.Failed failed) {
            return new Followed.Failed(failed);
        }
        FeedLookup.Feed feed = (FeedLookup.Feed) found;
        String name = feed.document().title().isBlank() ? hostOf(feed.url()) : feed.document().title().strip();
        Subscription followed = library.subscribe(feed.url(), name, name, feed.document().siteUrl(), List.of());
        if (followed == null) {
            return new Followed.Already(feed.url());
        }
        FeedArrivals arrivals = library.feedFetched(followed.id(), FeedArticles.entries(followed, feed.document()),
                null, null, null);
        if (arrivals.changedAnything()) {
            onArrival.accept(new FeedRefresher.Arrival(followed, arrivals));
        }
        return new Followed.Feed(library.subscription(followed.id()), arrivals);
    }

    private boolean isFollowed(String url) throws SQLException {
        return library.subscriptions().stream().anyMatch(feed -> feed.url().equals(url));
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? url : host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** What importing a subscription list did: the feeds now followed, and how many were followed already. */
    public record Imported(java.util.Set<Long> followed, int already) {
    }

    /**
     * Follows every feed of a subscription list (OPML) file the library does not follow yet, named as the list
     * names it; their articles come when they are refreshed.
     */
    public Imported importFile(java.nio.file.Path file) throws SQLException, OpmlFileException {
        return follow(opmlFiles.read(file));
    }

    /** Writes the feeds the library follows to a subscription list (OPML) file; returns how many. */
    public int exportFile(java.nio.file.Path file, String title) throws SQLException, OpmlFileException {
        List<FeedSubscription> list = asList();
        opmlFiles.write(file, title, list);
        return list.size();
    }

    Imported follow(List<FeedSubscription> list) throws SQLException {
        java.util.Set<Long> followed = new java.util.LinkedHashSet<>();
        int already = 0;
        for (FeedSubscription entry : list) {
            String url = entry.feedUrl().toString();
            String name = entry.title().isBlank() ? hostOf(url) : entry.title().strip();
            Subscription added = library.subscribe(url, name, name,
                    entry.siteUrl() == null ? null : entry.siteUrl().toString(), List.of());
            if (added == null) {
                already++;
            } else {
                followed.add(added.id());
            }
        }
        return new Imported(followed, already);
    }

    /** The feeds the library follows as a subscription list names them. */
    List<FeedSubscription> asList() throws SQLException {
        return library.subscriptions().stream()
                .map(feed -> new FeedSubscription(feed.name(), URI.create(feed.url()),
                        feed.siteUrl() == null ? null : safeUri(feed.siteUrl())))
                .toList();
    }

    private static URI safeUri(String url) {
        try {
            return URI.create(url);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Renames a feed, and sets the company and the tags its articles get from now on. */
    public void describe(long id, String name, String company, List<String> tags) throws SQLException {
        library.describeSubscription(id, name, company, tags);
    }

    public void pause(long id, boolean paused) throws SQLException {
        library.pauseSubscription(id, paused);
    }

    /** Unfollows a feed, keeping its articles or not (read and edited ones always stay); returns those that went. */
    public List<Article> unfollow(long id, boolean keepArticles) throws SQLException {
        return library.unsubscribe(id, keepArticles);
    }
}
