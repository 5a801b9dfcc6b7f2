package org.readinglist.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readinglist.model.Article;

class ArticleSnapshotTest {

    private static final ArticleSnapshot.Source SOURCE = new ArticleSnapshot.Source("/lists/articles.json", 1234,
            5678, "(dev=1,ino=2)");

    @TempDir
    Path dir;

    private static List<Article> articles(int count, long seed) {
        Random random = new Random(seed);
        String[] texts = {"plain", "Überblick à la carte", "日本語のタイトル", "emoji \uD83D\uDE80", "lone \uD800", ""};
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = texts[random.nextInt(texts.length)];
            String summary = random.nextInt(10) == 0 ? text.repeat(40) : text;
            articles.add(new Article("a" + i + text, "Title " + i + " " + text, "Company " + random.nextInt(4),
                    summary, random.nextBoolean() ? List.of("t" + random.nextInt(5)) : List.of("x", "y" + i),
                    random.nextInt(30), random.nextBoolean() ? "https://example.com/" + i : null,
                    random.nextBoolean() ? LocalDate.of(2020, 1, 1).plusDays(random.nextInt(900)) : null,
                    random.nextInt(3) == 0 ? null : List.of("Ann " + text)));
        }
        return articles;
    }

    private byte[] snapshot(List<Article> articles, int blockBytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ArticleSnapshot.write(bytes, "1.0", SOURCE, articles, blockBytes);
        return bytes.toByteArray();
    }

    private List<Article> read(byte[] content) throws IOException {
        Path file = dir.resolve("list.snapshot");
        Files.write(file, content);
        return ArticleSnapshot.read(file, "1.0", SOURCE, part -> { });
    }

    /** The same content with its checksum made right, as a hostile file would have it. */
    private static byte[] withChecksum(byte[] content) {
        CRC32C crc = new CRC32C();
        crc.update(content, 0, content.length - Long.BYTES);
        byte[] fixed = content.clone();
        ByteBuffer.wrap(fixed).putLong(content.length - Long.BYTES, crc.getValue());
        return fixed;
    }

    @Test
    void articlesComeBackEqualFromBlocksOfAnySize() throws IOException {
        List<Article> articles = articles(300, 1);
        int longest = articles.stream().mapToInt(Article::textBytes).max().orElseThrow();
        assertThat(longest).as("some articles are longer than the smallest blocks").isGreaterThan(64);

        for (int blockBytes : new int[] {1, 64, 1000, longest, ArticleSnapshot.BLOCK_BYTES}) {
            List<Article> again = read(snapshot(articles, blockBytes));

            assertThat(again).as("blocks of %d bytes", blockBytes).isEqualTo(articles);
            assertThat(again).extracting(Article::hashCode)
                    .isEqualTo(articles.stream().map(Article::hashCode).toList());
            assertThat(again.get(7).title()).isEqualTo(articles.get(7).title());
        }
    }

    @Test
    void anEmptyListAndArticlesWithoutTextsComeBack() throws IOException {
        assertThat(read(snapshot(List.of(), 64))).isEmpty();
        List<Article> bare = List.of(new Article("", "", "", "", List.of(), 0, null, null, null),
                new Article("a", "", "", "", List.of(), 0, null, null, null),
                new Article("", "", "", "", List.of(), 0, null, null, null));
        assertThat(read(snapshot(bare, 1))).isEqualTo(bare);
    }

    @Test
    void layoutsThatLeaveBytesOfABlockToNoArticleAreRefusedEvenWithTheRightChecksum() throws IOException {
        Article abc = new Article("a", "bc", "C", "", List.of(), 1, null, null, null);
        Article def = new Article("d", "ef", "C", "", List.of(), 1, null, null, null);
        byte[] layout = {0, 0, 0, 1, 0, 0, 0, 3, -1, -1, -1, -4, 0, 0, 0, 3}; // id 1, title to 3, no link: 3 bytes
        byte[] shorter = {0, 0, 0, 1, 0, 0, 0, 2, -1, -1, -1, -3, 0, 0, 0, 2}; // the same, with a title "b"

        for (List<Article> articles : List.of(List.of(abc), List.of(abc, def))) {
            byte[] good = snapshot(articles, 3); // a block of three bytes each: "abc" and "def"
            assertThat(read(good)).isEqualTo(articles);
            byte[] bad = good.clone();
            System.arraycopy(shorter, 0, bad, indexOf(good, layout), shorter.length);

            assertThatThrownBy(() -> read(withChecksum(bad))).as("%d articles", articles.size())
                    .isInstanceOf(IOException.class).hasMessageContaining("snapshot");
        }
    }

    @Test
    void aSnapshotChangedAnywhereWithItsChecksumMadeRightGivesArticlesOrAnIoException()
            throws IOException {
        List<Article> articles = articles(30, 3);
        byte[] good = snapshot(articles, 200);
        Random random = new Random(11);
        int refused = 0;
        for (int round = 0; round < 2000; round++) {
            byte[] bad = good.clone();
            int at = random.nextInt(bad.length - Long.BYTES);
            bad[at] = (byte) random.nextInt(256);
            List<Article> again;
            try {
                again = read(withChecksum(bad));
            } catch (IOException e) {
                refused++;
                continue;
            }
            if (again != null) { // null: of another generation or source
                assertThat(again).as("byte %d changed", at).hasSize(articles.size())
                        .allSatisfy(article -> assertThat(article.toString()).contains(article.title()));
            }
        }
        assertThat(refused).isGreaterThan(100);
    }

    private static int indexOf(byte[] content, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= content.length; i++) {
            for (int k = 0; k < part.length; k++) {
                if (content[i + k] != part[k]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
