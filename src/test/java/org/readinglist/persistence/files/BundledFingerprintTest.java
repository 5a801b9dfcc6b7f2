package org.readinglist.persistence.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.readinglist.model.Article;

class BundledFingerprintTest {

    @Test
    void aBundledListThatDiffersInAnyOneFieldIsANewOne() {
        Article base = new Article("a", "A", "Co", "About", List.of("x"), 5, "https://example.com/a",
                java.time.LocalDate.of(2024, 1, 2), List.of("Ann"));
        List<Article> variants = List.of(
                new Article("b", "A", "Co", "About", List.of("x"), 5, "https://example.com/a",
                        java.time.LocalDate.of(2024, 1, 2), List.of("Ann")),
                new Article("a", "A.", "Co", "About", List.of("x"), 5, "https://example.com/a",
                        java.time.LocalDate.of(2024, 1, 2), List.of("Ann")),
                new Article("a", "A", "Co", "About", List.of("x"), 6, "https://example.com/a",
                        java.time.LocalDate.of(2024, 1, 2), List.of("Ann")),
                new Article("a", "A", "Co", "About", List.of("x", "y"), 5, "https://example.com/a",
                        java.time.LocalDate.of(2024, 1, 2), List.of("Ann")),
                new Article("a", "A", "Co", "About", List.of("x"), 5, "https://example.com/a",
                        java.time.LocalDate.of(2024, 1, 3), List.of("Ann")),
                new Article("a", "A", "Co", "About", List.of("x"), 5, "https://example.com/a",
                        java.time.LocalDate.of(2024, 1, 2), List.of("Ann", "Bo")));
        String fingerprint = BundledArticles.of(List.of(base)).fingerprint();

        assertThat(BundledArticles.of(List.of(base)).fingerprint()).isEqualTo(fingerprint);
        assertThat(variants).allSatisfy(variant ->
                assertThat(BundledArticles.of(List.of(variant)).fingerprint()).isNotEqualTo(fingerprint));
        assertThat(BundledArticles.of(List.of(base, base)).fingerprint()).isNotEqualTo(fingerprint);
    }

    @Test
    void aFileIsReadOnlyWhenItsArticlesAreAskedForAndThenOnce() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        List<Article> articles = List.of(new Article("a", "A", "Co", "About", List.of("x"), 5, null, null, null));
        BundledArticles bundled = BundledArticles.ofFile("[1]".getBytes(StandardCharsets.UTF_8), () -> {
            reads.incrementAndGet();
            return articles;
        });

        String fingerprint = bundled.fingerprint();
        assertThat(reads).hasValue(0);
        assertThat(bundled.articles()).isEqualTo(articles);
        assertThat(bundled.articles()).isEqualTo(articles);
        assertThat(reads).hasValue(1);
        assertThat(fingerprint)
                .isEqualTo(BundledArticles.ofFile("[1]".getBytes(StandardCharsets.UTF_8), List::of).fingerprint())
                .isNotEqualTo(BundledArticles.ofFile("[2]".getBytes(StandardCharsets.UTF_8), List::of).fingerprint())
                .isNotEqualTo(BundledArticles.ofFile("[1] ".getBytes(StandardCharsets.UTF_8), List::of).fingerprint());
    }

    @Test
    void theAppsBundledFileGivesTheSameArticlesReadEitherWay() throws Exception {
        GsonArticleRepository files = new GsonArticleRepository();

        assertThat(files.bundled().articles()).hasSize(19).isEqualTo(files.loadBundled());
    }
}
