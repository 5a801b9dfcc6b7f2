package org.readinglist.persistence;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.DoubleConsumer;
import org.readinglist.model.Article;

/**
 * Reads articles files (schema in the README): {@code {"articles": [ {...}, ... ]}}. Reading is strict: a file is
 * either used whole or rejected with a message naming the file, the place and the problem.
 */
public final class GsonArticleRepository implements ArticleRepository {

    /**
     * Bigger files are refused before reading. A million articles take 450 to 800 MB, depending on the length of
     * their summaries; the file is read as a stream, so its size does not add to the memory the articles take.
     */
    public static final long MAX_FILE_BYTES = 1024L * 1024 * 1024;
    static final int MAX_NESTING = 32;
    /** Files from this size on are read on one thread and converted on another. */
    static final long PARALLEL_FROM_BYTES = 4L * 1024 * 1024;
    private static final int BATCH = 512;
    static final String BUNDLED_RESOURCE = "articles.json";
    private static final BigDecimal MAX_READ_MINUTES = BigDecimal.valueOf(100_000);

    private TypeAdapter<JsonElement> treeAdapter; // built on first use, on the I/O thread

    @Override
    public List<Article> loadBundled() throws ArticlesFileException {
        String source = "bundled " + BUNDLED_RESOURCE;
        try (InputStream in = GsonArticleRepository.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new ArticlesFileException(source, "missing from the application");
            }
            return parse(source, in);
        } catch (IOException e) {
            throw new ArticlesFileException(source, "could not be read (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public List<Article> load(Path file, DoubleConsumer progress) throws ArticlesFileException {
        String source = file.toString();
        try {
            if (!Files.exists(file)) {
                throw new ArticlesFileException(source, "file not found");
            }
            if (Files.isDirectory(file)) {
                throw new ArticlesFileException(source, "is a folder, not an articles file");
            }
            if (!Files.isRegularFile(file)) {
                throw new ArticlesFileException(source, "is not a regular file");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ArticlesFileException(source, "is too large (" + size / (1024 * 1024)
                        + " MB; the limit is " + MAX_FILE_BYTES / (1024 * 1024) + " MB)");
            }
            try (InputStream in = new ProgressInputStream(Files.newInputStream(file), size, progress)) {
                return parse(source, in, size >= PARALLEL_FROM_BYTES);
            }
        } catch (NoSuchFileException e) {
            throw new ArticlesFileException(source, "file not found", e);
        } catch (IOException e) {
            throw new ArticlesFileException(source, "could not be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Reads the document as a stream, one article object at a time, so a long list is never held as a JSON tree.
     * A problem in an article is kept until the whole document has been read: a file that is not valid JSON is
     * reported as such, wherever its first article problem is.
     */
    List<Article> parse(String source, InputStream in) throws ArticlesFileException, IOException {
        return parse(source, in, false);
    }

    private List<Article> parse(String source, InputStream in, boolean inParallel)
            throws ArticlesFileException, IOException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        try (JsonReader json = new JsonReader(new BomSkippingReader(reader))) {
            json.setStrictness(Strictness.STRICT);
            json.setNestingLimit(MAX_NESTING);
            if (isEmpty(json)) {
                throw new ArticlesFileException(source, "the file is empty");
            }
            Articles found = null;
            if (json.peek() == JsonToken.BEGIN_OBJECT) {
                json.beginObject();
                while (json.hasNext()) {
                    if (json.nextName().equals("articles")) {
                        // a repeated name counts once, with its last value, as in a JSON object
                        found = readArticles(source, json, inParallel);
                    } else {
                        treeAdapter().read(json);
                    }
                }
                json.endObject();
            } else {
                treeAdapter().read(json);
            }
            if (json.peek() != JsonToken.END_DOCUMENT) {
                throw new ArticlesFileException(source, "unexpected content after the end of the JSON document");
            }
            if (found == null) {
                throw new ArticlesFileException(source,
                        "expected an object with an \"articles\" list at the top level");
            }
            if (found.problem != null) {
                throw found.problem;
            }
            return found.articles;
        } catch (CharacterCodingException e) {
            throw new ArticlesFileException(source, "is not UTF-8 text", e);
        } catch (EOFException | MalformedJsonException | JsonParseException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new ArticlesFileException(source, "is not UTF-8 text", e);
            }
            throw new ArticlesFileException(source, JsonProblems.describe(e), e);
        }
    }

    /** The articles of one "articles" value, or the first problem found in it. */
    private static final class Articles {
        final List<Article> articles = new ArrayList<>();
        ArticlesFileException problem;
    }

    private Articles readArticles(String source, JsonReader json, boolean inParallel) throws IOException {
        if (json.peek() != JsonToken.BEGIN_ARRAY) {
            treeAdapter().read(json);
            Articles found = new Articles();
            found.problem = new ArticlesFileException(source, "\"articles\" must be a list");
            return found;
        }
        Collector collector = new Collector(source);
        json.beginArray();
        if (inParallel) {
            readInParallel(json, collector);
        } else {
            while (json.hasNext()) {
                collector.accept(treeAdapter().read(json));
            }
        }
        json.endArray();
        return collector.found;
    }

    /**
     * Reads article objects on this thread while another turns them into articles: on a long list the two halves
     * of the work take about as long as each other.
     */
    private void readInParallel(JsonReader json, Collector collector) throws IOException {
        BlockingQueue<List<JsonElement>> queue = new ArrayBlockingQueue<>(8);
        List<JsonElement> end = new ArrayList<>();
        Throwable[] failure = new Throwable[1];
        Thread converter = new Thread(() -> {
            try {
                for (List<JsonElement> batch = queue.take(); batch != end; batch = queue.take()) {
                    if (failure[0] == null) {
                        try {
                            batch.forEach(collector::accept);
                        } catch (RuntimeException | Error e) {
                            failure[0] = e; // keep taking batches, so the reader never waits forever
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "articles-converter");
        converter.setDaemon(true);
        converter.start();
        boolean finished = false;
        try {
            List<JsonElement> batch = new ArrayList<>(BATCH);
            while (json.hasNext()) {
                batch.add(treeAdapter().read(json));
                if (batch.size() == BATCH) {
                    queue.put(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
            queue.put(batch);
            queue.put(end);
            converter.join();
            finished = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("loading was interrupted");
        } finally {
            if (!finished) {
                converter.interrupt();
            }
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        } else if (failure[0] instanceof Error e) {
            throw e;
        }
    }

    /** Turns article objects into articles in file order, keeping the first problem. Used by one thread. */
    private static final class Collector {
        private final String source;
        private final Articles found = new Articles();
        private final Map<String, Integer> positionById = new HashMap<>();
        private final Map<Object, Object> shared = new HashMap<>();
        private int position;

        Collector(String source) {
            this.source = source;
        }

        void accept(JsonElement element) {
            position++;
            if (found.problem != null) {
                return;
            }
            try {
                Article article = toArticle(source, position, element, shared);
                Integer earlier = positionById.putIfAbsent(article.id(), position);
                if (earlier != null) {
                    throw new ArticlesFileException(source, describe(position, article.title())
                            + ": duplicate id \"" + JsonProblems.shown(article.id()) + "\" (also used by article "
                            + earlier + ")");
                }
                found.articles.add(article);
            } catch (ArticlesFileException e) {
                found.problem = e;
                found.articles.clear();
            }
        }
    }

    private synchronized TypeAdapter<JsonElement> treeAdapter() {
        if (treeAdapter == null) {
            treeAdapter = new Gson().getAdapter(JsonElement.class);
        }
        return treeAdapter;
    }

    /** Gson reports a document of only whitespace as an end of input rather than an empty document. */
    private static boolean isEmpty(JsonReader json) throws IOException {
        try {
            return json.peek() == JsonToken.END_DOCUMENT;
        } catch (EOFException e) {
            return true;
        }
    }

    private static Article toArticle(String source, int position, JsonElement element, Map<Object, Object> shared)
            throws ArticlesFileException {
        if (!element.isJsonObject()) {
            throw new ArticlesFileException(source, "article " + position + ": expected an object");
        }
        JsonObject object = element.getAsJsonObject();
        try {
            String title = optionalString(object, "title");
            if (title == null || title.isBlank()) {
                throw new IllegalArgumentException("\"title\" is missing or empty");
            }
            String url = optionalString(object, "url");
            String id = optionalString(object, "id");
            if (id != null && id.isBlank()) {
                throw new IllegalArgumentException("\"id\" must not be empty");
            }
            return new Article(
                    id == null ? ArticleIds.idFor(title, url) : id.strip(),
                    title,
                    share(shared, optionalString(object, "company")),
                    optionalString(object, "summary"),
                    share(shared, stringList(object, "tags", List.of(), shared)),
                    readMinutes(object),
                    url,
                    publishedDate(object, shared),
                    share(shared, stringList(object, "authors", null, shared)));
        } catch (IllegalArgumentException e) {
            JsonElement titleValue = object.get("title");
            String where = describe(position,
                    titleValue != null && isString(titleValue) ? titleValue.getAsString() : null);
            throw new ArticlesFileException(source, where + ": " + e.getMessage(), e);
        }
    }

    /**
     * One instance per distinct value: companies, tags, authors, dates and whole tag lists repeat across a long
     * list, and sharing them keeps a million articles in a fraction of the memory.
     */
    @SuppressWarnings("unchecked")
    private static <T> T share(Map<Object, Object> shared, T value) {
        if (value == null) {
            return null;
        }
        T known = (T) shared.putIfAbsent(value, value);
        return known == null ? value : known;
    }

    private static String describe(int position, String title) {
        if (title == null || title.isBlank()) {
            return "article " + position;
        }
        return "article " + position + " (\"" + JsonProblems.shown(title) + "\")";
    }

    private static String optionalString(JsonObject object, String field) {
        JsonElement value = object.get(field);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (!isString(value)) {
            throw new IllegalArgumentException("\"" + field + "\" must be text");
        }
        return value.getAsString();
    }

    private static List<String> stringList(JsonObject object, String field, List<String> whenAbsent,
                                           Map<Object, Object> shared) {
        JsonElement value = object.get(field);
        if (value == null || value.isJsonNull()) {
            return whenAbsent;
        }
        if (!value.isJsonArray()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a list of text values");
        }
        Set<String> values = new LinkedHashSet<>(); // keeps the file's order; a list's contains() is quadratic
        for (JsonElement item : value.getAsJsonArray()) {
            if (!isString(item)) {
                throw new IllegalArgumentException("\"" + field + "\" must be a list of text values");
            }
            String text = item.getAsString().strip();
            if (!text.isEmpty()) {
                values.add(share(shared, text));
            }
        }
        return List.copyOf(values);
    }

    private static int readMinutes(JsonObject object) {
        JsonElement value = object.get("readMinutes");
        if (value == null || value.isJsonNull()) {
            return 0;
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            throw new IllegalArgumentException("\"readMinutes\" must be a whole number of minutes");
        }
        BigDecimal minutes;
        try {
            minutes = value.getAsJsonPrimitive().getAsBigDecimal();
        } catch (NumberFormatException e) {
            // Gson refuses exponents beyond 10000 and numbers of more than 10000 digits, and says so in its own words
            throw new IllegalArgumentException("\"readMinutes\" must be a whole number between 0 and 100000", e);
        }
        if (minutes.signum() != 0 && minutes.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("\"readMinutes\" must be a whole number of minutes");
        }
        if (minutes.signum() < 0 || minutes.compareTo(MAX_READ_MINUTES) > 0) {
            throw new IllegalArgumentException("\"readMinutes\" must be between 0 and 100000");
        }
        return minutes.intValue();
    }

    private record DateText(String text) {
    }

    /** Dates repeat across a long list: each distinct text is parsed once. */
    private static LocalDate publishedDate(JsonObject object, Map<Object, Object> shared) {
        String text = optionalString(object, "published");
        if (text == null) {
            return null;
        }
        // keyed apart from the shared texts: a company may be called "2024-01-01" too
        DateText key = new DateText(text);
        Object known = shared.get(key);
        if (known != null) {
            return (LocalDate) known;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            shared.put(key, date);
            return date;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"published\" must be a date like 2026-05-04, not \""
                    + JsonProblems.shown(text) + "\"", e);
        }
    }

    private static boolean isString(JsonElement value) {
        return value.isJsonPrimitive() && ((JsonPrimitive) value).isString();
    }
}
