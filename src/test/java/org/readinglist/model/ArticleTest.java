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


    @Test
    void thePackedFormMakesAnEqualArticleAndEndsThatDoNotFitAreRefused() {
        Article wide = new Article("id \u05D0", "title", "co", "summary", List.of("t"), 3, null, null, null);
        Article narrow = new Article("id", "title", "co", "summary", List.of("t"), 3, "https://e.com/", null,
                List.of("a"));
        for (Article article : List.of(wide, narrow)) {
            byte[] block = new byte[article.packedLength() + 10];
            article.copyPackedTexts(block, 7);
            Article back = Article.fromPacked(block, 7, article.packedLength(), article.packedIdEnd(),
                    article.packedTitleEnd(), article.packedSummaryEnd(), article.company(), article.tags(),
                    article.readMinutes(), article.published(), article.authors());
            assertThat(back).isEqualTo(article).hasSameHashCodeAs(article);
            assertThat(back.id()).isEqualTo(article.id());
            assertThat(back.url()).isEqualTo(article.url());
        }
        byte[] block = new byte[narrow.packedLength()];
        narrow.copyPackedTexts(block, 0);
        int length = narrow.packedLength();
        assertThatThrownBy(() -> Article.fromPacked(block, 1, length, 2, 7, 14, "", List.of(), 0, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Article.fromPacked(block, 0, length, 8, 7, 14, "", List.of(), 0, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Article.fromPacked(block, 0, length, 2, 7, length + 1, "", List.of(), 0, null,
                null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Article.fromPacked(block, 0, length - 1, ~2, 7, 14, "", List.of(), 0, null,
                null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Article.fromPacked(block, 0, length, 2, 7, 14, "", List.of(), -1, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
