package org.readinglist.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.readinglist.i18n.Messages;

class AppOptionsTest {

    private static final Messages ENGLISH = Messages.of(Locale.ENGLISH);

    private static AppOptions parse(String... args) {
        return AppOptions.parse(List.of(args), ENGLISH);
    }

    @Test
    void noArgumentsGiveNoOptionsAndNoProblems() {
        AppOptions options = parse();

        assertEquals(Optional.empty(), options.articlesFile());
        assertEquals(Optional.empty(), options.dataDir());
        assertEquals(List.of(), options.problems());
    }

    @Test
    void articlesOptionTakesTheNextArgumentAsPath() {
        AppOptions options = parse("--articles", "lists/mine.json");

        assertEquals(Optional.of(Path.of("lists/mine.json")), options.articlesFile());
        assertEquals(Optional.empty(), options.dataDir());
        assertEquals(List.of(), options.problems());
    }

    @Test
    void articlesOptionTakesAValueAfterEquals() {
        AppOptions options = parse("--articles=lists/mine.json");

        assertEquals(Optional.of(Path.of("lists/mine.json")), options.articlesFile());
        assertEquals(List.of(), options.problems());
    }

    @Test
    void onlyTheFirstEqualsSeparatesNameFromValue() {
        assertEquals(Optional.of(Path.of("a=b.json")), parse("--articles=a=b.json").articlesFile());
    }

    @Test
    void dataDirOptionTakesTheNextArgumentAsPath() {
        AppOptions options = parse("--data-dir", "/tmp/marks");

        assertEquals(Optional.of(Path.of("/tmp/marks")), options.dataDir());
        assertEquals(Optional.empty(), options.articlesFile());
        assertEquals(List.of(), options.problems());
    }

    @Test
    void dataDirOptionTakesAValueAfterEquals() {
        assertEquals(Optional.of(Path.of("marks")), parse("--data-dir=marks").dataDir());
    }

    @Test
    void bothOptionsTogether() {
        AppOptions options = parse("--data-dir=marks", "--articles", "mine.json");

        assertEquals(Optional.of(Path.of("mine.json")), options.articlesFile());
        assertEquals(Optional.of(Path.of("marks")), options.dataDir());
        assertEquals(List.of(), options.problems());
    }

    @Test
    void optionWithoutValueAtTheEndIsAProblem() {
        AppOptions options = parse("--articles");

        assertEquals(Optional.empty(), options.articlesFile());
        assertEquals(1, options.problems().size());
        assertTrue(options.problems().get(0).contains("--articles"), options.problems().get(0));
        assertTrue(options.problems().get(0).contains("needs a path"), options.problems().get(0));
    }

    @Test
    void optionFollowedByAnotherOptionHasNoValue() {
        AppOptions options = parse("--articles", "--data-dir", "marks");

        assertEquals(Optional.empty(), options.articlesFile());
        assertEquals(Optional.of(Path.of("marks")), options.dataDir(), "the following option is still read");
        assertEquals(1, options.problems().size());
        assertTrue(options.problems().get(0).contains("--articles"), options.problems().get(0));
    }

    @Test
    void emptyValueAfterEqualsIsAProblem() {
        AppOptions options = parse("--data-dir=");

        assertEquals(Optional.empty(), options.dataDir());
        assertEquals(1, options.problems().size());
        assertTrue(options.problems().get(0).contains("--data-dir"), options.problems().get(0));
    }

    @Test
    void unknownOptionIsReportedWithUsageAndIgnored() {
        AppOptions options = parse("--verbose", "--articles", "mine.json");

        assertEquals(Optional.of(Path.of("mine.json")), options.articlesFile());
        assertEquals(1, options.problems().size());
        String problem = options.problems().get(0);
        assertTrue(problem.contains("\"--verbose\""), problem);
        assertTrue(problem.contains("Options: --articles PATH (open another articles file)"), problem);
    }

    @Test
    void strayArgumentIsReportedAsUnknown() {
        AppOptions options = parse("mine.json");

        assertEquals(Optional.empty(), options.articlesFile());
        assertEquals(1, options.problems().size());
        assertTrue(options.problems().get(0).contains("mine.json"));
    }

    @Test
    void everyProblemIsCollected() {
        AppOptions options = parse("-x", "--articles=", "--data-dir");

        assertEquals(3, options.problems().size(), options.problems().toString());
    }

    @Test
    void smokeTestAndSettleTimeAreRead() {
        AppOptions options = parse("--smoke-test", "--settle-seconds", "3", "--data-dir", "/tmp/x");

        assertTrue(options.smokeTest());
        assertEquals(3, options.settleSeconds());
        assertEquals(List.of(), options.problems());
    }

    @Test
    void withoutTheFlagThereIsNoSmokeTest() {
        AppOptions options = parse("--data-dir", "/tmp/x");

        assertEquals(false, options.smokeTest());
        assertEquals(0, options.settleSeconds());
    }

    @Test
    void settleTimeMustBeANumber() {
        AppOptions options = parse("--settle-seconds", "soon");

        assertEquals(0, options.settleSeconds());
        assertEquals(1, options.problems().size());
    }
}
