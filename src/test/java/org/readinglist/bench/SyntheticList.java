package org.readinglist.bench;

import com.google.gson.stream.JsonWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.readinglist.model.Article;
import org.readinglist.model.ReadMarks;
import org.readinglist.persistence.files.GsonArticleRepository;

/**
 * Realistic synthetic reading lists for benchmarks: {@code n} articles from a seed, the same seed giving the same
 * articles and the same file, byte for byte. Articles get ids "a1" … "an", 3–12 word titles, one-sentence summaries,
 * 1–5 tags from a Zipf-ranked pool, one of 200 companies, a date in the ten years up to {@link #LAST_DAY}, 2–30
 * minutes, and 1–3 authors (unknown for about one in ten; the date for about one in a hundred).
 *
 * <pre>SyntheticList N SEED OUT_ARTICLES_JSON [--tags POOL_SIZE] [--state OUT_STATE_JSON] [--read-fraction F]</pre>
 */
public final class SyntheticList {

    public static final int DEFAULT_TAG_POOL = 1000;
    public static final int MAX_TAG_POOL = 1_000_000;
    public static final double DEFAULT_READ_FRACTION = 0.1;
    public static final LocalDate FIRST_DAY = SyntheticArticles.FIRST_DAY;
    public static final LocalDate LAST_DAY = SyntheticArticles.LAST_DAY;
    /** Read marks fall in the half year after {@link #LAST_DAY}, after every publication date. */
    public static final Instant FIRST_READ = Instant.parse("2026-07-01T00:00:00Z");
    static final Duration READ_SPAN = Duration.ofDays(183);

    private static final String USAGE = String.join(System.lineSeparator(),
            "usage: SyntheticList N SEED OUT_ARTICLES_JSON [--tags POOL_SIZE] [--state OUT_STATE_JSON]"
                    + " [--read-fraction F]",
            "  N                 number of articles, 0 or more",
            "  SEED              a whole number; the same N, SEED and POOL_SIZE write the same file, byte for byte",
            "  --tags            size of the tag pool, 1 to " + MAX_TAG_POOL + " (default " + DEFAULT_TAG_POOL + ")",
            "  --state           also write read marks (state.json, version 2) for about F of the articles",
            "  --read-fraction   the share of articles marked read, 0 to 1 (default " + DEFAULT_READ_FRACTION + ")");

    private SyntheticList() {
    }

    // ---- programmatic use

    /** The articles in memory; repeated names and dates are shared between them. */
    public static List<Article> articles(int n, long seed, int tagPool) {
        List<Article> articles = new ArrayList<>(n);
        forEach(n, seed, tagPool, articles::add);
        return articles;
    }

    /** The 200 company names, most prolific first. */
    public static List<String> companies() {
        return SyntheticArticles.companies();
    }

    /** Hands the articles over one at a time, without keeping them. */
    public static void forEach(int n, long seed, int tagPool, Consumer<Article> action) {
        checkArguments(n, tagPool);
        SyntheticArticles generator = new SyntheticArticles(seed, tagPool);
        for (int i = 0; i < n; i++) {
            action.accept(generator.next());
        }
    }

    /**
     * Writes the articles file (README schema), one article per line, as the articles are made: memory stays flat
     * however many there are.
     */
    public static void write(int n, long seed, int tagPool, Path out) throws IOException {
        checkArguments(n, tagPool);
        SyntheticArticles generator = new SyntheticArticles(seed, tagPool);
        try (Writer writer = bufferedWriter(out)) {
            writer.write("{\"articles\": [\n");
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    writer.write(",\n");
                }
                writeArticle(new JsonWriter(writer), generator.next()); // writes straight through, no buffer
            }
            writer.write("\n]}\n");
        }
    }

    /** The read marks {@link #writeState} writes. */
    public static ReadMarks readMarks(int n, long seed, double readFraction) {
        Map<String, Instant> read = new HashMap<>();
        forEachReadMark(n, seed, readFraction, read::put);
        return ReadMarks.of(read);
    }

    /**
     * Writes a state file (version 2) marking a random share {@code readFraction} of the ids "a1" … "an" read, at
     * times drawn from the seed in the half year from {@link #FIRST_READ}; nothing is marked unread.
     *
     * @return how many articles it marks read
     */
    public static int writeState(int n, long seed, double readFraction, Path out) throws IOException {
        int[] count = {0};
        try (Writer writer = bufferedWriter(out)) {
            JsonWriter json = new JsonWriter(writer);
            json.setIndent("  ");
            json.beginObject();
            json.name("version").value(2);
            json.name("read").beginObject();
            forEachReadMark(n, seed, readFraction, (id, at) -> {
                json.name(id).value(at.toString());
                count[0]++;
            });
            json.endObject();
            json.name("unread").beginObject().endObject();
            json.endObject();
            json.flush();
            writer.write("\n");
        }
        return count[0];
    }

    private interface MarkAction<E extends Exception> {
        void accept(String id, Instant at) throws E;
    }

    private static <E extends Exception> void forEachReadMark(int n, long seed, double readFraction,
            MarkAction<E> action) throws E {
        checkCount(n);
        if (!(readFraction >= 0 && readFraction <= 1)) {
            throw new IllegalArgumentException("the read fraction must be between 0 and 1: " + readFraction);
        }
        SplittableRandom random = new SplittableRandom(seed).split(); // not the articles' sequence
        long span = READ_SPAN.toSeconds();
        for (int number = 1; number <= n; number++) {
            boolean read = random.nextDouble() < readFraction;
            long offset = random.nextLong(span); // drawn either way, so a mark's time does not depend on F
            if (read) {
                action.accept(SyntheticArticles.id(number), FIRST_READ.plusSeconds(offset));
            }
        }
    }

    private static void checkArguments(int n, int tagPool) {
        checkCount(n);
        if (tagPool < 1 || tagPool > MAX_TAG_POOL) {
            throw new IllegalArgumentException("the tag pool must hold 1 to " + MAX_TAG_POOL + " tags: " + tagPool);
        }
    }

    private static void checkCount(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("the number of articles must not be negative: " + n);
        }
    }

    private static Writer bufferedWriter(Path out) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 16);
    }

    private static void writeArticle(JsonWriter json, Article article) throws IOException {
        json.beginObject();
        json.name("id").value(article.id());
        json.name("title").value(article.title());
        json.name("company").value(article.company());
        json.name("summary").value(article.summary());
        json.name("tags").beginArray();
        for (String tag : article.tags()) {
            json.value(tag);
        }
        json.endArray();
        json.name("readMinutes").value(article.readMinutes());
        json.name("url").value(article.url());
        json.name("published");
        if (article.published() == null) {
            json.nullValue();
        } else {
            json.value(article.published().toString());
        }
        json.name("authors");
        if (article.authors() == null) {
            json.nullValue();
        } else {
            json.beginArray();
            for (String author : article.authors()) {
                json.value(author);
            }
            json.endArray();
        }
        json.endObject();
    }

    // ---- command line

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** @return the exit status: 0 done, 1 a file could not be written, 2 bad arguments */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (BadArguments e) {
            err.println("SyntheticList: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (options == null) {
            out.println(USAGE);
            return 0;
        }
        Path writing = options.articles;
        try {
            long start = System.nanoTime();
            write(options.count, options.seed, options.tagPool, options.articles);
            long written = System.nanoTime();
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                    "wrote %d articles (seed %d, %d tags) to %s: %s in %.2f s", options.count, options.seed,
                    options.tagPool, options.articles, megabytes(options.articles), seconds(written - start)));
            if (Files.size(options.articles) > GsonArticleRepository.MAX_FILE_BYTES) {
                line.append(" (over the app's limit of ")
                        .append(GsonArticleRepository.MAX_FILE_BYTES / (1024 * 1024)).append(" MB)");
            }
            if (options.state != null) {
                writing = options.state;
                int marks = writeState(options.count, options.seed, options.readFraction, options.state);
                line.append(String.format(Locale.ROOT, "; %d read marks to %s: %s in %.2f s", marks, options.state,
                        megabytes(options.state), seconds(System.nanoTime() - written)));
            }
            out.println(line);
            return 0;
        } catch (IOException e) {
            String reason = e instanceof NoSuchFileException ? "no such folder" : e.getMessage();
            err.println("SyntheticList: could not write " + writing + ": " + reason);
            return 1;
        }
    }

    private static String megabytes(Path file) throws IOException {
        return String.format(Locale.ROOT, "%.1f MB", Files.size(file) / (1024.0 * 1024.0));
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static final class BadArguments extends Exception {

        private static final long serialVersionUID = 1L;

        BadArguments(String message) {
            super(message);
        }
    }

    private record Options(int count, long seed, Path articles, int tagPool, Path state, double readFraction) {

        /** @return the options, or null when help was asked for */
        static Options parse(String[] args) throws BadArguments {
            List<String> positional = new ArrayList<>();
            Map<String, String> named = new HashMap<>();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("-h") || arg.equals("--help")) {
                    return null;
                }
                if (!arg.startsWith("--")) {
                    positional.add(arg);
                    continue;
                }
                if (!List.of("--tags", "--state", "--read-fraction").contains(arg)) {
                    throw new BadArguments("unknown option " + arg);
                }
                if (i + 1 == args.length) {
                    throw new BadArguments(arg + " needs a value");
                }
                if (named.put(arg, args[++i]) != null) {
                    throw new BadArguments(arg + " is given twice");
                }
            }
            if (positional.size() != 3) {
                throw new BadArguments("expected N, SEED and OUT_ARTICLES_JSON, got " + positional.size()
                        + " argument" + (positional.size() == 1 ? "" : "s"));
            }
            int count = wholeNumber("N", positional.get(0), 0, Integer.MAX_VALUE);
            long seed;
            try {
                seed = Long.parseLong(positional.get(1));
            } catch (NumberFormatException e) {
                throw new BadArguments("SEED must be a whole number, not \"" + positional.get(1) + "\"");
            }
            int tagPool = named.containsKey("--tags")
                    ? wholeNumber("--tags", named.get("--tags"), 1, MAX_TAG_POOL) : DEFAULT_TAG_POOL;
            Path state = named.containsKey("--state") ? Path.of(named.get("--state")) : null;
            double readFraction = DEFAULT_READ_FRACTION;
            if (named.containsKey("--read-fraction")) {
                if (state == null) {
                    throw new BadArguments("--read-fraction needs --state");
                }
                readFraction = fraction(named.get("--read-fraction"));
            }
            return new Options(count, seed, Path.of(positional.get(2)), tagPool, state, readFraction);
        }

        private static int wholeNumber(String name, String text, int min, int max) throws BadArguments {
            try {
                int value = Integer.parseInt(text);
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below, with the range
            }
            throw new BadArguments(name + " must be a whole number from " + min + " to " + max + ", not \"" + text
                    + "\"");
        }

        private static double fraction(String text) throws BadArguments {
            try {
                double value = Double.parseDouble(text);
                if (value >= 0 && value <= 1) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new BadArguments("--read-fraction must be a number from 0 to 1, not \"" + text + "\"");
        }
    }
}
