package org.readinglist.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The performance benchmark: generates synthetic lists, imports each into a new data folder with a first start of
 * the real app ({@code --articles}), starts it on that library several times (first frame with the articles shown,
 * when the index is ready, processor time after the first frame, resident memory once settled), drives the real
 * window through filters, search, sorting and marking ({@link UiBenchmark}), and prints a table of medians and 95th
 * percentiles.
 *
 * <pre>mvn -Pbench verify [-Dbench.sizes=19,100000,1000000] [-Dbench.samples=20] [-Dbench.starts=5]</pre>
 *
 * Each app runs in its own JVM with the flags of the installed launcher ({@code bench.jvm}); without a display it
 * runs headless (Monocle, software rendering), with {@code DISPLAY} set it opens a real window there.
 */
public final class Benchmark {

    private static final Pattern FIRST_FRAME = Pattern.compile(
            "^ok: (\\d+) articles, first frame (\\d+) ms(?: \\(cpu ([0-9.]+) s\\))?");
    private static final Pattern RSS = Pattern.compile("^rss: (\\d+) MB");
    private static final Pattern CPU = Pattern.compile("^cpu: ([0-9.]+) s in (\\d+) s after the first frame");
    private static final Pattern INDEXED = Pattern.compile("^indexed: (\\d+) ms after the first frame");
    private static final Pattern SAMPLE = Pattern.compile("^sample (\\S+) ([0-9.]+)");
    private static final long SEED = 42;
    private static final int TAG_CLOUD_TAGS = 5000;
    private static final String IMPORT = "first start, the file imported";
    private static final String FROM_LIBRARY = "from the library";

    private final List<Integer> sizes;
    private final int samples;
    private final int starts;
    private final int settleSeconds;
    private final Path work;
    private final List<String> jvmFlags;

    /** row name → size → samples in ms (or MB for memory) */
    private final Map<String, Map<String, List<Double>>> results = new LinkedHashMap<>();

    private Benchmark(List<Integer> sizes, int samples, int starts, int settleSeconds, Path work,
                      List<String> jvmFlags) {
        this.sizes = sizes;
        this.samples = samples;
        this.starts = starts;
        this.settleSeconds = settleSeconds;
        this.work = work;
        this.jvmFlags = jvmFlags;
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = Arrays.stream(System.getProperty("bench.sizes", "19,100000,1000000").split(","))
                .map(String::strip).map(Integer::parseInt).toList();
        Benchmark benchmark = new Benchmark(sizes,
                Integer.getInteger("bench.samples", 20),
                Integer.getInteger("bench.starts", 5),
                Integer.getInteger("bench.settle", 5),
                Path.of(System.getProperty("bench.work", "target/bench")),
                List.of(System.getProperty("bench.jvm",
                        "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms16m -Xmx1536m -XX:MaxNewSize=32m -XX:-ShrinkHeapInSteps").split("\\s+")));
        benchmark.run();
    }

    private void run() throws Exception {
        Files.createDirectories(work);
        System.out.println("Reading List benchmark: " + samples + " samples per action, " + starts
                + " starts per size, JVM flags " + String.join(" ", jvmFlags) + ", "
                + (display() ? "display " + System.getenv("DISPLAY") : "headless (Monocle, software rendering)"));
        try {
            for (int size : sizes) {
                measureSize(size, articlesFile(size, 1000));
            }
            if (sizes.stream().anyMatch(size -> size >= 100_000)) {
                Path data = dataDir(100_000);
                try {
                    importOnce(TAG_CLOUD_TAGS, articlesFile(100_000, TAG_CLOUD_TAGS), data);
                    actions(TAG_CLOUD_TAGS, data);
                } finally {
                    deleteTree(data);
                }
            }
        } finally {
            print(); // what was measured before a run failed is shown too
        }
    }

    /**
     * One size: the file imported into a new data folder by a first start with {@code --articles} (as a user does
     * once), then the starts a user has every day after that, from the library alone, then the window's actions.
     */
    private void measureSize(int size, Path articles) throws Exception {
        Path data = dataDir(size);
        try {
            importOnce(size, articles, data);
            for (int start = 0; start < starts; start++) {
                startOnce(size, List.of(), data, FROM_LIBRARY);
            }
            actions(size, data);
        } finally {
            deleteTree(data);
        }
    }

    private void importOnce(int size, Path articles, Path data) throws Exception {
        boolean bundled = articles.toString().equals("bundled");
        startOnce(size, bundled ? List.of() : List.of("--articles", articles.toString()), data, IMPORT);
        Path library = data.resolve("library.db");
        record("library.db after the import (MB)", size, megabytes(library)
                + megabytes(library.resolveSibling("library.db-wal")));
        if (!bundled) {
            record("the imported file, JSON (MB)", size, megabytes(articles));
        }
        record("library.articles, the articles kept for the next start (MB)", size,
                megabytes(library.resolveSibling("library.articles")));
    }

    private static double megabytes(Path file) throws IOException {
        return Files.exists(file) ? Files.size(file) / (1024.0 * 1024.0) : 0;
    }

    /** The bundled list for 19, else a generated list (kept in the work folder for the next run). */
    private Path articlesFile(int size, int tagPool) throws IOException {
        if (size == 19) {
            return Path.of("bundled");
        }
        Path file = work.resolve("articles-" + size + "-" + tagPool + ".json");
        if (!Files.exists(file)) {
            System.out.println("generating " + size + " articles with " + tagPool + " tags…");
            Path partial = work.resolve(file.getFileName() + ".part");
            SyntheticList.write(size, SEED, tagPool, partial);
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    private Path dataDir(int size) throws IOException {
        Path dir = Files.createTempDirectory(work, "data-");
        if (size != 19) {
            SyntheticList.writeState(size, SEED, 0.1, dir.resolve("state.json"));
        }
        return dir;
    }

    /**
     * Starts the app once on this data folder: the first frame with the articles shown, when the index was ready, the
     * processor time the whole process used in the settle seconds after the first frame, and the resident memory
     * once indexed and settled.
     */
    private void startOnce(int size, List<String> arguments, Path data, String which) throws Exception {
        List<String> command = java("org.readinglist.app.Launcher");
        command.addAll(arguments);
        command.addAll(List.of("--data-dir", data.toString(), "--smoke-test",
                "--settle-seconds", String.valueOf(settleSeconds)));
        for (String line : execute(command)) {
            Matcher frame = FIRST_FRAME.matcher(line);
            if (frame.find()) {
                record("JVM start to first frame, articles shown, " + which + " (ms)", size,
                        Double.parseDouble(frame.group(2)));
                if (frame.group(3) != null) {
                    record("processor time to that first frame, " + which + " (ms)", size,
                            Double.parseDouble(frame.group(3)) * 1000);
                }
            }
            Matcher indexed = INDEXED.matcher(line);
            if (indexed.find()) {
                record("index ready after the first frame, " + which + " (ms)", size,
                        Double.parseDouble(indexed.group(1)));
            }
            Matcher cpu = CPU.matcher(line);
            if (cpu.find()) {
                record("CPU time in the " + cpu.group(2) + " s after the first frame, " + which + " (ms)", size,
                        Double.parseDouble(cpu.group(1)) * 1000);
            }
            Matcher rss = RSS.matcher(line);
            if (rss.find()) {
                record("resident memory once settled, " + which + " (MB)", size, Double.parseDouble(rss.group(1)));
            }
        }
    }

    /** Drives the window on a data folder that holds the library already. */
    private void actions(int size, Path data) throws Exception {
        List<String> command = java(UiBenchmark.class.getName());
        command.addAll(List.of("-", data.toString(), String.valueOf(samples)));
        for (String line : execute(command)) {
            Matcher sample = SAMPLE.matcher(line);
            if (sample.find()) {
                record(sample.group(1) + " (ms)", size, Double.parseDouble(sample.group(2)));
            }
        }
    }

    /** Deletes the folder and all in it (each data folder holds a copy of the read marks); null is none. */
    private static void deleteTree(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private List<String> java(String mainClass) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        if (!display()) {
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-Djava.awt.headless=true"));
        }
        command.addAll(List.of("-Djavafx.cachedir=" + work.resolve("openjfx-cache").toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), mainClass));
        return command;
    }

    private static boolean display() {
        String display = System.getenv("DISPLAY");
        return display != null && !display.isBlank();
    }

    private static List<String> execute(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        }
        if (!process.waitFor(15, TimeUnit.MINUTES) || process.exitValue() != 0) {
            lines.forEach(line -> System.out.println("  | " + line));
            throw new IllegalStateException("benchmark run failed: " + String.join(" ", command));
        }
        return lines;
    }

    private void record(String row, int size, double value) {
        results.computeIfAbsent(row, r -> new TreeMap<>())
                .computeIfAbsent(label(size), s -> new ArrayList<>()).add(value);
    }

    private static String label(int size) {
        if (size == TAG_CLOUD_TAGS) {
            return "100k, 5,000 tags";
        }
        return size >= 1_000_000 && size % 1_000_000 == 0 ? size / 1_000_000 + "M"
                : size >= 1000 && size % 1000 == 0 ? size / 1000 + "k" : String.valueOf(size);
    }

    private void print() {
        List<String> columns = new ArrayList<>();
        sizes.forEach(size -> columns.add(label(size)));
        if (sizes.stream().anyMatch(size -> size >= 100_000)) {
            columns.add(label(TAG_CLOUD_TAGS));
        }
        StringBuilder table = new StringBuilder("\n| action | ");
        table.append(String.join(" | ", columns)).append(" |\n|---|");
        columns.forEach(column -> table.append("---|"));
        table.append('\n');
        results.forEach((row, bySize) -> {
            table.append("| ").append(row).append(" | ");
            for (String column : columns) {
                List<Double> values = bySize.get(column);
                table.append(values == null ? "" : summary(values)).append(" | ");
            }
            table.setLength(table.length() - 1);
            table.append('\n');
        });
        table.append("\nEach cell: median / 95th percentile (n samples).\n");
        table.append("The import row runs from JVM start to the first frame of the start that merged the file in.\n");
        System.out.print(table);
    }

    private static String summary(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = percentile(sorted, 50);
        double p95 = percentile(sorted, 95);
        return String.format(Locale.ROOT, "%s / %s (%d)", format(median), format(p95), sorted.length);
    }

    private static double percentile(double[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static String format(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
