package org.readinglist.persistence.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.readinglist.model.Article;

/**
 * Fuzzes reading an articles file from disk. Whatever the bytes, {@link GsonArticleRepository#load} either returns
 * the articles or refuses the file with an {@link ArticlesFileException}; anything else it throws (a
 * RuntimeException, StackOverflowError, OutOfMemoryError) is a finding. The file is never changed.
 *
 * <p>A plain {@code mvn verify} only replays the inputs in
 * {@code src/test/resources/org/readinglist/persistence/files/ArticlesLoaderFuzzTestInputs/loadArticles/}. To fuzz:
 * {@code mvn test -Pfuzz -Dtest=ArticlesLoaderFuzzTest -Djazzer.max_duration=10m} (see the
 * {@code fuzz} profile in pom.xml).
 */
class ArticlesLoaderFuzzTest {

    /** One folder for all executions: a fresh folder per input would make fuzzing several times slower. */
    private static Path folder;

    @FuzzTest(maxDuration = "10m")
    void loadArticles(byte[] data) throws IOException {
        Path file = folder().resolve("articles.json");
        try {
            Files.write(file, data);
            try {
                checkArticles(new GsonArticleRepository().load(file));
            } catch (ArticlesFileException e) {
                assertEquals(file.toString(), e.source());
                assertNotNull(e.problem());
                assertFalse(e.problem().isBlank(), "a refusal says what is wrong");
            }
            assertArrayEquals(data, Files.readAllBytes(file), "the articles file must not be changed");
            try (Stream<Path> files = Files.list(folder())) {
                assertEquals(List.of(file), files.toList(), "nothing else is written next to it");
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void checkArticles(List<Article> articles) {
        assertNotNull(articles);
        Set<String> ids = new HashSet<>();
        for (Article article : articles) {
            assertNotNull(article);
            assertFalse(article.id().isBlank(), "every article has an id");
            assertTrue(ids.add(article.id()), "ids are unique: " + article.id());
            assertFalse(article.title().isBlank(), "every article has a title");
            assertTrue(article.readMinutes() >= 0 && article.readMinutes() <= 100_000, "readMinutes in range");
            assertTrue(article.tags().stream().noneMatch(String::isBlank), "no blank tags");
        }
    }

    private static synchronized Path folder() throws IOException {
        if (folder == null) {
            folder = Files.createTempDirectory("articles-fuzz");
            folder.toFile().deleteOnExit();
        }
        return folder;
    }
}
