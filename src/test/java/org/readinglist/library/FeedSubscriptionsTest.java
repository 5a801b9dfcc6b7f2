package org.readinglist.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readinglist.feeds.FeedDocument;
import org.readinglist.feeds.FeedItem;
import org.readinglist.feeds.FeedLookup;
import org.readinglist.feeds.FeedProblem;
import org.readinglist.model.Article;
import org.readinglist.persistence.library.LibraryStore;
import org.readinglist.web.UrlNormalizer;

class FeedSubscriptionsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    private final List<FeedRefresher.Arrival> arrivals = new ArrayList<>();
    private final List<String> looked = new ArrayList<>();

    private static FeedDocument document(String title) {
        return new FeedDocument(title, "https://blog.example.org/", List.of(new FeedItem("g1", "First post",
                "https://blog.example.org/first", LocalDate.of(2026, 5, 2), List.of(), "", 3, List.of("Go"))));
    }

    private FeedLookup lookUp(String url) {
        looked.add(url);
        return switch (url) {
            case "https://blog.example.org/feed.xml" -> new FeedLookup.Feed(url, document("Example Engineering"));
            case "https://untitled.example.org/rss" -> new FeedLookup.Feed(url, document(" "));
            case "https://blog.example.org/" -> new FeedLookup.Choices(List.of(
                    new FeedLookup.Offered("Posts", "https://blog.example.org/feed.xml"),
                    new FeedLookup.Offered("Comments", "https://blog.example.org/comments.xml")));
            default -> new FeedLookup.Failed(FeedProblem.of(FeedProblem.Kind.NOT_A_FEED));
        };
    }

    @Test
    void anAddressIsAFeedToFollowAPageToPickFromOrNeither() throws Exception {
        try (LibraryStore store = new LibraryStore(data, CLOCK, UrlNormalizer::key)) {
            store.read(List.of());
            FeedSubscriptions feeds = new FeedSubscriptions(store, this::lookUp, arrivals::add,
                    new org.readinglist.persistence.files.OpmlFiles(new org.readinglist.persistence.AtomicFileWriter(), List::of));

            FeedSubscriptions.Followed page = feeds.follow("https://blog.example.org/");
            FeedSubscriptions.Followed feed = feeds.follow("  https://blog.example.org/feed.xml ");
            FeedSubscriptions.Followed again = feeds.follow("https://blog.example.org/feed.xml");
            FeedSubscriptions.Followed untitled = feeds.follow("https://untitled.example.org/rss");
            FeedSubscriptions.Followed neither = feeds.follow("https://example.org/photo.jpg");

            assertThat(page).isInstanceOfSatisfying(FeedSubscriptions.Followed.Choices.class, choices ->
                    assertThat(choices.feeds()).extracting(FeedLookup.Offered::title)
                            .containsExactly("Posts", "Comments"));
            assertThat(feed).isInstanceOfSatisfying(FeedSubscriptions.Followed.Feed.class, followed -> {
                assertThat(followed.feed().name()).isEqualTo("Example Engineering");
                assertThat(followed.feed().company()).isEqualTo("Example Engineering");
                assertThat(followed.feed().articleCount()).isEqualTo(1);
                assertThat(followed.arrivals().added()).extracting(Article::title).containsExactly("First post");
            });
            assertThat(again).isEqualTo(new FeedSubscriptions.Followed.Already("https://blog.example.org/feed.xml"));
            assertThat(untitled).isInstanceOfSatisfying(FeedSubscriptions.Followed.Feed.class, followed ->
                    assertThat(followed.feed().name()).isEqualTo("untitled.example.org"));
            assertThat(neither).isEqualTo(new FeedSubscriptions.Followed.Failed(
                    new FeedLookup.Failed(FeedProblem.of(FeedProblem.Kind.NOT_A_FEED))));
            assertThat(looked).doesNotHaveDuplicates(); // a followed address is not fetched again
            assertThat(arrivals).hasSize(1); // the second feed's post is the first's: one article
            assertThat(feeds.list()).extracting(s -> s.name())
                    .containsExactly("Example Engineering", "Netflix Technology Blog", "untitled.example.org");
        }
    }
}
