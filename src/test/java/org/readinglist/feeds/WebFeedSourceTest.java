package org.readinglist.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.readinglist.web.FeedFetcher;
import org.readinglist.web.TestServer;

/** Reading feeds from a server on 127.0.0.1 the way the app does: fetched, parsed, problems as kinds. */
class WebFeedSourceTest {

    private static final String FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Example Engineering</title><link>https://blog.example.org/</link>
            <description>d</description>
            <item><title>First</title><link>https://blog.example.org/first</link><guid>g-1</guid></item>
            </channel></rss>
            """;

    private final WebFeedSource source = new WebFeedSource(new FeedFetcher("ReadingList/test"));

    private static void serve(TestServer server, String path, int status, String type, String body) {
        server.respond(path, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFeedIsReadWithItsValidatorsAndAProblemIsAKind() throws Exception {
        try (TestServer server = TestServer.http()) {
            serve(server, "/feed.xml", 200, "application/rss+xml", FEED);
            serve(server, "/missing.xml", 404, "text/plain", "no");
            serve(server, "/gone.xml", 410, "text/plain", "gone");
            serve(server, "/broken.xml", 200, "application/rss+xml", "<rss><channel><title>cut");
            serve(server, "/page.html", 200, "text/html", "<html><head><title>x</title></head><body>hi</body></html>");

            FeedRead read = source.read(server.uri("/feed.xml").toString(), null, null);

            assertThat(read).isInstanceOfSatisfying(FeedRead.Fetched.class, fetched -> {
                assertThat(fetched.document().title()).isEqualTo("Example Engineering");
                assertThat(fetched.document().items()).extracting(FeedItem::title).containsExactly("First");
                assertThat(fetched.movedTo()).isNull();
            });
            assertThat(source.read(server.uri("/missing.xml").toString(), null, null)).isEqualTo(
                    new FeedRead.Failed(new FeedProblem(FeedProblem.Kind.HTTP_STATUS, OptionalInt.of(404)),
                            java.util.Optional.empty(), null));
            assertThat(source.read(server.uri("/gone.xml").toString(), null, null)).isEqualTo(
                    new FeedRead.Failed(new FeedProblem(FeedProblem.Kind.GONE, OptionalInt.of(410)),
                            java.util.Optional.empty(), null));
            assertThat(((FeedRead.Failed) source.read(server.uri("/broken.xml").toString(), null, null))
                    .problem().kind()).isEqualTo(FeedProblem.Kind.MALFORMED);
            assertThat(((FeedRead.Failed) source.read(server.uri("/page.html").toString(), null, null))
                    .problem().kind()).isEqualTo(FeedProblem.Kind.NOT_A_FEED);
            assertThat(((FeedRead.Failed) source.read("ftp://example.org/feed", null, null))
                    .problem().kind()).isEqualTo(FeedProblem.Kind.NOT_A_WEB_ADDRESS);
        }
    }

    @Test
    void aServerThatIsNotThereIsOffline() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        FeedRead read = source.read("http://127.0.0.1:" + port + "/feed.xml", null, null);

        assertThat(((FeedRead.Failed) read).problem()).isEqualTo(FeedProblem.of(FeedProblem.Kind.OFFLINE));
    }

    @Test
    void anAddressIsAFeedAPageNamingFeedsOrNeither() throws Exception {
        try (TestServer server = TestServer.http()) {
            serve(server, "/feed.xml", 200, "application/rss+xml", FEED);
            serve(server, "/site", 200, "text/html; charset=utf-8", "<html><head>"
                    + "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Posts\" href=\"/atom.xml\">"
                    + "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"feed.xml\">"
                    + "</head><body>Blog</body></html>");
            serve(server, "/plain", 200, "text/html", "<html><head><title>x</title></head><body>hi</body></html>");

            assertThat(source.lookup(server.uri("/feed.xml").toString()))
                    .isInstanceOfSatisfying(FeedLookup.Feed.class, feed -> {
                        assertThat(feed.url()).isEqualTo(server.uri("/feed.xml").toString());
                        assertThat(feed.document().title()).isEqualTo("Example Engineering");
                    });
            assertThat(source.lookup(" " + server.uri("/site") + " ")).isEqualTo(new FeedLookup.Choices(
                    java.util.List.of(new FeedLookup.Offered("Posts", server.uri("/atom.xml").toString()),
                            new FeedLookup.Offered("", server.uri("/feed.xml").toString()))));
            assertThat(source.lookup(server.uri("/plain").toString()))
                    .isEqualTo(new FeedLookup.Failed(FeedProblem.of(FeedProblem.Kind.NOT_A_FEED)));
        }
    }
}
