package org.readinglist.persistence.files;

import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import org.readinglist.i18n.Messages;
import org.readinglist.model.Article;
import org.readinglist.persistence.JsonProblems;
import org.readinglist.model.FieldLimits;

/**
 * Reads articles files (schema in the README): {@code {"articles": [ {...}, ... ], "removed": ["id", ...]}}. Texts
 * are cleaned and cut to {@link FieldLimits}. Read strictly, a file is either used whole or rejected with a message
 * naming the file, the place and the problem; read leniently, every article that can be used is kept and the others'
 * problems are listed. A file that is not an articles file at all (not JSON, not UTF-8, no list) is always refused,
 * as is one whose "removed" is not a list of ids.
 */
public final class GsonArticleRepository implements ArticleRepository {

    /**
     * Bigger files are refused before reading. A million articles take 450 to 800 MB, depending on the length of
     * their summaries; the file is read as a stream, so its size does not add to the memory the articles take.
     */
    public static final long MAX_FILE_BYTES = 1024L * 1024 * 1024;
    /** Files from this size on are read on one thread and converted on another. */
    static final long PARALLEL_FROM_BYTES = 4L * 1024 * 1024;
    private static final int BATCH = 512;
    /** Read from the file at a time: the decoder asks for 8 KB, and each read is a system call. */
    private static final int READ_BUFFER_BYTES = 256 * 1024;
    static final String BUNDLED_RESOURCE = "articles.json";

    private final Messages messages;
    private final long maxString;

    /** With the problems in English. */
    public GsonArticleRepository() {
        this(Messages.of(Locale.ENGLISH));
    }

    /** With the problems in the language of these texts. */
    public GsonArticleRepository(Messages messages) {
        this(messages, CappedStringsReader.MAX_STRING);
    }

    /** Passing on only the first {@code maxString} characters of each string to the parser (tests use few). */
    GsonArticleRepository(Messages messages, long maxString) {
        this.messages = messages;
        this.maxString = maxString;
    }

    @Override
    public List<Article> loadBundled() throws ArticlesFileException {
        String source = messages.format("articles.bundledSource", BUNDLED_RESOURCE);
        try (InputStream in = GsonArticleRepository.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new ArticlesFileException(source, messages.get("articles.missingBundled"));
            }
            return strictly(source, parse(source, in, false, true));
        } catch (IOException e) {
            throw new ArticlesFileException(source, messages.format("articles.unreadable", e.getMessage()), e);
        }
    }

    @Override
    public BundledArticles bundled() throws ArticlesFileException {
        String source = messages.format("articles.bundledSource", BUNDLED_RESOURCE);
        byte[] bytes;
        try (InputStream in = GsonArticleRepository.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new ArticlesFileException(source, messages.get("articles.missingBundled"));
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new ArticlesFileException(source, messages.format("articles.unreadable", e.getMessage()), e);
        }
        return BundledArticles.ofFile(bytes, () -> {
            try {
                return strictly(source, parse(source, new java.io.ByteArrayInputStream(bytes), false, true));
            } catch (IOException e) {
                throw new ArticlesFileException(source, messages.format("articles.unreadable", e.getMessage()), e);
            }
        });
    }

    @Override
    public List<Article> load(Path file, DoubleConsumer progress) throws ArticlesFileException {
        return strictly(file.toString(), read(file, progress, true));
    }

    @Override
    public ArticlesRead read(Path file, DoubleConsumer progress) throws ArticlesFileException {
        return read(file, progress, false);
    }

    /** The articles, or the first article's problem as a refusal of the whole file. */
    private List<Article> strictly(String source, ArticlesRead read) throws ArticlesFileException {
        if (read.hasProblems()) {
            throw new ArticlesFileException(source, ArticleProblemWords.describe(read.problems().get(0), messages));
        }
        return read.articles();
    }

    private ArticlesRead read(Path file, DoubleConsumer progress, boolean stopAtFirstProblem)
            throws ArticlesFileException {
        String source = file.toString();
        try {
            if (!Files.exists(file)) {
                throw new ArticlesFileException(source, messages.get("articles.notFound"));
            }
            if (Files.isDirectory(file)) {
                throw new ArticlesFileException(source, messages.get("articles.isFolder"));
            }
            if (!Files.isRegularFile(file)) {
                throw new ArticlesFileException(source, messages.get("articles.notRegularFile"));
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ArticlesFileException(source, messages.format("articles.tooLarge", size / (1024 * 1024),
                        MAX_FILE_BYTES / (1024 * 1024)));
            }
            try (InputStream in = new ProgressInputStream(
                    new BufferedInputStream(Files.newInputStream(file), READ_BUFFER_BYTES), size, progress)) {
                return parse(source, in, size >= PARALLEL_FROM_BYTES, stopAtFirstProblem);
            }
        } catch (NoSuchFileException e) {
            throw new ArticlesFileException(source, messages.get("articles.notFound"), e);
        } catch (IOException e) {
            throw new ArticlesFileException(source, messages.format("articles.unreadable", e.getMessage()), e);
        }
    }

    /**
     * Reads the document as a stream of tokens, one article object at a time: a long list is never held as a JSON
     * tree, strictly (the articles of a file without problems, or the first problem alone).
     */
    List<Article> parse(String source, InputStream in) throws ArticlesFileException, IOException {
        return strictly(source, parse(source, in, false, true));
    }

    /**
     * A problem with the "articles" value is kept until the whole document has been read: a file that is not valid
     * JSON is reported as such, wherever its first article problem is.
     */
    private ArticlesRead parse(String source, InputStream in, boolean inParallel, boolean stopAtFirstProblem)
            throws ArticlesFileException, IOException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        CappedStringsReader capped = new CappedStringsReader(new BomSkippingReader(reader), maxString);
        try (JsonReader json = new JsonReader(capped)) {
            json.setStrictness(Strictness.STRICT);
            json.setNestingLimit(JsonProblems.MAX_NESTING);
            if (isEmpty(json)) {
                throw new ArticlesFileException(source, messages.get("articles.empty"));
            }
            ArticlesRead found = null;
            boolean notAList = false;
            List<String> removed = List.of();
            boolean removedNotIds = false;
            if (json.peek() == JsonToken.BEGIN_OBJECT) {
                json.beginObject();
                while (json.hasNext()) {
                    // a repeated name counts once, with its last value, as in a JSON object
                    String name = json.nextName();
                    if (name.equals("articles")) {
                        found = readArticles(json, inParallel, stopAtFirstProblem);
                        notAList = found == null;
                    } else if (name.equals("removed")) {
                        removed = readRemoved(json);
                        removedNotIds = removed == null;
                    } else {
                        json.skipValue();
                    }
                }
                json.endObject();
            } else {
                json.skipValue();
            }
            if (json.peek() != JsonToken.END_DOCUMENT) {
                throw new ArticlesFileException(source, messages.get("articles.contentAfterEnd"));
            }
            if (notAList) {
                throw new ArticlesFileException(source, messages.get("articles.articlesNotList"));
            }
            if (found == null) {
                throw new ArticlesFileException(source, messages.get("articles.noArticlesList"));
            }
            if (removedNotIds) {
                throw new ArticlesFileException(source, messages.get("articles.removedNotIds"));
            }
            return removed.isEmpty() ? found : found.withRemoved(removed);
        } catch (CharacterCodingException e) {
            throw new ArticlesFileException(source, messages.get("articles.notUtf8"), e);
        } catch (EOFException | MalformedJsonException | JsonParseException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new ArticlesFileException(source, messages.get("articles.notUtf8"), e);
            }
            throw new ArticlesFileException(source, JsonProblems.describe(e, messages, capped::fileColumn), e);
        }
    }

    /** The articles of the list, or null when the value is not a list. */
    private ArticlesRead readArticles(JsonReader json, boolean inParallel, boolean stopAtFirstProblem)
            throws IOException {
        if (json.peek() != JsonToken.BEGIN_ARRAY) {
            json.skipValue();
            return null;
        }
        ArticleConverter converter = new ArticleConverter(stopAtFirstProblem);
        json.beginArray();
        if (inParallel) {
            readInParallel(json, converter);
        } else {
            while (json.hasNext()) {
                converter.accept(ArticleFields.read(json));
            }
        }
        json.endArray();
        return converter.result();
    }

    /**
     * The ids of a "removed" list, cleaned and cut as an article's id is, without blanks and repeats; null when the
     * value is not a list of texts.
     */
    private static List<String> readRemoved(JsonReader json) throws IOException {
        if (json.peek() != JsonToken.BEGIN_ARRAY) {
            json.skipValue();
            return null;
        }
        Set<String> ids = new LinkedHashSet<>();
        boolean allTexts = true;
        json.beginArray();
        while (json.hasNext()) {
            if (json.peek() != JsonToken.STRING) {
                json.skipValue();
                allTexts = false;
                continue;
            }
            // as ArticleConverter cleans an id: a cut before a high surrogate keeps one fewer
            String id = FieldLimits.clean(FieldLimits.clean(json.nextString().strip(), FieldLimits.ID + 2),
                    FieldLimits.ID).strip();
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        json.endArray();
        return allTexts ? List.copyOf(ids) : null;
    }

    /**
     * Reads article objects on this thread while another checks them and turns them into articles.
     */
    private void readInParallel(JsonReader json, ArticleConverter converter) throws IOException {
        BlockingQueue<List<ArticleFields>> queue = new ArrayBlockingQueue<>(8);
        List<ArticleFields> end = new ArrayList<>();
        Throwable[] failure = new Throwable[1];
        Thread worker = new Thread(() -> {
            try {
                for (List<ArticleFields> batch = queue.take(); batch != end; batch = queue.take()) {
                    if (failure[0] == null) {
                        try {
                            batch.forEach(converter::accept);
                        } catch (RuntimeException | Error e) {
                            failure[0] = e; // keep taking batches, so the reader never waits forever
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "articles-converter");
        worker.setDaemon(true);
        worker.start();
        boolean finished = false;
        try {
            List<ArticleFields> batch = new ArrayList<>(BATCH);
            while (json.hasNext()) {
                batch.add(ArticleFields.read(json));
                if (batch.size() == BATCH) {
                    queue.put(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
            queue.put(batch);
            queue.put(end);
            worker.join();
            finished = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException(messages.get("articles.interrupted"));
        } finally {
            if (!finished) {
                worker.interrupt();
            }
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        } else if (failure[0] instanceof Error e) {
            throw e;
        }
    }

    /** Gson reports a document of only whitespace as an end of input rather than an empty document. */
    private static boolean isEmpty(JsonReader json) throws IOException {
        try {
            return json.peek() == JsonToken.END_DOCUMENT;
        } catch (EOFException e) {
            return true;
        }
    }

}
