package org.readinglist.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.readinglist.web.Pages.jsonLd;
import static org.readinglist.web.Pages.meta;
import static org.readinglist.web.Pages.named;
import static org.readinglist.web.Pages.page;
import static org.readinglist.web.Pages.parse;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.readinglist.model.FieldLimits;

/** Every text comes out plain, clean and within its limit, however hostile the page. */
class PageTextTest {

    @Test
    void titleElementWithEntitiesAndMarkupBecomesPlainText() {
        PageMetadata page = parse(page("<title>Caf&eacute; &amp; <b>Bar</b> &lt;3</title>", ""));

        assertThat(page.title()).contains("Café & Bar <3");
    }

    @Test
    void openGraphTitleWithEntitiesAndMarkupBecomesPlainText() {
        PageMetadata page = parse(page(meta("og:title", "A &amp;amp; B &lt;b&gt;bold&lt;/b&gt; &#8211; C"), ""));

        assertThat(page.title()).contains("A & B bold – C");
    }

    @Test
    void jsonLdTextsWithMarkupBecomePlainText() {
        String json = "{\"@type\": \"Article\", \"headline\": \"<i>Italic</i> &amp; more\","
                + " \"description\": \"<p>First</p><p>Second</p>\", \"author\": \"<b>Bold</b> Name\"}";
        PageMetadata page = parse(page(jsonLd(json), ""));

        assertThat(page.title()).contains("Italic & more");
        assertThat(page.summary()).contains("First Second");
        assertThat(page.authors()).containsExactly("Bold Name");
    }

    @Test
    void collapsesWhiteSpace() {
        PageMetadata page = parse(page(meta("og:title", "  A\n\t  B\u00A0\u00A0C  ")
                + meta("og:description", "one&#10;&#10;two&nbsp; three"), ""));

        assertThat(page.title()).contains("A B C");
        assertThat(page.summary()).contains("one two three");
    }

    @Test
    void dropsBidiOverridesAndControlCharacters() {
        PageMetadata page = parse(page("<title>invoice\u202Efdp.exe \u2066x\u2069\u0007 done</title>"
                + meta("og:site_name", "Site\u202D\u0007Name"), ""));

        assertThat(page.title()).contains("invoicefdp.exe x done");
        assertThat(page.site()).contains("SiteName");
    }

    @Test
    void aTitleOfNothingButMarkupIsNoTitle() {
        PageMetadata page = parse(page(meta("og:title", "<b> </b>") + "<title>Fallback</title>", ""));

        assertThat(page.title()).contains("Fallback");
    }

    @Test
    void cutsEachTextToItsLimit() {
        String long10k = "Ab".repeat(5_000);
        String head = "<title>" + long10k + "</title>" + meta("og:description", long10k.repeat(2))
                + meta("og:site_name", long10k) + named("author", long10k) + meta("article:tag", long10k);
        PageMetadata page = parse(page(head, ""));

        assertThat(page.title()).hasValueSatisfying(title -> assertThat(title).hasSize(FieldLimits.TITLE));
        assertThat(page.summary()).hasValueSatisfying(summary -> assertThat(summary).hasSize(FieldLimits.SUMMARY));
        assertThat(page.site()).hasValueSatisfying(site -> assertThat(site).hasSize(FieldLimits.COMPANY));
        assertThat(page.authors()).singleElement().satisfies(author -> assertThat(author).hasSize(FieldLimits.AUTHOR));
        assertThat(page.tags()).singleElement().satisfies(tag -> assertThat(tag).hasSize(FieldLimits.TAG));
    }

    @Test
    void keepsAtMostTheLimitOfAuthorsAndTags() {
        List<String> names = new ArrayList<>();
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            names.add("\"Author " + i + "\"");
            head.append(meta("article:tag", "tag" + i));
        }
        head.append(jsonLd("{\"@type\": \"Article\", \"author\": [" + String.join(",", names) + "]}"));
        PageMetadata page = parse(page(head.toString(), ""));

        assertThat(page.authors()).hasSize(FieldLimits.AUTHORS).startsWith("Author 0", "Author 1");
        assertThat(page.tags()).hasSize(FieldLimits.TAGS).startsWith("tag0", "tag1");
    }

    @Test
    void neverShowsTheTextOfScripts() {
        String head = "<title>Real title<script>alert('EVIL1')</script></title>"
                + meta("og:description", "&lt;script&gt;alert('EVIL2')&lt;/script&gt;Real summary")
                + meta("og:site_name", "<style>EVIL3{}</style>Site")
                + jsonLd("{\"@type\": \"Article\", \"author\": \"<script>EVIL4<\\/script>Real Author\"}")
                + "<script>document.title = 'EVIL5';</script>";
        String body = "<script>document.write('EVIL6 " + Pages.words(1000) + "')</script><p>Two words</p>"
                + "<noscript>EVIL7</noscript>";
        PageMetadata page = parse(page(head, body));

        assertThat(page.title()).contains("Real title");
        assertThat(page.summary()).contains("Real summary");
        assertThat(page.site()).contains("Site");
        assertThat(page.authors()).containsExactly("Real Author");
        assertThat(page.readMinutes()).hasValue(1);
        assertThat(page.toString()).doesNotContain("EVIL");
    }

    @Test
    void readsAPageWithMegabyteAttributesQuickly() {
        String huge = "x".repeat(1 << 20);
        String head = meta("og:title", huge) + meta("og:description", huge) + named("author", huge)
                + meta("article:tag", huge) + "<link rel=\"canonical\" href=\"https://example.com/" + huge + "\">";
        String body = "<div class=\"" + huge + "\" data-x=\"" + huge + "\"><p>Some words</p></div>";

        PageMetadata page = parseWithin(Duration.ofSeconds(5), page(head, body));

        assertThat(page.title()).hasValueSatisfying(title -> assertThat(title).hasSize(FieldLimits.TITLE));
        assertThat(page.summary()).hasValueSatisfying(summary -> assertThat(summary).hasSize(FieldLimits.SUMMARY));
        assertThat(page.url()).isEqualTo(Pages.PAGE_URL.toString());
        assertThat(page.readMinutes()).hasValue(1);
    }

    @Test
    void readsAPageNestedAHundredThousandDeep() {
        int depth = 100_000;
        String body = "<article>" + "<div><span>".repeat(depth / 2) + "deep words <time datetime=\"2020-01-02\">"
                + "</span></div>".repeat(depth / 2) + "</article>";

        PageMetadata page = parseWithin(Duration.ofSeconds(20), page("<title>Deep</title>", body));

        assertThat(page.title()).contains("Deep");
        assertThat(page.readMinutes()).hasValue(1);
    }

    @Test
    void walksADocumentNestedAHundredThousandDeepWithoutRecursion() {
        // the HTML parser stops nesting at 512, so the deep document is built by hand
        Document page = Jsoup.parse(page("<title>Built</title>", ""), Pages.PAGE_URL.toString());
        Element inner = new Element("p").appendText("deep words").appendChild(new Element("time")
                .attr("datetime", "2020-01-02"));
        for (int i = 0; i < 100_000; i++) {
            inner = new Element(i % 2 == 0 ? "div" : "section").appendChild(inner);
        }
        page.body().appendChild(new Element("article").appendChild(inner));

        PageMetadata metadata = PageParser.parse(page, Pages.PAGE_URL);

        assertThat(metadata.title()).contains("Built");
        assertThat(metadata.published()).contains(LocalDate.of(2020, 1, 2));
        assertThat(metadata.readMinutes()).hasValue(1);
    }

    @Test
    void readsGarbageWithoutFailing() {
        for (String html : List.of("", "<", "<<<>>>", "</html></head><head><title>x", "\u0000\u0001\uFFFF",
                "<meta property=og:title content>", "<script type=application/ld+json>{\"@type\":\"Article\"",
                "<link rel=canonical href=\"http://[::1\">")) {
            assertThatCode(() -> parse(html)).as(html).doesNotThrowAnyException();
        }
    }

    private static PageMetadata parseWithin(Duration limit, String html) {
        long start = System.nanoTime();
        PageMetadata page = parse(html);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(limit);
        return page;
    }
}
