package org.readinglist.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.readinglist.feeds.Feeds.FEED_URL;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readinglist.feeds.FeedParseException.Kind;
import org.readinglist.web.TestServer;

/** What is not a feed, what is broken, and what is refused unread; and that refusing reads nothing. */
class FeedParserSafetyTest {

    private static final String SECRET = "the-secret-in-the-file-3f9c1e";

    @TempDir
    Path folder;

    @Test
    void anHtmlPageIsNotAFeed() {
        assertThat(kindOf(Feeds.resource("html-page.html"), "text/html")).isEqualTo(Kind.NOT_A_FEED);
        assertThat(kindOf("<!doctype html><title>x</title><p>lower-case doctype")).isEqualTo(Kind.NOT_A_FEED);
        assertThat(kindOf("<!-- served as XML --><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>x</title>"
                + "</head><body/></html>")).isEqualTo(Kind.NOT_A_FEED);
    }

    @Test
    void otherDocumentsAreNoFeeds() {
        assertThat(kindOf("<?xml version=\"1.0\"?><note><to>you</to></note>")).isEqualTo(Kind.NOT_A_FEED);
        assertThat(kindOf("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}"))
                .isEqualTo(Kind.NOT_A_FEED);
        assertThat(kindOf("just words")).isEqualTo(Kind.NOT_A_FEED);
        assertThat(kindOf("")).isEqualTo(Kind.NOT_A_FEED);
        assertThat(kindOf("  \n<?xml version=\"1.0\"?><!-- nothing -->")).isEqualTo(Kind.NOT_A_FEED);
    }

    @Test
    void anOpmlFileIsNoFeed() {
        // rome-opml would make a feed of its outlines
        assertThat(kindOf("<opml version=\"2.0\"><head><title>Subscriptions</title></head><body>"
                + "<outline text=\"A\" type=\"rss\" xmlUrl=\"https://a.example.com/feed\"/></body></opml>"))
                .isEqualTo(Kind.NOT_A_FEED);
    }

    @Test
    void brokenXmlIsMalformed() {
        assertThat(kindOf(Feeds.resource("malformed.xml"), "application/rss+xml")).isEqualTo(Kind.MALFORMED);
        assertThat(kindOf("<rss version=\"2.0\"><channel><title>cut sh")).isEqualTo(Kind.MALFORMED);
        assertThat(kindOf("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel></channel></rss><rss/>"))
                .isEqualTo(Kind.MALFORMED);
        assertThat(kindOf("<?xml version=\"1.0\" encoding=\"no-such-charset\"?><rss version=\"2.0\"/>"))
                .isEqualTo(Kind.MALFORMED);
    }

    @Test
    void wellFormedXmlThatJdomCannotHoldIsMalformed() {
        // found by FeedParserFuzzTest: JDOM refuses namespace names that begin with a digit, XML does not
        assertThat(kindOf("<rss xmlns:version=\"0.92\"><channel><title>t</title></channel></rss>"))
                .isEqualTo(Kind.MALFORMED);
        assertThat(kindOf("<feed xmlns=\"2005/Atom\"><title>t</title></feed>")).isEqualTo(Kind.MALFORMED);
    }

    @Test
    void feedsMissingThePartsRomeNeedsAreMalformed() {
        // found by FeedParserFuzzTest: Rome's RSS parser fails with a NullPointerException without a channel
        assertThat(kindOf("<rss version=\"0.92\"><title>no channel</title></rss>")).isEqualTo(Kind.MALFORMED);
        assertThat(kindOf("<rss version=\"2.0\"/>")).isEqualTo(Kind.MALFORMED);
    }

    @Test
    void htmlEntitiesThatXmlDoesNotKnowAreReadAsRomeHealsThem() throws Exception {
        FeedDocument feed = Feeds.parseText("<rss version=\"2.0\"><channel><title>A&nbsp;B &eacute;t&eacute;</title>"
                + "</channel></rss>");

        assertThat(feed.title()).isEqualTo("A B été");
    }

    @Test
    void anExternalEntityReadsNoFile() throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), SECRET);
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>&xxe;</title><item><title>&xxe;</title>"
                + "<description>&xxe;</description></item></channel></rss>";

        FeedParseException refused = parseFailure(xxe);

        assertThat(refused.kind()).isEqualTo(Kind.REFUSED);
        assertThat(everythingSaidAbout(refused)).doesNotContain(SECRET);
    }

    @Test
    void theParserItselfExpandsNoEntityAndReadsNoFileOrAddress() throws Exception {
        // the parser behind the DOCTYPE check, as Rome's allowDoctypes=false sets it up, given the documents directly
        Path secret = Files.writeString(folder.resolve("secret.txt"), SECRET);
        try (TestServer server = TestServer.http()) {
            server.respond("/evil.dtd", 200, "application/xml-dtd",
                    ("<!ENTITY % file SYSTEM \"" + secret.toUri() + "\">").getBytes(StandardCharsets.UTF_8));
            String[] documents = {
                "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]><rss><channel><title>&xxe;</title>"
                        + "</channel></rss>",
                "<!DOCTYPE rss SYSTEM \"" + server.uri("/evil.dtd") + "\"><rss><channel><title>x</title>"
                        + "</channel></rss>",
                "<!DOCTYPE rss [<!ENTITY % remote SYSTEM \"" + server.uri("/evil.dtd") + "\"> %remote;]><rss/>",
                "<!DOCTYPE rss [<!ENTITY web SYSTEM \"" + server.uri("/page") + "\">]><rss><channel><title>&web;"
                        + "</title></channel></rss>"};
            for (String document : documents) {
                FeedParseException failure = catchThrowableOfType(FeedParseException.class,
                        () -> FeedXml.parse(document));
                assertThat(failure).as(document).isNotNull();
                assertThat(everythingSaidAbout(failure)).doesNotContain(SECRET);
                // and straight to the parser, past the check, they are refused as well
                assertThat(kindOf(document)).as(document).isEqualTo(Kind.REFUSED);
            }
            assertThat(server.requests()).as("no address is fetched").isEmpty();
        }
    }

    @Test
    void aBillionLaughsAreRefusedAtOnce() {
        byte[] laughs = Feeds.resource("billion-laughs.xml");

        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertThat(kindOf(laughs, "application/rss+xml")).isEqualTo(Kind.REFUSED);
            FeedParseException inner = catchThrowableOfType(FeedParseException.class,
                    () -> FeedXml.parse(new String(laughs, StandardCharsets.UTF_8)));
            assertThat(inner).isNotNull();
        });
    }

    @Test
    void elementsNestedDeeperThanAnyFeedAreRefusedWithoutOverflowingTheStack() {
        String deep = "<rss version=\"2.0\"><channel><title>t</title><item><title>i</title><description>"
                + "<b>".repeat(100_000) + "</b>".repeat(100_000) + "</description></item></channel></rss>";
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><entry><title>e</title>"
                + "<id>x</id><content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<b>".repeat(5_000) + "deep" + "</b>".repeat(5_000) + "</div></content></entry></feed>";

        assertThat(kindOf(deep)).isEqualTo(Kind.REFUSED);
        assertThat(kindOf(atom)).isEqualTo(Kind.REFUSED);
    }

    @Test
    void markupAsDeepAsFeedsHaveIsRead() {
        int levels = FeedXml.MAX_DEPTH - 6; // feed, entry, content and the div around it
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><entry><title>e</title>"
                + "<id>x</id><content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<b>".repeat(levels) + "deep" + "</b>".repeat(levels) + "</div></content></entry></feed>";

        assertThatCode(() -> assertThat(Feeds.parseText(atom).items().get(0).readMinutes()).isEqualTo(1))
                .doesNotThrowAnyException();
    }

    private static Kind kindOf(String document) {
        return kindOf(document.getBytes(StandardCharsets.UTF_8), "application/xml");
    }

    private static Kind kindOf(byte[] body, String contentType) {
        FeedParseException failure = catchThrowableOfType(FeedParseException.class,
                () -> FeedParser.parse(body, contentType, FEED_URL));
        return failure == null ? null : failure.kind();
    }

    private static FeedParseException parseFailure(String document) {
        return catchThrowableOfType(FeedParseException.class,
                () -> FeedParser.parse(document.getBytes(StandardCharsets.UTF_8), "application/rss+xml", FEED_URL));
    }

    /** The message and stack trace of the failure and all its causes. */
    private static String everythingSaidAbout(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
