package org.readinglist.library;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.readinglist.feeds.FeedArrivals;
import org.readinglist.feeds.FeedArticles;
import org.readinglist.feeds.FeedProblem;
import org.readinglist.feeds.FeedRead;
import org.readinglist.feeds.Subscription;
import org.readinglist.persistence.library.FeedLibrary;

/**
 * Refreshes the feeds the library follows: each is read on the executor it is given (which bounds how many are
 * fetched at once), and what it brought goes into the library and out to {@code onArrival} as soon as that feed is
 * done, so a slow or failing feed holds up no other. A feed that fails is left alone for a growing while; a feed
 * the server says is gone is paused. Only one refresh runs at a time: asking for another meanwhile gets the one
 * running.
 */
public final class FeedRefresher {

    /** Reads one feed (fetches and parses it). Blocks. */
    @FunctionalInterface
    public interface Reader {
        FeedRead read(String url, String etag, String lastModified);
    }

    /** When to try a failing feed again. */
    @FunctionalInterface
    public interface Pacing {
        Instant nextAttempt(int failuresInRow, Optional<Duration> retryAfter, Instant now);
    }

    /** What one feed brought. */
    public record Arrival(Subscription feed, FeedArrivals arrivals) {
    }

    /**
     * What a refresh did: how many feeds it read, how many of them failed, and the feeds that brought new
     * articles with how many each.
     */
    public record Summary(int feeds, int failed, List<News> news) {
        public Summary {
            news = List.copyOf(news);
        }

        public int newArticles() {
            return news.stream().mapToInt(News::count).sum();
        }
    }

    /** New articles from one feed. */
    public record News(String feedName, int count) {
    }

    private static final System.Logger LOG = System.getLogger(FeedRefresher.class.getName());

    private final FeedLibrary library;
    private final Reader reader;
    private final Pacing pacing;
    private final Executor fetchers;
    private final Clock clock;
    private final Consumer<Arrival> onArrival;
    private CompletableFuture<Summary> running;

    public FeedRefresher(FeedLibrary library, Reader reader, Pacing pacing, Executor fetchers, Clock clock,
                         Consumer<Arrival> onArrival) {
        this.library = Objects.requireNonNull(library, "library");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.pacing = Objects.requireNonNull(pacing, "pacing");
        this.fetchers = Objects.requireNonNull(fetchers, "fetchers");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.onArrival = Objects.requireNonNull(onArrival, "onArrival");
    }

    /**
     * Refreshes every feed that is not paused ({@code all}: the user asked), or only those due (a scheduled
     * refresh passes by a failing feed until its next attempt).
     *
     * @return completes when every feed is done; never exceptionally (a failure is a feed's problem)
     */
    public synchronized CompletableFuture<Summary> refresh(boolean all) {
        return refresh(all, count -> { });
    }

    /**
     * As {@link #refresh(boolean)}, telling {@code starting} (on a fetching thread) how many feeds this refresh
     * reads, before it reads them; a refresh already running tells nothing.
     */
    public synchronized CompletableFuture<Summary> refresh(boolean all, java.util.function.IntConsumer starting) {
        Instant now = clock.instant();
        return refresh(feed -> all || feed.nextAttempt() == null || !feed.nextAttempt().isAfter(now), starting);
    }

    /**
     * Refreshes the feeds (not paused) that {@code which} picks, telling {@code starting} how many; a refresh already
     * running is the one returned.
     */
    public synchronized CompletableFuture<Summary> refresh(java.util.function.Predicate<Subscription> which,
                                                         java.util.function.IntConsumer starting) {
        if (running != null && !running.isDone()) {
            return running;
        }
        CompletableFuture<List<Subscription>> feeds = CompletableFuture.supplyAsync(() -> {
            List<Subscription> due = due(which);
            starting.accept(due.size());
            return due;
        }, fetchers);
        running = feeds.thenCompose(this::readAll);
        return running;
    }

    /** The feeds this refresh reads. */
    private List<Subscription> due(java.util.function.Predicate<Subscription> which) {
        try {
            return library.subscriptions().stream().filter(feed -> !feed.paused()).filter(which).toList();
        } catch (java.sql.SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "the feeds cannot be read from the library", e);
            return List.of();
        }
    }

    private CompletableFuture<Summary> readAll(List<Subscription> feeds) {
        List<CompletableFuture<Outcome>> reads = new ArrayList<>();
        for (Subscription feed : feeds) {
            reads.add(CompletableFuture.supplyAsync(() -> readOne(feed), fetchers)
                    .exceptionally(error -> {
                        LOG.log(System.Logger.Level.WARNING, "refreshing " + feed.url() + " failed", error);
                        return new Outcome(feed, false, 0);
                    }));
        }
        return CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new)).thenApply(done -> {
            int failed = 0;
            List<News> news = new ArrayList<>();
            for (CompletableFuture<Outcome> read : reads) {
                Outcome outcome = read.join();
                failed += outcome.succeeded() ? 0 : 1;
                if (outcome.added() > 0) {
                    news.add(new News(outcome.feed().name(), outcome.added()));
                }
            }
            return new Summary(feeds.size(), failed, news);
        });
    }

    private record Outcome(Subscription feed, boolean succeeded, int added) {
    }

    private Outcome readOne(Subscription feed) {
        try {
            String[] validators = library.feedValidators(feed.id());
            FeedRead read = reader.read(feed.url(), validators[0], validators[1]);
            if (read instanceof FeedRead.Fetched fetched) {
                FeedArrivals arrivals = library.feedFetched(feed.id(), FeedArticles.entries(feed, fetched.document()),
                        fetched.etag(), fetched.lastModified(), fetched.movedTo());
                if (arrivals.changedAnything()) {
                    onArrival.accept(new Arrival(feed, arrivals));
                }
                return new Outcome(feed, true, arrivals.added().size());
            }
            if (read instanceof FeedRead.NotModified notModified) {
                library.feedNotModified(feed.id(), notModified.movedTo());
                return new Outcome(feed, true, 0);
            }
            FeedRead.Failed failed = (FeedRead.Failed) read;
            boolean gone = failed.problem().kind() == FeedProblem.Kind.GONE;
            Instant next = gone ? null : pacing.nextAttempt(feed.failures() + 1, failed.retryAfter(), clock.instant());
            library.feedFailed(feed.id(), failed.problem(), next, gone, failed.movedTo());
            return new Outcome(feed, false, 0);
        } catch (java.sql.SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "what " + feed.url() + " brought cannot be kept", e);
            return new Outcome(feed, false, 0);
        }
    }
}
