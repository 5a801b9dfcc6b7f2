package org.readinglist.persistence.files;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.readinglist.model.Article;
import org.readinglist.persistence.HostileFiles;
import org.readinglist.persistence.HostileFiles.Fingerprint;
import org.readinglist.model.FieldLimits;

/**
 * Hostile and broken articles files: the corpus in {@code src/test/resources/hostile/articles} plus a few files too
 * big to commit, generated here. Every file either loads into sane articles or is refused with a message that names
 * the file and says what is wrong in words (no class names, no stack traces); it never hangs, never runs out of
 * memory and is never written to. The expected outcome of every file is listed in {@link #EXPECTED}, so a change of
 * behaviour fails here.
 */
class HostileArticlesFilesTest {

    static final Path CORPUS = Path.of("src", "test", "resources", "hostile", "articles");
    private static final Duration PER_FILE = Duration.ofSeconds(5);
    private static final FileTime OLD_TIME = FileTime.from(Instant.parse("2020-01-02T03:04:05Z"));
    private static final long MB = 1024L * 1024;

    /** Words that only show up when an exception, class name or parser internals leak into a message. */
    private static final List<String> LEAKS = List.of("Exception", "Error:", "com.google", "java.", "gson", "Gson",
            "JsonReader", "Strictness", "strict mode", "LENIENT", "path $", "Troubleshooting", "github.com/google",
            "\tat ");
    /** Control and bidi-override characters: they would break or reverse a one-line message. */
    private static final Pattern GARBLING =
            Pattern.compile("[\\p{Cc}\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    private enum Outcome { LOADS, REFUSED }

    /**
     * What a file must do: load {@code count} articles, or be refused with a problem containing {@code fragment}.
     */
    private record Expected(Outcome outcome, int count, String fragment) {

        @Override
        public String toString() {
            return outcome == Outcome.LOADS ? "loads " + count : "refused: " + fragment;
        }
    }

    private static Expected loads(int count) {
        return new Expected(Outcome.LOADS, count, null);
    }

    private static Expected refused(String fragment) {
        return new Expected(Outcome.REFUSED, 0, fragment);
    }

    private static final String NOT_JSON = "not valid JSON at line ";
    private static final String UNEXPECTED = ": unexpected text";
    private static final String TOO_EARLY = "the file ends too early";
    private static final String NOT_UTF8 = "is not UTF-8 text";
    private static final String TOP_LEVEL = "expected an object with an \"articles\" list at the top level";
    private static final String NESTING = "nesting deeper than 32 levels";
    private static final String MINUTES_WHOLE =
            "article 1 (\"A title\"): \"readMinutes\" must be a whole number of minutes";
    private static final String MINUTES_RANGE = "\"readMinutes\" must be between 0 and 100000";
    private static final String NOT_A_DATE = "article 1 (\"A title\"): \"published\" must be a date like 2026-05-04";

    /** Every committed corpus file and what it must do. */
    static final Map<String, Expected> EXPECTED = new LinkedHashMap<>();

    static {
        // ---- broken JSON text ----------------------------------------------------------------------------------
        EXPECTED.put("truncated.json", refused(NOT_JSON + "13, column 5: " + TOO_EARLY));
        EXPECTED.put("truncated-inside-string.json", refused(NOT_JSON + "1, column 53: Unterminated string"));
        EXPECTED.put("truncated-after-opening-brace.json", refused(NOT_JSON + "1, column 2: " + TOO_EARLY));
        EXPECTED.put("empty.json", refused("the file is empty"));
        EXPECTED.put("whitespace-only.json", refused("the file is empty"));
        EXPECTED.put("bom-only.json", refused("the file is empty"));
        EXPECTED.put("not-utf8-latin1.json", refused(NOT_UTF8));
        EXPECTED.put("not-utf8-utf16le-with-bom.json", refused(NOT_UTF8));
        EXPECTED.put("not-utf8-overlong-slash.json", refused(NOT_UTF8));
        EXPECTED.put("not-utf8-encoded-surrogate.json", refused(NOT_UTF8));
        EXPECTED.put("utf8-bom.json", loads(2));
        EXPECTED.put("crlf-line-endings.json", loads(2));
        EXPECTED.put("nul-bytes-between-tokens.json", refused(NOT_JSON + "2, column 4" + UNEXPECTED));
        EXPECTED.put("nul-byte-raw-in-title.json", refused(NOT_JSON + "1, column 38: Unescaped control characters"));
        EXPECTED.put("nul-bytes-only.json", refused(NOT_JSON + "1, column 1" + UNEXPECTED));
        EXPECTED.put("raw-control-char-in-title.json", refused("column 38: Unescaped control characters"));
        EXPECTED.put("raw-newline-in-title.json", refused("column 38: Unescaped control characters"));
        EXPECTED.put("trailing-garbage.json", refused(NOT_JSON + "27, column 2" + UNEXPECTED));
        EXPECTED.put("trailing-second-document.json", refused(NOT_JSON + "27, column 2" + UNEXPECTED));
        EXPECTED.put("trailing-comma.json", refused(NOT_JSON + "1, column 43" + UNEXPECTED));
        EXPECTED.put("comment-line.json", refused(NOT_JSON + "1, column 2" + UNEXPECTED));
        EXPECTED.put("comment-block.json", refused(NOT_JSON + "1, column 15" + UNEXPECTED));
        EXPECTED.put("single-quotes.json", refused(NOT_JSON + "1, column 3" + UNEXPECTED));
        EXPECTED.put("unquoted-keys.json", refused(NOT_JSON + "1, column 3" + UNEXPECTED));
        EXPECTED.put("nan-literal.json", refused(NOT_JSON + "1, column 57" + UNEXPECTED));
        EXPECTED.put("infinity-literal.json", refused(NOT_JSON + "1, column 57" + UNEXPECTED));
        EXPECTED.put("invalid-escape.json", refused(NOT_JSON + "1, column 41: Invalid escape sequence"));
        EXPECTED.put("lone-surrogate-escape-title.json", refused("column 57: Unpaired surrogate characters"));
        EXPECTED.put("deeply-nested-200.json", refused(NOT_JSON + "1, column 81: " + NESTING));
        EXPECTED.put("deeply-nested-33-objects.json", refused(NESTING));
        // Gson reads a number of more than 1024 characters as an unquoted word
        EXPECTED.put("readminutes-15000-digits.json", refused(NOT_JSON + "1, column 57" + UNEXPECTED));
        EXPECTED.put("long-key-names.json", loads(1));
        // ---- wrong shape ---------------------------------------------------------------------------------------
        EXPECTED.put("top-level-array.json", refused(TOP_LEVEL));
        EXPECTED.put("top-level-string.json", refused(TOP_LEVEL));
        EXPECTED.put("top-level-null.json", refused(TOP_LEVEL));
        EXPECTED.put("no-articles-key.json", refused(TOP_LEVEL));
        EXPECTED.put("articles-null.json", refused("\"articles\" must be a list"));
        EXPECTED.put("articles-object.json", refused("\"articles\" must be a list"));
        EXPECTED.put("article-not-object.json", refused("article 1: expected an object"));
        EXPECTED.put("article-null.json", refused("article 1: expected an object"));
        EXPECTED.put("empty-articles-list.json", loads(0));
        EXPECTED.put("missing-title.json", refused("article 1: \"title\" is missing or empty"));
        EXPECTED.put("title-empty.json", refused("article 1: \"title\" is missing or empty"));
        EXPECTED.put("title-null.json", refused("article 1: \"title\" is missing or empty"));
        EXPECTED.put("title-whitespace-only.json", refused("article 1: \"title\" is missing or empty"));
        EXPECTED.put("title-number.json", refused("article 1: \"title\" must be text"));
        EXPECTED.put("title-array.json", refused("article 1: \"title\" must be text"));
        EXPECTED.put("id-blank.json", refused("article 1 (\"A title\"): \"id\" must not be empty"));
        EXPECTED.put("id-number.json", refused("article 1 (\"A title\"): \"id\" must be text"));
        EXPECTED.put("url-number.json", refused("article 1 (\"A title\"): \"url\" must be text"));
        EXPECTED.put("tags-object.json", refused("article 1 (\"A title\"): \"tags\" must be a list of text values"));
        EXPECTED.put("tags-string.json", refused("\"tags\" must be a list of text values"));
        EXPECTED.put("tags-with-number.json", refused("\"tags\" must be a list of text values"));
        EXPECTED.put("tags-with-null.json", refused("\"tags\" must be a list of text values"));
        EXPECTED.put("authors-string.json", refused("article 1 (\"A title\"): \"authors\" must be a list of text"));
        EXPECTED.put("authors-object.json", refused("\"authors\" must be a list of text values"));
        EXPECTED.put("readminutes-string.json", refused(MINUTES_WHOLE));
        EXPECTED.put("readminutes-boolean.json", refused(MINUTES_WHOLE));
        EXPECTED.put("readminutes-fraction.json", refused(MINUTES_WHOLE));
        EXPECTED.put("readminutes-negative.json", refused("article 1 (\"A title\"): " + MINUTES_RANGE));
        EXPECTED.put("readminutes-100001.json", refused(MINUTES_RANGE));
        EXPECTED.put("readminutes-1e400.json", refused("article 1 (\"T\"): " + MINUTES_RANGE));
        EXPECTED.put("readminutes-20-digits.json", refused("article 1 (\"T\"): " + MINUTES_RANGE));
        EXPECTED.put("readminutes-exponent-1e1000000.json",
                refused("article 1 (\"T\"): \"readMinutes\" must be a whole number between 0 and 100000"));
        EXPECTED.put("readminutes-tiny-exponent.json",
                refused("article 1 (\"T\"): \"readMinutes\" must be a whole number between 0 and 100000"));
        EXPECTED.put("readminutes-5e0-whole.json", loads(1));
        EXPECTED.put("readminutes-limits.json", loads(2));
        EXPECTED.put("published-number.json", refused("article 1 (\"A title\"): \"published\" must be text"));
        EXPECTED.put("published-month-13.json", refused(NOT_A_DATE + ", not \"2026-13-45\""));
        EXPECTED.put("published-yesterday.json", refused(NOT_A_DATE + ", not \"yesterday\""));
        EXPECTED.put("published-february-30.json", refused(NOT_A_DATE + ", not \"2026-02-30\""));
        EXPECTED.put("published-with-time.json", refused(NOT_A_DATE));
        EXPECTED.put("published-year-beyond-range.json", refused(NOT_A_DATE + ", not \"+1000000000-01-01\""));
        EXPECTED.put("published-15000-chars.json", refused(NOT_A_DATE + ", not \"" + "2".repeat(79) + "\u2026\""));
        EXPECTED.put("published-far-past-and-future.json", loads(2));
        EXPECTED.put("duplicate-ids.json",
                refused("article 2 (\"Second\"): duplicate id \"same\" (also used by article 1)"));
        EXPECTED.put("duplicate-derived-ids.json",
                refused("article 2 (\"Same title!\"): duplicate id \"same-title\" (also used by article 1)"));
        EXPECTED.put("duplicate-long-ids.json",
                refused("duplicate id \"" + "x".repeat(79) + "\u2026\" (also used by article 1)"));
        // ids and titles lose their bidi controls and line breaks as they are read
        EXPECTED.put("duplicate-id-rtl-override-title.json",
                refused("article 2 (\"drowkcab two lines\"): duplicate id \"same\" (also used by article 1)"));
        // Gson keeps the last of repeated keys: the second title wins, and a repeated "articles" key replaces the list
        EXPECTED.put("duplicate-keys-in-one-object.json", loads(1));
        EXPECTED.put("duplicate-articles-key.json", refused("\"articles\" must be a list"));
        EXPECTED.put("ids-differ-only-in-case.json", loads(2));
        // the ids of removed articles: a list of texts, or the file is refused (nothing half-imported)
        EXPECTED.put("removed-not-a-list.json", refused("\"removed\" must be a list of article ids"));
        EXPECTED.put("removed-with-number.json", refused("\"removed\" must be a list of article ids"));
        EXPECTED.put("removed-with-null.json", refused("\"removed\" must be a list of article ids"));
        EXPECTED.put("removed-ids.json", loads(1));
        // ---- hostile but valid: loaded as plain text -----------------------------------------------------------
        EXPECTED.put("url-javascript.json", loads(2));
        EXPECTED.put("url-file.json", loads(2));
        EXPECTED.put("url-data.json", loads(2));
        EXPECTED.put("url-not-a-uri.json", loads(1));
        EXPECTED.put("control-chars-in-title.json", loads(1));
        EXPECTED.put("rtl-override-title.json", loads(1));
        EXPECTED.put("zero-width-and-combining-title.json", loads(2));
        EXPECTED.put("astral-emoji-title.json", loads(1));
        EXPECTED.put("html-script-title.json", loads(1));
        EXPECTED.put("html-entities-summary.json", loads(1));
        EXPECTED.put("format-strings-title.json", loads(1));
        EXPECTED.put("tags-2000.json", loads(1));
        EXPECTED.put("tags-duplicates-and-blanks.json", loads(1));
        EXPECTED.put("unknown-fields.json", loads(1));
        EXPECTED.put("nulls-for-optional-fields.json", loads(1));
        EXPECTED.put("long-title-15000-chars.json", loads(1)); // cut to 500 characters
        // U+00A0 is not white space to String.isBlank(), so this title counts as not empty
        EXPECTED.put("title-nbsp-only.json", loads(1));
    }

    @TempDir
    Path dir;

    private final GsonArticleRepository repository = new GsonArticleRepository();

    // ---- the cases -------------------------------------------------------------------------------------------

    /** Puts the file to load into the test's folder and returns it. */
    @FunctionalInterface
    interface Maker {
        Path make(Path dir) throws IOException;
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (String name : corpusNames()) {
            Maker copy = dir -> Files.copy(CORPUS.resolve(name), dir.resolve(name));
            cases.add(Arguments.of(name, copy, EXPECTED.get(name)));
        }
        cases.add(Arguments.of("generated: 10 MB summary in one string",
                (Maker) HostileArticlesFilesTest::tenMegabyteSummary, loads(1)));
        cases.add(Arguments.of("generated: 50 MB title in one string",
                (Maker) HostileArticlesFilesTest::fiftyMegabyteTitle, loads(1)));
        cases.add(Arguments.of("generated: 100,000 tags on one article",
                (Maker) HostileArticlesFilesTest::hundredThousandTags, loads(1)));
        cases.add(Arguments.of("generated: 10,000 levels of nesting",
                (Maker) HostileArticlesFilesTest::tenThousandLevels, refused(NOT_JSON + "1, column 82: " + NESTING)));
        cases.add(Arguments.of("generated: 1100 MB sparse file",
                (Maker) dir -> HostileFiles.sparse(dir.resolve("sparse-1100mb.json"), 1100 * MB),
                refused("is too large (1100 MB; the limit is 1024 MB)")));
        cases.add(Arguments.of("generated: 1000 MB sparse file, under the limit",
                (Maker) dir -> HostileFiles.sparse(dir.resolve("sparse-1000mb.json"), 1000 * MB),
                refused(NOT_JSON + "1, column 1" + UNEXPECTED)));
        cases.add(Arguments.of("generated: symbolic link to /dev/zero",
                (Maker) dir -> HostileFiles.linkToDevZero(dir.resolve("zero.json")), refused("is not a regular file")));
        return cases.stream();
    }

    static List<String> corpusNames() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Path tenMegabyteSummary(Path dir) throws IOException {
        String json = "{\"articles\": [{\"id\": \"big\", \"title\": \"Big summary\", \"summary\": \""
                + "All work and no play. ".repeat(10 * 1024 * 1024 / 22) + "\"}]}";
        return Files.writeString(dir.resolve("summary-10mb.json"), json);
    }

    /** One article whose title is 50 MB of text, with a tab and a bidi override early on. */
    static Path fiftyMegabyteTitle(Path dir) throws IOException {
        Path file = dir.resolve("title-50mb.json");
        try (java.io.Writer out = Files.newBufferedWriter(file)) {
            out.write("{\"articles\": [{\"id\": \"huge\", \"title\": \"Huge\\t\\u202etitle ");
            String chunk = "Fifty megabytes of one title. ".repeat(1024);
            for (long written = 0; written < 50 * MB; written += chunk.length()) {
                out.write(chunk);
            }
            out.write("\", \"summary\": \"short\"}]}");
        }
        return file;
    }

    private static Path hundredThousandTags(Path dir) throws IOException {
        StringBuilder json =
                new StringBuilder("{\"articles\": [{\"id\": \"tags\", \"title\": \"Many tags\", \"tags\": [");
        for (int i = 0; i < 100_000; i++) {
            json.append(i == 0 ? "" : ",").append("\"tag-").append(i).append('"');
        }
        return Files.writeString(dir.resolve("tags-100000.json"), json.append("]}]}"));
    }

    private static Path tenThousandLevels(Path dir) throws IOException {
        String json = "{\"articles\": [{\"id\": \"deep\", \"title\": \"Deep\", \"x\": " + "[".repeat(10_000)
                + "]".repeat(10_000) + "}]}";
        return Files.writeString(dir.resolve("nesting-10000.json"), json);
    }

    // ---- the checks ------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("cases")
    void everyFileLoadsSanelyOrIsRefusedInWords(String name, Maker maker, Expected expected) throws Exception {
        assertNotNull(expected, name + " has no expected outcome in EXPECTED");
        Path file = maker.make(dir);
        if (!Files.isSymbolicLink(file)) { // setting the time through a link would set /dev/zero's
            Files.setLastModifiedTime(file, OLD_TIME);
        }
        Fingerprint before = Fingerprint.of(file);

        Object result = assertTimeoutPreemptively(PER_FILE, () -> {
            try {
                return repository.load(file);
            } catch (ArticlesFileException e) {
                return e;
            }
        }, name + " took too long");
        ArticlesFileException refusal = result instanceof ArticlesFileException e ? e : null;

        assertEquals(before, Fingerprint.of(file), "the articles file must be left exactly as it was");
        if (refusal != null) {
            assertRefusedInWords(file, refusal);
            assertEquals(Outcome.REFUSED, expected.outcome(), name + " was refused: " + refusal.getMessage());
            assertTrue(refusal.problem().contains(expected.fragment()),
                    "expected \"" + expected.fragment() + "\" in: " + refusal.problem());
        } else {
            @SuppressWarnings("unchecked")
            List<Article> articles = (List<Article>) result;
            assertSane(articles);
            assertEquals(Outcome.LOADS, expected.outcome(), name + " loaded " + articles.size() + " articles");
            assertEquals(expected.count(), articles.size(), name);
        }
    }

    private static void assertRefusedInWords(Path file, ArticlesFileException e) {
        String problem = e.problem();
        assertAll(
                () -> assertEquals(file.toString(), e.source()),
                () -> assertTrue(e.getMessage().contains(file.toString()), "file not named: " + e.getMessage()),
                () -> assertTrue(e.getMessage().contains(problem), e.getMessage()),
                () -> assertFalse(problem.isBlank(), "no problem text"),
                () -> assertTrue(problem.length() <= 300, "problem text too long: " + problem.length() + " chars"),
                () -> assertFalse(GARBLING.matcher(problem).find(), "control or bidi characters in: " + problem),
                () -> {
                    for (String leak : LEAKS) {
                        assertFalse(problem.contains(leak), "\"" + leak + "\" in: " + problem);
                    }
                });
    }

    private static void assertSane(List<Article> articles) {
        Set<String> ids = new HashSet<>();
        for (Article article : articles) {
            assertNotNull(article.id(), "id");
            assertFalse(article.id().isBlank(), "blank id");
            assertTrue(ids.add(article.id()), "duplicate id " + article.id());
            assertNotNull(article.title(), "title");
            assertFalse(article.title().isBlank(), "blank title");
            assertNotNull(article.tags(), "tags");
            assertTrue(article.tags().stream().noneMatch(tag -> tag == null || tag.isBlank()), "blank tag");
            assertEquals(article.tags().size(), new HashSet<>(article.tags()).size(), "repeated tags");
            assertTrue(article.readMinutes() >= 0 && article.readMinutes() <= 100_000, "minutes");
        }
    }

    // ---- the corpus itself -----------------------------------------------------------------------------------

    @Test
    void everyCorpusFileHasAnExpectedOutcomeAndEveryOutcomeAFile() throws IOException {
        Set<String> files = new TreeSet<>(corpusNames());
        Set<String> listed = new TreeSet<>(EXPECTED.keySet());

        assertEquals(Set.of(), difference(files, listed), "files without an expected outcome");
        assertEquals(Set.of(), difference(listed, files), "expected outcomes without a file");
        assertTrue(files.size() >= 30, "corpus has only " + files.size() + " files");
    }

    @Test
    void corpusFilesAreSmall() throws IOException {
        for (String name : corpusNames()) {
            assertTrue(Files.size(CORPUS.resolve(name)) < 20 * 1024, name + " is 20 KB or more");
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        return a.stream().filter(x -> !b.contains(x)).collect(Collectors.toCollection(TreeSet::new));
    }

    // ---- what the hostile-but-valid files load as ------------------------------------------------------------

    private Article only(String name) throws Exception {
        List<Article> articles = repository.load(CORPUS.resolve(name));
        assertEquals(1, articles.size(), name);
        return articles.get(0);
    }

    @Test
    void rightToLeftOverridesAreRemoved() throws Exception {
        Article article = only("rtl-override-title.json");

        assertEquals("Invoice exe.fdp and isolate", article.title());
        assertEquals("right to left", article.summary());
        assertEquals(List.of("gat"), article.tags());
    }

    @Test
    void escapedControlCharactersAreRemovedAndLineBreaksBecomeSpaces() throws Exception {
        assertEquals("bell esc[31mred[0m nul del tab  nl  end", only("control-chars-in-title.json").title());
    }

    @Test
    void htmlAndScriptAreKeptAsPlainText() throws Exception {
        Article article = only("html-script-title.json");

        assertEquals("<script>alert('x')</script><b>bold</b>", article.title());
        assertEquals("<img src=x onerror=alert(1)><iframe src=\"javascript:alert(2)\"></iframe>", article.summary());
        assertEquals("<a href=\"https://evil.example\">Evil</a>", article.company());
        assertEquals(List.of("<i>tag</i>"), article.tags());
        assertEquals(List.of("<script>x</script>"), article.authors());
        assertEquals("&lt;script&gt; &amp;amp; &#x3c;b&#x3e; \\u003c", only("html-entities-summary.json").summary());
        assertEquals("%s %n %x {0} ${jndi:ldap://x/a} $(rm -rf /) `id`", only("format-strings-title.json").title());
    }

    @Test
    void linksThatAreNotWebLinksAreLoadedAsTheyAre() throws Exception {
        List<Article> javascript = repository.load(CORPUS.resolve("url-javascript.json"));
        List<Article> file = repository.load(CORPUS.resolve("url-file.json"));
        List<Article> data = repository.load(CORPUS.resolve("url-data.json"));

        assertEquals("javascript:alert(document.cookie)", javascript.get(0).url());
        assertEquals("no-id-javascript-url", javascript.get(1).id());
        assertEquals("file:///etc/passwd", file.get(0).url());
        assertEquals("calc-exe", file.get(1).id());
        assertEquals("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", data.get(0).url());
        assertEquals("data:text/html,<script>alert(1)</script> x", data.get(1).url());
        assertEquals("broken-url", only("url-not-a-uri.json").id());
    }

    @Test
    void byteOrderMarkAndLineEndingsDoNotChangeTheArticles() throws Exception {
        List<Article> withBom = repository.load(CORPUS.resolve("utf8-bom.json"));

        assertEquals(withBom, repository.load(CORPUS.resolve("crlf-line-endings.json")));
        assertEquals("Netflix Live Origin", withBom.get(0).title());
        assertEquals(List.of("real-time-systems", "distributed-systems"), withBom.get(0).tags());
    }

    @Test
    void repeatedKeysKeepTheLastValue() throws Exception {
        assertEquals("Second title", only("duplicate-keys-in-one-object.json").title());
    }

    @Test
    void ofTwoThousandTagsTheFirstFiftyAreKeptInOrder() throws Exception {
        List<String> tags = only("tags-2000.json").tags();

        assertEquals(50, tags.size());
        assertEquals("t0", tags.get(0));
        assertEquals("t49", tags.get(49));
        assertEquals(List.of("java", "Java"), only("tags-duplicates-and-blanks.json").tags());
    }

    @Test
    void readMinutesWrittenWithAnExponentAreWholeMinutes() throws Exception {
        assertEquals(5, only("readminutes-5e0-whole.json").readMinutes());
        List<Article> limits = repository.load(CORPUS.resolve("readminutes-limits.json"));
        assertEquals(List.of(0, 100_000), limits.stream().map(Article::readMinutes).toList());
    }

    @Test
    void ofHundredThousandTagsTheFirstFiftyAreKept(@TempDir Path other) throws Exception {
        Path file = hundredThousandTags(other);

        ArticlesRead read = assertTimeoutPreemptively(PER_FILE, () -> repository.read(file, part -> { }));

        assertEquals(50, read.articles().get(0).tags().size());
        assertEquals("tag-0", read.articles().get(0).tags().get(0));
        assertEquals("tag-49", read.articles().get(0).tags().get(49));
        assertEquals(1, read.cut());
    }

    @Test
    void tenMegabyteSummaryIsCutToFiveThousandCharacters(@TempDir Path other) throws Exception {
        Path file = tenMegabyteSummary(other);

        ArticlesRead read = assertTimeoutPreemptively(PER_FILE, () -> repository.read(file, part -> { }));

        Article article = read.articles().get(0);
        assertEquals(FieldLimits.SUMMARY, article.summary().length());
        assertTrue(article.summary().startsWith("All work and no play. "));
        assertEquals(1, read.cut());
    }

    @Test
    void aFiftyMegabyteTitleIsReadQuicklyAndCutToFiveHundredCharacters(@TempDir Path other) throws Exception {
        Path file = fiftyMegabyteTitle(other);

        // about half a second here; the text the window gets is 500 characters long, so it never measures more
        ArticlesRead read = assertTimeoutPreemptively(PER_FILE, () -> repository.read(file, part -> { }));

        Article article = read.articles().get(0);
        assertEquals(FieldLimits.TITLE, article.title().length());
        assertTrue(article.title().startsWith("Huge title Fifty megabytes of one title."), article.title());
        assertEquals("short", article.summary());
        assertEquals(1, read.cut());
        assertFalse(read.hasProblems());
    }

    @Test
    void aFifteenThousandCharacterTitleIsCutAndCounted() throws Exception {
        ArticlesRead read = repository.read(CORPUS.resolve("long-title-15000-chars.json"), part -> { });

        assertEquals(FieldLimits.TITLE, read.articles().get(0).title().length());
        assertEquals(1, read.cut());
        assertEquals(0, repository.read(CORPUS.resolve("utf8-bom.json"), part -> { }).cut());
    }

    /**
     * Read leniently, a file refused for one article's problem gives the other articles and the same words; a file
     * refused as a whole is refused in the same words too.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void leniently(String name) throws Exception {
        Path file = CORPUS.resolve(name);
        Object strict;
        try {
            strict = repository.load(file);
        } catch (ArticlesFileException e) {
            strict = e;
        }
        ArticlesRead lenient;
        try {
            lenient = repository.read(file, part -> { });
        } catch (ArticlesFileException e) {
            assertTrue(strict instanceof ArticlesFileException, name + " refused only leniently");
            assertEquals(((ArticlesFileException) strict).problem(), e.problem());
            return;
        }
        if (strict instanceof ArticlesFileException refusal) {
            assertTrue(lenient.hasProblems(), name);
            assertEquals(refusal.problem(), ArticleProblemWords.describe(lenient.problems().get(0),
                    org.readinglist.i18n.Messages.of(java.util.Locale.ENGLISH)));
        } else {
            assertEquals(strict, lenient.articles(), name);
            assertFalse(lenient.hasProblems(), name);
        }
        assertSane(lenient.articles());
    }

    static Stream<String> corpusFiles() throws IOException {
        return corpusNames().stream();
    }

    @Test
    void aFileThatDoesNotDoWhatTheTableSaysFails() {
        // the table is not decoration: a file expected to load that is refused must fail the check
        Expected wrong = loads(1);
        try {
            everyFileLoadsSanelyOrIsRefusedInWords("empty.json",
                    d -> Files.copy(CORPUS.resolve("empty.json"), d.resolve("empty.json")), wrong);
        } catch (AssertionError expected) {
            assertTrue(expected.getMessage().contains("was refused"), expected.getMessage());
            return;
        } catch (Exception e) {
            fail(e);
        }
        fail("a refused file passed as loading");
    }
}
