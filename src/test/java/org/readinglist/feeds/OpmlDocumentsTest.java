package org.readinglist.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readinglist.feeds.FeedParseException.Kind;

/** Reading subscription lists as feed readers export them, writing them, and reading back what was written. */
class OpmlDocumentsTest {

    private static final List<FeedSubscription> SUBSCRIPTIONS = List.of(
            new FeedSubscription("Netflix TechBlog", URI.create("https://netflixtechblog.com/feed"),
                    URI.create("https://netflixtechblog.com")),
            new FeedSubscription("Fish & \"Chips\" <Weekly> – ünïcödé 😀",
                    URI.create("https://example.org/feed?format=rss&lang=en"), null),
            new FeedSubscription("", URI.create("http://untitled.example.com/atom.xml"),
                    URI.create("http://untitled.example.com/")));

    @Test
    void readsSubscriptionsFromNestedFoldersInDocumentOrder() throws Exception {
        List<FeedSubscription> read = OpmlDocuments.read(Feeds.resource("subscriptions.opml"));

        assertThat(read).containsExactly(
                new FeedSubscription("Netflix TechBlog", URI.create("https://netflixtechblog.com/feed"),
                        URI.create("https://netflixtechblog.com")),
                new FeedSubscription("Cloudflare Blog", URI.create("https://blog.cloudflare.com/rss/"),
                        URI.create("https://blog.cloudflare.com/")),
                new FeedSubscription("Postgres Weekly", URI.create("https://postgresweekly.com/rss/"), null),
                new FeedSubscription("Spaced & <odd> title", URI.create("https://odd.example.com/feed.xml"), null));
    }

    @Test
    void readsOpml10InItsDeclaredCharset() throws Exception {
        assertThat(OpmlDocuments.read(Feeds.resource("subscriptions-1.0.opml"))).containsExactly(
                new FeedSubscription("Café Blog", URI.create("https://cafe.example.com/rss"), null));
    }

    @Test
    void writesOpml20ThatReadsBackTheSame() throws Exception {
        String written = write(SUBSCRIPTIONS);

        assertThat(written).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("<opml version=\"2.0\">", "<title>My feeds</title>", "type=\"rss\"",
                        "xmlUrl=\"https://netflixtechblog.com/feed\"", "htmlUrl=\"https://netflixtechblog.com\"",
                        "text=\"Fish &amp; &quot;Chips&quot; &lt;Weekly&gt; – ünïcödé");
        assertThat(OpmlDocuments.read(written.getBytes(StandardCharsets.UTF_8))).isEqualTo(SUBSCRIPTIONS);
    }

    @Test
    void anEmptyListIsAnEmptyList() throws Exception {
        assertThat(OpmlDocuments.read(write(List.of()).getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void charactersXmlCannotHoldAreLeftOutOfWhatIsWritten() throws Exception {
        List<FeedSubscription> odd = List.of(new FeedSubscription("Null\u0000Bell\u0007Lone\uD800Surrogate",
                URI.create("https://odd.example.com/feed"), null));

        assertThat(OpmlDocuments.read(write(odd).getBytes(StandardCharsets.UTF_8)))
                .extracting(FeedSubscription::title).containsExactly("NullBellLoneSurrogate");
    }

    @Test
    void aDocumentTypeIsRefusedAndItsEntitiesReadNothing() {
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>"
                + "<opml version=\"2.0\"><head><title>&xxe;</title></head><body>"
                + "<outline text=\"&xxe;\" type=\"rss\" xmlUrl=\"https://a.example.com/feed\"/></body></opml>";

        assertThat(kindOf(hostile)).isEqualTo(Kind.REFUSED);
    }

    @Test
    void foldersNestedThousandsDeepAreRefusedWithoutOverflowingTheStack() {
        String deep = "<opml version=\"2.0\"><head/><body>" + "<outline text=\"f\">".repeat(20_000)
                + "</outline>".repeat(20_000) + "</body></opml>";

        assertThat(kindOf(deep)).isEqualTo(Kind.REFUSED);
    }

    @Test
    void foldersAsDeepAsListsHaveAreFlattened() throws Exception {
        int folders = FeedXml.MAX_DEPTH - 3; // opml, body and the feed's own outline
        String deep = "<opml version=\"2.0\"><head/><body>" + "<outline text=\"f\">".repeat(folders)
                + "<outline text=\"Deep\" xmlUrl=\"https://deep.example.com/feed\"/>"
                + "</outline>".repeat(folders) + "</body></opml>";

        assertThat(OpmlDocuments.read(deep.getBytes(StandardCharsets.UTF_8))).extracting(FeedSubscription::title)
                .containsExactly("Deep");
    }

    @Test
    void feedsPagesAndBrokenFilesAreNoSubscriptionLists() {
        assertThat(kindOf(new String(Feeds.resource("medium-netflix.xml"), StandardCharsets.UTF_8)))
                .isEqualTo(Kind.NOT_A_FEED);
        assertThat(kindOf("<!DOCTYPE html><html><body>OPML?</body></html>")).isEqualTo(Kind.NOT_A_FEED);
        assertThat(kindOf("<opml version=\"2.0\"><body><outline text=\"cut")).isEqualTo(Kind.MALFORMED);
    }

    private static String write(List<FeedSubscription> subscriptions) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OpmlDocuments.write("My feeds", subscriptions, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Kind kindOf(String document) {
        FeedParseException failure = catchThrowableOfType(FeedParseException.class,
                () -> OpmlDocuments.read(document.getBytes(StandardCharsets.UTF_8)));
        return failure == null ? null : failure.kind();
    }
}
