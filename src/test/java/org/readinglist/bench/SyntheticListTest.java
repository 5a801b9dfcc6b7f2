package org.readinglist.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.readinglist.model.Article;
import org.readinglist.model.ReadMarks;
import org.readinglist.persistence.files.GsonArticleRepository;
import org.readinglist.persistence.marks.LegacyStateFile;

class SyntheticListTest {

    private static final int N = 5_000;
    private static final long SEED = 20_260_630L;
    private static final int POOL = SyntheticList.DEFAULT_TAG_POOL;
    private static final String KEBAB_CASE = "[a-z0-9]+(-[a-z0-9]+)*";

    private static List<Article> articles;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() {
        articles = SyntheticList.articles(N, SEED, POOL);
    }

    private static int words(String text) {
        return text.strip().split("\\s+").length;
    }

    private static long count(Collection<Article> articles, Function<Article, Boolean> condition) {
        return articles.stream().filter(condition::apply).count();
    }

    // ---- determinism

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedOtherBytes() throws Exception {
        Path first = dir.resolve("first.json");
        Path again = dir.resolve("again.json");
        Path other = dir.resolve("other.json");
        SyntheticList.write(N, SEED, POOL, first);
        SyntheticList.write(N, SEED, POOL, again);
        SyntheticList.write(N, SEED + 1, POOL, other);

        assertThat(Files.mismatch(first, again)).isEqualTo(-1L);
        assertThat(Files.mismatch(first, other)).isNotEqualTo(-1L);
    }

    @Test
    void theSameSeedGivesTheSameArticlesInMemory() {
        assertThat(SyntheticList.articles(N, SEED, POOL)).isEqualTo(articles);
        List<Article> other = SyntheticList.articles(N, SEED + 1, POOL);
        assertThat(other).hasSize(N);
        assertThat(count(other, a -> !a.title().equals(articles.get(Integer.parseInt(a.id().substring(1)) - 1)
                .title()))).isGreaterThan(N * 9L / 10);
    }

    @Test
    void theStateFileDependsOnlyOnItsArguments() throws Exception {
        Path first = dir.resolve("first-state.json");
        Path again = dir.resolve("again-state.json");
        SyntheticList.writeState(N, SEED, 0.1, first);
        SyntheticList.writeState(N, SEED, 0.1, again);

        assertThat(Files.mismatch(first, again)).isEqualTo(-1L);
    }

    // ---- content rules

    @Test
    void titlesHaveThreeToTwelveWords() {
        Map<Integer, Long> byLength = articles.stream()
                .collect(Collectors.groupingBy(a -> words(a.title()), Collectors.counting()));
        assertThat(byLength.keySet()).allSatisfy(length -> assertThat(length).isBetween(3, 12));
        assertThat(byLength).containsKeys(3, 12);
        assertThat(articles).allSatisfy(a -> assertThat(a.title()).doesNotStartWith(" ").doesNotEndWith(" ")
                .doesNotContain("  "));
    }

    @Test
    void summariesAreOneSentenceOfEightToTwentyWords() {
        assertThat(articles).allSatisfy(a -> {
            assertThat(words(a.summary())).isBetween(8, 20);
            assertThat(a.summary()).endsWith(".").doesNotContain(". "); // "Node.js" may be inside
            assertThat(Character.isUpperCase(a.summary().charAt(0))).isTrue();
        });
        Set<Integer> lengths = articles.stream().map(a -> words(a.summary())).collect(Collectors.toSet());
        assertThat(lengths).contains(8, 20);
    }

    @Test
    void everyArticleHasOneToFiveDistinctKebabCaseTagsFromThePool() {
        Set<String> pool = Set.copyOf(SyntheticVocabulary.tagPool(POOL));
        assertThat(articles).allSatisfy(a -> {
            assertThat(a.tags()).hasSizeBetween(1, 5).doesNotHaveDuplicates();
            assertThat(a.tags()).allSatisfy(tag -> assertThat(tag).matches(KEBAB_CASE).isIn(pool));
        });
        Set<Integer> counts = articles.stream().map(a -> a.tags().size()).collect(Collectors.toSet());
        assertThat(counts).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
    }

    @Test
    void tagFrequenciesFallOffLikeZipf() {
        Map<String, Integer> frequency = new HashMap<>();
        SyntheticVocabulary.tagPool(POOL).forEach(tag -> frequency.put(tag, 0));
        articles.forEach(a -> a.tags().forEach(tag -> frequency.merge(tag, 1, Integer::sum)));
        int[] byRank = frequency.values().stream().sorted(Comparator.reverseOrder()).mapToInt(Integer::intValue)
                .toArray();

        assertThat(frequency).hasSize(POOL);
        int top = byRank[0];
        int median = byRank[POOL / 2];
        assertThat(top).isGreaterThan(20 * Math.max(1, median));
        // frequency ~ 1/rank: rank 1 about ten times rank 10, rank 10 about ten times rank 100
        assertThat((double) top / byRank[9]).isBetween(4.0, 20.0);
        assertThat((double) byRank[9] / byRank[99]).isBetween(4.0, 20.0);
        // the most common tag is the first of the pool: ranks follow the pool's order
        assertThat(frequency.get(SyntheticVocabulary.tagPool(POOL).get(0))).isEqualTo(top);
    }

    @Test
    void articlesComeFromAtMostTwoHundredCompanies() {
        Set<String> companies = articles.stream().map(Article::company).collect(Collectors.toSet());
        assertThat(companies).hasSizeBetween(150, 200).isSubsetOf(SyntheticList.companies());
        assertThat(SyntheticList.companies()).hasSize(200).doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name).matches("[A-Z][a-z]+ [A-Z][a-z]+"));
    }

    @Test
    void publishedDatesSpreadOverTenYearsAndAboutOnePercentAreUnknown() {
        List<LocalDate> dates = articles.stream().map(Article::published).filter(Objects::nonNull).toList();
        long unknown = N - dates.size();
        assertThat(unknown).isBetween(N / 200L, N / 50L);
        assertThat(dates).allSatisfy(date -> assertThat(date)
                .isBetween(SyntheticList.FIRST_DAY, SyntheticList.LAST_DAY));
        assertThat(SyntheticList.FIRST_DAY).isEqualTo(LocalDate.of(2016, 7, 1));
        assertThat(dates.stream().min(LocalDate::compareTo).orElseThrow())
                .isBefore(SyntheticList.FIRST_DAY.plusDays(30));
        assertThat(dates.stream().max(LocalDate::compareTo).orElseThrow())
                .isAfter(SyntheticList.LAST_DAY.minusDays(30));
        Set<Integer> years = dates.stream().map(LocalDate::getYear).collect(Collectors.toSet());
        assertThat(years).containsExactlyInAnyOrder(2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025,
                2026);
    }

    @Test
    void readingTimesAreTwoToThirtyMinutes() {
        Set<Integer> minutes = articles.stream().map(Article::readMinutes).collect(Collectors.toSet());
        assertThat(minutes).allSatisfy(m -> assertThat(m).isBetween(2, 30)).contains(2, 30);
    }

    @Test
    void articlesHaveOneToThreeDistinctAuthorsOrAboutOneInTenUnknown() {
        long unknown = count(articles, a -> a.authors() == null);
        assertThat(unknown).isBetween(N * 7L / 100, N * 13L / 100);
        List<List<String>> known = articles.stream().map(Article::authors).filter(Objects::nonNull).toList();
        assertThat(known).allSatisfy(names -> {
            assertThat(names).hasSizeBetween(1, 3).doesNotHaveDuplicates();
            assertThat(names).allSatisfy(name -> assertThat(name).matches("[A-Z][a-z]+ [A-Z][a-z]+( [A-Z][a-z]+)?"));
        });
        assertThat(known.stream().map(List::size).collect(Collectors.toSet())).containsExactlyInAnyOrder(1, 2, 3);
    }

    @Test
    void idsAreUniqueAndUrlsNameTheCompanyAndTheTitle() {
        assertThat(articles).extracting(Article::id).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("a[1-9][0-9]*"));
        assertThat(articles).extracting(Article::url).doesNotHaveDuplicates();
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            assertThat(article.id()).isEqualTo("a" + (i + 1));
            assertThat(article.url()).isEqualTo("https://" + SyntheticVocabulary.slug(article.company())
                    + ".example.com/blog/" + SyntheticVocabulary.slug(article.title()) + "-" + (i + 1));
            assertThat(article.url()).matches("https://[a-z0-9-]+\\.example\\.com/blog/[a-z0-9-]+-[0-9]+");
        }
    }

    @Test
    void repeatedNamesAndDatesAreSharedNotCopied() {
        assertSharedInstances(articles.stream().map(Article::company).toList());
        assertSharedInstances(articles.stream().flatMap(a -> a.tags().stream()).toList());
        assertSharedInstances(articles.stream().map(Article::authors).filter(Objects::nonNull)
                .flatMap(List::stream).toList());
        assertSharedInstances(articles.stream().map(Article::published).filter(Objects::nonNull).toList());
    }

    private static void assertSharedInstances(List<?> values) {
        Set<Object> byIdentity = Collections.newSetFromMap(new IdentityHashMap<>());
        byIdentity.addAll(values);
        assertThat(byIdentity).hasSize(new HashSet<>(values).size());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 63, 64, 1000, 5000, 40_000})
    void theTagPoolHasTheRequestedNumberOfDistinctKebabCaseTags(int size) {
        List<String> pool = SyntheticVocabulary.tagPool(size);
        assertThat(pool).hasSize(size).doesNotHaveDuplicates()
                .allSatisfy(tag -> assertThat(tag).matches(KEBAB_CASE));
        assertThat(pool).startsWith("distributed-systems");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void aPoolSmallerThanFiveTagsStillGivesDistinctTags(int size) {
        assertThat(SyntheticList.articles(500, SEED, size)).allSatisfy(a ->
                assertThat(a.tags()).hasSizeBetween(1, size).doesNotHaveDuplicates());
    }

    // ---- the files load in the app

    @Test
    void theWrittenFileLoadsInTheAppAsTheSameArticles() throws Exception {
        Path file = dir.resolve("articles.json");
        SyntheticList.write(N, SEED, POOL, file);

        assertThat(new GsonArticleRepository().load(file)).isEqualTo(articles);
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).hasSize(N + 2); // one article per line
    }

    @Test
    void anEmptyListIsAValidFile() throws Exception {
        Path file = dir.resolve("empty.json");
        SyntheticList.write(0, SEED, POOL, file);

        assertThat(new GsonArticleRepository().load(file)).isEmpty();
    }

    @Test
    void theStateFileLoadsInTheAppWithAboutTheReadFractionMarked() throws Exception {
        Path file = dir.resolve(LegacyStateFile.FILE_NAME);
        int written = SyntheticList.writeState(N, SEED, 0.1, file);

        ReadMarks marks = LegacyStateFile.read(file);
        assertThat(marks.read()).hasSize(written);
        assertThat(written).isBetween(N * 8 / 100, N * 12 / 100);
        assertThat(marks.unread()).isEmpty();
        Set<String> ids = articles.stream().map(Article::id).collect(Collectors.toSet());
        assertThat(marks.read().keySet()).isSubsetOf(ids);
        Instant last = SyntheticList.FIRST_READ.plus(SyntheticList.READ_SPAN);
        assertThat(marks.read().values()).allSatisfy(at -> assertThat(at)
                .isBetween(SyntheticList.FIRST_READ, last));
        assertThat(marks).isEqualTo(SyntheticList.readMarks(N, SEED, 0.1));
    }

    @Test
    void readFractionsZeroAndOneMarkNothingAndEverything() {
        assertThat(SyntheticList.readMarks(N, SEED, 0).read()).isEmpty();
        assertThat(SyntheticList.readMarks(N, SEED, 1).read()).hasSize(N);
        // a bigger fraction marks more articles, at the same times
        Map<String, Instant> some = SyntheticList.readMarks(N, SEED, 0.1).read();
        Map<String, Instant> all = SyntheticList.readMarks(N, SEED, 1).read();
        assertThat(all).containsAllEntriesOf(some);
    }

    @Test
    void impossibleArgumentsAreRefused() {
        assertThatThrownBy(() -> SyntheticList.articles(-1, SEED, POOL)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyntheticList.articles(1, SEED, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyntheticList.readMarks(1, SEED, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyntheticList.readMarks(1, SEED, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- command line

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SyntheticList.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theCommandLineWritesBothFilesAndSaysWhatItWrote() throws Exception {
        Path file = dir.resolve("cli.json");
        Path state = dir.resolve("cli-state.json");
        Path expected = dir.resolve("expected.json");
        SyntheticList.write(300, 7, 50, expected);

        Run run = run("300", "7", file.toString(), "--tags", "50", "--state", state.toString(), "--read-fraction",
                "0.25");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).singleElement().asString()
                .contains("300 articles", file.toString(), "MB", " s", "read marks", state.toString());
        assertThat(Files.mismatch(file, expected)).isEqualTo(-1L);
        int marks = SyntheticList.readMarks(300, 7, 0.25).read().size();
        assertThat(run.out()).contains(marks + " read marks");
        assertThat(Files.readString(state)).contains("\"version\": 2");
    }

    @Test
    void theCommandLineUsesTheDefaultPoolWithoutStateByDefault() throws Exception {
        Path file = dir.resolve("defaults.json");
        Path expected = dir.resolve("expected.json");
        SyntheticList.write(100, 3, POOL, expected);

        Run run = run("100", "3", file.toString());

        assertThat(run.status()).isZero();
        assertThat(Files.mismatch(file, expected)).isEqualTo(-1L);
        assertThat(run.out()).doesNotContain("read marks");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "10", "10 1", "10 1 out.json extra", "ten 1 out.json", "-5 1 out.json", "10 x out.json",
        "10 1 out.json --tags", "10 1 out.json --tags 0", "10 1 out.json --tags many", "10 1 out.json --tags 2000000",
        "10 1 out.json --state", "10 1 out.json --read-fraction 0.5", "10 1 out.json --state s.json --read-fraction 2",
        "10 1 out.json --state s.json --read-fraction half", "10 1 out.json --bogus 3",
        "10 1 out.json --tags 5 --tags 6",
    })
    void badArgumentsPrintTheUsageAndExitWithTwo(String line) {
        String[] args = line.isEmpty() ? new String[0] : line.replace("out.json", dir.resolve("out.json").toString())
                .replace("s.json", dir.resolve("s.json").toString()).split(" ");

        Run run = run(args);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("SyntheticList: ").contains("usage: SyntheticList N SEED OUT_ARTICLES_JSON")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(dir.resolve("out.json")).doesNotExist();
    }

    @Test
    void helpPrintsTheUsage() {
        Run run = run("--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("usage: SyntheticList");
    }

    @Test
    void aFolderThatIsMissingIsReportedWithoutAStackTrace() {
        Run run = run("10", "1", dir.resolve("missing").resolve("out.json").toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("SyntheticList: could not write").contains("missing")
                .doesNotContain("\tat ");
    }
}
