package org.readinglist.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.readinglist.model.ReadMarks;
import org.readinglist.persistence.library.TestLibraries;

/**
 * Starts the real window in a child JVM that marks articles read and unread in a loop, kills it with SIGKILL at a
 * random moment, and checks the library: it must pass SQLite's integrity check, and it must hold the last read set
 * the app had confirmed as saved (or one it asked to save after that one), and the last set of articles it had
 * confirmed as written after removing and adding articles back (or one it asked for after that one). Rounds: {@code -Dcrash.rounds=N} (20 by default; the
 * documented long run uses 200).
 */
class CrashSafetyTest {

    private static final int ROUNDS = Integer.getInteger("crash.rounds", 20);

    @TempDir
    Path dataDir;

    @Test
    void killingTheAppAtRandomMomentsNeverLosesAConfirmedChange() throws Exception {
        Random random = new Random(Long.getLong("crash.seed", 20261128L));
        int losses = 0;
        int confirmedSaves = 0;
        int confirmedArticleChanges = 0;
        String marksBefore = "";
        String articlesBefore = null;
        for (int round = 1; round <= ROUNDS; round++) {
            List<String> lines = runAndKill(round, random);
            assertThat(integrityCheck()).as("round %d: PRAGMA integrity_check", round).isEqualTo("ok");
            List<String> marksAllowed = allowed(lines, "changed ", "saved ", marksBefore);
            ReadMarks marks = TestLibraries.marks(dataDir);
            String marksOnDisk = String.join(",", new TreeSet<>(marks.read().keySet()));
            if (!marksAllowed.contains(marksOnDisk)) {
                losses++;
                System.out.printf("round %d lost marks: on disk [%s]%n", round, marksOnDisk);
            }
            String articlesOnDisk = articleIds();
            List<String> articlesAllowed = allowed(lines, "articles ", "wrote ",
                    articlesBefore == null ? articlesOnDisk : articlesBefore);
            if (!articlesAllowed.contains(articlesOnDisk)) {
                losses++;
                System.out.printf("round %d lost a change to the articles: on disk [%s]%n", round, articlesOnDisk);
                lines.stream().filter(line -> line.startsWith("articles ") || line.startsWith("wrote ")
                        || line.startsWith("failed")).forEach(line -> System.out.println("  " + line));
            }
            confirmedSaves += (int) lines.stream().filter(line -> line.startsWith("saved ")).count();
            confirmedArticleChanges += (int) lines.stream().filter(line -> line.startsWith("wrote ")).count();
            marksBefore = marksOnDisk;
            articlesBefore = articlesOnDisk;
        }
        System.out.printf("crash rounds: %d, confirmed saves: %d, confirmed article changes: %d, losses: %d%n",
                ROUNDS, confirmedSaves, confirmedArticleChanges, losses);
        assertThat(confirmedSaves).as("saves confirmed before the kills").isPositive();
        assertThat(confirmedArticleChanges).as("article changes confirmed before the kills").isPositive();
        assertThat(losses).isZero();
    }

    /**
     * The states the disk may hold after a round: the last one confirmed (or the one before the round, when none
     * was), or one asked for at or after it: a write may have been under way when the process died.
     */
    private static List<String> allowed(List<String> lines, String asked, String confirmed, String before) {
        String lastConfirmed = null;
        int confirmedAt = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(confirmed)) {
                lastConfirmed = lines.get(i).substring(confirmed.length());
                confirmedAt = i;
            }
        }
        int askedAt = 0;
        if (lastConfirmed != null) {
            askedAt = confirmedAt;
            for (int i = confirmedAt; i >= 0; i--) {
                if (lines.get(i).equals(asked + lastConfirmed)) {
                    askedAt = i;
                    break;
                }
            }
        }
        List<String> allowed = new ArrayList<>();
        allowed.add(lastConfirmed == null ? before : lastConfirmed);
        for (int i = askedAt; i < lines.size(); i++) {
            if (lines.get(i).startsWith(asked)) {
                allowed.add(lines.get(i).substring(asked.length()));
            }
        }
        return allowed;
    }

    private String articleIds() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("library.db"));
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM article ORDER BY id")) {
            TreeSet<String> ids = new TreeSet<>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return String.join(",", ids);
        }
    }

    @Test
    void aQuitBySigtermWritesTheChangeStillWaitingToBeSaved() throws Exception {
        Process child = new ProcessBuilder(javaCommand(1L, "once")).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String changed = null;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("changed ")) {
                    changed = line.substring(8, line.length() - 2);
                    child.destroy(); // SIGTERM, within the save's delay
                    break;
                }
            }
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the app exits on SIGTERM").isTrue();

        assertThat(changed).as("the app marked an article").isNotNull();
        assertThat(integrityCheck()).isEqualTo("ok");
        assertThat(String.join(",", new TreeSet<>(TestLibraries.marks(dataDir).read().keySet())))
                .isEqualTo(changed);
    }

    private String integrityCheck() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("library.db"));
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
            return rows.next() ? rows.getString(1) : "no answer";
        }
    }

    private List<String> runAndKill(int round, Random random) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(javaCommand(random.nextLong(), "loop"))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.endsWith(" .")) { // a line the kill cut short does not count
                        lines.add(line.substring(0, line.length() - 2));
                    }
                }
            } catch (IOException e) {
                // the process was killed
            }
        });
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (lines.stream().noneMatch(l -> l.startsWith("changed ")) && System.nanoTime() < deadline
                && child.isAlive()) {
            Thread.sleep(10);
        }
        assertThat(child.isAlive()).as("round %d: the app must be running and marking", round).isTrue();
        Thread.sleep(50 + random.nextInt(1200)); // kill at a random moment while it marks and saves
        child.destroyForcibly(); // SIGKILL
        // the next round must not start beside a process that still marks and saves: both would write the file
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("round %d: the killed app has exited", round).isTrue();
        reader.join(5000);
        return List.copyOf(lines);
    }

    private List<String> javaCommand(long seed, String mode) {
        String classPath = String.join(File.pathSeparator, List.of(
                Path.of("target", "test-classes").toString(),
                System.getProperty("jdk.module.path", ""),
                System.getProperty("java.class.path", "")));
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", classPath, CrashHarness.class.getName(), dataDir.toString(),
                Long.toString(seed), mode);
    }
}
