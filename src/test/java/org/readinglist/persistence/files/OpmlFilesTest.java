package org.readinglist.persistence.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readinglist.feeds.FeedSubscription;
import org.readinglist.persistence.AtomicFileWriter;
import org.readinglist.persistence.files.OpmlFileException.Reason;

/** Subscription lists on disk: exported atomically and read back the same; hostile files refused. */
class OpmlFilesTest {

    private static final List<FeedSubscription> SUBSCRIPTIONS = List.of(
            new FeedSubscription("Netflix TechBlog", URI.create("https://netflixtechblog.com/feed"),
                    URI.create("https://netflixtechblog.com")),
            new FeedSubscription("Café & Co", URI.create("https://cafe.example.com/rss?x=1&y=2"), null));

    @TempDir
    Path dir;

    private final OpmlFiles files = new OpmlFiles(new AtomicFileWriter(), List::of);

    @Test
    void anExportReadsBackAsTheSameSubscriptions() throws Exception {
        Path target = dir.resolve("feeds.opml");

        files.write(target, "Reading List feeds", SUBSCRIPTIONS);

        assertThat(files.read(target)).isEqualTo(SUBSCRIPTIONS);
        assertThat(Files.readString(target)).contains("<opml version=\"2.0\">", "<title>Reading List feeds</title>");
    }

    @Test
    void anExportReplacesAnOldFileWholeAndLeavesNothingElse() throws Exception {
        Path target = Files.writeString(dir.resolve("feeds.opml"), "x".repeat(100_000));

        files.write(target, "Feeds", SUBSCRIPTIONS.subList(0, 1));

        assertThat(files.read(target)).isEqualTo(SUBSCRIPTIONS.subList(0, 1));
        assertThat(folder()).containsExactly("feeds.opml");
    }

    @Test
    void aFailedExportLeavesTheOldFile() throws Exception {
        Path existing = Files.writeString(dir.resolve("feeds.opml"), "kept");
        OpmlFiles failing = new OpmlFiles(new AtomicFileWriter() {
            @Override
            protected void beforeRename(Path temp) throws IOException {
                throw new IOException("disk full");
            }
        }, List::of);

        assertThatThrownBy(() -> failing.write(existing, "Feeds", SUBSCRIPTIONS))
                .isInstanceOfSatisfying(OpmlFileException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NOT_WRITTEN);
                    assertThat(e.getMessage()).isEqualTo("disk full");
                });
        assertThat(existing).hasContent("kept");
        assertThat(folder()).containsExactly("feeds.opml");
    }

    @Test
    void theFilesInUseAndFoldersAreNoTargets() throws Exception {
        Path library = Files.writeString(dir.resolve("library.db"), "the library");
        Path link = Files.createSymbolicLink(dir.resolve("link.opml"), library);
        OpmlFiles guarded = new OpmlFiles(new AtomicFileWriter(), () -> List.of(library));

        for (Path target : List.of(library, link)) {
            assertThatThrownBy(() -> guarded.write(target, "Feeds", SUBSCRIPTIONS))
                    .isInstanceOfSatisfying(OpmlFileException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.FILE_IN_USE));
        }
        assertThat(library).hasContent("the library");
        Path folder = Files.createDirectories(dir.resolve("folder.opml"));
        assertThatThrownBy(() -> files.write(folder, "Feeds", SUBSCRIPTIONS))
                .isInstanceOfSatisfying(OpmlFileException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.IS_FOLDER));
    }

    @Test
    void aHostileFileIsRefusedAndReadsNothingElse() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "secret-content-7d1f");
        Path hostile = Files.writeString(dir.resolve("hostile.opml"), "<?xml version=\"1.0\"?>"
                + "<!DOCTYPE opml [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]><opml version=\"2.0\"><head/><body>"
                + "<outline text=\"&xxe;\" xmlUrl=\"https://a.example.com/feed\"/></body></opml>");

        assertThatThrownBy(() -> files.read(hostile)).isInstanceOfSatisfying(OpmlFileException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.REFUSED);
            assertThat(e.file()).isEqualTo(hostile);
            assertThat(String.valueOf(e.getMessage())).doesNotContain("secret-content-7d1f");
        });
    }

    @Test
    void aFileLargerThanAnyListIsNotRead() throws Exception {
        String outline = "<outline text=\"t\" xmlUrl=\"https://a.example.com/feed\"/>\n";
        Path large = dir.resolve("large.opml");
        Files.writeString(large, "<opml version=\"2.0\"><head/><body>"
                + outline.repeat(OpmlFiles.MAX_BYTES / outline.length() + 1) + "</body></opml>");

        assertThatThrownBy(() -> files.read(large)).isInstanceOfSatisfying(OpmlFileException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
    }

    @Test
    void missingBrokenAndOtherFilesSayWhy() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.opml"), "<opml version=\"2.0\"><body><outline");
        Path page = Files.write(dir.resolve("page.opml"),
                "<!DOCTYPE html><html><body>no</body></html>".getBytes(StandardCharsets.UTF_8));

        assertThat(reason(dir.resolve("missing.opml"))).isEqualTo(Reason.NOT_READ);
        assertThat(reason(broken)).isEqualTo(Reason.MALFORMED);
        assertThat(reason(page)).isEqualTo(Reason.NOT_OPML);
    }

    private Reason reason(Path file) {
        try {
            files.read(file);
            return null;
        } catch (OpmlFileException e) {
            return e.reason();
        }
    }

    private List<String> folder() throws IOException {
        try (Stream<Path> listed = Files.list(dir)) {
            return listed.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
