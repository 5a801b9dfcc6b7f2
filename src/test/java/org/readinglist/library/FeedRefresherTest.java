package org.readinglist.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readinglist.feeds.FeedDocument;
import org.readinglist.feeds.FeedItem;
import org.readinglist.feeds.FeedProblem;
import org.readinglist.feeds.FeedRead;
import org.readinglist.feeds.Subscription;
import org.readinglist.model.Article;
import org.readinglist.persistence.library.LibraryStore;
import org.readinglist.web.UrlNormalizer;

class FeedRefresherTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneOffset.UTC);
    private static final Instant LATER = CLOCK.instant().plus(Duration.ofMinutes(30));
    private static final String NETFLIX = "https://netflixtechblog.com/feed";

    @TempDir
    Path data;

    private final ExecutorService fetchers = Executors.newFixedThreadPool(4);
    private final List<FeedRefresher.Arrival> arrivals = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws Exception {
        fetchers.shutdownNow();
        fetchers.awaitTermination(5, TimeUnit.SECONDS);
    }

    private static FeedDocument document(String... titles) {
        return new FeedDocument("Blog", null, java.util.Arrays.stream(titles)
                .map(title -> new FeedItem(title, title, "https://example.com/" + title, LocalDate.of(2026, 5, 1),
                        List.of(), "", 0, List.of("news")))
                .toList());
    }

    private FeedRefresher refresher(LibraryStore store, FeedRefresher.Reader reader) {
        return new FeedRefresher(store, reader, (failures, retryAfter, now) -> retryAfter.map(now::plus)
                .orElse(now.plus(Duration.ofMinutes(15L * failures))), fetchers, CLOCK, arrivals::add);
    }

    private LibraryStore openStore() throws Exception {
        LibraryStore store = new LibraryStore(data, CLOCK, UrlNormalizer::key);
        store.read(List.of());
        return store;
    }

    @Test
    void eachFeedsArticlesArriveWhenThatFeedIsDoneAndAFailingOneIsLeftAloneForAWhile() throws Exception {
        try (LibraryStore store = openStore()) {
            store.subscribe("https://slow.example/feed", "Slow", "Slow Co", null, List.of());
            store.subscribe("https://missing.example/feed", "Missing", "Missing Co", null, List.of());
            CountDownLatch netflixArrived = new CountDownLatch(1);
            FeedRefresher refresher = new FeedRefresher(store, (url, etag, lastModified) -> switch (url) {
                case NETFLIX -> new FeedRead.Fetched(document("one", "two"), "\"e1\"", null, null);
                case "https://slow.example/feed" -> {
                    try {
                        // the slow feed answers only once the other feed's articles have arrived
                        assertThat(netflixArrived.await(10, TimeUnit.SECONDS)).isTrue();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    yield new FeedRead.NotModified(null);
                }
                default -> new FeedRead.Failed(new FeedProblem(FeedProblem.Kind.HTTP_STATUS, OptionalInt.of(404)),
                        Optional.empty(), null);
            }, (failures, retryAfter, now) -> LATER, fetchers, CLOCK, arrival -> {
                arrivals.add(arrival);
                netflixArrived.countDown();
            });

            FeedRefresher.Summary summary = refresher.refresh(false).get(10, TimeUnit.SECONDS);

            assertThat(summary.feeds()).isEqualTo(3);
            assertThat(summary.failed()).isEqualTo(1);
            assertThat(summary.news()).containsExactly(new FeedRefresher.News("Netflix Technology Blog", 2));
            assertThat(arrivals).singleElement().satisfies(arrival ->
                    assertThat(arrival.arrivals().added()).extracting(Article::title).containsExactly("two", "one"));
            Map<String, Subscription> byName = new ConcurrentHashMap<>();
            store.subscriptions().forEach(feed -> byName.put(feed.name(), feed));
            assertThat(byName.get("Missing").problem())
                    .isEqualTo(new FeedProblem(FeedProblem.Kind.HTTP_STATUS, OptionalInt.of(404)));
            assertThat(byName.get("Missing").nextAttempt()).isEqualTo(LATER);
            assertThat(byName.get("Slow").lastSuccess()).isEqualTo(CLOCK.instant());
            assertThat(store.feedValidators(byName.get("Netflix Technology Blog").id())).containsExactly("\"e1\"", null);

            AtomicInteger reads = new AtomicInteger();
            FeedRefresher again = refresher(store, (url, etag, lastModified) -> {
                reads.incrementAndGet();
                return new FeedRead.NotModified(null);
            });
            assertThat(again.refresh(false).get(10, TimeUnit.SECONDS).feeds()).isEqualTo(2); // the failing one waits
            assertThat(again.refresh(true).get(10, TimeUnit.SECONDS).feeds()).isEqualTo(3); // unless the user asks
            assertThat(reads).hasValue(5);
        }
    }

    @Test
    void theConditionalRequestCarriesTheValidatorsOfTheLastFetch() throws Exception {
        try (LibraryStore store = openStore()) {
            List<String> asked = new CopyOnWriteArrayList<>();
            FeedRefresher refresher = refresher(store, (url, etag, lastModified) -> {
                asked.add(etag + " " + lastModified);
                return new FeedRead.Fetched(document("one"), "\"e2\"", "Mon, 01 Jun 2026 07:00:00 GMT", null);
            });

            refresher.refresh(true).get(10, TimeUnit.SECONDS);
            refresher.refresh(true).get(10, TimeUnit.SECONDS);

            assertThat(asked).containsExactly("null null", "\"e2\" Mon, 01 Jun 2026 07:00:00 GMT");
        }
    }

    @Test
    void aFeedTheServerSaysIsGoneIsPausedAndAPausedFeedIsNotRead() throws Exception {
        try (LibraryStore store = openStore()) {
            AtomicInteger reads = new AtomicInteger();
            FeedRefresher refresher = refresher(store, (url, etag, lastModified) -> {
                reads.incrementAndGet();
                return new FeedRead.Failed(new FeedProblem(FeedProblem.Kind.GONE, OptionalInt.of(410)),
                        Optional.empty(), null);
            });

            refresher.refresh(true).get(10, TimeUnit.SECONDS);
            FeedRefresher.Summary second = refresher.refresh(true).get(10, TimeUnit.SECONDS);

            assertThat(reads).hasValue(1);
            assertThat(second.feeds()).isZero();
            assertThat(store.subscriptions().get(0).paused()).isTrue();
            assertThat(store.subscriptions().get(0).nextAttempt()).isNull();
        }
    }

    @Test
    void aRetryAfterIsHonouredAndARefreshAskedForWhileOneRunsIsThatOne() throws Exception {
        try (LibraryStore store = openStore()) {
            CountDownLatch release = new CountDownLatch(1);
            FeedRefresher refresher = refresher(store, (url, etag, lastModified) -> {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new FeedRead.Failed(new FeedProblem(FeedProblem.Kind.HTTP_STATUS, OptionalInt.of(429)),
                        Optional.of(Duration.ofHours(3)), null);
            });

            var first = refresher.refresh(true);
            var second = refresher.refresh(true);
            release.countDown();

            assertThat(second).isSameAs(first);
            first.get(10, TimeUnit.SECONDS);
            assertThat(store.subscriptions().get(0).nextAttempt()).isEqualTo(CLOCK.instant().plus(Duration.ofHours(3)));
        }
    }

    @Test
    void aReaderThatThrowsCountsAsAFailureOfItsFeedOnly() throws Exception {
        try (LibraryStore store = openStore()) {
            store.subscribe("https://fine.example/feed", "Fine", "Fine", null, List.of());
            FeedRefresher refresher = refresher(store, (url, etag, lastModified) -> {
                if (url.equals(NETFLIX)) {
                    throw new IllegalStateException("boom");
                }
                return new FeedRead.Fetched(document("x"), null, null, null);
            });

            FeedRefresher.Summary summary = refresher.refresh(true).get(10, TimeUnit.SECONDS);

            assertThat(summary.failed()).isEqualTo(1);
            assertThat(summary.news()).containsExactly(new FeedRefresher.News("Fine", 1));
        }
    }
}
