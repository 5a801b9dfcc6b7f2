package org.readinglist.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.readinglist.model.FieldLimits;

class UrlNormalizerTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com", "https://example.com/a/b?c=d#e", "HTTPS://Example.COM/",
            "http://127.0.0.1:8080/x", "https://[::1]/x"})
    void acceptsAbsoluteHttpAndHttpsAddressesWithAHost(String text) {
        assertThat(UrlNormalizer.parseWebAddress(text)).contains(URI.create(text));
    }

    @Test
    void trimsTheText() {
        assertThat(UrlNormalizer.parseWebAddress("  \thttps://example.com/a \n"))
                .contains(URI.create("https://example.com/a"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript://example.com/%0aalert(1)", "file:///etc/passwd",
            "data:text/html,<b>x</b>", "ftp://example.com/x", "mailto:a@example.com", "/relative/path",
            "example.com/no-scheme", "//example.com/scheme-relative", "http://", "http:///no-host", "https:opaque",
            "not a url at all", "http://exa mple.com/", "", "   "})
    void refusesEverythingElse(String text) {
        assertThat(UrlNormalizer.parseWebAddress(text)).isEmpty();
    }

    @Test
    void refusesNull() {
        assertThat(UrlNormalizer.parseWebAddress(null)).isEmpty();
    }

    @Test
    void refusesAddressesLongerThanTheLimit() {
        String base = "https://example.com/";
        String longest = base + "a".repeat(FieldLimits.URL - base.length());
        assertThat(UrlNormalizer.parseWebAddress(longest)).isPresent();
        assertThat(UrlNormalizer.parseWebAddress(longest + "a")).isEmpty();
    }

    @Test
    void keyLowersSchemeAndHostButNotThePath() {
        assertThat(UrlNormalizer.key("HTTPS://Example.COM/Some/Path")).isEqualTo("https://example.com/Some/Path");
    }

    @Test
    void keyTreatsHttpAsHttps() {
        assertThat(UrlNormalizer.key("http://example.com/a")).isEqualTo("https://example.com/a");
    }

    @Test
    void keyDropsTheDefaultPortOfTheSchemeOnly() {
        assertThat(UrlNormalizer.key("http://example.com:80/a")).isEqualTo("https://example.com/a");
        assertThat(UrlNormalizer.key("https://example.com:443/a")).isEqualTo("https://example.com/a");
        assertThat(UrlNormalizer.key("https://example.com:80/a")).isEqualTo("https://example.com:80/a");
        assertThat(UrlNormalizer.key("http://example.com:443/a")).isEqualTo("https://example.com:443/a");
        assertThat(UrlNormalizer.key("https://example.com:8443/a")).isEqualTo("https://example.com:8443/a");
    }

    @Test
    void keyDropsTheFragment() {
        assertThat(UrlNormalizer.key("https://example.com/a#section-2")).isEqualTo("https://example.com/a");
        assertThat(UrlNormalizer.key("https://example.com/a?b=c#d")).isEqualTo("https://example.com/a?b=c");
    }

    @Test
    void keyDropsTrackingParametersAndKeepsTheOthersInOrder() {
        assertThat(UrlNormalizer.key("https://example.com/a?z=1&utm_source=rss&b=2&utm_medium=x&UTM_Campaign=y"
                + "&fbclid=F&a=3&gclid=G&mc_cid=M&mc_eid=E&source=rss----abc"))
                .isEqualTo("https://example.com/a?z=1&b=2&a=3");
    }

    @Test
    void keyKeepsParametersThatOnlyLookLikeTrackingOnes() {
        assertThat(UrlNormalizer.key("https://example.com/a?utm=1&sources=2&xfbclid=3&id=utm_source"))
                .isEqualTo("https://example.com/a?utm=1&sources=2&xfbclid=3&id=utm_source");
    }

    @Test
    void keyDropsAQueryThatIsEmptyOrOnlyTracking() {
        assertThat(UrlNormalizer.key("https://example.com/a?")).isEqualTo("https://example.com/a");
        assertThat(UrlNormalizer.key("https://example.com/a?utm_source=x&fbclid=y"))
                .isEqualTo("https://example.com/a");
        assertThat(UrlNormalizer.key("https://example.com/a?&&b=1&")).isEqualTo("https://example.com/a?b=1");
    }

    @Test
    void keyKeepsTheQueryAsWritten() {
        assertThat(UrlNormalizer.key("https://example.com/search?q=a%20b&flag&x=%26"))
                .isEqualTo("https://example.com/search?q=a%20b&flag&x=%26");
    }

    @Test
    void keyMakesAnEmptyPathASlash() {
        assertThat(UrlNormalizer.key("https://example.com")).isEqualTo("https://example.com/");
        assertThat(UrlNormalizer.key("https://example.com?a=1")).isEqualTo("https://example.com/?a=1");
        assertThat(UrlNormalizer.key("https://example.com/")).isEqualTo("https://example.com/");
    }

    @Test
    void keyKeepsATrailingSlashOfAPath() {
        assertThat(UrlNormalizer.key("https://example.com/blog/post/")).isEqualTo("https://example.com/blog/post/");
        assertThat(UrlNormalizer.key("https://example.com/blog/post")).isEqualTo("https://example.com/blog/post");
    }

    @Test
    void addressesOfTheSameArticleShareAKey() {
        assertThat(UrlNormalizer.key("http://WWW.Example.com:80/post?utm_source=twitter#comments"))
                .isEqualTo(UrlNormalizer.key(" https://www.example.com/post "));
    }

    @Test
    void keyOfSomethingThatIsNoWebAddressIsTheTrimmedText() {
        assertThat(UrlNormalizer.key("  not a URL \t")).isEqualTo("not a URL");
        assertThat(UrlNormalizer.key("file:///etc/passwd#x")).isEqualTo("file:///etc/passwd#x");
        assertThat(UrlNormalizer.key(" Example.com/A?utm_source=x ")).isEqualTo("Example.com/A?utm_source=x");
        assertThat(UrlNormalizer.key("")).isEmpty();
        assertThat(UrlNormalizer.key(null)).isNull();
    }
}
