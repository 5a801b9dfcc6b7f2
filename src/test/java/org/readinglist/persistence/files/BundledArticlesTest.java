package org.readinglist.persistence.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readinglist.model.Article;

/**
 * The bundled list is exactly what the seed files say. To rebuild articles.json after changing the seed, run
 * {@code mvn test -Dtest=BundledArticlesTest -Dreadinglist.regenerate=true}.
 */
class BundledArticlesTest {

    private static final Path REPO_FILE = Path.of("articles.json");
    private static final Path SEED = Path.of("src/test/resources/seed");

    @Test
    void repositoryArticlesFileIsBuiltFromTheSeedFiles() throws Exception {
        String expected = SeedArticles.buildJson(SEED.resolve("netflix-articles.txt"),
                SEED.resolve("article-facts.json"));
        if (Boolean.getBoolean("readinglist.regenerate")) {
            Files.writeString(REPO_FILE, expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, Files.readString(REPO_FILE, StandardCharsets.UTF_8));
    }

    @Test
    void bundledListHasTheNineteenSeedArticlesInOrder() throws Exception {
        List<Article> articles = new GsonArticleRepository().loadBundled();

        assertEquals(19, articles.size());
        Article first = articles.get(0);
        assertEquals("Democratizing Machine Learning at Netflix: Building the Model Lifecycle Graph", first.title());
        assertEquals("Netflix", first.company());
        assertEquals(List.of("ml-systems", "microservices"), first.tags());
        assertEquals(5, first.readMinutes());
        assertEquals(LocalDate.of(2026, 5, 4), first.published());
        assertEquals(List.of("Saish Sali", "Nipun Kumar", "Sura Elamurugu"), first.authors());
        assertEquals("democratizing-machine-learning-at-netflix-building-the-model-lifecycle-graph-5cc6d5828bb1",
                first.id());
        assertEquals("The AI Evolution of Graph Search at Netflix", articles.get(18).title());
    }

    @Test
    void unknownFactsStayUnknown() throws Exception {
        Article rds = new GsonArticleRepository().loadBundled().stream()
                .filter(a -> a.title().equals("Automating RDS Postgres to Aurora Postgres Migration"))
                .findFirst().orElseThrow();

        assertEquals("https://netflixtechblog.com/automating-rds-postgres-to-aurora-postgres-migration-261ca045447f",
                rds.url());
        assertNull(rds.published());
        assertNull(rds.authors());
        assertEquals("automating-rds-postgres-to-aurora-postgres-migration-261ca045447f", rds.id());
    }

    @Test
    void bundledCopyInTheApplicationIsTheRepositoryFile() throws Exception {
        assertEquals(new GsonArticleRepository().load(REPO_FILE), new GsonArticleRepository().loadBundled());
    }
}
