package org.readinglist.persistence.marks;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import org.readinglist.model.ReadMarks;
import org.readinglist.persistence.HostileFiles;
import org.readinglist.persistence.HostileFiles.Fingerprint;
import org.readinglist.persistence.library.ArticleLibrary;
import org.readinglist.persistence.library.LibraryNotice;
import org.readinglist.persistence.library.LibraryStore;
import org.readinglist.persistence.library.TestLibraries;
import org.readinglist.web.UrlNormalizer;

/**
 * Hostile and broken {@code state.json} files of earlier versions: the corpus in
 * {@code src/test/resources/hostile/state} plus a few generated ones. Opening the library never throws, hangs or runs
 * out of memory; the marks move into the library (the file renamed, its bytes kept), or the file is left exactly as it
 * is with a notice whose reason is plain words. Expected outcomes are listed in {@link #EXPECTED}, so a change of behaviour fails.
 */
class HostileStateFilesTest {

    static final Path CORPUS = Path.of("src", "test", "resources", "hostile", "state");
    private static final Duration PER_FILE = Duration.ofSeconds(5);
    private static final Instant NOW = Instant.parse("2026-05-04T10:15:30Z");
    private static final String MIGRATED_NAME = "state.json.migrated-20260504-101530";
    private static final FileTime OLD_TIME = FileTime.from(Instant.parse("2020-01-02T03:04:05Z"));
    private static final long MB = 1024L * 1024;

    /** Words that only show up when an exception, class name or parser internals leak into a notice. */
    private static final List<String> LEAKS = List.of("Exception", "Error:", "com.google", "java.", "gson", "Gson",
            "JsonReader", "Strictness", "strict mode", "LENIENT", "path $", "Troubleshooting", "github.com/google",
            "\tat ", "Number has unsupported", "Number string too large");
    /** Control and bidi-override characters: they would break or reverse a one-line notice. */
    private static final Pattern GARBLING =
            Pattern.compile("[\\p{Cc}\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    private enum Outcome { LOADS, NOT_MOVED, IGNORED }

    /** Load marks for {@code count} read articles; or be set aside / left untouched with {@code fragment} said. */
    private record Expected(Outcome outcome, int count, String fragment) {

        @Override
        public String toString() {
            return outcome == Outcome.LOADS ? "loads " + count + " read"
                    : outcome.name().toLowerCase(Locale.ROOT) + ": " + fragment;
        }
    }

    private static Expected loads(int readCount) {
        return new Expected(Outcome.LOADS, readCount, null);
    }

    /** Not moved into the library, left as it is, with the reason said (the parentheses are the notice's own). */
    private static Expected setAside(String fragment) {
        String reason = fragment.startsWith("(") && fragment.endsWith(")")
                ? fragment.substring(1, fragment.length() - 1) : fragment;
        return new Expected(Outcome.NOT_MOVED, 0, reason);
    }

    /** A newer version's file: not moved, left as it is, with its version said. */
    private static Expected untouched(String fragment) {
        return new Expected(Outcome.NOT_MOVED, 0, fragment.endsWith(")")
                ? fragment.substring(0, fragment.length() - 1) : fragment);
    }

    private static final String NOT_JSON = "not valid JSON at line ";
    private static final String UNEXPECTED = ": unexpected text";
    private static final String NEWER = "state version ";
    private static final String READ_SHAPE = "(\"read\" must be an object of article ids to times)";

    static final Map<String, Expected> EXPECTED = new LinkedHashMap<>();

    static {
        // ---- usable: the count is of articles marked read ------------------------------------------------------
        EXPECTED.put("valid-v2.json", loads(2));
        EXPECTED.put("valid-v1.json", loads(2));
        EXPECTED.put("utf8-bom.json", loads(2));
        EXPECTED.put("v2-same-id-read-then-unread.json", loads(0));
        EXPECTED.put("v2-unread-missing.json", loads(1));
        EXPECTED.put("v1-with-unread-junk-ignored.json", loads(1));
        EXPECTED.put("version-2.0.json", loads(1));
        // repeated keys: the last one wins, for ids as for "version"
        EXPECTED.put("duplicate-ids.json", loads(1));
        EXPECTED.put("duplicate-version-key.json", untouched(NEWER + "99)"));
        EXPECTED.put("duplicate-read-key.json", loads(2));
        // the version is judged before the marks, wherever it stands in the file
        EXPECTED.put("read-before-newer-version.json", untouched(NEWER + "3)"));
        EXPECTED.put("read-before-bad-version.json", setAside("(\"version\" must be a whole number)"));
        EXPECTED.put("long-id-15000-chars.json", loads(1));
        EXPECTED.put("odd-ids.json", loads(4));
        // ---- broken text ---------------------------------------------------------------------------------------
        EXPECTED.put("truncated.json", setAside(NOT_JSON + "5, column 14: the file ends too early"));
        EXPECTED.put("empty.json", setAside("(the file is empty)"));
        EXPECTED.put("whitespace-only.json", setAside("(the file is empty)"));
        EXPECTED.put("bom-only.json", setAside(NOT_JSON + "1, column 1: the file ends too early"));
        EXPECTED.put("not-utf8-latin1.json", setAside("(it is not UTF-8 text)"));
        EXPECTED.put("nul-bytes.json", setAside(NOT_JSON + "3, column 4" + UNEXPECTED));
        EXPECTED.put("nul-bytes-only.json", setAside(NOT_JSON + "1, column 1" + UNEXPECTED));
        EXPECTED.put("trailing-garbage.json", setAside(NOT_JSON + "11, column 2" + UNEXPECTED));
        EXPECTED.put("comment-line.json", setAside(NOT_JSON + "1, column 2" + UNEXPECTED));
        EXPECTED.put("broken-unknown-field.json", setAside(NOT_JSON + "1, column 41" + UNEXPECTED));
        EXPECTED.put("single-quotes.json", setAside(NOT_JSON + "1, column 3" + UNEXPECTED));
        EXPECTED.put("nan-version.json", setAside(NOT_JSON + "1, column 13" + UNEXPECTED));
        EXPECTED.put("deep-nesting-200.json", setAside(NOT_JSON + "1, column 69: nesting deeper than 32 levels"));
        // Gson reads a number of more than 1024 characters as an unquoted word
        EXPECTED.put("version-15000-digits.json", setAside(NOT_JSON + "1, column 13" + UNEXPECTED));
        // ---- wrong shape ---------------------------------------------------------------------------------------
        EXPECTED.put("top-level-array.json", setAside("(expected a JSON object)"));
        EXPECTED.put("read-as-array.json", setAside(READ_SHAPE));
        EXPECTED.put("read-null.json", setAside(READ_SHAPE));
        EXPECTED.put("read-missing.json", setAside(READ_SHAPE));
        EXPECTED.put("unread-as-array.json", setAside("(\"unread\" must be an object of article ids to times)"));
        EXPECTED.put("unread-invalid-time.json", setAside("(\"last tuesday\" is not a time)"));
        EXPECTED.put("time-as-number.json", setAside("the time for \"netflix-live-origin\" must be text"));
        EXPECTED.put("time-as-object.json", setAside("the time for \"netflix-live-origin\" must be text"));
        EXPECTED.put("time-null.json", setAside("the time for \"netflix-live-origin\" must be text"));
        // a repeated id keeps its place and takes its last value; the first bad one in the file is named
        EXPECTED.put("time-error-order-after-repeat.json", setAside("(\"soon\" is not a time)"));
        EXPECTED.put("time-number-for-rtl-and-newline-id.json",
                setAside("the time for \"\uFFFDdi\uFFFDline two\uFFFD[31m\" must be text"));
        EXPECTED.put("time-invalid-for-15000-char-id.json",
                setAside("(\"not a time " + "x".repeat(68) + "\u2026\" is not a time)"));
        EXPECTED.put("invalid-instant.json", setAside("(\"2026-13-45T99:00:00Z\" is not a time)"));
        EXPECTED.put("instant-yesterday.json", setAside("(\"yesterday\" is not a time)"));
        EXPECTED.put("instant-date-only.json", setAside("(\"2026-11-28\" is not a time)"));
        EXPECTED.put("instant-beyond-range.json", setAside("(\"+1000000001-01-01T00:00:00Z\" is not a time)"));
        // ---- versions ------------------------------------------------------------------------------------------
        EXPECTED.put("version-missing.json", setAside("(\"version\" is missing)"));
        EXPECTED.put("version-null.json", setAside("(\"version\" is missing)"));
        EXPECTED.put("version-as-text.json", setAside("(\"version\" must be a number)"));
        EXPECTED.put("version-0.json", setAside("(unknown version 0)"));
        EXPECTED.put("version-negative.json", setAside("(unknown version -1)"));
        EXPECTED.put("version-1.5.json", setAside("(\"version\" must be a whole number)"));
        EXPECTED.put("version-1e-1000000.json", setAside("(\"version\" must be a whole number)"));
        // any number above the current version is a newer version: left alone, even if it does not fit an int
        EXPECTED.put("version-99.json", untouched(NEWER + "99)"));
        EXPECTED.put("version-3-read-as-list.json", untouched(NEWER + "3)"));
        EXPECTED.put("version-2.5.json", untouched(NEWER + "2.5)"));
        EXPECTED.put("version-20-digits.json", untouched(NEWER + "99999999999999999999)"));
        EXPECTED.put("version-2-pow-32-plus-1.json", untouched(NEWER + "4294967297)"));
        EXPECTED.put("version-2-pow-32-plus-2.json", untouched(NEWER + "4294967298)"));
        EXPECTED.put("version-1e400.json", untouched(NEWER + "1e400)"));
        EXPECTED.put("version-1e1000000.json", untouched(NEWER + "1e1000000)"));
    }

    @TempDir
    Path dir;

    private LibraryStore store() {
        return new LibraryStore(dir, Clock.fixed(NOW, ZoneOffset.UTC), UrlNormalizer::key);
    }

    /** Puts {@code state.json} where it is asked for and returns it. */
    @FunctionalInterface
    interface Maker {
        Path make(Path stateFile) throws IOException;
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (String name : corpusNames()) {
            Maker copy = state -> Files.copy(CORPUS.resolve(name), state);
            cases.add(Arguments.of(name, copy, EXPECTED.get(name)));
        }
        cases.add(Arguments.of("generated: 10,000 ids", (Maker) HostileStateFilesTest::tenThousandIds, loads(10_000)));
        cases.add(Arguments.of("generated: 10,000 levels of nesting",
                (Maker) state -> Files.writeString(state, "{\"version\": 2, \"read\": " + "{\"a\": ".repeat(10_000)),
                setAside(NOT_JSON + "1, column 211: nesting deeper than 32 levels")));
        cases.add(Arguments.of("generated: 100 MB sparse file",
                (Maker) state -> HostileFiles.sparse(state, 100 * MB),
                setAside(NOT_JSON + "1, column 1" + UNEXPECTED)));
        cases.add(Arguments.of("generated: symbolic link to /dev/zero",
                (Maker) HostileFiles::linkToDevZero, new Expected(Outcome.IGNORED, 0, null)));
        return cases.stream();
    }

    static List<String> corpusNames() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Path tenThousandIds(Path state) throws IOException {
        StringBuilder json = new StringBuilder("{\"version\": 2, \"read\": {");
        for (int i = 0; i < 10_000; i++) {
            json.append(i == 0 ? "\n" : ",\n").append("\"article-").append(i).append("\": \"2026-05-04T10:15:30Z\"");
        }
        return Files.writeString(state, json.append("}}\n"));
    }

    private List<String> folder() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private List<Path> backups() throws IOException {
        Path backups = dir.resolve("backups");
        if (!Files.isDirectory(backups)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(backups)) {
            return files.sorted().toList();
        }
    }

    // ---- the checks ------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("cases")
    void everyOldStateFileMovesIntoTheLibraryOrIsLeftAloneWithAPlainReason(String name, Maker maker,
                                                                           Expected expected) throws Exception {
        assertNotNull(expected, name + " has no expected outcome in EXPECTED");
        Path state = dir.resolve(LegacyStateFile.FILE_NAME);
        maker.make(state);
        if (!Files.isSymbolicLink(state)) { // setting the time through a link would set /dev/zero's
            Files.setLastModifiedTime(state, OLD_TIME);
        }
        Fingerprint before = Fingerprint.of(state);

        ArticleLibrary.Contents loaded;
        try (LibraryStore store = store()) {
            loaded = assertTimeoutPreemptively(PER_FILE, () -> store.read(List.of()), name + " took too long");
        }

        switch (expected.outcome()) {
            case LOADS -> {
                assertEquals(List.of(LibraryNotice.Kind.MARKS_MIGRATED),
                        loaded.notices().stream().map(LibraryNotice::kind).toList(), name);
                assertEquals(expected.count(), loaded.marks().read().size(), name);
                assertEquals(expected.count(), loaded.notices().get(0).count(), name);
                assertEquals(dir.resolve(MIGRATED_NAME), loaded.notices().get(0).other());
                assertFalse(Files.exists(state), "the old file is renamed once its marks moved");
                assertEquals(before, Fingerprint.of(dir.resolve(MIGRATED_NAME)), "renamed, never rewritten");
                assertEquals(loaded.marks(), TestLibraries.marks(dir), "the marks are in the library file");
            }
            case NOT_MOVED -> {
                assertEquals(List.of(LibraryNotice.Kind.MARKS_NOT_MIGRATED),
                        loaded.notices().stream().map(LibraryNotice::kind).toList(), name);
                LibraryNotice notice = loaded.notices().get(0);
                assertEquals(state, notice.other());
                assertPlainReason(notice.cause());
                assertTrue(notice.cause().contains(expected.fragment()),
                        "expected \"" + expected.fragment() + "\" in: " + notice.cause());
                assertEquals(ReadMarks.NONE, loaded.marks());
                assertEquals(before, Fingerprint.of(state), "the file must be left exactly as it was");
            }
            case IGNORED -> {
                assertEquals(List.of(), loaded.notices());
                assertEquals(before, Fingerprint.of(state), "the file must be left exactly as it was");
            }
            default -> throw new AssertionError(expected);
        }
    }

    private static void assertPlainReason(String reason) {
        assertAll(
                () -> assertTrue(reason.length() <= 300, "reason too long: " + reason.length() + " chars"),
                () -> assertFalse(GARBLING.matcher(reason).find(), "control or bidi characters in: " + reason),
                () -> {
                    for (String leak : LEAKS) {
                        assertFalse(reason.contains(leak), "\"" + leak + "\" in: " + reason);
                    }
                });
    }

    // ---- the corpus itself -----------------------------------------------------------------------------------

    @Test
    void everyCorpusFileHasAnExpectedOutcomeAndEveryOutcomeAFile() throws IOException {
        Set<String> files = new TreeSet<>(corpusNames());
        Set<String> listed = new TreeSet<>(EXPECTED.keySet());

        assertEquals(Set.of(), difference(files, listed), "files without an expected outcome");
        assertEquals(Set.of(), difference(listed, files), "expected outcomes without a file");
        assertTrue(files.size() >= 15, "corpus has only " + files.size() + " files");
        for (String name : files) {
            assertTrue(Files.size(CORPUS.resolve(name)) < 20 * 1024, name + " is 20 KB or more");
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        return a.stream().filter(x -> !b.contains(x)).collect(Collectors.toCollection(TreeSet::new));
    }

    // ---- what the loadable files load as ---------------------------------------------------------------------

    private ReadMarks marksOf(String name) throws IOException {
        Files.copy(CORPUS.resolve(name), dir.resolve(LegacyStateFile.FILE_NAME));
        try (LibraryStore store = store()) {
            ArticleLibrary.Contents loaded = store.read(List.of());
            assertEquals(List.of(LibraryNotice.Kind.MARKS_MIGRATED),
                    loaded.notices().stream().map(LibraryNotice::kind).toList());
            return loaded.marks();
        } catch (java.sql.SQLException e) {
            throw new IOException(e);
        }
    }

    @Test
    void byteOrderMarkIsSkipped() throws IOException {
        ReadMarks marks = marksOf("utf8-bom.json");

        assertEquals(Map.of(
                "netflix-live-origin", Instant.parse("2026-11-28T10:15:30Z"),
                "second", Instant.parse("2026-05-04T10:15:30.123456789Z")), marks.read());
        assertEquals(Map.of("third", Instant.parse("2026-11-29T08:00:00Z")), marks.unread());
    }

    @Test
    void repeatedIdKeepsTheLastTime() throws IOException {
        assertEquals(Map.of("x", Instant.parse("2026-11-28T10:15:30Z")), marksOf("duplicate-ids.json").read());
    }

    @Test
    void unreadAfterReadWins() throws IOException {
        assertEquals(Map.of("x", Instant.parse("2026-02-01T00:00:00Z")),
                marksOf("v2-same-id-read-then-unread.json").unread());
    }

    @Test
    void oddIdsAreKeptAsTheyAre() throws IOException {
        assertEquals(Set.of("", "\u202eevil", "<script>x</script>", "nul\u0000id"),
                marksOf("odd-ids.json").read().keySet());
    }

    @Test
    void longIdIsKeptWhole() throws IOException {
        assertEquals(Set.of("i".repeat(15_000)), marksOf("long-id-15000-chars.json").read().keySet());
    }

    @Test
    void tenThousandMarksMoveIn() throws Exception {
        tenThousandIds(dir.resolve(LegacyStateFile.FILE_NAME));

        ReadMarks marks;
        try (LibraryStore store = store()) {
            marks = assertTimeoutPreemptively(PER_FILE, () -> store.read(List.of())).marks();
        }

        assertEquals(10_000, marks.read().size());
        assertEquals(marks, TestLibraries.marks(dir));
    }
}
