package org.readinglist.persistence;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.lang.System.Logger.Level;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Read marks in {@code state.json}: {@code {"version": 1, "read": {"<article id>": "<ISO instant>", ...}}}. Marks
 * for articles that are not in the current list are kept as they are.
 */
public final class GsonReadStateStore implements ReadStateStore {

    public static final String FILE_NAME = "state.json";
    public static final int VERSION = 1;
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private static final System.Logger LOG = System.getLogger(GsonReadStateStore.class.getName());
    private static final DateTimeFormatter SET_ASIDE_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path file;
    private final AtomicFileWriter writer;
    private final Clock clock;
    private Gson gson; // built on first use, on the I/O thread rather than while the window is being built
    private volatile String refusal;

    public GsonReadStateStore(Path dataDir) {
        this(dataDir, new AtomicFileWriter(), Clock.systemUTC());
    }

    GsonReadStateStore(Path dataDir, AtomicFileWriter writer, Clock clock) {
        this.file = dataDir.resolve(FILE_NAME);
        this.writer = writer;
        this.clock = clock;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public Loaded load() {
        byte[] bytes;
        try {
            if (Files.exists(file) && Files.size(file) > MAX_FILE_BYTES) {
                return setAside("it is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Loaded(Map.of(), Optional.empty());
        } catch (IOException e) {
            refusal = "Read marks cannot be saved: " + file + " could not be read (" + e.getMessage() + ").";
            return new Loaded(Map.of(), Optional.of(refusal));
        }
        try {
            return new Loaded(parse(bytes), Optional.empty());
        } catch (NewerVersionException e) {
            refusal = "Read marks in " + file + " were written by a newer version of Reading List (state version "
                    + e.version + "). They are left untouched and changes will not be saved.";
            return new Loaded(Map.of(), Optional.of(refusal));
        } catch (CharacterCodingException e) {
            return setAside("it is not UTF-8 text");
        } catch (JsonParseException | IOException e) {
            return setAside(JsonProblems.describe(e));
        } catch (IllegalArgumentException | IllegalStateException e) {
            return setAside(e.getMessage());
        }
    }

    private Loaded setAside(String reason) {
        Path aside = file.resolveSibling(FILE_NAME + ".corrupt-" + SET_ASIDE_STAMP.format(clock.instant()));
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling(FILE_NAME + ".corrupt-" + SET_ASIDE_STAMP.format(clock.instant()) + "-" + n);
        }
        try {
            Files.move(file, aside);
            LOG.log(Level.WARNING, "Unreadable state file {0} moved to {1}: {2}", file, aside, reason);
            return new Loaded(Map.of(), Optional.of("Your read marks in " + file + " could not be read (" + reason
                    + "). The file was kept as " + aside.getFileName() + " and a new one was started."));
        } catch (IOException e) {
            refusal = "Read marks in " + file + " could not be read (" + reason + ") nor set aside ("
                    + e.getMessage() + "). The file is left untouched and changes will not be saved.";
            return new Loaded(Map.of(), Optional.of(refusal));
        }
    }

    private Map<String, Instant> parse(byte[] bytes) throws IOException {
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        if (text.isBlank()) {
            throw new IllegalArgumentException("the file is empty");
        }
        JsonElement root;
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            reader.setNestingLimit(GsonArticleRepository.MAX_NESTING);
            root = gson().getAdapter(JsonElement.class).read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new IllegalArgumentException("unexpected content after the end of the JSON document");
            }
        }
        if (!root.isJsonObject()) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        JsonObject object = root.getAsJsonObject();
        JsonElement version = object.get("version");
        if (version == null || !version.isJsonPrimitive() || !version.getAsJsonPrimitive().isNumber()) {
            throw new IllegalArgumentException("\"version\" is missing");
        }
        if (version.getAsInt() > VERSION) {
            throw new NewerVersionException(version.getAsInt());
        }
        JsonElement read = object.get("read");
        if (read == null || !read.isJsonObject()) {
            throw new IllegalArgumentException("\"read\" must be an object of article ids to times");
        }
        Map<String, Instant> marks = new TreeMap<>();
        for (Map.Entry<String, JsonElement> entry : read.getAsJsonObject().entrySet()) {
            JsonElement value = entry.getValue();
            if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
                throw new IllegalArgumentException("the time for \"" + entry.getKey() + "\" must be text");
            }
            try {
                marks.put(entry.getKey(), Instant.parse(value.getAsString()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("\"" + value.getAsString() + "\" is not a time", e);
            }
        }
        return marks;
    }

    @Override
    public void save(Map<String, Instant> marks) throws IOException {
        if (refusal != null) {
            throw new IOException(refusal);
        }
        JsonObject read = new JsonObject();
        new TreeMap<>(marks).forEach((id, at) -> read.addProperty(id, at.toString()));
        JsonObject root = new JsonObject();
        root.addProperty("version", VERSION);
        root.add("read", read);
        writer.write(file, (gson().toJson(root) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private synchronized Gson gson() {
        if (gson == null) {
            gson = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
        }
        return gson;
    }

    private static final class NewerVersionException extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final int version;

        NewerVersionException(int version) {
            super("state version " + version);
            this.version = version;
        }
    }
}
