package org.readinglist.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readinglist.web.Pages.PAGE_URL;
import static org.readinglist.web.Pages.jsonLd;
import static org.readinglist.web.Pages.meta;
import static org.readinglist.web.Pages.named;
import static org.readinglist.web.Pages.page;
import static org.readinglist.web.Pages.parse;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Where each detail of an article comes from, and in which order the sources are trusted. */
class PageParserTest {

    @Test
    void readsAnOpenGraphPage() {
        PageMetadata page = parse(Pages.resource("opengraph.html"));

        assertThat(page.title()).contains("Scaling the Feed Service");
        assertThat(page.summary()).contains("How we moved the feed to a sharded store — and what broke.");
        assertThat(page.site()).contains("Example Engineering");
        assertThat(page.published()).contains(LocalDate.of(2024, 3, 5));
        assertThat(page.authors()).containsExactly("Ada Lovelace", "Grace Hopper");
        assertThat(page.tags()).containsExactly("distributed-systems", "databases");
        assertThat(page.url()).isEqualTo(PAGE_URL.toString());
        assertThat(page.urlKey()).isEqualTo("https://www.example.com/blog/post");
    }

    @Test
    void readsAJsonLdGraph() {
        PageMetadata page = parse(Pages.resource("jsonld-graph.html"));

        assertThat(page.title()).contains("Raft in Practice");
        assertThat(page.summary()).contains("Leader election & log replication, in production.");
        assertThat(page.published()).contains(LocalDate.of(2023, 11, 20));
        assertThat(page.authors()).containsExactly("Diego Ongaro", "John Ousterhout");
        assertThat(page.tags()).containsExactly("consensus", "raft", "distributed-systems");
        assertThat(page.site()).contains("example.com");
    }

    @Test
    void readsJsonLdInATopLevelArrayWithPlainAuthorsAndKeywordArrays() {
        String json = "[{\"@type\": \"Organization\", \"name\": \"Org\"},"
                + " {\"@type\": [\"CreativeWork\", \"https://schema.org/TechArticle\"], \"headline\": \"Array page\","
                + " \"author\": [\"Ann One\", \"Bob Two\"], \"keywords\": [\"Rust\", \"Memory Safety\"]}]";
        PageMetadata page = parse(page(jsonLd(json), ""));

        assertThat(page.title()).contains("Array page");
        assertThat(page.authors()).containsExactly("Ann One", "Bob Two");
        assertThat(page.tags()).containsExactly("rust", "memory-safety");
    }

    @Test
    void readsJsonLdWithOneAuthorObjectOrOneAuthorString() {
        PageMetadata object = parse(page(jsonLd(
                "{\"@type\": \"NewsArticle\", \"author\": {\"@type\": \"Person\", \"name\": \"Solo Author\"}}"), ""));
        PageMetadata string = parse(page(jsonLd("{\"@type\": \"Article\", \"author\": \"String Author\"}"), ""));

        assertThat(object.authors()).containsExactly("Solo Author");
        assertThat(string.authors()).containsExactly("String Author");
    }

    @Test
    void readsTheArticleAJsonLdPageNamesAsItsMainEntity() {
        String json = "{\"@type\": \"WebPage\", \"name\": \"Page\","
                + " \"mainEntity\": {\"@type\": \"BlogPosting\", \"headline\": \"The main entity\"}}";

        assertThat(parse(page(jsonLd(json), "")).title()).contains("The main entity");
    }

    @Test
    void passesOverJsonLdThatIsNoArticle() {
        String json = "{\"@type\": \"Organization\", \"headline\": \"Not an article\", \"name\": \"Org\"}";

        assertThat(parse(page(jsonLd(json) + "<title>The title</title>", "")).title()).contains("The title");
    }

    @Test
    void passesOverMalformedJsonLdAndReadsTheNextScript() {
        String head = jsonLd("{\"@type\": \"Article\", \"headline\": ") + jsonLd("not json at all }}}")
                + jsonLd("[[[[[[[[[[") + jsonLd("")
                + "<script type=\"application/ld+json; charset=utf-8\">"
                + "{\"@type\": \"Article\", \"headline\": \"From the good script\"}</script>";

        assertThat(parse(page(head, "")).title()).contains("From the good script");
    }

    @Test
    void passesOverJsonLdNestedTooDeeply() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        String head = jsonLd(deep) + jsonLd("{\"@type\": \"Article\", \"headline\": \"After the deep one\"}");

        assertThat(parse(page(head, "")).title()).contains("After the deep one");
    }

    @Test
    void readsAPageWithOnlyATitle() {
        PageMetadata page = parse(page("<title>  Just a\n   title </title>", ""));

        assertThat(page.title()).contains("Just a title");
        assertThat(page.summary()).isEmpty();
        assertThat(page.authors()).isEmpty();
        assertThat(page.published()).isEmpty();
        assertThat(page.tags()).isEmpty();
        assertThat(page.readMinutes()).isEmpty();
        assertThat(page.site()).contains("example.com");
    }

    @Test
    void trustsOpenGraphThenJsonLdThenTheTitleElementForTheTitle() {
        String ld = jsonLd("{\"@type\": \"Article\", \"headline\": \"JSON-LD\"}");
        String og = meta("og:title", "OpenGraph");
        String title = "<title>Element</title>";

        assertThat(parse(page(title + ld + og, "")).title()).contains("OpenGraph");
        assertThat(parse(page(title + ld + meta("og:title", "  "), "")).title()).contains("JSON-LD");
        assertThat(parse(page(title, "")).title()).contains("Element");
    }

    @Test
    void trustsOpenGraphThenMetaDescriptionThenJsonLdForTheSummary() {
        String ld = jsonLd("{\"@type\": \"Article\", \"description\": \"JSON-LD\"}");
        String og = meta("og:description", "OpenGraph");
        String plain = named("description", "Plain");

        assertThat(parse(page(ld + plain + og, "")).summary()).contains("OpenGraph");
        assertThat(parse(page(ld + plain, "")).summary()).contains("Plain");
        assertThat(parse(page(ld, "")).summary()).contains("JSON-LD");
    }

    @Test
    void trustsJsonLdThenArticleAuthorThenMetaAuthorForTheAuthors() {
        String ld = jsonLd("{\"@type\": \"Article\", \"author\": {\"name\": \"From JSON-LD\"}}");
        String og = meta("article:author", "From article:author");
        String plain = named("author", "From meta author");

        assertThat(parse(page(plain + og + ld, "")).authors()).containsExactly("From JSON-LD");
        assertThat(parse(page(plain + og, "")).authors()).containsExactly("From article:author");
        assertThat(parse(page(plain, "")).authors()).containsExactly("From meta author");
    }

    @Test
    void takesNoProfileLinkForAnAuthor() {
        String links = meta("article:author", "https://www.facebook.com/someone")
                + meta("article:author", "http://example.com/me") + meta("article:author", "//example.com/me");

        assertThat(parse(page(links + named("author", "Real Name"), "")).authors()).containsExactly("Real Name");
    }

    @Test
    void keepsEachAuthorOnce() {
        String ld = jsonLd("{\"@type\": \"Article\", \"author\": [\"Ann\", {\"name\": \" ann \"}, \"Bob\", \"Ann\"]}");

        assertThat(parse(page(ld, "")).authors()).containsExactly("Ann", "Bob");
    }

    @Test
    void trustsArticlePublishedTimeThenJsonLdThenMetaDateThenTimeInTheArticle() {
        String og = meta("article:published_time", "2024-01-01");
        String ld = jsonLd("{\"@type\": \"Article\", \"datePublished\": \"2023-02-02\"}");
        String date = named("date", "2022-03-03");
        String time = "<article><p>Text</p><time datetime=\"2021-04-04\">April</time></article>";

        assertThat(parse(page(date + ld + og, time)).published()).contains(LocalDate.of(2024, 1, 1));
        assertThat(parse(page(date + ld, time)).published()).contains(LocalDate.of(2023, 2, 2));
        assertThat(parse(page(date, time)).published()).contains(LocalDate.of(2022, 3, 3));
        assertThat(parse(page("", time)).published()).contains(LocalDate.of(2021, 4, 4));
    }

    @Test
    void takesNoTimeFromOutsideTheArticle() {
        assertThat(parse(page("", "<time datetime=\"2021-04-04\">April</time><article>x</article>")).published())
                .isEmpty();
    }

    @Test
    void passesOverADateItCannotReadToTheNextSource() {
        String head = meta("article:published_time", "last Tuesday") + named("date", "2020-05-06");

        assertThat(parse(page(head, "")).published()).contains(LocalDate.of(2020, 5, 6));
    }

    @Test
    void readsTheDateOfEveryIsoForm() {
        assertThat(Texts.date("2024-03-05")).contains(LocalDate.of(2024, 3, 5));
        assertThat(Texts.date("2024-03-05T10:15:00Z")).contains(LocalDate.of(2024, 3, 5));
        assertThat(Texts.date("2024-03-05T23:30:00-08:00")).contains(LocalDate.of(2024, 3, 5));
        assertThat(Texts.date("2024-03-05T00:30:00.123+09:00")).contains(LocalDate.of(2024, 3, 5));
        assertThat(Texts.date("2024-03-05T10:15")).contains(LocalDate.of(2024, 3, 5));
        assertThat(Texts.date("2024-03-05T10:15:30")).contains(LocalDate.of(2024, 3, 5));
        assertThat(Texts.date("2024-03-05T10:15:30+0000")).contains(LocalDate.of(2024, 3, 5));
        assertThat(Texts.date("2024-03-05 10:15:30")).contains(LocalDate.of(2024, 3, 5));
        assertThat(Texts.date(" 2024-03-05T10:15:30+01:00[Europe/Paris] ")).contains(LocalDate.of(2024, 3, 5));
    }

    @Test
    void readsNoDateFromOtherTexts() {
        for (String text : List.of("", "yesterday", "05/03/2024", "2024-13-01", "2024-02-30", "2024-03-05Tnoon",
                "2024-03-05 and more", "2024-03-05T10:15:30" + "0".repeat(100))) {
            assertThat(Texts.date(text)).as(text).isEmpty();
        }
        assertThat(Texts.date(null)).isEmpty();
    }

    @Test
    void trustsTheSiteNameThenTheHostWithoutWww() {
        assertThat(parse(page(meta("og:site_name", "The Blog"), "")).site()).contains("The Blog");
        assertThat(parse(page("", "")).site()).contains("example.com");
        assertThat(PageParser.parse("", URI.create("https://WWW.Example.org/x")).site()).contains("Example.org");
        assertThat(PageParser.parse("", URI.create("https://engineering.example.org/x")).site())
                .contains("engineering.example.org");
        assertThat(PageParser.parse("", URI.create("https://wwwexample.org/x")).site()).contains("wwwexample.org");
    }

    @Test
    void takesTheCanonicalAddressOverTheOneItWasReadFrom() {
        String head = "<link rel=\"canonical\" href=\"https://Example.com/posts/42?utm_medium=x#top\">";
        PageMetadata page = parse(page(head, ""));

        assertThat(page.url()).isEqualTo("https://Example.com/posts/42?utm_medium=x#top");
        assertThat(page.urlKey()).isEqualTo("https://example.com/posts/42");
    }

    @Test
    void resolvesARelativeCanonicalAddress() {
        PageMetadata page = parse(page("<link href=\"/posts/42\" rel=\"Canonical nofollow\">", ""));

        assertThat(page.url()).isEqualTo("https://www.example.com/posts/42");
    }

    @Test
    void takesNoCanonicalAddressThatIsNoWebAddress() {
        for (String href : List.of("javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "")) {
            PageMetadata page = parse(page("<link rel=\"canonical\" href=\"" + href + "\">", ""));
            assertThat(page.url()).as(href).isEqualTo(PAGE_URL.toString());
        }
    }

    @Test
    void takesTheHostOfTheCanonicalAddressForTheSite() {
        PageMetadata page = parse(page("<link rel=\"canonical\" href=\"https://www.original.example/a\">", ""));

        assertThat(page.site()).contains("original.example");
    }

    @Test
    void normalizesTagsFromArticleTagsAndKeywords() {
        String head = meta("article:tag", "  Machine \t Learning ") + meta("article:tag", "AI, Ethics")
                + meta("article:tag", " ") + meta("article:tag", "machine learning")
                + jsonLd("{\"@type\": \"Article\", \"keywords\": \"ai, , GPU  Kernels,MACHINE-LEARNING\"}");

        assertThat(parse(page(head, "")).tags()).containsExactly("machine-learning", "ai", "ethics", "gpu-kernels");
    }

    @Test
    void readsMinutesFromTheArticleElementFirst() {
        String body = "<p>" + Pages.words(1000) + "</p><article>" + Pages.words(231) + "</article>";

        assertThat(parse(page("", body)).readMinutes()).isEqualTo(OptionalInt.of(2));
    }

    @Test
    void readsMinutesFromTheMainElementWithoutAnArticle() {
        String body = "<p>" + Pages.words(1000) + "</p><main>" + Pages.words(230) + "</main>";

        assertThat(parse(page("", body)).readMinutes()).isEqualTo(OptionalInt.of(1));
    }

    @Test
    void readsMinutesFromTheBodyWithoutArticleOrMain() {
        assertThat(parse(page("", "<div>" + Pages.words(461) + "</div>")).readMinutes())
                .isEqualTo(OptionalInt.of(3));
        assertThat(parse(page("", "<p>one</p>")).readMinutes()).isEqualTo(OptionalInt.of(1));
    }

    @Test
    void countsNoWordsOutsideTheMainText() {
        String around = Pages.words(500);
        String body = "<nav>" + around + "</nav><header>" + around + "</header><aside>" + around + "</aside>"
                + "<footer>" + around + "</footer><script>var " + around + "</script><style>" + around + "</style>"
                + "<p>" + Pages.words(230) + "</p>";

        assertThat(parse(page("", body)).readMinutes()).isEqualTo(OptionalInt.of(1));
    }

    @Test
    void hasNoMinutesWithoutWords() {
        assertThat(parse(page("<title>Title</title>", "<article> \n <img src=x> </article>")).readMinutes())
                .isEmpty();
    }
}
