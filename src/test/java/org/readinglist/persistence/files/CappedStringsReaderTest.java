package org.readinglist.persistence.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.readinglist.i18n.Messages;
import org.readinglist.model.Article;

/**
 * Long strings are cut before the parser builds them, and nothing else changes: every file reads as it would whole,
 * to the same articles or the same refusal, with the same line and column.
 */
class CappedStringsReaderTest {

    /** The cut the tests use: above every limit of FieldLimits, so a cut string is cut to its limit all the same. */
    private static final int CUT = 6_000;
    private static final String LONG = "long text ".repeat(1_000);

    @TempDir
    Path dir;

    private static String passedOn(String text, int chunk) throws IOException {
        try (Reader reader = new CappedStringsReader(new StringReader(text), CUT)) {
            StringBuilder out = new StringBuilder();
            char[] buffer = new char[chunk];
            for (int n = reader.read(buffer, 0, chunk); n >= 0; n = reader.read(buffer, 0, chunk)) {
                out.append(buffer, 0, n);
            }
            return out.toString();
        }
    }

    @Test
    void shortStringsAndEverythingAroundThemPassUnchangedInChunksOfAnySize() throws IOException {
        String json = "{\"a\": \"x\\\"y\\\\\", \"b\": [1, 2.5e3, true, null], \"c\": \"\\u00e9\\n\\uD83D\\uDE00\"}\n"
                + "\"" + "s".repeat(CUT - 1) + "\"";
        for (int chunk : new int[] {1, 2, 3, 7, 64, 8192}) {
            assertEquals(json, passedOn(json, chunk), "chunks of " + chunk);
        }
    }

    @Test
    void aLongStringIsCutAfterItsFirstCharactersAndTheTextGoesOnAfterIt() throws IOException {
        String json = "[\"" + "a".repeat(CUT + 1000) + "\\n\\u00e9\\\"" + "b".repeat(1000) + "\", \"after\"]";

        for (int chunk : new int[] {1, 5, 8192}) {
            assertEquals("[\"" + "a".repeat(CUT) + "\", \"after\"]", passedOn(json, chunk));
        }
    }

    @Test
    void aSurrogatePairIsNeverSplit() throws IOException {
        String json = "\"" + "a".repeat(CUT - 1) + "\uD83D\uDE00" + "b".repeat(50) + "\"";

        assertEquals("\"" + "a".repeat(CUT - 1) + "\uD83D\uDE00\"", passedOn(json, 3));
    }

    /** Documents with a long string somewhere, valid and broken; each must read alike cut and whole. */
    static Stream<String> documents() {
        String open = "{\"articles\": [{\"id\": \"a\", \"title\": \"";
        return Stream.of(
                open + LONG + "\", \"summary\": \"" + LONG + "\"}]}",
                open + LONG + "\"}, {\"title\": \"second\", \"tags\": [\"" + LONG + "\"]}]}",
                open + LONG + "\"},, {\"title\": \"after a trailing comma on the same line\"}]}",
                open + LONG + "\" \"missing colon\": 1}]}",
                open + LONG + "\\x invalid escape\"}]}",
                open + LONG + "\\u12G4 malformed unicode escape\"}]}",
                open + LONG + "\\uD800 unpaired surrogate\"}]}",
                open + LONG + "\\u0007 escaped control character is fine\"}]}",
                open + LONG + " ends inside the string",
                open + LONG + "\\",
                open + LONG + "\\u00",
                "{\"" + LONG + "\": 1, \"articles\": []}",
                "{\"articles\": [{\"title\": \"T\", \"readMinutes\": \"" + LONG + "\"}]}",
                "{\"articles\": [{\"title\": \"T\", \"published\": \"" + LONG + "\"}]}",
                open + "short\"}]}\n{\"second document\": \"" + LONG + "\"} trailing",
                open + LONG + "\"}]}\n\n  \"text on a later line\"");
    }

    @ParameterizedTest
    @MethodSource("documents")
    void aFileReadsAsItWouldWholeWithTheSamePlaceInItsProblems(String json) throws Exception {
        Path file = Files.writeString(dir.resolve("long.json"), json, StandardCharsets.UTF_8);
        Messages english = Messages.of(Locale.ENGLISH);

        Object whole = outcome(new GsonArticleRepository(english, Long.MAX_VALUE), file);
        Object cut = outcome(new GsonArticleRepository(english, CUT), file);

        assertEquals(whole, cut);
    }

    /** The articles a file gives, or the words of its refusal. */
    private static Object outcome(GsonArticleRepository repository, Path file) {
        try {
            List<Article> articles = repository.load(file);
            return articles;
        } catch (ArticlesFileException e) {
            return e.problem();
        }
    }

    @Test
    void theColumnOfAProblemAfterACutStringIsTheColumnInTheFile() throws Exception {
        String json = "{\"articles\": [{\"title\": \"" + "t".repeat(50_000) + "\"} x]}";
        Path file = Files.writeString(dir.resolve("column.json"), json, StandardCharsets.UTF_8);

        Object cut = outcome(new GsonArticleRepository(Messages.of(Locale.ENGLISH), CUT), file);

        assertThat(cut).isEqualTo(outcome(new GsonArticleRepository(Messages.of(Locale.ENGLISH), Long.MAX_VALUE),
                file)).asString().startsWith("not valid JSON at line 1, column 500");
    }

    /**
     * The parser's own column for a problem inside a long string is only roughly right (it counts from its buffer);
     * cut, the problem is found all the same, on the same line.
     */
    @Test
    void aRawControlCharacterAfterTheCutIsRefusedAsWhole() throws Exception {
        String json = "{\"articles\": [{\"title\": \"" + LONG + "\u0007 raw control character\"}]}";
        Path file = Files.writeString(dir.resolve("control.json"), json, StandardCharsets.UTF_8);

        Object cut = outcome(new GsonArticleRepository(Messages.of(Locale.ENGLISH), CUT), file);

        assertThat(cut).asString().startsWith("not valid JSON at line 1, column ")
                .endsWith(": Unescaped control characters (\\u0000-\\u001F) are not allowed");
    }
}
