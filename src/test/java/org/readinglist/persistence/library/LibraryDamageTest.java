package org.readinglist.persistence.library;

import org.readinglist.web.UrlNormalizer;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.readinglist.model.Article;
import org.readinglist.model.ReadMarks;
import org.sqlite.SQLiteConfig;

/**
 * Library files that cannot be used as they are: each is set aside with its bytes kept (never deleted or written
 * over), the user is told with the file named, and a new library is started; the cases SQLite recovers from
 * itself (a journal left by a crash, a lock that is let go) just open.
 */
class LibraryDamageTest {

    private static final Instant NOW = Instant.parse("2026-05-04T10:15:30Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Map<String, Instant> MARKS = Map.of("b", Instant.parse("2026-05-01T08:00:00Z"));
    private static final List<Article> ARTICLES = List.of(
            new Article("a", "First", "Co", "One.", List.of("x"), 3, "https://example.com/a", null, null),
            new Article("b", "Second", "Co", "Two.", List.of("x", "y"), 4, null, null, List.of("Ann")));

    @TempDir
    Path dir;

    private enum Outcome { SET_ASIDE, OPENS }

    /** Makes a library file the given way, from a good one. */
    @FunctionalInterface
    interface Damage {
        void apply(Path library) throws Exception;
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of("cut short to a tenth", (Damage) file -> cut(file, 0.1), Outcome.SET_ASIDE));
        cases.add(Arguments.of("cut short to a half", (Damage) file -> cut(file, 0.5), Outcome.SET_ASIDE));
        cases.add(Arguments.of("last bytes missing", (Damage) file -> cutBy(file, 100), Outcome.SET_ASIDE));
        cases.add(Arguments.of("header zeroed", (Damage) file -> overwrite(file, 0, new byte[100]),
                Outcome.SET_ASIDE));
        cases.add(Arguments.of("random pages overwritten", (Damage) LibraryDamageTest::scramblePages,
                Outcome.SET_ASIDE));
        cases.add(Arguments.of("not a database", (Damage) file -> Files.writeString(file,
                "Dear diary, today I kept my reading list in a text file.\n".repeat(200)), Outcome.SET_ASIDE));
        cases.add(Arguments.of("0 bytes", (Damage) file -> Files.write(file, new byte[0]), Outcome.SET_ASIDE));
        cases.add(Arguments.of("a newer schema version", (Damage) file -> sql(file, "PRAGMA user_version = 99"),
                Outcome.SET_ASIDE));
        cases.add(Arguments.of("another program's database", (Damage) file -> {
            Files.delete(file);
            sql(file, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)");
        }, Outcome.SET_ASIDE));
        cases.add(Arguments.of("our tables, some missing", (Damage) file -> sql(file, "DROP TABLE tag_alias"),
                Outcome.SET_ASIDE));
        cases.add(Arguments.of("a folder in its place", (Damage) file -> {
            Files.delete(file);
            Files.createDirectories(file.resolve("inside"));
        }, Outcome.SET_ASIDE));
        cases.add(Arguments.of("a -wal file left by a crash", (Damage) LibraryDamageTest::leaveWal, Outcome.OPENS));
        cases.add(Arguments.of("a corrupt -wal file", (Damage) file -> Files.write(
                file.resolveSibling(file.getFileName() + "-wal"), random(8192)), Outcome.OPENS));
        cases.add(Arguments.of("a symbolic link to a good library", (Damage) file -> {
            Path elsewhere = Files.createDirectories(file.resolveSibling("synced")).resolve("library.db");
            Files.move(file, elsewhere);
            Files.createSymbolicLink(file, elsewhere);
        }, Outcome.OPENS));
        cases.add(Arguments.of("a symbolic link to a damaged library", (Damage) file -> {
            Path elsewhere = Files.createDirectories(file.resolveSibling("synced")).resolve("library.db");
            Files.move(file, elsewhere);
            cut(elsewhere, 0.3);
            Files.createSymbolicLink(file, elsewhere);
        }, Outcome.SET_ASIDE));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("cases")
    void aLibraryThatCannotBeUsedIsSetAsideAndNeverLost(String name, Damage damage, Outcome outcome)
            throws Exception {
        Path data = dir.resolve("data");
        Path library = data.resolve("library.db");
        makeGoodLibrary(data);
        damage.apply(library);
        Path target = Files.isSymbolicLink(library) ? library.toRealPath() : library;
        byte[] before = Files.isRegularFile(target) ? Files.readAllBytes(target) : null;

        ArticleLibrary.Contents contents;
        try (LibraryStore store = new LibraryStore(data, CLOCK, UrlNormalizer::key)) {
            contents = store.read(List.of());
            // the library works after it: a mark is kept
            store.save(ReadMarks.of(Map.of("new", NOW)));
        }

        if (outcome == Outcome.OPENS) {
            assertThat(contents.notices()).as(name).isEmpty();
            assertThat(contents.articles()).as(name).containsExactlyElementsOf(ARTICLES);
            assertThat(contents.marks().read()).as(name).containsAllEntriesOf(MARKS);
        } else {
            assertThat(contents.notices()).as(name).hasSize(1);
            LibraryNotice notice = contents.notices().get(0);
            assertThat(notice.file()).isEqualTo(target);
            assertThat(notice.other()).isNotNull();
            assertThat(notice.other().getFileName().toString()).startsWith("library.db.damaged-20260504-101530");
            assertThat(contents.articles()).as(name).isEmpty();
            if (before != null) {
                assertThat(Files.readAllBytes(notice.other())).as("%s: the bytes are kept", name).isEqualTo(before);
            } else {
                assertThat(notice.other()).exists();
            }
        }
        if (Files.isSymbolicLink(library)) {
            assertThat(Files.isSymbolicLink(library)).as("the link stays a link").isTrue();
        }
        assertThat(TestLibraries.marks(data).read()).containsKey("new");
    }

    /**
     * A library file that cannot be written is opened read-only, with a notice naming it. The file's permissions are
     * set read-only, and the store is told so too ({@link TestLibraries#unwritable}): root may write the file whatever
     * its permissions say. SQLite, given a read-only connection, then refuses every write itself.
     */
    @Test
    void aLibraryThatCannotBeWrittenIsReadAsItIsAndNothingIsWrittenOrSetAside() throws Exception {
        Path data = dir.resolve("data");
        Path library = data.resolve("library.db");
        makeGoodLibrary(data);
        assertThat(library.toFile().setWritable(false, false)).isTrue();
        Map<Path, byte[]> before = everyFile(data);
        Article bundledLater = new Article("later", "Bundled later", "Co", "", List.of(), 1, null, null, null);

        ArticleLibrary.Contents contents;
        Exception markNotSaved;
        Exception removalNotSaved;
        try (LibraryStore store = TestLibraries.unwritable(data)) {
            contents = store.read(List.of(bundledLater));
            markNotSaved = catchException(() -> store.save(ReadMarks.of(Map.of("a", NOW))));
            removalNotSaved = catchException(() -> store.removeArticles(List.of(ARTICLES.get(0))));
            store.backUpDailyIfDue();
        }

        assertThat(contents.notices()).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(LibraryNotice.Kind.READ_ONLY);
            assertThat(notice.file()).isEqualTo(library);
        });
        assertThat(contents.articles()).as("the bundled list is not merged in").containsExactlyElementsOf(ARTICLES);
        assertThat(contents.marks().read()).isEqualTo(MARKS);
        assertThat(WriteProblem.of(markNotSaved)).contains(WriteProblem.READ_ONLY);
        assertThat(WriteProblem.of(removalNotSaved)).contains(WriteProblem.READ_ONLY);
        Map<Path, byte[]> after = everyFile(data);
        before.forEach((file, bytes) -> assertThat(after.get(file)).as("%s", file).isEqualTo(bytes));
        // nothing set aside, no backup: only the files SQLite keeps beside a library it reads, with nothing in them
        assertThat(after.keySet()).containsAll(before.keySet());
        assertThat(after.keySet()).filteredOn(file -> !before.containsKey(file)).map(Path::toString)
                .isSubsetOf("library.db-wal", "library.db-shm");
        assertThat(after.getOrDefault(Path.of("library.db-wal"), new byte[0])).isEmpty();
        assertThat(TestLibraries.marks(data).read()).as("opened as usual afterwards").isEqualTo(MARKS);
    }

    @Test
    void theNewestGoodBackupComesBackWithANoticeNamingBoth() throws Exception {
        Path data = dir.resolve("data");
        makeGoodLibrary(data);
        LibraryBackups backups = new LibraryBackups(data.resolve("backups"), CLOCK);
        LibraryBackups.Backup good;
        try (LibraryStore store = new LibraryStore(data, CLOCK, UrlNormalizer::key)) {
            store.read(List.of());
            good = backups.take(store.database(), LibraryBackups.Reason.DAILY);
        }
        // a newer backup that is itself damaged is passed over
        Path broken = data.resolve("backups").resolve("library-20260504-111111-daily.db");
        Files.writeString(broken, "not a database");
        cut(data.resolve("library.db"), 0.5);

        ArticleLibrary.Contents contents;
        try (LibraryStore store = new LibraryStore(data, CLOCK, UrlNormalizer::key)) {
            contents = store.read(List.of());
        }

        assertThat(contents.notices()).extracting(LibraryNotice::kind)
                .containsExactly(LibraryNotice.Kind.SET_ASIDE, LibraryNotice.Kind.RESTORED_FROM_BACKUP);
        assertThat(contents.notices().get(1).other()).isEqualTo(good.file());
        assertThat(contents.notices().get(1).file()).isEqualTo(data.resolve("library.db"));
        assertThat(contents.articles()).containsExactlyElementsOf(ARTICLES);
        assertThat(contents.marks().read()).isEqualTo(MARKS);
        assertThat(good.file()).exists();
        assertThat(broken).hasContent("not a database");
    }

    @Test
    void aLibraryLockedByAnotherProgramOpensOnceTheLockIsLetGo() throws Exception {
        Path data = dir.resolve("data");
        makeGoodLibrary(data);
        CountDownLatch locked = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            try (Connection connection = connect(data.resolve("library.db"));
                 Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA locking_mode = EXCLUSIVE");
                statement.execute("BEGIN EXCLUSIVE");
                statement.execute("UPDATE setting SET value = value");
                locked.countDown();
                Thread.sleep(2000);
                statement.execute("COMMIT");
            } catch (SQLException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        holder.start();
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        long start = System.nanoTime();

        ArticleLibrary.Contents contents;
        try (LibraryStore store = new LibraryStore(data, CLOCK, UrlNormalizer::key)) {
            contents = store.read(List.of());
        }

        holder.join();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(500));
        assertThat(contents.notices()).isEmpty();
        assertThat(contents.articles()).containsExactlyElementsOf(ARTICLES);
    }

    private static Exception catchException(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).as("the write must fail").isInstanceOf(Exception.class);
        return (Exception) thrown;
    }

    /** Every file under the folder, with its bytes. */
    private static Map<Path, byte[]> everyFile(Path folder) throws IOException {
        Map<Path, byte[]> files = new java.util.TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(path), Files.readAllBytes(path));
            }
        }
        return files;
    }

    // ---- making and damaging files

    private static void makeGoodLibrary(Path data) throws Exception {
        try (LibraryStore store = new LibraryStore(data, CLOCK, UrlNormalizer::key)) {
            store.read(List.of());
            store.importArticles(ARTICLES);
            store.save(ReadMarks.of(MARKS));
            // enough rows that the file has pages of every kind
            List<Article> filler = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                filler.add(new Article("filler-" + i, "Filler " + i, "Co", "x".repeat(200), List.of("f" + i % 9), 1,
                        "https://example.com/f/" + i, null, null));
            }
            store.importArticles(filler);
        }
        try (Connection connection = connect(data.resolve("library.db"));
             Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM article WHERE id LIKE 'filler-%'");
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            statement.execute("VACUUM"); // no free pages: every page holds something
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    private static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(10_000);
        return config.createConnection("jdbc:sqlite:" + file);
    }

    private static void sql(Path file, String statementText) throws SQLException {
        try (Connection connection = connect(file); Statement statement = connection.createStatement()) {
            statement.execute(statementText);
        }
    }

    private static void cut(Path file, double part) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength((long) (raf.length() * part));
        }
    }

    private static void cutBy(Path file, int bytes) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() - bytes);
        }
    }

    private static void overwrite(Path file, long at, byte[] bytes) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(at);
            raf.write(bytes);
        }
    }

    private static void scramblePages(Path file) throws IOException {
        long pages = Files.size(file) / 4096;
        for (long page = 1; page < pages; page++) {
            overwrite(file, page * 4096 + 100, random(1000));
        }
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }

    /** Commits a change into the -wal and leaves it there, as a process killed before a checkpoint does. */
    private static void leaveWal(Path file) throws Exception {
        Path copy = file.resolveSibling("copy.db");
        Path copyWal = file.resolveSibling("copy.db-wal");
        try (Connection connection = connect(file); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA wal_autocheckpoint = 0");
            statement.execute("UPDATE article SET title = title WHERE id = 'a'");
            // copy the file and its -wal while the connection is open: the copy is what a kill leaves behind
            Files.copy(file, copy);
            Files.copy(file.resolveSibling(file.getFileName() + "-wal"), copyWal);
        }
        Files.move(copy, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.move(copyWal, file.resolveSibling(file.getFileName() + "-wal"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(Arrays.asList(file.getParent().toFile().list())).contains("library.db-wal");
    }
}
