package org.readinglist.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readinglist.model.Article;

class SnapshotArticleRepositoryTest {

    @TempDir
    Path dir;

    /** Counts the files the JSON reader really reads. */
    private static final class CountingRepository implements ArticleRepository {
        final GsonArticleRepository json = new GsonArticleRepository();
        int reads;

        @Override
        public List<Article> loadBundled() throws ArticlesFileException {
            return json.loadBundled();
        }

        @Override
        public List<Article> load(Path file, DoubleConsumer progress) throws ArticlesFileException {
            reads++;
            return json.load(file, progress);
        }
    }

    private final CountingRepository json = new CountingRepository();

    private SnapshotArticleRepository repository(String generation) {
        return new SnapshotArticleRepository(json, dir.resolve("cache"), generation, 0, Runnable::run);
    }

    private static String articlesJson(int count, long seed) {
        Random random = new Random(seed);
        String[] texts = {"plain", "Überblick à la carte", "日本語のタイトル", "emoji \uD83D\uDE80 rocket",
                "control \\u0001 and tab \\t", "quote \\\" and \\\\ slash", ""};
        StringBuilder json = new StringBuilder("{\"articles\":[");
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                json.append(',');
            }
            String text = texts[random.nextInt(texts.length)];
            json.append("{\"id\":\"a").append(i).append(text.isEmpty() ? "" : "-" + text)
                    .append("\",\"title\":\"Title ").append(i).append(' ').append(text)
                    .append("\",\"company\":\"Company ").append(random.nextInt(5))
                    .append("\",\"summary\":\"").append(text)
                    .append("\",\"tags\":[");
            int tags = random.nextInt(4);
            for (int t = 0; t < tags; t++) {
                json.append(t > 0 ? "," : "").append("\"tag-").append(random.nextInt(6)).append(t).append('"');
            }
            json.append("],\"readMinutes\":").append(random.nextInt(30));
            json.append(",\"url\":").append(random.nextBoolean() ? "\"https://example.com/" + i + "\"" : "null");
            json.append(",\"published\":").append(random.nextBoolean()
                    ? "\"" + LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3000)) + "\"" : "null");
            json.append(",\"authors\":").append(random.nextInt(3) == 0 ? "null"
                    : random.nextBoolean() ? "[\"Ann " + text + "\"]" : "[\"Bo\",\"Cy " + i + "\"]");
            json.append('}');
        }
        return json.append("]}").toString();
    }

    private Path articlesFile(int count, long seed) throws IOException {
        Path file = dir.resolve("articles.json");
        Files.writeString(file, articlesJson(count, seed), StandardCharsets.UTF_8);
        return file;
    }

    private List<Path> snapshots() throws IOException {
        if (!Files.isDirectory(dir.resolve("cache"))) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            return files.filter(path -> path.toString().endsWith(SnapshotArticleRepository.SUFFIX)).toList();
        }
    }

    @Test
    void aFileOpenedAgainComesFromItsSnapshotWithTheSameArticles() throws Exception {
        Path file = articlesFile(500, 1);
        SnapshotArticleRepository repository = repository("1.0");
        List<Article> first = repository.load(file);
        assertThat(snapshots()).hasSize(1);

        List<Article> again = repository.load(file);

        assertThat(json.reads).isEqualTo(1);
        assertThat(again).isEqualTo(first).isEqualTo(new GsonArticleRepository().load(file));
        assertThat(again).extracting(Article::title).anyMatch(title -> title.contains("\u0001 and tab \t"))
                .anyMatch(title -> title.contains("\uD83D\uDE80"));
        assertThat(again).anyMatch(article -> article.url() == null)
                .anyMatch(article -> article.published() == null)
                .anyMatch(article -> article.authors() == null);
    }

    @Test
    void aChangedFileIsReadAgain() throws Exception {
        Path file = articlesFile(200, 1);
        SnapshotArticleRepository repository = repository("1.0");
        repository.load(file);
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, articlesJson(200, 2), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, before); // set back: the change time still tells

        List<Article> changed = repository.load(file);

        assertThat(json.reads).isEqualTo(2);
        assertThat(changed).isEqualTo(new GsonArticleRepository().load(file));
        assertThat(repository.load(file)).isEqualTo(changed);
        assertThat(json.reads).isEqualTo(2);
    }

    @Test
    void anotherVersionMakesItsOwnSnapshot() throws Exception {
        Path file = articlesFile(100, 1);
        repository("1.0").load(file);
        repository("1.1").load(file);
        assertThat(json.reads).isEqualTo(2);
        repository("1.1").load(file);
        assertThat(json.reads).isEqualTo(2);
    }

    @Test
    void everyDamagedByteIsNoticedAndTheJsonIsReadInstead() throws Exception {
        Path file = articlesFile(40, 3);
        SnapshotArticleRepository repository = repository("1.0");
        List<Article> expected = repository.load(file);
        Path snapshot = snapshots().get(0);
        byte[] good = Files.readAllBytes(snapshot);
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            byte[] bad = good.clone();
            int at = random.nextInt(bad.length);
            bad[at] ^= (byte) (1 << random.nextInt(8));
            Files.write(snapshot, bad);
            int reads = json.reads;

            assertThat(repository.load(file)).as("byte %d damaged", at).isEqualTo(expected);
            assertThat(json.reads).as("byte %d damaged", at).isEqualTo(reads + 1);
        }
    }

    @Test
    void aTruncatedOrHostileSnapshotIsNotUsed() throws Exception {
        Path file = articlesFile(40, 3);
        SnapshotArticleRepository repository = repository("1.0");
        List<Article> expected = repository.load(file);
        Path snapshot = snapshots().get(0);
        byte[] good = Files.readAllBytes(snapshot);
        List<byte[]> bad = new ArrayList<>();
        bad.add(new byte[0]);
        bad.add(java.util.Arrays.copyOf(good, good.length / 2));
        bad.add(java.util.Arrays.copyOf(good, good.length - 1));
        byte[] hugeCount = good.clone();
        int headerEnd = good.length - 8 - (good.length - 8) / 2; // somewhere in the tables or articles
        for (int i = headerEnd; i < headerEnd + 4; i++) {
            hugeCount[i] = 0x7f;
        }
        bad.add(hugeCount);
        byte[] longer = java.util.Arrays.copyOf(good, good.length + 16);
        bad.add(longer);
        for (byte[] content : bad) {
            Files.write(snapshot, content);
            assertThat(repository.load(file)).isEqualTo(expected);
        }
        assertThat(json.reads).isEqualTo(1 + bad.size());
        assertThat(repository.load(file)).isEqualTo(expected);
        assertThat(json.reads).isEqualTo(1 + bad.size()); // written anew, and used
    }

    @Test
    void aSnapshotFolderThatCannotBeWrittenOnlyMeansTheJsonIsReadEachTime() throws Exception {
        Path file = articlesFile(30, 4);
        Files.writeString(dir.resolve("cache"), "a file where the folder should be");
        SnapshotArticleRepository repository = repository("1.0");

        assertThat(repository.load(file)).hasSize(30);
        assertThat(repository.load(file)).hasSize(30);
        assertThat(json.reads).isEqualTo(2);
    }

    @Test
    void aBrokenFileIsReportedAsBeforeAndGetsNoSnapshot() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"articles\": [ {\"title\": \"x\"} ");
        SnapshotArticleRepository repository = repository("1.0");

        assertThatThrownBy(() -> repository.load(file)).isInstanceOf(ArticlesFileException.class)
                .hasMessageContaining("broken.json");
        assertThat(snapshots()).isEmpty();
    }

    @Test
    void onlyTheNewestSnapshotsAreKept() throws Exception {
        SnapshotArticleRepository repository = repository("1.0");
        for (int i = 0; i < SnapshotArticleRepository.KEPT + 2; i++) {
            Path file = dir.resolve("list-" + i + ".json");
            Files.writeString(file, articlesJson(10, i), StandardCharsets.UTF_8);
            repository.load(file);
            for (Path snapshot : snapshots()) { // older ones first, whatever the clock's resolution
                if (!snapshot.getFileName().toString().equals(
                        SnapshotArticleRepository.nameFor(file.toRealPath().toString()))) {
                    Files.setLastModifiedTime(snapshot, FileTime.fromMillis(Files.getLastModifiedTime(snapshot)
                            .toMillis() - 60_000));
                }
            }
        }
        assertThat(snapshots()).hasSize(SnapshotArticleRepository.KEPT);
    }

    @Test
    void smallFilesAreReadAsJsonEachTime() throws Exception {
        Path file = articlesFile(20, 5);
        SnapshotArticleRepository repository = new SnapshotArticleRepository(json, dir.resolve("cache"), "1.0",
                SnapshotArticleRepository.MIN_FILE_BYTES, Runnable::run);
        repository.load(file);
        repository.load(file);
        assertThat(json.reads).isEqualTo(2);
        assertThat(snapshots()).isEmpty();
    }
}
