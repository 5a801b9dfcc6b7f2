package org.readinglist.persistence.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readinglist.feeds.FeedArrivals;
import org.readinglist.feeds.FeedArticles;
import org.readinglist.feeds.FeedDocument;
import org.readinglist.feeds.FeedEntry;
import org.readinglist.feeds.FeedItem;
import org.readinglist.feeds.FeedProblem;
import org.readinglist.feeds.Subscription;
import org.readinglist.model.Article;
import org.readinglist.model.ReadMarks;
import org.readinglist.web.UrlNormalizer;

class FeedStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneOffset.UTC);
    private static final String POST = "https://netflixtechblog.com/scaling-archunit-with-nebula-archrules-b4642c464c5a";
    private static final Article BUNDLED = new Article("scaling-archunit", "Scaling ArchUnit with Nebula ArchRules",
            "Netflix", "How Netflix scales ArchUnit.", List.of("testing", "java"), 9, POST, LocalDate.of(2026, 1, 5),
            List.of("Someone"));

    @TempDir
    Path data;

    private LibraryStore store() {
        return new LibraryStore(data, CLOCK, UrlNormalizer::key);
    }

    private static FeedItem item(String guid, String title, String link, List<String> categories) {
        return new FeedItem(guid, title, link, LocalDate.of(2026, 5, 30), List.of("Ann Author"), "About " + title,
                4, categories);
    }

    private static List<FeedEntry> entries(Subscription feed, FeedItem... items) {
        return FeedArticles.entries(feed, new FeedDocument("Netflix TechBlog", "https://netflixtechblog.com",
                List.of(items)));
    }

    private static Subscription netflix(LibraryStore store) throws Exception {
        return store.subscriptions().get(0);
    }

    @Test
    void aNewLibraryFollowsTheNetflixTechnologyBlog() throws Exception {
        try (LibraryStore store = store()) {
            store.read(List.of(BUNDLED));

            assertThat(store.subscriptions()).singleElement().satisfies(feed -> {
                assertThat(feed.url()).isEqualTo("https://netflixtechblog.com/feed");
                assertThat(feed.name()).isEqualTo("Netflix Technology Blog");
                assertThat(feed.company()).isEqualTo("Netflix");
                assertThat(feed.paused()).isFalse();
                assertThat(feed.lastSuccess()).isNull();
                assertThat(feed.articleCount()).isZero();
            });
        }
    }

    @Test
    void newEntriesBecomeUnreadArticlesAndTheSameEntriesAgainChangeNothing() throws Exception {
        try (LibraryStore store = store()) {
            store.read(List.of(BUNDLED));
            Subscription feed = netflix(store);
            List<FeedEntry> entries = entries(feed,
                    item("https://medium.com/p/aaaa1111bbbb", "Newer post", "https://netflixtechblog.com/newer-post-aaaa1111bbbb?source=rss----2615bd06b42e---4", List.of("Machine Learning", "AI")),
                    item("https://medium.com/p/cccc2222dddd", "Older post", "https://netflixtechblog.com/older-post-cccc2222dddd?source=rss----2615bd06b42e---4", List.of("Java")));

            FeedArrivals first = store.feedFetched(feed.id(), entries, "\"v1\"", "Sat, 30 May 2026 10:00:00 GMT", null);
            FeedArrivals second = store.feedFetched(feed.id(), entries, "\"v1\"", null, null);

            assertThat(first.added()).extracting(Article::title).containsExactly("Older post", "Newer post");
            assertThat(first.added().get(1).tags()).containsExactly("machine-learning", "ai");
            assertThat(first.added().get(1).company()).isEqualTo("Netflix");
            assertThat(first.added().get(1).id()).startsWith("feed-");
            assertThat(second.changedAnything()).isFalse();
            assertThat(store.read(List.of(BUNDLED)).articles()).extracting(Article::title)
                    .containsExactly(BUNDLED.title(), "Older post", "Newer post");
            assertThat(store.read(List.of(BUNDLED)).marks()).isEqualTo(ReadMarks.NONE);
            assertThat(netflix(store).articleCount()).isEqualTo(2);
            assertThat(netflix(store).lastSuccess()).isEqualTo(CLOCK.instant());
            assertThat(store.feedValidators(feed.id())).containsExactly("\"v1\"", null);
        }
        try (LibraryStore store = store()) {
            assertThat(store.read(List.of(BUNDLED)).articles()).hasSize(3);
        }
    }

    @Test
    void theBundledPostsAreRecognisedByTheirNormalizedAddressOrTheirMediumGuid() throws Exception {
        Article renamedSlug = new Article("av1", "AV1 now powering 30%", "Netflix", "", List.of("video"), 7,
                "https://netflixtechblog.com/av1-now-powering-30-of-netflix-streaming-02f592242d80", null, null);
        try (LibraryStore store = store()) {
            store.read(List.of(BUNDLED, renamedSlug));
            Subscription feed = netflix(store);

            FeedArrivals arrivals = store.feedFetched(feed.id(), entries(feed,
                    item("https://medium.com/p/b4642c464c5a", "Scaling ArchUnit with Nebula ArchRules",
                            POST + "?source=rss----2615bd06b42e---4", List.of("archunit")),
                    item("https://medium.com/p/02f592242d80", "AV1 Now Powering 30% of Netflix Streaming",
                            "https://netflixtechblog.com/av1-at-thirty-percent-02f592242d80?source=rss", List.of())),
                    null, null, null);

            assertThat(arrivals.changedAnything()).isFalse();
            assertThat(store.read(List.of(BUNDLED, renamedSlug)).articles()).containsExactly(BUNDLED, renamedSlug);
            assertThat(netflix(store).articleCount()).isEqualTo(2);
        }
    }

    @Test
    void anEntryTheFeedChangesUpdatesItsArticleUnlessTheUserEditedIt() throws Exception {
        try (LibraryStore store = store()) {
            store.read(List.of());
            Subscription feed = netflix(store);
            String a = "https://netflixtechblog.com/a-111111111111";
            String b = "https://netflixtechblog.com/b-222222222222";
            FeedArrivals first = store.feedFetched(feed.id(), entries(feed, item("ga", "A", a, List.of()),
                    item("gb", "B", b, List.of())), null, null, null);
            Article editedB = new Article(first.added().get(0).id(), "B as I call it", "Netflix", "", List.of(), 4,
                    b, null, null);
            store.editArticles(List.of(editedB));

            FeedArrivals second = store.feedFetched(feed.id(), entries(feed, item("ga", "A, corrected", a, List.of()),
                    item("gb", "B, corrected", b, List.of())), null, null, null);

            assertThat(second.added()).isEmpty();
            assertThat(second.updated()).extracting(Article::title).containsExactly("A, corrected");
            assertThat(store.read(List.of()).articles()).extracting(Article::title)
                    .containsExactly("B as I call it", "A, corrected");
        }
    }

    @Test
    void aRemovedArticleStaysRemovedAndRenamedTagsArriveUnderTheirNewName() throws Exception {
        try (LibraryStore store = store()) {
            store.read(List.of());
            Subscription feed = netflix(store);
            FeedArrivals first = store.feedFetched(feed.id(), entries(feed,
                    item("ga", "A", "https://example.com/a", List.of())), null, null, null);
            store.removeArticles(first.added());
            store.addTagAlias("ml", "machine-learning");

            FeedArrivals second = store.feedFetched(feed.id(), entries(feed,
                    item("ga", "A", "https://example.com/a", List.of()),
                    item("gc", "C", "https://example.com/c", List.of("ML"))), null, null, null);

            assertThat(second.added()).singleElement().satisfies(article -> {
                assertThat(article.title()).isEqualTo("C");
                assertThat(article.tags()).containsExactly("machine-learning");
            });
            assertThat(store.read(List.of()).articles()).extracting(Article::title).containsExactly("C");
        }
    }

    @Test
    void unsubscribingKeepsTheArticlesOrDropsOnlyThoseNeitherReadNorEdited() throws Exception {
        try (LibraryStore store = store()) {
            store.read(List.of());
            Subscription other = store.subscribe("https://example.com/feed.xml", "Example", "Example Co", null,
                    List.of("example"));
            FeedArrivals arrivals = store.feedFetched(other.id(), entries(other,
                    item("1", "Read one", "https://example.com/1", List.of()),
                    item("2", "Unread one", "https://example.com/2", List.of()),
                    item("3", "Edited one", "https://example.com/3", List.of())), null, null, null);
            Map<String, Article> byTitle = new java.util.HashMap<>();
            arrivals.added().forEach(article -> byTitle.put(article.title(), article));
            store.save(new ReadMarks(Map.of(byTitle.get("Read one").id(), CLOCK.instant()), Map.of()));
            Article edited = byTitle.get("Edited one");
            store.editArticles(List.of(new Article(edited.id(), "Edited one, mine", "Example Co", "", List.of(), 4,
                    edited.url(), null, null)));
            assertThat(byTitle.get("Read one").tags()).containsExactly("example");

            List<Article> removed = store.unsubscribe(other.id(), false);

            assertThat(removed).extracting(Article::title).containsExactly("Unread one");
            assertThat(store.read(List.of()).articles()).extracting(Article::title)
                    .containsExactlyInAnyOrder("Read one", "Edited one, mine");
            assertThat(store.subscriptions()).extracting(Subscription::url)
                    .containsExactly("https://netflixtechblog.com/feed");
            Subscription again = store.subscribe("https://example.com/feed.xml", "Example", "Example Co", null,
                    List.of());
            assertThat(store.unsubscribe(again.id(), true)).isEmpty();
        }
    }

    @Test
    void followingTheSameAddressTwiceIsRefused() throws Exception {
        try (LibraryStore store = store()) {
            store.read(List.of());

            assertThat(store.subscribe("https://netflixtechblog.com/feed", "Again", "Netflix", null, List.of()))
                    .isNull();
            assertThat(store.subscriptions()).hasSize(1);
        }
    }

    @Test
    void failuresAreCountedAndPausedUntilASuccessAndAPermanentMoveChangesTheAddress() throws Exception {
        try (LibraryStore store = store()) {
            store.read(List.of());
            Subscription feed = netflix(store);
            Subscription other = store.subscribe("https://example.com/feed.xml", "Example", "Example", null,
                    List.of());
            Instant later = CLOCK.instant().plusSeconds(1800);

            store.feedFailed(feed.id(), new FeedProblem(FeedProblem.Kind.HTTP_STATUS, OptionalInt.of(404)), later,
                    false, null);
            store.feedFailed(feed.id(), FeedProblem.of(FeedProblem.Kind.TIMED_OUT), later, false, null);
            Subscription failing = store.subscription(feed.id());
            assertThat(failing.failures()).isEqualTo(2);
            assertThat(failing.problem()).isEqualTo(FeedProblem.of(FeedProblem.Kind.TIMED_OUT));
            assertThat(failing.nextAttempt()).isEqualTo(later);

            store.feedNotModified(feed.id(), "https://netflixtechblog.com/feed/");
            Subscription fine = store.subscription(feed.id());
            assertThat(fine.failures()).isZero();
            assertThat(fine.problem()).isNull();
            assertThat(fine.nextAttempt()).isNull();
            assertThat(fine.url()).isEqualTo("https://netflixtechblog.com/feed/");

            store.feedFailed(other.id(), FeedProblem.of(FeedProblem.Kind.GONE), null, true,
                    "https://netflixtechblog.com/feed/");
            Subscription gone = store.subscription(other.id());
            assertThat(gone.paused()).isTrue();
            assertThat(gone.url()).isEqualTo("https://example.com/feed.xml"); // that address is the other feed's
            store.pauseSubscription(other.id(), false);
            assertThat(store.subscription(other.id()).paused()).isFalse();
            assertThat(store.subscription(other.id()).failures()).isZero();
        }
    }

    @Test
    void problemsSurviveTheirCodes() {
        for (FeedProblem.Kind kind : FeedProblem.Kind.values()) {
            FeedProblem plain = FeedProblem.of(kind);
            FeedProblem withStatus = new FeedProblem(kind, OptionalInt.of(503));
            assertThat(FeedProblem.fromCode(plain.code())).contains(plain);
            assertThat(FeedProblem.fromCode(withStatus.code())).contains(withStatus);
        }
        assertThat(FeedProblem.fromCode("something_newer")).isEmpty();
        assertThat(FeedProblem.fromCode("http_status:x")).isEmpty();
    }
}
