package org.readinglist.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.readinglist.web.Pages.page;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readinglist.web.FetchOutcome.Failed;
import org.readinglist.web.FetchOutcome.NotHtml;
import org.readinglist.web.FetchOutcome.Page;

/** Fetching pages from a server on this machine: what is read, which redirects are followed, which media parsed. */
class PageFetcherTest {

    static final String USER_AGENT = "ReadingList/test";

    private TestServer server;
    private PageFetcher fetcher;

    @BeforeEach
    void startServer() throws IOException {
        server = TestServer.http();
        fetcher = new PageFetcher(localClient(), USER_AGENT);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** A client that goes straight to 127.0.0.1, whatever proxy the machine names. */
    static HttpClient localClient() {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY)
                .build();
    }

    @Test
    void readsAnOpenGraphPage() {
        server.html("/og", Pages.resource("opengraph.html"));

        PageMetadata page = metadata(fetcher.fetch(server.uri("/og")));

        assertThat(page.title()).contains("Scaling the Feed Service");
        assertThat(page.summary()).contains("How we moved the feed to a sharded store — and what broke.");
        assertThat(page.site()).contains("Example Engineering");
        assertThat(page.authors()).containsExactly("Ada Lovelace", "Grace Hopper");
        assertThat(page.published()).contains(LocalDate.of(2024, 3, 5));
        assertThat(page.url()).isEqualTo(server.uri("/og").toString());
        assertThat(page.urlKey()).isEqualTo(UrlNormalizer.key(server.uri("/og").toString()));
    }

    @Test
    void readsAJsonLdPage() {
        server.html("/ld", Pages.resource("jsonld-graph.html"));

        PageMetadata page = metadata(fetcher.fetch(server.uri("/ld")));

        assertThat(page.title()).contains("Raft in Practice");
        assertThat(page.authors()).containsExactly("Diego Ongaro", "John Ousterhout");
        assertThat(page.tags()).containsExactly("consensus", "raft", "distributed-systems");
        assertThat(page.site()).contains("127.0.0.1");
    }

    @Test
    void readsAPageWithOnlyATitle() {
        server.html("/bare", "<title>Bare &amp; <b>plain</b></title>");

        PageMetadata page = metadata(fetcher.fetch(server.uri("/bare")));

        assertThat(page.title()).contains("Bare & plain");
        assertThat(page.summary()).isEmpty();
        assertThat(page.readMinutes()).isEmpty();
    }

    @Test
    void takesTheCanonicalAddress() {
        server.html("/amp", page("<link rel=\"canonical\" href=\"https://blog.example.com/post?utm_source=amp\">",
                "<p>Words</p>"));

        PageMetadata page = metadata(fetcher.fetch(server.uri("/amp")));

        assertThat(page.url()).isEqualTo("https://blog.example.com/post?utm_source=amp");
        assertThat(page.urlKey()).isEqualTo("https://blog.example.com/post");
        assertThat(page.site()).contains("blog.example.com");
    }

    @Test
    void sendsItsUserAgentAndAsksForHtml() {
        server.html("/page", "<title>x</title>");

        fetcher.fetch(server.uri("/page"));

        assertThat(server.requests()).singleElement().satisfies(request -> {
            assertThat(request.headers().getFirst("User-Agent")).isEqualTo(USER_AGENT);
            assertThat(request.headers().getFirst("Accept")).isEqualTo("text/html,application/xhtml+xml");
        });
    }

    @Test
    void reportsAnErrorStatus() {
        assertThat(fetcher.fetch(server.uri("/missing"))).isEqualTo(failed(FetchProblem.HTTP_STATUS, 404));

        server.respond("/broken", 500, "text/html", "<title>Oops</title>".getBytes(StandardCharsets.UTF_8));
        assertThat(fetcher.fetch(server.uri("/broken"))).isEqualTo(failed(FetchProblem.HTTP_STATUS, 500));
    }

    @Test
    void followsAChainOfRedirectsToTheFinalPage() {
        server.redirect("/r1", 301, server.uri("/r2").toString());
        server.redirect("/r2", 301, "/r3");
        server.redirect("/r3", 301, "final?x=1");
        server.html("/final", "<title>Arrived</title>");

        PageMetadata page = metadata(fetcher.fetch(server.uri("/r1")));

        assertThat(page.title()).contains("Arrived");
        assertThat(page.url()).isEqualTo(server.uri("/final?x=1").toString());
        assertThat(server.requests()).extracting(TestServer.Request::path)
                .containsExactly("/r1", "/r2", "/r3", "/final");
    }

    @Test
    void followsEveryKindOfRedirect() {
        int[] statuses = {301, 302, 303, 307, 308};
        for (int i = 0; i < statuses.length; i++) {
            server.redirect("/kind" + i, statuses[i], "/kind" + (i + 1));
        }
        server.html("/kind" + statuses.length, "<title>Followed</title>");

        assertThat(metadata(fetcher.fetch(server.uri("/kind0"))).title()).contains("Followed");
    }

    @Test
    void followsNoOtherThreeHundredStatus() {
        server.redirect("/multiple", 300, "/elsewhere");
        server.redirect("/unchanged", 304, "/elsewhere");
        server.html("/elsewhere", "<title>Elsewhere</title>");

        assertThat(fetcher.fetch(server.uri("/multiple"))).isEqualTo(failed(FetchProblem.HTTP_STATUS, 300));
        assertThat(fetcher.fetch(server.uri("/unchanged"))).isEqualTo(failed(FetchProblem.HTTP_STATUS, 304));
    }

    @Test
    void followsFiveRedirectsButNotSix() {
        for (int i = 0; i < 6; i++) {
            server.redirect("/hop" + i, 307, "/hop" + (i + 1));
        }
        server.html("/hop5", "<title>Five hops</title>");
        server.html("/hop6", "<title>Six hops</title>");

        assertThat(metadata(fetcher.fetch(server.uri("/hop0"))).title()).contains("Five hops");
        server.redirect("/hop5", 307, "/hop6");
        assertThat(fetcher.fetch(server.uri("/hop0"))).isEqualTo(failed(FetchProblem.TOO_MANY_REDIRECTS, 307));
    }

    @Test
    void stopsARedirectLoop() {
        server.redirect("/a", 302, "/b");
        server.redirect("/b", 302, "/a");

        assertThat(fetcher.fetch(server.uri("/a"))).isEqualTo(failed(FetchProblem.TOO_MANY_REDIRECTS, 302));
        assertThat(server.requests()).hasSize(1 + PageFetcher.MAX_REDIRECTS);
    }

    @Test
    void followsNoRedirectToAnythingButAWebAddress() {
        for (String location : List.of("file:///etc/passwd", "javascript:alert(1)", "ftp://127.0.0.1/x",
                "data:text/html,<title>x</title>", "http://", "http://bad host/")) {
            server.redirect("/away", 302, location);
            assertThat(fetcher.fetch(server.uri("/away"))).as(location)
                    .isEqualTo(failed(FetchProblem.NOT_A_WEB_ADDRESS, 302));
        }
        assertThat(server.requests()).allSatisfy(request -> assertThat(request.path()).isEqualTo("/away"));
    }

    @Test
    void reportsARedirectWithoutLocationAsItsStatus() {
        server.respond("/nowhere", 301, "text/html", new byte[0]);

        assertThat(fetcher.fetch(server.uri("/nowhere"))).isEqualTo(failed(FetchProblem.HTTP_STATUS, 301));
    }

    @Test
    void sendsNoCookies() {
        server.handle("/login", exchange -> {
            exchange.getResponseHeaders().set("Set-Cookie", "session=secret; Path=/");
            exchange.getResponseHeaders().set("Location", "/home");
            TestServer.send(exchange, 302, new byte[0]);
        });
        server.html("/home", "<title>Home</title>");

        assertThat(metadata(fetcher.fetch(server.uri("/login"))).title()).contains("Home");
        assertThat(metadata(new PageFetcher(USER_AGENT).fetch(server.uri("/login"))).title()).contains("Home");
        assertThat(server.requests()).allSatisfy(request -> assertThat(request.headers()).doesNotContainKey("Cookie"));
    }

    @Test
    void refusesAClientThatFollowsRedirectsOrKeepsCookies() {
        HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpClient keeping = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        assertThatThrownBy(() -> new PageFetcher(following, USER_AGENT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageFetcher(keeping, USER_AGENT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageFetcher(localClient(), "two\r\nlines"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnAddressThatIsNoWebAddressWithoutAsking() {
        for (String address : List.of("file:///etc/passwd", "javascript:alert(1)", "/relative", "mailto:a@b.c")) {
            assertThat(fetcher.fetch(URI.create(address))).as(address)
                    .isEqualTo(new Failed(FetchProblem.NOT_A_WEB_ADDRESS, OptionalInt.empty()));
        }
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void leavesAPdfUnread() {
        server.respond("/paper.pdf", 200, "application/pdf",
                "%PDF-1.7 <title>No</title>".getBytes(StandardCharsets.US_ASCII));
        server.redirect("/paper", 302, "/paper.pdf");

        assertThat(fetcher.fetch(server.uri("/paper")))
                .isEqualTo(new NotHtml(server.uri("/paper.pdf"), "application/pdf"));
    }

    @Test
    void leavesUnreadWhatHasNoMediaType() {
        server.respond("/untyped", 200, null, "<title>Maybe</title>".getBytes(StandardCharsets.UTF_8));

        assertThat(fetcher.fetch(server.uri("/untyped"))).isEqualTo(new NotHtml(server.uri("/untyped"), ""));
    }

    @Test
    void readsXhtmlAndMediaTypesWrittenInCapitals() {
        byte[] page = "<title>Typed</title>".getBytes(StandardCharsets.UTF_8);
        server.respond("/xhtml", 200, "application/xhtml+xml", page);
        server.respond("/caps", 200, "Text/HTML ; Charset=UTF-8", page);

        assertThat(metadata(fetcher.fetch(server.uri("/xhtml"))).title()).contains("Typed");
        assertThat(metadata(fetcher.fetch(server.uri("/caps"))).title()).contains("Typed");
    }

    @Test
    void readsTheCharsetTheHeaderNames() {
        Charset windows1252 = Charset.forName("windows-1252");
        server.respond("/latin", 200, "text/html; charset=windows-1252",
                "<title>Caf\u00e9 \u2019quoted\u2019</title>".getBytes(windows1252));

        assertThat(metadata(fetcher.fetch(server.uri("/latin"))).title()).contains("Café ’quoted’");
    }

    @Test
    void readsTheCharsetAMetaNamesAndLatin1AsBrowsersDo() {
        byte[] charset = "<meta charset=\"ISO-8859-1\"><title>Caf\u00e9 don\u2019t</title>"
                .getBytes(Charset.forName("windows-1252"));
        byte[] httpEquiv = ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-15\">"
                + "<title>\u20ac price</title>").getBytes(Charset.forName("ISO-8859-15"));
        server.respond("/meta", 200, "text/html", charset);
        server.respond("/equiv", 200, "text/html", httpEquiv);

        assertThat(metadata(fetcher.fetch(server.uri("/meta"))).title()).contains("Café don’t");
        assertThat(metadata(fetcher.fetch(server.uri("/equiv"))).title()).contains("€ price");
    }

    @Test
    void readsUtf8WhenTheNamedCharsetIsUnknown() {
        byte[] page = "<meta charset=\"no-such-charset\"><title>Caf\u00e9</title>".getBytes(StandardCharsets.UTF_8);
        server.respond("/unknown", 200, "text/html; charset=x-unheard-of", page);
        server.respond("/illegal", 200, "text/html; charset=\"utf 8!!\"", page);
        server.respond("/none", 200, "text/html", "<title>Caf\u00e9</title>".getBytes(StandardCharsets.UTF_8));

        assertThat(metadata(fetcher.fetch(server.uri("/unknown"))).title()).contains("Café");
        assertThat(metadata(fetcher.fetch(server.uri("/illegal"))).title()).contains("Café");
        assertThat(metadata(fetcher.fetch(server.uri("/none"))).title()).contains("Café");
    }

    @Test
    void readsAHostilePage() {
        String huge = "x".repeat(1 << 20);
        String html = page("<title>Safe<script>alert('EVIL')</script></title>" + Pages.meta("og:description", huge),
                "<div data-x=\"" + huge + "\">" + "<div>".repeat(100_000) + "words" + "</div>".repeat(100_000)
                        + "</div><script>document.write('EVIL')</script>");
        server.html("/hostile", html);

        PageMetadata page = metadata(fetcher.fetch(server.uri("/hostile")));

        assertThat(page.title()).contains("Safe");
        assertThat(page.readMinutes()).hasValue(1);
        assertThat(page.toString()).doesNotContain("EVIL");
    }

    static PageMetadata metadata(FetchOutcome outcome) {
        assertThat(outcome).isInstanceOf(Page.class);
        return ((Page) outcome).metadata();
    }

    static Failed failed(FetchProblem problem, int status) {
        return new Failed(problem, OptionalInt.of(status));
    }
}
