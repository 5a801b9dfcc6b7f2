package org.readinglist.persistence.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.readinglist.i18n.Messages;
import org.readinglist.model.Article;

class GsonArticleRepositoryTest {

    private static final FileTime OLD_TIME = FileTime.from(Instant.parse("2020-01-02T03:04:05Z"));

    @TempDir
    Path dir;

    private final GsonArticleRepository repository = new GsonArticleRepository();

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** Writes the file with an old modification time, so that any rewrite by the loader would show. */
    private Path file(byte[] bytes) throws IOException {
        Path file = dir.resolve("articles.json");
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, OLD_TIME);
        return file;
    }

    private Path file(String json) throws IOException {
        return file(json.getBytes(StandardCharsets.UTF_8));
    }

    /** {"articles": [ ...each given article object... ]}. */
    private static String articles(String... objects) {
        return "{\"articles\": [\n" + String.join(",\n", objects) + "\n]}\n";
    }

    /** Loads, and checks that the file was left exactly as it was. */
    private List<Article> load(Path file) throws Exception {
        byte[] before = Files.readAllBytes(file);
        try {
            return repository.load(file);
        } finally {
            assertUntouched(file, before);
        }
    }

    private static void assertUntouched(Path file, byte[] before) throws IOException {
        assertArrayEquals(before, Files.readAllBytes(file), "the articles file must never be modified");
        assertEquals(OLD_TIME, Files.getLastModifiedTime(file), "the articles file must never be written");
    }

    /** Loads content that must be refused; checks the exception names the file and the file is untouched. */
    private ArticlesFileException refused(byte[] bytes) throws IOException {
        Path file = file(bytes);
        ArticlesFileException e = assertThrows(ArticlesFileException.class, () -> repository.load(file));
        assertEquals(file.toString(), e.source());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(e.problem()), e.getMessage());
        assertUntouched(file, bytes);
        return e;
    }

    private ArticlesFileException refused(String json) throws IOException {
        return refused(json.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertMentions(ArticlesFileException e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "expected \"" + part + "\" in: " + e.getMessage());
        }
    }

    // ---- valid files -----------------------------------------------------------------------------------------

    @Test
    void progressRisesToTheWholeFile() throws Exception {
        String[] many = new String[2000];
        for (int i = 0; i < many.length; i++) {
            many[i] = "{\"title\": \"Article " + i + "\", \"summary\": \"" + "words ".repeat(20) + "\"}";
        }
        Path file = file(articles(many));
        List<Double> reported = new java.util.ArrayList<>();

        List<Article> loaded = repository.load(file, reported::add);

        assertEquals(2000, loaded.size());
        assertTrue(reported.size() >= 10, "reported " + reported.size() + " times");
        assertTrue(reported.size() <= 102, "reported " + reported.size() + " times");
        for (int i = 1; i < reported.size(); i++) {
            assertTrue(reported.get(i) >= reported.get(i - 1), "progress never goes back");
        }
        assertEquals(1.0, reported.get(reported.size() - 1), 1e-9);
    }

    /** Enough articles for a file over the size from which reading and converting run on two threads. */
    private static String[] manyArticles(int count) {
        String[] many = new String[count];
        for (int i = 0; i < count; i++) {
            many[i] = "{\"id\": \"n" + i + "\", \"title\": \"Article " + i + "\", \"tags\": [\"t" + i % 7
                    + "\"], \"summary\": \"" + "words ".repeat(40) + "\", \"published\": \"2024-01-0" + (1 + i % 9)
                    + "\"}";
        }
        return many;
    }

    @Test
    void aLongFileReadOnTwoThreadsGivesEveryArticleInOrder() throws Exception {
        String[] many = manyArticles(20_000);
        Path file = file(articles(many));
        assertTrue(Files.size(file) > GsonArticleRepository.PARALLEL_FROM_BYTES);

        List<Article> loaded = load(file);

        assertEquals(20_000, loaded.size());
        for (int i = 0; i < loaded.size(); i += 997) {
            assertEquals("n" + i, loaded.get(i).id());
            assertEquals(List.of("t" + i % 7), loaded.get(i).tags());
        }
        assertEquals(repository.parse("same", new java.io.ByteArrayInputStream(Files.readAllBytes(file))), loaded,
                "the same articles as when read on one thread");
    }

    @Test
    void aLongFileWithAProblemInAnArticleNamesThatArticle() throws Exception {
        String[] many = manyArticles(20_000);
        many[15_000] = "{\"title\": \"Broken\", \"readMinutes\": \"ten\"}";

        ArticlesFileException e = assertThrows(ArticlesFileException.class, () -> load(file(articles(many))));

        assertMentions(e, "article 15001", "Broken", "readMinutes");
    }

    @Test
    void aLongFileThatIsNotValidJsonAtTheEndIsReportedAsSuchBeforeAnArticleProblem() throws Exception {
        String[] many = manyArticles(20_000);
        many[3] = "{\"title\": \"\"}";
        String json = articles(many);
        Path file = file(json.substring(0, json.length() - 4) + ",]}");

        ArticlesFileException e = assertThrows(ArticlesFileException.class, () -> load(file));

        assertTrue(e.getMessage().contains("not valid JSON") || e.getMessage().contains("line"), e.getMessage());
        assertFalse(e.getMessage().contains("article 4"), e.getMessage());
    }

    @Test
    void aCompanyNamedLikeADateStaysText() throws Exception {
        List<Article> loaded = load(file(articles(
                "{\"title\": \"A\", \"company\": \"2024-01-01\", \"published\": \"2024-01-01\"}",
                "{\"title\": \"B\", \"company\": \"2024-01-01\", \"published\": \"2024-01-01\"}")));

        assertEquals("2024-01-01", loaded.get(1).company());
        assertEquals(java.time.LocalDate.of(2024, 1, 1), loaded.get(1).published());
        assertTrue(loaded.get(0).published() == loaded.get(1).published(), "one date object for one date");
    }

    @Test
    void everyFieldIsRead() throws Exception {
        Path file = file(articles("""
                {
                  "id": "my-id",
                  "title": "Caching at Scale",
                  "company": "Acme",
                  "summary": "How we cache.",
                  "tags": ["caching", "databases"],
                  "readMinutes": 12,
                  "url": "https://blog.example.com/caching-at-scale-123",
                  "published": "2026-05-04",
                  "authors": ["Ann Lee", "Bo Chen"]
                }"""));

        List<Article> list = load(file);

        assertEquals(List.of(new Article("my-id", "Caching at Scale", "Acme", "How we cache.",
                List.of("caching", "databases"), 12, "https://blog.example.com/caching-at-scale-123",
                LocalDate.of(2026, 5, 4), List.of("Ann Lee", "Bo Chen"))), list);
    }

    @Test
    void unknownUrlDateAndAuthorsStayUnknown() throws Exception {
        Path file = file(articles(
                "{\"id\": \"a\", \"title\": \"Nulls\", \"url\": null, \"published\": null, \"authors\": null}",
                "{\"id\": \"b\", \"title\": \"Absent\"}"));

        List<Article> list = load(file);

        for (Article article : list) {
            assertNull(article.url(), article.title());
            assertNull(article.published(), article.title());
            assertNull(article.authors(), article.title());
            assertEquals("", article.company());
            assertEquals("", article.summary());
            assertEquals(List.of(), article.tags());
            assertEquals(0, article.readMinutes());
        }
    }

    @Test
    void emptyAuthorListIsKnownButEmpty() throws Exception {
        Article article = load(file(articles("{\"title\": \"T\", \"authors\": []}"))).get(0);

        assertEquals(List.of(), article.authors());
    }

    @Test
    void missingIdIsTheLastPathSegmentOfTheUrl() throws Exception {
        Path file = file(articles(
                "{\"title\": \"Anything\", \"url\": \"https://netflixtechblog.com/netflix-live-origin-41f1b0ad5371\"}",
                "{\"title\": \"Trailing slash\", \"url\": \"https://example.com/blog/My_Post-2/?utm=x\"}"));

        List<Article> list = load(file);

        assertEquals("netflix-live-origin-41f1b0ad5371", list.get(0).id());
        assertEquals("my-post-2", list.get(1).id());
    }

    @Test
    void missingIdWithoutUrlIsASlugOfTheTitle() throws Exception {
        Path file = file(articles(
                "{\"title\": \"AV1 \u2014 Now Powering 30% of Netflix Streaming\"}",
                "{\"title\": \"Caf\u00e9 D\u00e9j\u00e0 Vu!\", \"url\": null}",
                "{\"title\": \"Home page only\", \"url\": \"https://example.com/\"}"));

        List<Article> list = load(file);

        assertEquals("av1-now-powering-30-of-netflix-streaming", list.get(0).id());
        assertEquals("cafe-deja-vu", list.get(1).id());
        assertEquals("home-page-only", list.get(2).id());
    }

    @Test
    void derivedIdsAreStableAcrossLoads() throws Exception {
        Path file = file(articles("{\"title\": \"Stable Title\"}",
                "{\"title\": \"X\", \"url\": \"https://example.com/p/slug-abc\"}"));

        List<String> first = load(file).stream().map(Article::id).toList();
        List<String> second = load(file).stream().map(Article::id).toList();

        assertEquals(List.of("stable-title", "slug-abc"), first);
        assertEquals(first, second);
    }

    @Test
    void explicitIdIsKeptAndTrimmed() throws Exception {
        Article article = load(file(articles(
                "{\"id\": \"  custom-1 \", \"title\": \"T\", \"url\": \"https://example.com/p/other\"}"))).get(0);

        assertEquals("custom-1", article.id());
    }

    @Test
    void articlesKeepTheFileOrder() throws Exception {
        Path file = file(articles("{\"title\": \"Zulu\"}", "{\"title\": \"Alpha\"}", "{\"title\": \"Mike\"}"));

        assertEquals(List.of("Zulu", "Alpha", "Mike"), load(file).stream().map(Article::title).toList());
    }

    @Test
    void emptyListIsValid() throws Exception {
        assertEquals(List.of(), load(file("{\"articles\": []}")));
    }

    @Test
    void blankAndRepeatedTagsAreDropped() throws Exception {
        Article article = load(file(articles("{\"title\": \"T\", \"tags\": [\"a\", \" \", \" b \", \"a\"]}")))
                .get(0);

        assertEquals(List.of("a", "b"), article.tags());
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() throws Exception {
        byte[] json = articles("{\"title\": \"Caf\u00e9\"}").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);

        List<Article> list = load(file(withBom));

        assertEquals("Caf\u00e9", list.get(0).title());
    }

    @Test
    void bundledListLoadsFromTheApplication() throws Exception {
        assertEquals(19, repository.loadBundled().size());
    }

    // ---- files that cannot be used ---------------------------------------------------------------------------

    @Test
    void missingFileIsNamed() {
        Path missing = dir.resolve("nowhere.json");

        ArticlesFileException e = assertThrows(ArticlesFileException.class, () -> repository.load(missing));

        assertEquals(missing.toString(), e.source());
        assertMentions(e, missing.toString(), "file not found");
        assertFalse(Files.exists(missing), "loading must not create the file");
    }

    @Test
    void folderIsRefused() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder.json"));

        ArticlesFileException e = assertThrows(ArticlesFileException.class, () -> repository.load(folder));

        assertMentions(e, folder.toString(), "is a folder");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "",
            "   \n",
            "hello",
            "{\"articles\": [",
            "{\"articles\": [{\"title\": \"T\"}",
            "{\"articles\": []} trailing",
            "{\"articles\": []}{}",
            "[]",
            "{\"articles\": {}}",
            "{\"articles\": [1]}",
            "{\"articles\": [{}]}",
            "{\"articles\": [{\"title\": \"T\", \"tags\": [1, 2]}]}",
            "{\"articles\": [{\"title\": \"T\", \"readMinutes\": -1}]}",
    })
    void everyUnusableFileIsRefusedWithItsPathAndLeftUntouched(String content) throws IOException {
        refused(content);
    }

    @Test
    void emptyFileIsReportedAsEmpty() throws IOException {
        assertEquals("the file is empty", refused("").problem());
        assertEquals("the file is empty", refused("  \n\t\n").problem());
    }

    @Test
    void notJsonNamesLineAndColumn() throws IOException {
        ArticlesFileException e = refused("hello");

        assertTrue(e.problem().startsWith("not valid JSON at line 1, column 1"), e.problem());
    }

    @Test
    void syntaxErrorOnALaterLineNamesThatLine() throws IOException {
        ArticlesFileException e = refused("{\n  \"articles\": [\n    {\"title\": \"x\"} oops\n  ]\n}");

        assertTrue(e.problem().startsWith("not valid JSON at line 3, column "), e.problem());
    }

    @Test
    void trailingCommaIsNotJson() throws IOException {
        ArticlesFileException e = refused("{\"articles\": [{\"title\": \"x\",}]}");

        assertTrue(e.problem().startsWith("not valid JSON at line 1, column "), e.problem());
    }

    @Test
    void truncatedJsonIsReportedAsInvalidJson() throws IOException {
        ArticlesFileException e = refused("{\"articles\": [");

        assertTrue(e.problem().startsWith("not valid JSON at line 1, column 15"), e.problem());
    }

    @Test
    void truncatedJsonIsRefusedWithThePlaceItEnds() throws IOException {
        ArticlesFileException e = refused("{\"articles\": [");

        assertMentions(e, "line 1", "column 15");
    }

    @Test
    void contentAfterTheDocumentIsRefusedWithItsPlace() throws IOException {
        ArticlesFileException e = refused("{\"articles\": []} trailing");

        assertTrue(e.problem().startsWith("not valid JSON at line 1, column 19"), e.problem());
    }

    @Test
    void topLevelArrayIsRefused() throws IOException {
        ArticlesFileException e = refused("[{\"title\": \"T\"}]");

        assertMentions(e, "expected an object with an \"articles\" list at the top level");
    }

    @Test
    void objectWithoutArticlesIsRefused() throws IOException {
        ArticlesFileException e = refused("{\"items\": []}");

        assertMentions(e, "\"articles\" list at the top level");
    }

    @Test
    void articlesThatAreNotAListAreRefused() throws IOException {
        ArticlesFileException e = refused("{\"articles\": {\"title\": \"T\"}}");

        assertMentions(e, "\"articles\" must be a list");
    }

    @Test
    void articleThatIsNotAnObjectIsRefusedWithItsPosition() throws IOException {
        ArticlesFileException e = refused(articles("{\"title\": \"Fine\"}", "\"just text\""));

        assertMentions(e, "article 2: expected an object");
    }

    @Test
    void missingTitleIsRefusedWithThePosition() throws IOException {
        ArticlesFileException e = refused(articles("{\"title\": \"Fine\"}", "{\"url\": \"https://example.com/x\"}"));

        assertMentions(e, "article 2", "\"title\" is missing or empty");
    }

    @Test
    void blankTitleIsRefused() throws IOException {
        ArticlesFileException e = refused(articles("{\"title\": \"   \"}"));

        assertMentions(e, "article 1", "\"title\" is missing or empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"42", "[\"a\"]", "true", "{}"})
    void titleThatIsNotTextIsRefused(String title) throws IOException {
        ArticlesFileException e = refused(articles("{\"title\": " + title + "}"));

        assertMentions(e, "article 1", "\"title\" must be text");
    }

    @Test
    void blankIdIsRefused() throws IOException {
        ArticlesFileException e = refused(articles("{\"id\": \" \", \"title\": \"T\"}"));

        assertMentions(e, "article 1 (\"T\")", "\"id\" must not be empty");
    }

    @Test
    void fieldThatShouldBeTextIsRefused() throws IOException {
        ArticlesFileException e = refused(articles("{\"title\": \"T\", \"company\": 7}"));

        assertMentions(e, "article 1 (\"T\")", "\"company\" must be text");
    }

    @Test
    void tagsThatAreNotTextAreRefused() throws IOException {
        ArticlesFileException e = refused(articles("{\"title\": \"T\", \"tags\": [1, 2]}"));

        assertMentions(e, "article 1 (\"T\")", "\"tags\" must be a list of text values");
    }

    @Test
    void tagsThatAreNotAListAreRefused() throws IOException {
        ArticlesFileException e = refused(articles("{\"title\": \"T\", \"tags\": \"caching\"}"));

        assertMentions(e, "\"tags\" must be a list of text values");
    }

    @Test
    void authorsThatAreNotTextAreRefused() throws IOException {
        ArticlesFileException e = refused(articles("{\"title\": \"T\", \"authors\": [{\"name\": \"Ann\"}]}"));

        assertMentions(e, "\"authors\" must be a list of text values");
    }

    @Test
    void duplicateIdsNameBothPositions() throws IOException {
        ArticlesFileException e = refused(articles(
                "{\"id\": \"same\", \"title\": \"First\"}",
                "{\"id\": \"other\", \"title\": \"Second\"}",
                "{\"id\": \"same\", \"title\": \"Third\"}"));

        assertMentions(e, "article 3 (\"Third\")", "duplicate id \"same\"", "also used by article 1");
    }

    @Test
    void duplicateDerivedIdsAreRefused() throws IOException {
        ArticlesFileException e = refused(articles(
                "{\"title\": \"One\", \"url\": \"https://a.example.com/post/shared-slug\"}",
                "{\"title\": \"Two\", \"url\": \"https://b.example.com/other/shared-slug\"}"));

        assertMentions(e, "article 2", "duplicate id \"shared-slug\"", "article 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"May 4th", "2026-02-30", "04/05/2026", "2026-5-4"})
    void publishedThatIsNotADateIsRefused(String published) throws IOException {
        ArticlesFileException e = refused(articles("{\"title\": \"T\", \"published\": \"" + published + "\"}"));

        assertMentions(e, "article 1 (\"T\")", "\"published\" must be a date", published);
    }

    @Test
    void publishedThatIsANumberIsRefused() throws IOException {
        ArticlesFileException e = refused(articles("{\"title\": \"T\", \"published\": 20260504}"));

        assertMentions(e, "\"published\" must be text");
    }

    @Test
    void negativeReadMinutesAreRefused() throws IOException {
        ArticlesFileException e = refused(articles("{\"title\": \"T\", \"readMinutes\": -1}"));

        assertMentions(e, "article 1 (\"T\")", "\"readMinutes\" must be between 0 and 100000");
    }

    @Test
    void fractionalReadMinutesAreRefused() throws IOException {
        ArticlesFileException e = refused(articles("{\"title\": \"T\", \"readMinutes\": 2.5}"));

        assertMentions(e, "\"readMinutes\" must be a whole number of minutes");
    }

    @Test
    void readMinutesAsTextAreRefused() throws IOException {
        ArticlesFileException e = refused(articles("{\"title\": \"T\", \"readMinutes\": \"5\"}"));

        assertMentions(e, "\"readMinutes\" must be a whole number of minutes");
    }

    @Test
    void hugeReadMinutesAreRefused() throws IOException {
        assertMentions(refused(articles("{\"title\": \"T\", \"readMinutes\": 100001}")), "between 0 and 100000");
        assertMentions(refused(articles("{\"title\": \"T\", \"readMinutes\": 1e12}")), "readMinutes");
    }

    @Test
    void aProblemBeforeTheTitleStillNamesTheArticleByItsTitle() throws IOException {
        ArticlesFileException e = refused(articles("{\"readMinutes\": 2.5, \"summary\": \"S\", \"title\": \"Late\"}"));

        assertMentions(e, "article 1 (\"Late\")", "\"readMinutes\" must be a whole number of minutes");
    }

    @Test
    void aValueOfTheWrongKindGivenAgainRightlyCountsOnlyTheLastTime() throws Exception {
        Article article = load(file(articles("{\"title\": 7, \"tags\": {\"a\": 1}, \"readMinutes\": \"9\","
                + " \"title\": \"Fixed\", \"tags\": [\"a\"], \"readMinutes\": 9}"))).get(0);

        assertEquals("Fixed", article.title());
        assertEquals(List.of("a"), article.tags());
        assertEquals(9, article.readMinutes());
    }

    @Test
    void aListWithOneValueThatIsNotTextIsRefusedWhereverItStands() throws IOException {
        assertMentions(refused(articles("{\"title\": \"T\", \"tags\": [\"a\", [\"b\"], \"c\"]}")),
                "\"tags\" must be a list of text values");
        assertMentions(refused(articles("{\"title\": \"T\", \"authors\": [null]}")),
                "\"authors\" must be a list of text values");
    }

    @Test
    void readMinutesWrittenAsAWholeDecimalAreKept() throws Exception {
        assertEquals(List.of(30, 0, 7), load(file(articles("{\"title\": \"A\", \"readMinutes\": 3.0e1}",
                "{\"title\": \"B\", \"readMinutes\": -0}", "{\"title\": \"C\", \"readMinutes\": 7.00}")))
                .stream().map(Article::readMinutes).toList());
        assertMentions(refused(articles("{\"title\": \"T\", \"readMinutes\": 1000000}")), "between 0 and 100000");
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() throws IOException {
        byte[] latin1 = articles("{\"title\": \"Caf\u00e9\"}").getBytes(StandardCharsets.ISO_8859_1);

        ArticlesFileException e = refused(latin1);

        assertEquals("is not UTF-8 text", e.problem());
    }

    @Test
    void deeplyNestedArraysAreRefusedWithoutOverflowingTheStack() throws IOException {
        ArticlesFileException e = refused("[".repeat(10_000));

        assertTrue(e.problem().startsWith("not valid JSON at line 1"), e.problem());
        assertTrue(e.problem().toLowerCase(Locale.ROOT).contains("nesting"), e.problem());
    }

    @Test
    void deeplyNestedValueInsideAnArticleIsRefused() throws IOException {
        String deep = "{\"articles\": [{\"title\": \"T\", \"x\": " + "{\"a\": ".repeat(10_000);

        ArticlesFileException e = refused(deep);

        assertTrue(e.problem().toLowerCase(Locale.ROOT).contains("nesting"), e.problem());
    }

    @Test
    void longTitlesAreShortenedInMessages() throws IOException {
        String title = "T".repeat(200);

        ArticlesFileException e = refused(articles("{\"title\": \"" + title + "\", \"readMinutes\": -5}"));

        assertFalse(e.getMessage().contains(title), e.getMessage());
        assertMentions(e, "article 1 (\"" + "T".repeat(79) + "\u2026\")");
    }

    // ---- read leniently: every usable article, and the problems of the others ------------------------------

    private ArticlesRead readLeniently(Path file) throws Exception {
        byte[] before = Files.readAllBytes(file);
        try {
            return repository.read(file, part -> { });
        } finally {
            assertUntouched(file, before);
        }
    }

    private static List<String> worded(ArticlesRead read) {
        Messages english = Messages.of(Locale.ENGLISH);
        return read.problems().stream().map(problem -> ArticleProblemWords.describe(problem, english)).toList();
    }

    @Test
    void aLenientReadKeepsEveryUsableArticleAndListsEveryProblemInTheStrictReadsWords() throws Exception {
        Path file = file(articles(
                "{\"id\": \"one\", \"title\": \"First\"}",
                "{\"id\": \"two\", \"summary\": \"no title\"}",
                "{\"id\": \"three\", \"title\": \"Third\", \"readMinutes\": \"five\"}",
                "{\"id\": \"four\", \"title\": \"Fourth\"}",
                "{\"id\": \"one\", \"title\": \"Fifth\"}",
                "42",
                "{\"id\": \"seven\", \"title\": \"Seventh\", \"published\": \"soon\"}",
                "{\"title\": \"Eighth\", \"url\": \"https://example.com/posts/eighth-post\"}"));

        ArticlesRead read = readLeniently(file);

        assertEquals(List.of("one", "four", "eighth-post"), read.articles().stream().map(Article::id).toList());
        assertEquals(List.of(1, 4, 8), List.of(read.positionOf(0), read.positionOf(1), read.positionOf(2)));
        assertEquals(5, read.problemCount());
        assertEquals(List.of(
                "article 2: \"title\" is missing or empty",
                "article 3 (\"Third\"): \"readMinutes\" must be a whole number of minutes",
                "article 5 (\"Fifth\"): duplicate id \"one\" (also used by article 1)",
                "article 6: expected an object",
                "article 7 (\"Seventh\"): \"published\" must be a date like 2026-05-04, not \"soon\""), worded(read));
        ArticlesFileException strict = assertThrows(ArticlesFileException.class, () -> repository.load(file));
        assertEquals(worded(read).get(0), strict.problem());
    }

    @Test
    void aDuplicateAfterASkippedArticleNamesTheFirstArticleByItsPlaceInTheFile() throws Exception {
        ArticlesRead read = readLeniently(file(articles(
                "{\"title\": \"\"}", "{\"id\": \"x\", \"title\": \"X\"}", "{\"id\": \"x\", \"title\": \"Y\"}")));

        assertEquals(List.of("article 1: \"title\" is missing or empty",
                "article 3 (\"Y\"): duplicate id \"x\" (also used by article 2)"), worded(read));
    }

    @Test
    void aLenientReadOfAFileThatIsNoArticlesFileAtAllIsRefusedAsAWhole() throws Exception {
        Path broken = file("{\"articles\": [{\"title\": \"A\"}, {\"title\": ");

        ArticlesFileException e = assertThrows(ArticlesFileException.class, () -> repository.read(broken, p -> { }));

        assertTrue(e.problem().startsWith("not valid JSON at line 1"), e.problem());
    }

    @Test
    void problemsBeyondTheFirstThousandAreCountedNotKept() throws Exception {
        String[] broken = new String[ArticlesRead.PROBLEMS_KEPT + 500];
        java.util.Arrays.fill(broken, "null");

        ArticlesRead read = readLeniently(file(articles(broken)));

        assertEquals(ArticlesRead.PROBLEMS_KEPT + 500, read.problemCount());
        assertEquals(ArticlesRead.PROBLEMS_KEPT, read.problems().size());
        assertTrue(read.articles().isEmpty());
    }

    @Test
    void readAndUnreadMomentsBecomeTheFilesReadMarksByArticleId() throws Exception {
        ArticlesRead read = readLeniently(file(articles(
                "{\"id\": \"r\", \"title\": \"Read\", \"readAt\": \"2026-11-28T10:15:30Z\"}",
                "{\"id\": \"u\", \"title\": \"Unread\", \"unreadAt\": \"2026-11-28T10:16:02.123456789Z\"}",
                "{\"title\": \"Derived id\", \"readAt\": \"2026-01-02T03:04:05.5Z\"}",
                "{\"id\": \"both\", \"title\": \"Both\", \"readAt\": \"2026-01-01T00:00:00Z\", "
                        + "\"unreadAt\": \"2026-01-02T00:00:00Z\"}",
                "{\"id\": \"plain\", \"title\": \"Plain\", \"readAt\": null}",
                "{\"id\": \"bad\", \"title\": \"Bad\", \"readAt\": \"yesterday\"}")));

        assertEquals(java.util.Map.of("r", Instant.parse("2026-11-28T10:15:30Z"),
                "derived-id", Instant.parse("2026-01-02T03:04:05.5Z")), read.marks().read());
        assertEquals(java.util.Map.of("u", Instant.parse("2026-11-28T10:16:02.123456789Z"),
                "both", Instant.parse("2026-01-02T00:00:00Z")), read.marks().unread());
        assertEquals(List.of("article 6 (\"Bad\"): \"readAt\" must be a moment like 2026-11-28T10:15:30Z"),
                worded(read));
    }

    @Test
    void aFileWithoutMarksGivesNone() throws Exception {
        ArticlesRead read = readLeniently(file(articles("{\"id\": \"a\", \"title\": \"A\"}")));

        assertEquals(org.readinglist.model.ReadMarks.NONE, read.marks());
    }

    @Test
    void textsLongerThanTheirLimitAreCutAndCountedOncePerArticle() throws Exception {
        ArticlesRead read = readLeniently(file(articles(
                "{\"id\": \"long\", \"title\": \"" + "t".repeat(600) + "\", \"summary\": \"" + "s".repeat(6000)
                        + "\", \"company\": \"" + "c".repeat(300) + "\"}",
                "{\"id\": \"controls\", \"title\": \"" + "\\u0007".repeat(600) + "Short\"}",
                "{\"id\": \"fine\", \"title\": \"Fine\", \"tags\": [\"" + "g".repeat(70) + "\"]}")));

        Article cut = read.articles().get(0);
        assertEquals(500, cut.title().length());
        assertEquals(5000, cut.summary().length());
        assertEquals(200, cut.company().length());
        assertEquals("Short", read.articles().get(1).title());
        assertEquals(List.of("g".repeat(60)), read.articles().get(2).tags());
        assertEquals(2, read.cut());
    }
}
