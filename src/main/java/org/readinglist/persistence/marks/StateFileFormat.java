package org.readinglist.persistence.marks;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.readinglist.i18n.Messages;
import org.readinglist.model.ReadMarks;
import org.readinglist.persistence.DataFiles;
import org.readinglist.persistence.InstantText;
import org.readinglist.persistence.JsonProblems;

/**
 * Reads the state file of earlier versions ({@code {"version": 2, "read": {id: instant}, "unread": {…}}}, and
 * version 1 without "unread"), so its marks can move into the library. Strict: anything but a
 * well-formed file of a known version is {@link Unreadable}, with a reason a person can read.
 */
final class StateFileFormat {

    static final int VERSION = 2;
    /** Generous: earlier versions wrote files of over 64 MiB (a million marks is about 100 MB) that must move in. */
    static final long MAX_FILE_BYTES = 256L * 1024 * 1024;
    /** A file that does not start like a JSON object is judged by this much of its start. */
    private static final int PREFIX_BYTES = 64 * 1024;

    /** Stands for a "read" or "unread" that is there but is not an object. */
    private static final Map<String, Object> NOT_AN_OBJECT = Collections.unmodifiableMap(new HashMap<>());

    private final Messages messages;
    private Gson gson; // built on first use, on the I/O thread rather than while the window is being built

    StateFileFormat(Messages messages) {
        this.messages = messages;
    }

    record Parsed(ReadMarks marks, int version, byte[] bytes) {
    }

    Parsed read(Path path) throws IOException {
        if (Files.exists(path) && Files.size(path) > MAX_FILE_BYTES) {
            throw new Unreadable(messages.format("stateFile.tooLarge",
                    MAX_FILE_BYTES / (1024 * 1024)));
        }
        if (DataFiles.isSpecial(path)) {
            throw new IOException(messages.get("stateFile.notRegularFile"));
        }
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString());
        }
        byte[] bytes = startsLikeAnObject(path) ? Files.readAllBytes(path) : prefix(path);
        String text;
        try {
            text = DataFiles.decodeUtf8(bytes);
        } catch (CharacterCodingException e) {
            throw new Unreadable(messages.get("stateFile.notUtf8"));
        }
        if (text.isBlank()) {
            throw new Unreadable(messages.get("stateFile.empty"));
        }
        Document document;
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            reader.setNestingLimit(JsonProblems.MAX_NESTING);
            document = document(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new Unreadable(messages.get("stateFile.contentAfterEnd"));
            }
        } catch (JsonParseException | IOException e) {
            if (e instanceof Unreadable unreadable) {
                throw unreadable;
            }
            throw new Unreadable(JsonProblems.describe(e, messages));
        }
        if (document == null) {
            throw new Unreadable(messages.get("stateFile.notAnObject"));
        }
        JsonElement version = document.version;
        if (version == null || version.isJsonNull()) {
            throw new Unreadable(messages.get("stateFile.versionMissing"));
        }
        if (!version.isJsonPrimitive() || !version.getAsJsonPrimitive().isNumber()) {
            throw new Unreadable(messages.get("stateFile.versionNotNumber"));
        }
        BigDecimal exact;
        try {
            exact = new BigDecimal(version.getAsString()); // not Gson's: it refuses exponents over 10000
        } catch (NumberFormatException e) {
            throw new Unreadable(messages.get("stateFile.versionNotNumber"));
        }
        if (exact.compareTo(BigDecimal.valueOf(VERSION)) > 0) { // 4294967297, 1e400: newer too
            throw new NewerVersionException(JsonProblems.shown(version.getAsString()), messages);
        }
        int number;
        try {
            number = exact.intValueExact();
        } catch (ArithmeticException e) {
            throw new Unreadable(messages.get("stateFile.versionNotWhole"));
        }
        if (number < 1) {
            throw new Unreadable(messages.format("stateFile.unknownVersion", number));
        }
        Map<String, Instant> read = times(document.read, "read", true);
        Map<String, Instant> unread = number >= 2 ? times(document.unread, "unread", false) : Map.of();
        return new Parsed(new ReadMarks(read, unread), number, bytes);
    }

    /**
     * The fields that matter, read as a stream: one JSON tree for the whole file would cost more than the marks
     * themselves. Anything else is read as a tree (and dropped), so the file's syntax is checked all through. A
     * field given twice counts the last time, as in a tree. Null when the document is not an object.
     */
    private Document document(JsonReader reader) throws IOException {
        TypeAdapter<JsonElement> trees = gson().getAdapter(JsonElement.class);
        if (reader.peek() != JsonToken.BEGIN_OBJECT) {
            trees.read(reader); // for its syntax
            return null;
        }
        Document document = new Document();
        reader.beginObject();
        while (reader.hasNext()) {
            switch (reader.nextName()) {
                case "version" -> document.version = trees.read(reader);
                case "read" -> document.read = timeTexts(reader, trees);
                case "unread" -> document.unread = timeTexts(reader, trees);
                default -> trees.read(reader);
            }
        }
        reader.endObject();
        return document;
    }

    /** Article id to its time's text, or to the JSON value given instead of a text; or NOT_AN_OBJECT. */
    private static Map<String, Object> timeTexts(JsonReader reader, TypeAdapter<JsonElement> trees)
            throws IOException {
        if (reader.peek() != JsonToken.BEGIN_OBJECT) {
            trees.read(reader);
            return NOT_AN_OBJECT;
        }
        Map<String, Object> texts = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
            String id = reader.nextName();
            texts.put(id, reader.peek() == JsonToken.STRING ? reader.nextString() : trees.read(reader));
        }
        reader.endObject();
        return texts;
    }

    /** A field's times, checked in the file's order; null is a field that is not there. */
    private Map<String, Instant> times(Map<String, Object> texts, String field, boolean required)
            throws Unreadable {
        if (texts == null && !required) {
            return Map.of();
        }
        if (texts == null || texts == NOT_AN_OBJECT) {
            throw new Unreadable(messages.format("stateFile.notTimes", field));
        }
        Map<String, Instant> times = new HashMap<>(texts.size() * 4 / 3 + 1);
        for (Map.Entry<String, Object> entry : texts.entrySet()) {
            if (!(entry.getValue() instanceof String text)) {
                throw new Unreadable(messages.format("stateFile.timeNotText", JsonProblems.shown(entry.getKey())));
            }
            try {
                times.put(entry.getKey(), InstantText.parse(text));
            } catch (DateTimeParseException e) {
                throw new Unreadable(messages.format("stateFile.notATime", JsonProblems.shown(text)));
            }
        }
        return times;
    }

    /** The top-level fields of a state file that are read; null where a field is not there. */
    private static final class Document {
        JsonElement version;
        Map<String, Object> read;
        Map<String, Object> unread;
    }

    /** Whether the first byte after a byte order mark and white space is an opening brace. */
    private static boolean startsLikeAnObject(Path path) throws IOException {
        byte[] start = prefix(path);
        int i = start.length >= 3 && (start[0] & 0xff) == 0xef && (start[1] & 0xff) == 0xbb
                && (start[2] & 0xff) == 0xbf ? 3 : 0;
        while (i < start.length && (start[i] == ' ' || start[i] == '\t' || start[i] == '\n' || start[i] == '\r')) {
            i++;
        }
        return i < start.length && start[i] == '{';
    }

    /** The file's first bytes: all that is needed to say what is wrong with one that is not an object. */
    private static byte[] prefix(Path path) throws IOException {
        try (var in = Files.newInputStream(path)) {
            return in.readNBytes(PREFIX_BYTES);
        }
    }

    private synchronized Gson gson() {
        if (gson == null) {
            gson = new GsonBuilder().disableHtmlEscaping().create();
        }
        return gson;
    }

    /** A state file that cannot be used: damaged, wrong types, too big. */
    static final class Unreadable extends IOException {

        private static final long serialVersionUID = 1L;

        Unreadable(String reason) {
            super(reason);
        }
    }

    static final class NewerVersionException extends IOException {

        private static final long serialVersionUID = 1L;
        final String version;

        NewerVersionException(String version, Messages messages) {
            super(messages.format("stateFile.newerVersionReason", version));
            this.version = version;
        }
    }
}
