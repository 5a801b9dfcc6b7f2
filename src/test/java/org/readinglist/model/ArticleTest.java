package org.readinglist.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleTest {

    private static Article article(String id, String title, String summary, String url) {
        return new Article(id, title, "Netflix", summary, List.of("java"), 7, url, LocalDate.of(2024, 5, 1),
                List.of("Ann Lee"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Plain ASCII", "Café, naïve, ß and ÿ", "Ünïcödé — dashes “quoted”",
            "日本語のタイトル", "emoji \uD83D\uDE80 rocket", "lone \uD800 high", "lone \uDC00 low", "\u0000\u00FF\u0100"})
    void givesBackExactlyTheTextsItWasMadeWith(String text) {
        Article article = article("id-" + text, "Title " + text, text + " summary", "https://example.com/" + text);

        assertThat(article.id()).isEqualTo("id-" + text);
        assertThat(article.title()).isEqualTo("Title " + text);
        assertThat(article.summary()).isEqualTo(text + " summary");
        assertThat(article.url()).isEqualTo("https://example.com/" + text);
        assertThat(article.idHash()).isEqualTo(("id-" + text).hashCode());
        assertThat(article.hasId("id-" + text)).isTrue();
        assertThat(article.hasId("id-" + text + "x")).isFalse();
        assertThat(article.hasId("iD-" + text)).isFalse();
        assertThat(article.hasId("id-" + text.replace(' ', '_'))).isEqualTo(!text.contains(" "));
        assertThat(article.hasSameId(article("id-" + text, "", "", null))).isTrue(); // the other one may be Latin-1
        assertThat(article.hasSameId(article("id-" + text, "\u0100", "", null))).isTrue(); // or not
        assertThat(article.hasSameId(article("id-" + text + "x", "", "", null))).isFalse();
        assertThat(article.hasSameId(article("iD-" + text, "\u0100", "", null))).isFalse();
    }

    @Test
    void keepsEachTextApartFromItsNeighbours() {
        Article article = article("ab", "cd", "", "");

        assertThat(article.id()).isEqualTo("ab");
        assertThat(article.title()).isEqualTo("cd");
        assertThat(article.summary()).isEmpty();
        assertThat(article.url()).isEmpty();
        assertThat(article).isNotEqualTo(article("a", "bcd", "", ""));
        assertThat(article("", "", "x", null).summary()).isEqualTo("x");
    }

    @Test
    void anUnknownLinkStaysUnknownAndDiffersFromAnEmptyOne() {
        Article unknown = article("a", "T", "S", null);
        Article empty = article("a", "T", "S", "");

        assertThat(unknown.url()).isNull();
        assertThat(empty.url()).isEmpty();
        assertThat(unknown).isNotEqualTo(empty);
    }

    @Test
    void missingOptionalPartsGetTheirDefaults() {
        Article article = new Article("a", "T", null, null, null, 0, null, null, null);

        assertThat(article.company()).isEmpty();
        assertThat(article.summary()).isEmpty();
        assertThat(article.tags()).isEmpty();
        assertThat(article.publishedIfKnown()).isEmpty();
        assertThat(article.authorsIfKnown()).isEmpty();
        assertThat(article.authors()).isNull();
    }

    @Test
    void equalPartsMakeEqualArticlesAndAnyDifferentPartADifferentOne() {
        Article base = article("a", "Title", "Summary", "https://example.com/a");

        assertThat(article("a", "Title", "Summary", "https://example.com/a")).isEqualTo(base).hasSameHashCodeAs(base);
        assertThat(article("b", "Title", "Summary", "https://example.com/a")).isNotEqualTo(base);
        assertThat(article("a", "Title!", "Summary", "https://example.com/a")).isNotEqualTo(base);
        assertThat(article("a", "Title", "Summary!", "https://example.com/a")).isNotEqualTo(base);
        assertThat(article("a", "Title", "Summary", "https://example.com/b")).isNotEqualTo(base);
        assertThat(new Article("a", "Title", "Other", "Summary", List.of("java"), 7, "https://example.com/a",
                LocalDate.of(2024, 5, 1), List.of("Ann Lee"))).isNotEqualTo(base);
        assertThat(new Article("a", "Title", "Netflix", "Summary", List.of("go"), 7, "https://example.com/a",
                LocalDate.of(2024, 5, 1), List.of("Ann Lee"))).isNotEqualTo(base);
        assertThat(new Article("a", "Title", "Netflix", "Summary", List.of("java"), 8, "https://example.com/a",
                LocalDate.of(2024, 5, 1), List.of("Ann Lee"))).isNotEqualTo(base);
        assertThat(new Article("a", "Title", "Netflix", "Summary", List.of("java"), 7, "https://example.com/a",
                null, List.of("Ann Lee"))).isNotEqualTo(base);
        assertThat(new Article("a", "Title", "Netflix", "Summary", List.of("java"), 7, "https://example.com/a",
                LocalDate.of(2024, 5, 1), null)).isNotEqualTo(base);
        // the same characters, once all Latin-1 and once not, are still told apart by where each text ends
        assertThat(article("é", "ĕ", "", "")).isNotEqualTo(article("éĕ", "", "", ""));
    }

    @Test
    void toStringNamesItsParts() {
        assertThat(article("a", "Title", "Summary", null).toString())
                .contains("id=a", "title=Title", "summary=Summary", "url=null", "tags=[java]");
    }

    @Test
    void refusesWhatNoArticleCanBe() {
        assertThatThrownBy(() -> article(null, "T", "", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> article("a", null, "", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Article("a", "T", "", "", List.of(), -1, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Article again(Article article) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        article.writeLayout(out);
        out.writeInt(7); // what else a block holds: the article's texts lie inside it
        article.writeText(out);
        out.writeInt(9);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        int idEnd = in.readInt();
        int titleEnd = in.readInt();
        int summaryEnd = in.readInt();
        int length = in.readInt();
        assertThat(length).isEqualTo(article.textBytes());
        byte[] block = in.readAllBytes();
        assertThat(block).hasSize(length + 8);
        return Article.withTexts(idEnd, titleEnd, summaryEnd, block, 4, length, article.company(), article.tags(),
                article.readMinutes(), article.published(), article.authors());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Plain ASCII", "Café ÿ", "日本語", "emoji \uD83D\uDE80", "lone \uD800 high"})
    void comesBackEqualFromTheTextsItWrites(String text) throws IOException {
        Article known = article("id-" + text, "Title " + text, text, "https://example.com/" + text);
        Article unknown = new Article(text, text, "Acme", text, List.of(), 0, null, null, null);

        assertThat(again(known)).isEqualTo(known).hasSameHashCodeAs(known)
                .extracting(Article::title).isEqualTo("Title " + text);
        assertThat(again(unknown)).isEqualTo(unknown).extracting(Article::url).isNull();
        assertThat(again(unknown).authors()).isNull();
    }

    private static Article texts(int idEnd, int titleEnd, int summaryEnd, byte[] block) {
        return Article.withTexts(idEnd, titleEnd, summaryEnd, block, 0, block.length, "C", List.of(), 0, null, null);
    }

    @Test
    void refusesTextsNoArticleCouldHaveWritten() {
        byte[] latin1 = {'a', 'b', 'c'};
        byte[] twoByteLatin1 = {0, 'a', 0, 'b'};
        assertThat(texts(1, 2, 3, latin1).url()).isEmpty();
        assertThat(texts(1, 2, ~3, latin1).url()).isNull();

        assertThatThrownBy(() -> texts(2, 1, 3, latin1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not fit");
        assertThatThrownBy(() -> texts(1, 2, 4, latin1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not fit");
        assertThatThrownBy(() -> texts(1, 2, ~2, latin1))
                .as("an unknown link leaves no room after the summary")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not fit");
        assertThatThrownBy(() -> texts(0, -1, 3, latin1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not fit");
        assertThatThrownBy(() -> texts(~0, 0, 1, new byte[3]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("odd length");
        assertThatThrownBy(() -> texts(~1, 1, 2, twoByteLatin1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Latin-1");
        assertThatThrownBy(() -> Article.withTexts(1, 2, 3, latin1, 0, 3, "C", List.of(), -1, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Article.withTexts(1, 2, 3, latin1, 0, 3, null, List.of(), 0, null, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void refusesTextsThatAreNotInTheirBlock() {
        byte[] block = {'a', 'b', 'c', 'd'};
        assertThat(Article.withTexts(1, 2, 3, block, 1, 3, "C", List.of(), 0, null, null).id()).isEqualTo("b");

        int most = Integer.MAX_VALUE;
        for (int[] range : new int[][] {{2, 3}, {-1, 3}, {0, -1}, {4, 1}, {most, 3}, {3, most}}) {
            assertThatThrownBy(() -> Article.withTexts(0, 0, 0, block, range[0], range[1], "C", List.of(), 0, null,
                    null)).as("texts at %d, %d bytes long", range[0], range[1])
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in a block of 4");
        }
    }

    @Test
    void articlesSharingOneBlockAreEachTheirOwn() throws IOException {
        Article first = article("one", "Première", "Summary", "https://example.com/1");
        Article second = new Article("two", "日本語 title", "Acme", "", List.of("a", "b"), 3, null, null, null);
        ByteArrayOutputStream layouts = new ByteArrayOutputStream();
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        for (Article article : List.of(first, second)) {
            article.writeLayout(new DataOutputStream(layouts));
            article.writeText(new DataOutputStream(block));
        }
        byte[] shared = block.toByteArray();
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(layouts.toByteArray()));
        List<Article> again = new ArrayList<>();
        int offset = 0;
        for (Article article : List.of(first, second)) {
            int idEnd = in.readInt();
            int titleEnd = in.readInt();
            int summaryEnd = in.readInt();
            int length = in.readInt();
            again.add(Article.withTexts(idEnd, titleEnd, summaryEnd, shared, offset, length, article.company(),
                    article.tags(), article.readMinutes(), article.published(), article.authors()));
            offset += length;
        }

        assertThat(again).containsExactly(first, second);
        assertThat(again.get(0)).hasSameHashCodeAs(first).extracting(Article::title).isEqualTo("Première");
        assertThat(again.get(1)).hasSameHashCodeAs(second).extracting(Article::url).isNull();
        assertThat(again.get(1).title()).isEqualTo("日本語 title");
        assertThat(again.get(0).hasSameId(first)).isTrue();
        assertThat(again.get(1).hasSameId(first)).isFalse();
        assertThat(again.get(1).hasId("two")).isTrue();
        assertThat(again.get(1).idHash()).isEqualTo("two".hashCode());
        assertThat(again.get(0)).isNotEqualTo(again.get(1));
    }
}
