package org.readinglist.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class WebLinksTest {

    @Test
    void httpsLinkIsOpenable() {
        assertEquals(Optional.of(URI.create("https://netflixtechblog.com/netflix-live-origin-41f1b0ad5371")),
                WebLinks.openable("https://netflixtechblog.com/netflix-live-origin-41f1b0ad5371"));
    }

    @Test
    void httpLinkIsOpenable() {
        assertEquals(Optional.of(URI.create("http://example.com/a?b=c#d")), WebLinks.openable("http://example.com/a?b=c#d"));
    }

    @Test
    void schemeIsMatchedWithoutRegardToCase() {
        assertTrue(WebLinks.openable("HTTPS://Example.com/Post").isPresent());
    }

    @Test
    void surroundingSpacesAreIgnored() {
        assertEquals(Optional.of(URI.create("https://example.com/post")), WebLinks.openable("  https://example.com/post \n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "javascript:alert(1)",
            "JavaScript:alert(document.cookie)",
            "file:///etc/passwd",
            "file://server/share/doc.html",
            "ftp://example.com/file.txt",
            "mailto:someone@example.com",
            "data:text/html,<script>alert(1)</script>",
            "/relative/path",
            "relative/path.html",
            "//example.com/no-scheme",
            "example.com",
            "https://",
            "http:example.com",
            "https:///no-host",
            "not a url at all",
            "ht tp://example.com",
            "https://exa mple.com/",
            "::::"
    })
    void nonWebOrMalformedLinksAreRefused(String url) {
        assertEquals(Optional.empty(), WebLinks.openable(url), url);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void missingOrBlankLinksAreRefused(String url) {
        assertEquals(Optional.empty(), WebLinks.openable(url));
    }
}
