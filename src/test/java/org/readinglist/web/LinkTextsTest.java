package org.readinglist.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkTextsTest {

    @TempDir
    Path folder;

    @Test
    void findsTheFirstWebAddressInPastedOrDroppedText() {
        assertThat(LinkTexts.firstWebAddress("  https://example.com/post \n")).contains(URI.create(
                "https://example.com/post"));
        assertThat(LinkTexts.firstWebAddress("# a URI list\r\nhttp://example.com/a\r\nhttp://example.com/b"))
                .contains(URI.create("http://example.com/a"));
        assertThat(LinkTexts.firstWebAddress("Read this: <https://example.com/x> later"))
                .contains(URI.create("https://example.com/x"));
        assertThat(LinkTexts.firstWebAddress("https://en.wikipedia.org/wiki/Set_(mathematics)"))
                .contains(URI.create("https://en.wikipedia.org/wiki/Set_(mathematics)"));
    }

    @Test
    void textWithoutAWebAddressHasNone() {
        assertThat(LinkTexts.firstWebAddress("just some words")).isEmpty();
        assertThat(LinkTexts.firstWebAddress("javascript:alert(1) file:///etc/passwd")).isEmpty();
        assertThat(LinkTexts.firstWebAddress("")).isEmpty();
        assertThat(LinkTexts.firstWebAddress(null)).isEmpty();
    }

    @Test
    void readsTheAddressOfWindowsAndLinuxLinkFiles() throws Exception {
        Path windows = Files.writeString(folder.resolve("Post.url"),
                "[{000214A0-0000-0000-C000-000000000046}]\r\nProp3=19,11\r\n[InternetShortcut]\r\nIDList=\r\n"
                        + "URL=https://example.com/post?id=7\r\n", StandardCharsets.UTF_8);
        Path linux = Files.writeString(folder.resolve("post.desktop"),
                "[Desktop Entry]\nEncoding=UTF-8\nName=Post\nType=Link\nURL=https://example.com/linux\nIcon=text-html\n");

        assertThat(LinkTexts.readLinkFile(windows)).contains(URI.create("https://example.com/post?id=7"));
        assertThat(LinkTexts.readLinkFile(linux)).contains(URI.create("https://example.com/linux"));
    }

    @Test
    void otherFilesAndLinksToOtherSchemesGiveNoAddress() throws Exception {
        Path notes = Files.writeString(folder.resolve("notes.txt"), "URL=https://example.com/");
        Path local = Files.writeString(folder.resolve("local.url"), "[InternetShortcut]\nURL=file:///etc/passwd\n");
        Path app = Files.writeString(folder.resolve("app.desktop"), "[Desktop Entry]\nType=Application\nExec=x\n");

        assertThat(LinkTexts.isLinkFile(notes)).isFalse();
        assertThat(LinkTexts.readLinkFile(notes)).isEmpty();
        assertThat(LinkTexts.readLinkFile(local)).isEmpty();
        assertThat(LinkTexts.readLinkFile(app)).isEmpty();
    }

    @Test
    void theTagsAPersonTypesAreNormalizedLikeAPagesTags() {
        assertThat(TagNames.normalize("  Distributed Systems ")).contains("distributed-systems");
        assertThat(TagNames.normalize("<b>Go</b>")).contains("go");
        assertThat(TagNames.normalize("   ")).isEmpty();
    }
}
