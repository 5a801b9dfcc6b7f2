package org.readinglist.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.readinglist.feeds.Feeds.FEED_URL;
import static org.readinglist.feeds.Feeds.item;
import static org.readinglist.feeds.Feeds.parse;
import static org.readinglist.feeds.Feeds.parseText;

import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.readinglist.web.UrlNormalizer;

/** How each kind of feed becomes items: which element each field comes from, and how it is cleaned. */
class FeedParserTest {

    @Test
    void readsAMediumFeedLikeTheNetflixTechBlogs() throws Exception {
        FeedDocument feed = parse("medium-netflix.xml");

        assertThat(feed.title()).isEqualTo("Netflix TechBlog - Medium");
        assertThat(feed.siteUrl()).isEqualTo("https://netflixtechblog.com?source=rss----2615bd06b42e---4");
        assertThat(feed.items()).extracting(FeedItem::guid)
                .containsExactly("https://medium.com/p/41f1b0ad5371", "https://medium.com/p/aa9ad326fd77");
        FeedItem live = feed.items().get(0);
        assertThat(live.title()).isEqualTo("Behind the Streams: Live at Netflix. Part 2");
        assertThat(live.link()).isEqualTo("https://netflixtechblog.com/behind-the-streams-live-at-netflix-part-2"
                + "-41f1b0ad5371?source=rss----2615bd06b42e---4");
        // the list's own key of the address drops Medium's tracking parameter
        assertThat(UrlNormalizer.key(live.link()))
                .isEqualTo("https://netflixtechblog.com/behind-the-streams-live-at-netflix-part-2-41f1b0ad5371");
        assertThat(live.published()).isEqualTo(LocalDate.of(2025, 11, 25));
        assertThat(live.authors()).containsExactly("Netflix Technology Blog");
        assertThat(live.categories()).containsExactly("live-streaming", "video-encoding", "cloud-infrastructure");
        // 498 words of content:encoded at 230 a minute
        assertThat(live.readMinutes()).isEqualTo(3);
        // no description: the summary comes from the content, as plain text, cut after a few sentences
        assertThat(live.summary()).startsWith("By Ana Example, Ben Sample The live origin Introduction streaming ")
                .doesNotContain("<", "&amp;").hasSizeBetween(300, 501);
        FeedItem muse = feed.items().get(1);
        assertThat(muse.summary()).isEqualTo("By Andrea Person and Chris Other Muse answers questions about artwork"
                + " and trailers. It serves aggregates over trillions of rows. This post explains how.");
        assertThat(muse.readMinutes()).isEqualTo(1);
    }

    @Test
    void readsAWordPressFeed() throws Exception {
        FeedDocument feed = parse("wordpress.xml");

        assertThat(feed.title()).isEqualTo("Example Engineering – Notes from the platform team");
        assertThat(feed.siteUrl()).isEqualTo("https://blog.example.org");
        FeedItem vacuum = feed.items().get(0);
        assertThat(vacuum.title()).isEqualTo("Postgres & the art of vacuuming");
        assertThat(vacuum.guid()).isEqualTo("https://blog.example.org/?p=4211");
        assertThat(vacuum.link()).isEqualTo("https://blog.example.org/2025/12/postgres-vacuuming/");
        assertThat(vacuum.published()).isEqualTo(LocalDate.of(2025, 12, 3));
        assertThat(vacuum.authors()).containsExactly("Jane Doe");
        // as written, each once
        assertThat(vacuum.categories()).containsExactly("Databases", "Postgres");
        // the description, not the content, is the summary
        assertThat(vacuum.summary()).isEqualTo("Autovacuum keeps tables healthy. Most of the time you never think"
                + " about it. This post is about the other times … Continue reading Postgres & the art of vacuuming");
        // 231 words (the script's words do not count): rounded up
        assertThat(vacuum.readMinutes()).isEqualTo(2);

        FeedItem note = feed.items().get(1);
        // 23:30 at UTC-5 is the next day in UTC
        assertThat(note.published()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(note.authors()).containsExactly("Jane Doe", "John Roe");
        assertThat(note.readMinutes()).as("no full content: unknown").isZero();
        assertThat(note.summary()).isEqualTo("A short note.");
    }

    @Test
    void readsAtomWithXhtmlContentAndRelativeLinksAgainstXmlBase() throws Exception {
        FeedDocument feed = parse("atom-xhtml.xml");

        assertThat(feed.title()).isEqualTo("Example <Atom> Blog");
        assertThat(feed.siteUrl()).isEqualTo("https://example.net/blog/");
        FeedItem first = feed.items().get(0);
        assertThat(first.title()).isEqualTo("An xhtml title");
        assertThat(first.guid()).isEqualTo("tag:example.net,2025:first-post");
        assertThat(first.link()).isEqualTo("https://example.net/blog/2025/12/first-post");
        // published wins over updated; 23:30 at UTC-5 is 04:30 the next day in UTC
        assertThat(first.published()).isEqualTo(LocalDate.of(2025, 12, 2));
        assertThat(first.authors()).containsExactly("Alice Author", "Bob Writer");
        assertThat(first.categories()).containsExactly("distributed-systems");
        assertThat(first.summary()).isEqualTo("The summary of the first post.");
        // 300 words and the link's two
        assertThat(first.readMinutes()).isEqualTo(2);

        FeedItem second = item(feed, "Second post");
        assertThat(second.link()).isEqualTo("https://other.example.net/archive/second");
        assertThat(second.published()).as("only updated").isEqualTo(LocalDate.of(2025, 11, 15));
        assertThat(second.summary()).isEqualTo("Plain text content only.");
        assertThat(second.readMinutes()).isEqualTo(1);
    }

    @Test
    void resolvesAtomLinksAgainstTheFeedAddressWithoutXmlBase() throws Exception {
        FeedDocument feed = parseText("""
                <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:x</id>
                  <link href="/"/>
                  <entry><title>Relative</title><id>urn:1</id><link href="posts/1"/></entry>
                </feed>""");

        assertThat(feed.siteUrl()).isEqualTo("https://feeds.example.com/");
        assertThat(feed.items().get(0).link()).isEqualTo("https://feeds.example.com/blog/posts/1");
    }

    @Test
    void readsRss10Rdf() throws Exception {
        FeedDocument feed = parse("rss10-rdf.xml");

        assertThat(feed.title()).isEqualTo("RDF Site Summary");
        assertThat(feed.siteUrl()).isEqualTo("https://rdf.example.com/");
        FeedItem first = feed.items().get(0);
        assertThat(first.guid()).isEqualTo("https://rdf.example.com/items/1");
        assertThat(first.link()).isEqualTo("https://rdf.example.com/items/1");
        assertThat(first.published()).isEqualTo(LocalDate.of(2025, 10, 5));
        assertThat(first.authors()).containsExactly("Carol Creator");
        assertThat(first.summary()).isEqualTo("The first item of an RDF feed.");
        assertThat(first.readMinutes()).isZero();
        FeedItem second = feed.items().get(1);
        assertThat(second.summary()).isEqualTo("Full content in RSS one point oh.");
        assertThat(second.readMinutes()).isEqualTo(1);
    }

    @Test
    void readsRss091And092() throws Exception {
        FeedDocument old = parse("rss091.xml");
        assertThat(old.title()).isEqualTo("Old School");
        assertThat(old.items()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Ninety-one");
            assertThat(item.link()).isEqualTo("http://old.example.com/91.html");
            assertThat(item.guid()).isEqualTo("http://old.example.com/91.html");
            assertThat(item.summary()).isEqualTo("From 1999.");
        });

        FeedDocument older = parse("rss092.xml");
        assertThat(older.items()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Ninety-two");
            assertThat(item.link()).isNull();
            assertThat(item.guid()).as("no guid, no link: the title").isEqualTo("Ninety-two");
            assertThat(item.summary()).isEqualTo("No link here, some markup.");
            assertThat(item.categories()).containsExactly("history");
        });
    }

    @Test
    void entriesWithoutDatesOrLinksAreKept() throws Exception {
        FeedDocument feed = parse("edge-cases.xml");

        assertThat(item(feed, "No date").published()).isNull();
        FeedItem bare = item(feed, "No link and no guid");
        assertThat(bare.link()).isNull();
        assertThat(bare.guid()).isEqualTo("No link and no guid");
        assertThat(bare.summary()).isEqualTo("Only a title and this.");
        assertThat(bare.authors()).isEmpty();
        assertThat(bare.categories()).isEmpty();
    }

    @Test
    void theFirstEntryOfAGuidWins() throws Exception {
        FeedDocument feed = parse("edge-cases.xml");

        assertThat(feed.items()).filteredOn(item -> item.guid().equals("same-guid")).singleElement()
                .satisfies(item -> {
                    assertThat(item.title()).isEqualTo("First of a guid");
                    assertThat(item.link()).isEqualTo("https://edge.example.com/first");
                });
        assertThat(feed.items()).extracting(FeedItem::guid).doesNotHaveDuplicates();
    }

    @Test
    void entriesWithoutATitleAreSkipped() throws Exception {
        FeedDocument feed = parse("edge-cases.xml");

        assertThat(feed.items()).extracting(FeedItem::link)
                .doesNotContain("https://edge.example.com/untitled", "https://edge.example.com/blank-title");
        assertThat(feed.items()).extracting(FeedItem::title).containsExactly("No date", "No link and no guid",
                "First of a guid", "Click me", "Café bold & more – done", "Markup in CDATA & an entity", "Mail link",
                "Spaces in the link");
    }

    @Test
    void linksOfOtherSchemesAreDroppedAndTheEntryKept() throws Exception {
        FeedDocument feed = parse("edge-cases.xml");

        FeedItem script = item(feed, "Click me");
        assertThat(script.link()).isNull();
        assertThat(script.guid()).isEqualTo("js-link");
        assertThat(item(feed, "Mail link").link()).isNull();
    }

    @Test
    void relativeLinksResolveAgainstTheFeedAddress() throws Exception {
        FeedDocument feed = parse("edge-cases.xml");

        assertThat(feed.siteUrl()).isEqualTo("https://feeds.example.com/");
        assertThat(item(feed, "Markup in CDATA & an entity").link())
                .isEqualTo("https://feeds.example.com/blog/posts/relative?id=7");
        assertThat(item(feed, "Spaces in the link").link())
                .isEqualTo("https://edge.example.com/a%20path/with%20spaces");
    }

    @Test
    void titlesAreDecodedAndStrippedOfMarkup() throws Exception {
        FeedDocument feed = parse("edge-cases.xml");

        assertThat(feed.title()).isEqualTo("Edge & cases");
        assertThat(feed.items()).extracting(FeedItem::title)
                .contains("Café bold & more – done", "Markup in CDATA & an entity")
                .allSatisfy(title -> assertThat(title).doesNotContain("<", ">", "&amp;", "alert"));
    }

    @Test
    void aFeedInIso88591DeclaredInItsPrologIsDecoded() throws Exception {
        byte[] body = Feeds.resource("latin1.xml");

        for (String contentType : new String[] {"application/rss+xml", "application/xml", "text/xml", null}) {
            FeedDocument feed = FeedParser.parse(body, contentType, FEED_URL);
            assertThat(feed.title()).as(contentType).isEqualTo("Café crème");
            assertThat(feed.items()).singleElement().satisfies(item -> {
                assertThat(item.title()).startsWith("Grüße aus Köln - not in Latin-1").endsWith(": –");
                assertThat(item.authors()).containsExactly("José Muñoz");
            });
        }
    }

    @Test
    void aFeedServedWithAWrongContentTypeIsRead() throws Exception {
        byte[] body = Feeds.resource("medium-netflix.xml");

        for (String contentType : new String[] {"text/html; charset=utf-8", "application/octet-stream",
                "text/plain", "nonsense", ""}) {
            FeedDocument feed = FeedParser.parse(body, contentType, FEED_URL);
            assertThat(feed.items()).as(contentType).hasSize(2);
            assertThat(feed.items().get(0).categories()).as(contentType).hasSize(3);
        }
    }

    @Test
    void datesAreDaysInUtc() throws Exception {
        FeedDocument feed = parseText("""
                <rss version="2.0"><channel><title>t</title>
                <item><title>Late</title><pubDate>Sun, 30 Nov 2025 23:30:00 -0800</pubDate></item>
                <item><title>Early</title><pubDate>Mon, 01 Dec 2025 00:30:00 +0200</pubDate></item>
                <item><title>Nonsense</title><pubDate>the day after tomorrow</pubDate></item>
                </channel></rss>""");

        assertThat(feed.items()).extracting(FeedItem::published)
                .containsExactly(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 11, 30), null);
    }

    @Test
    void longSummariesAreCutAtASentence() throws Exception {
        String sentence = "This sentence has exactly forty-four letters. ";
        String description = sentence.repeat(20);
        FeedDocument feed = parseText("<rss version=\"2.0\"><channel><title>t</title><item><title>Long</title>"
                + "<description>" + description + "</description></item></channel></rss>");

        String summary = feed.items().get(0).summary();
        assertThat(summary).hasSizeBetween(300, 500).endsWith("letters.");
        assertThat(summary.split("\\. ")).hasSize(summary.length() / sentence.length() + 1);
    }

    @Test
    void fieldsAreCutToTheLimitsOfAnArticle() throws Exception {
        String longTitle = "Title ".repeat(200);
        StringBuilder categories = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            categories.append("<category>category-").append(i).append("</category>");
        }
        FeedDocument feed = parseText("<rss version=\"2.0\"><channel><title>" + longTitle + "</title><item><title>"
                + longTitle + "</title><guid>" + "g".repeat(900) + "</guid><author>" + "A".repeat(500)
                + "</author><category>" + "c".repeat(300) + "</category>" + categories
                + "<link>https://example.com/" + "p".repeat(2100) + "</link></item></channel></rss>");

        assertThat(feed.title()).hasSizeLessThanOrEqualTo(500);
        FeedItem item = feed.items().get(0);
        assertThat(item.title()).hasSizeLessThanOrEqualTo(500).startsWith("Title Title");
        assertThat(item.guid()).hasSize(500);
        assertThat(item.authors()).singleElement().satisfies(author -> assertThat(author).hasSize(200));
        assertThat(item.categories()).hasSize(50).allSatisfy(category -> assertThat(category).hasSizeLessThan(61));
        assertThat(item.link()).as("a cut address leads elsewhere: none").isNull();
    }

    @Test
    void controlCharactersAndBidiOverridesAreDropped() throws Exception {
        FeedDocument feed = parseText("<rss version=\"2.0\"><channel><title>t</title><item>"
                + "<title>invoice\u202Efdp.exe\u0085 done</title><author>Ann\u2066 Bidi</author></item>"
                + "</channel></rss>");

        FeedItem item = feed.items().get(0);
        assertThat(item.title()).isEqualTo("invoicefdp.exe done");
        assertThat(item.authors()).containsExactly("Ann Bidi");
    }

    @Test
    void aFeedWithoutEntriesIsAnEmptyFeed() throws Exception {
        FeedDocument feed = parseText("<rss version=\"2.0\"><channel><title>Quiet</title></channel></rss>");

        assertThat(feed.title()).isEqualTo("Quiet");
        assertThat(feed.siteUrl()).isNull();
        assertThat(feed.items()).isEmpty();
    }

    @Test
    void theFeedAddressIsNeeded() {
        assertThatNullPointerException().isThrownBy(() -> FeedParser.parse(new byte[0], null, (URI) null));
    }
}
