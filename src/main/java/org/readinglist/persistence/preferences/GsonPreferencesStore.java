package org.readinglist.persistence.preferences;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.readinglist.i18n.Messages;
import org.readinglist.model.ColumnLayout;
import org.readinglist.model.Preferences;
import org.readinglist.model.ShowFilter;
import org.readinglist.model.SortColumn;
import org.readinglist.model.SortKey;
import org.readinglist.model.TagMatch;
import org.readinglist.model.ThemeChoice;
import org.readinglist.model.WindowPlacement;
import org.readinglist.persistence.AtomicFileWriter;
import org.readinglist.persistence.DataFiles;
import org.readinglist.persistence.JsonProblems;

/**
 * Preferences in {@code preferences.json}, written atomically. A value that does not fit (a width of "wide", an
 * unknown theme) falls back to its default alone; a file that is not JSON at all is set aside as
 * {@code preferences.json.corrupt-<time>} and the window starts with its defaults. A file written by a newer version
 * is read as far as it is understood and never overwritten.
 */
public final class GsonPreferencesStore implements PreferencesStore {

    public static final String FILE_NAME = "preferences.json";
    public static final int VERSION = 1;
    static final long MAX_FILE_BYTES = 1024 * 1024;
    private static final int MAX_LIST = 10_000;

    /** Built on first use: a first start has no file to read, and start-up should not pay for Gson then. */
    private static final class Json {
        static final Gson STRICT = new GsonBuilder().setStrictness(Strictness.STRICT).create();
        static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    }

    private final Path file;
    private final AtomicFileWriter writer;
    private final Clock clock;
    private final Messages messages;
    private volatile String refusal;

    /** With the problems in English. */
    public GsonPreferencesStore(Path dataDir) {
        this(dataDir, Messages.of(Locale.ENGLISH));
    }

    /** With the problems in the language of these texts. */
    public GsonPreferencesStore(Path dataDir, Messages messages) {
        this(dataDir, new AtomicFileWriter(), Clock.systemUTC(), messages);
    }

    GsonPreferencesStore(Path dataDir, AtomicFileWriter writer, Clock clock) {
        this(dataDir, writer, clock, Messages.of(Locale.ENGLISH));
    }

    GsonPreferencesStore(Path dataDir, AtomicFileWriter writer, Clock clock, Messages messages) {
        this.file = dataDir.resolve(FILE_NAME);
        this.writer = writer;
        this.clock = clock;
        this.messages = messages;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public Loaded load() {
        String text;
        try {
            if (DataFiles.isSpecial(file)) {
                // never read: a link to /dev/zero would fill the memory; left where it is, nothing written over it
                refusal = messages.format("preferences.unreadable", file,
                        messages.get("stateFile.notRegularFile"));
                return new Loaded(Preferences.DEFAULTS, Optional.of(refusal));
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                return setAside(messages.format("preferences.tooLarge", MAX_FILE_BYTES / 1024));
            }
            text = DataFiles.decodeUtf8(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return new Loaded(Preferences.DEFAULTS, Optional.empty());
        } catch (CharacterCodingException e) {
            return setAside(messages.get("preferences.notUtf8"));
        } catch (IOException e) {
            refusal = messages.format("preferences.unreadable", file, e.getMessage());
            return new Loaded(Preferences.DEFAULTS, Optional.of(refusal));
        }
        JsonObject root;
        try (JsonReader reader = new JsonReader(new StringReader(text.startsWith("\uFEFF") ? text.substring(1)
                : text))) {
            reader.setStrictness(Strictness.STRICT);
            reader.setNestingLimit(JsonProblems.MAX_NESTING);
            JsonElement parsed = Json.STRICT.getAdapter(JsonElement.class).read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                return setAside(messages.get("preferences.moreAfterObject"));
            }
            if (parsed == null || !parsed.isJsonObject()) {
                return setAside(messages.get("preferences.notAnObject"));
            }
            root = parsed.getAsJsonObject();
        } catch (JsonParseException | IOException | IllegalStateException e) {
            return setAside(messages.format("preferences.notJson", JsonProblems.describe(e, messages)));
        }
        int version = intOr(root.get("version"), VERSION);
        Preferences preferences = read(root);
        if (version > VERSION) {
            refusal = messages.format("preferences.newerVersion", file, version);
            return new Loaded(preferences, Optional.of(refusal));
        }
        return new Loaded(preferences, Optional.empty());
    }

    private Loaded setAside(String reason) {
        try {
            Path aside = DataFiles.setAside(file, clock);
            return new Loaded(Preferences.DEFAULTS,
                    Optional.of(messages.format("preferences.setAside", file, reason, aside.getFileName())));
        } catch (IOException e) {
            refusal = messages.format("preferences.notSetAside", file, reason, e.getMessage());
            return new Loaded(Preferences.DEFAULTS, Optional.of(refusal));
        }
    }

    private static Preferences read(JsonObject root) {
        Preferences d = Preferences.DEFAULTS;
        return new Preferences(
                enumOr(root.get("theme"), ThemeChoice.class, d.theme()),
                Optional.ofNullable(stringOr(root.get("language"), null)).filter(GsonPreferencesStore::isLanguageTag),
                boolOr(root.get("singleKeyShortcuts"), d.singleKeyShortcuts()),
                boolOr(root.get("systemDark"), d.systemDark()),
                window(root.get("window")),
                list(root.get("dividers"), e -> {
                    double v = e.getAsDouble();
                    return v >= 0 && v <= 1 ? v : null;
                }),
                list(root.get("columns"), e -> {
                    JsonObject c = e.getAsJsonObject();
                    return new ColumnLayout(SortColumn.valueOf(stringOr(c.get("column"), "")),
                            c.get("width").getAsDouble(), boolOr(c.get("visible"), true));
                }),
                root.has("sort") && root.get("sort").isJsonArray() ? Optional.of(list(root.get("sort"), e -> {
                    JsonObject k = e.getAsJsonObject();
                    return new SortKey(SortColumn.valueOf(stringOr(k.get("column"), "")),
                            boolOr(k.get("ascending"), true));
                })) : Optional.empty(),
                list(root.get("tags"), e -> stringOr(e, null)),
                enumOr(root.get("tagMatch"), TagMatch.class, d.tagMatch()),
                stringOr(root.get("search"), d.search()),
                enumOr(root.get("show"), ShowFilter.class, d.show()),
                root.has("feedRefreshHours") && root.get("feedRefreshHours").isJsonPrimitive()
                        && root.get("feedRefreshHours").getAsJsonPrimitive().isNumber()
                        ? root.get("feedRefreshHours").getAsInt() : d.feedRefreshHours());
    }

    private static boolean isLanguageTag(String tag) {
        return tag.matches("[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*");
    }

    private static Optional<WindowPlacement> window(JsonElement element) {
        try {
            JsonObject w = element.getAsJsonObject();
            return Optional.of(new WindowPlacement(w.get("x").getAsDouble(), w.get("y").getAsDouble(),
                    w.get("width").getAsDouble(), w.get("height").getAsDouble(), boolOr(w.get("maximized"), false)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The readable entries of a JSON array; entries that do not fit are left out. */
    private static <T> List<T> list(JsonElement element, Function<JsonElement, T> read) {
        List<T> values = new ArrayList<>();
        if (element != null && element.isJsonArray()) {
            for (JsonElement entry : element.getAsJsonArray()) {
                if (values.size() == MAX_LIST) {
                    break;
                }
                try {
                    T value = read.apply(entry);
                    if (value != null) {
                        values.add(value);
                    }
                } catch (RuntimeException e) {
                    // a value that does not fit is dropped, the rest is kept
                }
            }
        }
        return values;
    }

    private static <E extends Enum<E>> E enumOr(JsonElement element, Class<E> type, E fallback) {
        try {
            // only a string: Gson would read ["dark"] as "dark"
            return Enum.valueOf(type, stringOr(element, "").toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    private static String stringOr(JsonElement element, String fallback) {
        return element instanceof JsonPrimitive p && p.isString() ? p.getAsString() : fallback;
    }

    private static boolean boolOr(JsonElement element, boolean fallback) {
        return element instanceof JsonPrimitive p && p.isBoolean() ? p.getAsBoolean() : fallback;
    }

    private static int intOr(JsonElement element, int fallback) {
        try {
            return element instanceof JsonPrimitive p && p.isNumber() ? p.getAsInt() : fallback;
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    @Override
    public void save(Preferences preferences) throws IOException {
        if (refusal != null) {
            return; // the user was told when the file was read
        }
        writer.write(file, toJson(preferences).getBytes(StandardCharsets.UTF_8));
    }

    static String toJson(Preferences p) {
        JsonObject root = new JsonObject();
        root.addProperty("version", VERSION);
        root.addProperty("theme", p.theme().name().toLowerCase(Locale.ROOT));
        p.language().ifPresent(language -> root.addProperty("language", language));
        root.addProperty("singleKeyShortcuts", p.singleKeyShortcuts());
        root.addProperty("systemDark", p.systemDark());
        p.window().ifPresent(w -> {
            JsonObject window = new JsonObject();
            window.addProperty("x", w.x());
            window.addProperty("y", w.y());
            window.addProperty("width", w.width());
            window.addProperty("height", w.height());
            window.addProperty("maximized", w.maximized());
            root.add("window", window);
        });
        JsonArray dividers = new JsonArray();
        p.dividers().forEach(dividers::add);
        root.add("dividers", dividers);
        JsonArray columns = new JsonArray();
        for (ColumnLayout c : p.columns()) {
            JsonObject column = new JsonObject();
            column.addProperty("column", c.column().name());
            column.addProperty("width", c.width());
            column.addProperty("visible", c.visible());
            columns.add(column);
        }
        root.add("columns", columns);
        p.sort().ifPresent(keys -> {
            JsonArray sort = new JsonArray();
            for (SortKey k : keys) {
                JsonObject key = new JsonObject();
                key.addProperty("column", k.column().name());
                key.addProperty("ascending", k.ascending());
                sort.add(key);
            }
            root.add("sort", sort);
        });
        JsonArray tags = new JsonArray();
        p.tags().forEach(tags::add);
        root.add("tags", tags);
        root.addProperty("tagMatch", p.tagMatch().name().toLowerCase(Locale.ROOT));
        root.addProperty("search", p.search());
        root.addProperty("show", p.show().name().toLowerCase(Locale.ROOT));
        root.addProperty("feedRefreshHours", p.feedRefreshHours());
        return Json.PRETTY.toJson(root)
                + "\n";
    }
}
