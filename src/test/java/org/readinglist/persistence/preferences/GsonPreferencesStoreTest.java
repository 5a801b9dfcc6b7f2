package org.readinglist.persistence.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readinglist.model.ColumnLayout;
import org.readinglist.model.Preferences;
import org.readinglist.model.ShowFilter;
import org.readinglist.model.SortColumn;
import org.readinglist.model.SortKey;
import org.readinglist.model.TagMatch;
import org.readinglist.model.ThemeChoice;
import org.readinglist.model.WindowPlacement;
import org.readinglist.persistence.preferences.PreferencesStore.Loaded;
import org.readinglist.persistence.AtomicFileWriter;

class GsonPreferencesStoreTest {

    private static final Instant NOW = Instant.parse("2026-05-04T10:15:30Z");
    private static final String SET_ASIDE_NAME = "preferences.json.corrupt-20260504-101530";

    /** Every field away from its default. */
    private static final Preferences EVERYTHING_SET = new Preferences(ThemeChoice.DARK, Optional.of("de"), false, true,
            Optional.of(new WindowPlacement(-1700.5, 42, 1180, 740, true)), List.of(0.25, 0.7),
            List.of(new ColumnLayout(SortColumn.PUBLISHED, 120, true), new ColumnLayout(SortColumn.TITLE, 333.5, true),
                    new ColumnLayout(SortColumn.READ, 52, false), new ColumnLayout(SortColumn.COMPANY, 90, true),
                    new ColumnLayout(SortColumn.TAGS, 150, true), new ColumnLayout(SortColumn.READ_TIME, 84, false)),
            Optional.of(List.of(SortKey.ascending(SortColumn.TITLE), SortKey.descending(SortColumn.READ_TIME))),
            List.of("ml-systems", "microservices", "ünïcode \"quoted\" <tag>"), TagMatch.ANY,
            "search with \"quotes\", \\ and ✓", ShowFilter.UNREAD, 24);

    @TempDir
    Path dir;

    private GsonPreferencesStore store() {
        return new GsonPreferencesStore(dir, new AtomicFileWriter(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private Path file() {
        return dir.resolve("preferences.json");
    }

    @Test
    void everyFieldSurvivesASaveAndALoad() throws IOException {
        store().save(EVERYTHING_SET);

        Loaded loaded = store().load();

        assertThat(loaded.preferences()).isEqualTo(EVERYTHING_SET);
        assertThat(loaded.problem()).isEmpty();
    }

    @Test
    void aLinkToADeviceIsNeitherReadNorWrittenOver() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "needs /dev/zero");
        Files.createSymbolicLink(file(), Path.of("/dev/zero"));
        GsonPreferencesStore store = store();

        Loaded loaded = store.load();
        store.save(EVERYTHING_SET);

        assertThat(loaded.preferences()).isEqualTo(Preferences.DEFAULTS);
        assertThat(loaded.problem()).contains("Preferences in " + file()
                + " could not be read (it is not a regular file). The window starts with its defaults.");
        assertThat(Files.isSymbolicLink(file())).isTrue();
    }

    @Test
    void theDefaultsSurviveASaveAndALoad() throws IOException {
        store().save(Preferences.DEFAULTS);

        assertThat(store().load()).isEqualTo(new Loaded(Preferences.DEFAULTS, Optional.empty()));
    }

    @Test
    void noSortOrderIsToldApartFromTheDefaultOrder() throws IOException {
        store().save(Preferences.DEFAULTS.withSort(Optional.of(List.of())));
        assertThat(store().load().preferences().sort()).contains(List.of());

        store().save(Preferences.DEFAULTS.withSort(Optional.empty()));
        assertThat(store().load().preferences().sort()).isEmpty();
    }

    @Test
    void withoutAFileTheDefaultsAreUsedAndNothingIsSaid() {
        assertThat(store().load()).isEqualTo(new Loaded(Preferences.DEFAULTS, Optional.empty()));
        assertThat(file()).doesNotExist();
    }

    @Test
    void aFileThatIsNotJsonIsSetAsideWithAMessageNamingIt() throws IOException {
        Files.writeString(file(), "{ \"theme\": \"dark\", ", StandardCharsets.UTF_8);

        Loaded loaded = store().load();

        assertThat(loaded.preferences()).isEqualTo(Preferences.DEFAULTS);
        assertThat(loaded.problem()).hasValueSatisfying(message -> assertThat(message)
                .contains(file().toString()).contains(SET_ASIDE_NAME).contains("not valid JSON"));
        assertThat(file()).doesNotExist();
        assertThat(dir.resolve(SET_ASIDE_NAME)).hasContent("{ \"theme\": \"dark\", ");
    }

    @Test
    void afterSettingAFileAsideChangesAreSavedAgain() throws IOException {
        Files.writeString(file(), "[1, 2", StandardCharsets.UTF_8);
        GsonPreferencesStore store = store();
        store.load();

        store.save(EVERYTHING_SET);

        assertThat(store().load().preferences()).isEqualTo(EVERYTHING_SET);
    }

    @Test
    void aSecondBrokenFileInTheSameSecondDoesNotReplaceTheFirstSetAside() throws IOException {
        Files.writeString(file(), "first", StandardCharsets.UTF_8);
        store().load();
        Files.writeString(file(), "second", StandardCharsets.UTF_8);

        assertThat(store().load().problem()).hasValueSatisfying(message ->
                assertThat(message).contains(SET_ASIDE_NAME + "-2"));
        assertThat(dir.resolve(SET_ASIDE_NAME)).hasContent("first");
        assertThat(dir.resolve(SET_ASIDE_NAME + "-2")).hasContent("second");
    }

    @Test
    void aFileThatIsNotUtf8IsSetAside() throws IOException {
        byte[] latin1 = "{\"search\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file(), latin1);

        Loaded loaded = store().load();

        assertThat(loaded.preferences()).isEqualTo(Preferences.DEFAULTS);
        assertThat(loaded.problem()).hasValueSatisfying(message ->
                assertThat(message).contains(file().toString()).contains("not UTF-8"));
        assertThat(dir.resolve(SET_ASIDE_NAME)).hasBinaryContent(latin1);
    }

    @Test
    void anEmptyFileIsSetAsideAndTheDefaultsAreUsed() throws IOException {
        Files.write(file(), new byte[0]);

        Loaded loaded = store().load();

        assertThat(loaded.preferences()).isEqualTo(Preferences.DEFAULTS);
        assertThat(loaded.problem()).hasValueSatisfying(message -> assertThat(message).contains(file().toString()));
        assertThat(dir.resolve(SET_ASIDE_NAME)).exists();
    }

    @Test
    void aFileWithMoreAfterTheObjectIsSetAside() throws IOException {
        Files.writeString(file(), "{\"theme\": \"dark\"} {\"theme\": \"light\"}", StandardCharsets.UTF_8);

        assertThat(store().load().problem()).hasValueSatisfying(message ->
                assertThat(message).contains(file().toString()).contains(SET_ASIDE_NAME));
        assertThat(file()).doesNotExist();
    }

    @Test
    void aByteOrderMarkIsAccepted() throws IOException {
        Files.writeString(file(), "\uFEFF{\"theme\": \"light\"}", StandardCharsets.UTF_8);

        assertThat(store().load()).isEqualTo(
                new Loaded(Preferences.DEFAULTS.withTheme(ThemeChoice.LIGHT), Optional.empty()));
    }

    @Test
    void aFileOverTheSizeLimitIsSetAsideUnread() throws IOException {
        String huge = "{\"search\": \"" + "x".repeat((int) GsonPreferencesStore.MAX_FILE_BYTES) + "\"}";
        Files.writeString(file(), huge, StandardCharsets.UTF_8);

        Loaded loaded = store().load();

        assertThat(loaded.preferences()).isEqualTo(Preferences.DEFAULTS);
        assertThat(loaded.problem()).hasValueSatisfying(message ->
                assertThat(message).contains(file().toString()).contains("larger than 1024 KB"));
        assertThat(dir.resolve(SET_ASIDE_NAME)).exists();
    }

    @Test
    void aFileFromANewerVersionIsReadAsFarAsUnderstoodAndNeverOverwritten() throws IOException {
        String newer = """
                {"version": 2, "theme": "dark", "search": "druid", "show": "read",
                 "columns": [{"column": "TITLE", "width": 300, "visible": true, "pinned": "left"}],
                 "somethingNew": {"nested": [1, 2, 3]}}
                """;
        Files.writeString(file(), newer, StandardCharsets.UTF_8);
        GsonPreferencesStore store = store();

        Loaded loaded = store.load();
        store.save(EVERYTHING_SET);

        assertThat(loaded.preferences()).isEqualTo(Preferences.DEFAULTS.withTheme(ThemeChoice.DARK)
                .withFilters(List.of(), TagMatch.ALL, "druid", ShowFilter.READ)
                .withColumns(List.of(new ColumnLayout(SortColumn.TITLE, 300, true))));
        assertThat(loaded.problem()).hasValueSatisfying(message ->
                assertThat(message).contains(file().toString()).contains("newer version"));
        assertThat(file()).hasContent(newer);
    }

    @Test
    void aValueThatDoesNotFitFallsBackAloneAndTheRestIsKept() throws IOException {
        Files.writeString(file(), """
                {"version": 1, "theme": ["dark"], "language": "not a language!", "singleKeyShortcuts": "yes",
                 "window": {"x": 10, "y": 20, "width": -800, "height": 600},
                 "dividers": [0.2, 1.5, "half", 0.8],
                 "columns": [{"column": "TITLE", "width": -5}, {"column": ["TITLE"], "width": 200},
                             {"column": "RATING", "width": 100},
                             {"column": "COMPANY", "width": 120, "visible": false},
                             {"column": "TAGS", "width": "wide"},
                             {"column": "PUBLISHED", "width": 116, "visible": "no"}],
                 "sort": [{"column": "STARS"}, {"column": "TITLE", "ascending": false}],
                 "tags": ["caching", null, ["nested"], "databases"],
                 "tagMatch": "some", "search": 42, "show": "unread"}
                """, StandardCharsets.UTF_8);

        Loaded loaded = store().load();

        Preferences p = loaded.preferences();
        assertThat(loaded.problem()).isEmpty();
        assertThat(p.theme()).isEqualTo(ThemeChoice.SYSTEM);
        assertThat(p.language()).isEmpty();
        assertThat(p.singleKeyShortcuts()).isTrue();
        assertThat(p.window()).isEmpty();
        assertThat(p.dividers()).containsExactly(0.2, 0.8);
        assertThat(p.columns()).containsExactly(new ColumnLayout(SortColumn.COMPANY, 120, false),
                new ColumnLayout(SortColumn.PUBLISHED, 116, true));
        assertThat(p.sort()).contains(List.of(SortKey.descending(SortColumn.TITLE)));
        assertThat(p.tags()).containsExactly("caching", "databases");
        assertThat(p.tagMatch()).isEqualTo(TagMatch.ALL);
        assertThat(p.search()).isEmpty();
        assertThat(p.show()).isEqualTo(ShowFilter.UNREAD);
    }

    @Test
    void aTopLevelValueThatIsNotAnObjectIsSetAside() throws IOException {
        Files.writeString(file(), "[]", StandardCharsets.UTF_8);

        assertThat(store().load().problem()).hasValueSatisfying(message ->
                assertThat(message).contains("does not hold a JSON object"));
        assertThat(dir.resolve(SET_ASIDE_NAME)).hasContent("[]");
    }

    @Test
    void theSavedFileIsReadableJsonWithAVersion() throws IOException {
        store().save(EVERYTHING_SET);

        String text = Files.readString(file());
        assertThat(text).startsWith("{").contains("\"version\": 1").contains("\"theme\": \"dark\"").endsWith("}\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("preferences.json");
        }
    }
}
