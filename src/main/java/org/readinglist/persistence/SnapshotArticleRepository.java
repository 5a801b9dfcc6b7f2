package org.readinglist.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleConsumer;
import java.util.stream.Stream;
import org.readinglist.model.Article;

/**
 * Opens long articles files through snapshots. A file is read and checked as JSON the first time; its articles are
 * then kept in a folder of snapshots ({@link ArticleSnapshot}) in the background, and the next time the same file is
 * opened, unchanged, they come from there: a binary read instead of parsing and checking the JSON again.
 *
 * <p>A snapshot is a copy that can always be made again, so it never stands in the way: one that is missing,
 * damaged, of another version or of the file as it was before a change is not used (a damaged one is deleted), and
 * the JSON is read instead. The articles file is never written. The last {@link #KEPT} snapshots are kept.
 */
public final class SnapshotArticleRepository implements ArticleRepository {

    /** Files smaller than this are read as JSON each time; it takes a few milliseconds. */
    public static final long MIN_FILE_BYTES = 1024 * 1024;
    static final int KEPT = 3;
    static final String SUFFIX = ".snapshot";
    private static final Duration ABANDONED_AFTER = Duration.ofHours(1);
    private static final System.Logger LOG = System.getLogger(SnapshotArticleRepository.class.getName());

    private final ArticleRepository files;
    private final Path folder;
    private final String generation;
    private final long minBytes;
    private final Executor writer;

    /**
     * @param files      reads the articles files themselves
     * @param folder     where the snapshots are kept (made when first needed)
     * @param generation the version of the app: snapshots of another version are made again
     */
    public SnapshotArticleRepository(ArticleRepository files, Path folder, String generation) {
        this(files, folder, generation, MIN_FILE_BYTES, SnapshotArticleRepository::writeOnOwnThread);
    }

    SnapshotArticleRepository(ArticleRepository files, Path folder, String generation, long minBytes,
                              Executor writer) {
        this.files = files;
        this.folder = folder;
        this.generation = generation;
        this.minBytes = minBytes;
        this.writer = writer;
    }

    /** Not a daemon: an app that quits while a snapshot is written finishes it first (a second or two at most). */
    private static void writeOnOwnThread(Runnable task) {
        Thread thread = new Thread(task, "articles-snapshot");
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    @Override
    public List<Article> loadBundled() throws ArticlesFileException {
        return files.loadBundled();
    }

    @Override
    public List<Article> load(Path file, DoubleConsumer progress) throws ArticlesFileException {
        ArticleSnapshot.Source before = sourceOf(file);
        if (before == null) {
            return files.load(file, progress);
        }
        Path snapshot = folder.resolve(nameFor(before.path()));
        List<Article> kept = readSnapshot(snapshot, before, progress);
        if (kept != null) {
            return kept;
        }
        List<Article> articles = files.load(file, progress);
        if (before.equals(sourceOf(file))) { // a file changed while it was read is not what was read
            writer.execute(() -> writeSnapshot(snapshot, before, articles));
        }
        return articles;
    }

    /** The file as it is now, or null when it is not one to keep a snapshot of. */
    private ArticleSnapshot.Source sourceOf(Path file) {
        try {
            Path real = file.toRealPath();
            BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
            if (!attributes.isRegularFile() || attributes.size() < minBytes
                    || attributes.size() > GsonArticleRepository.MAX_FILE_BYTES) {
                return null;
            }
            return new ArticleSnapshot.Source(real.toString(), attributes.size(),
                    attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                    attributes.fileKey() + changeTime(real));
        } catch (IOException | SecurityException e) {
            return null; // the JSON reader says what is wrong with it
        }
    }

    /**
     * The time of the file's last change of content or attributes, where the system keeps one (Linux, macOS): a
     * program can set a file's modification time back, but not this one.
     */
    private static String changeTime(Path file) {
        try {
            return "@" + ((FileTime) Files.getAttribute(file, "unix:ctime")).to(TimeUnit.NANOSECONDS);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            return "";
        }
    }

    static String nameFor(String path) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16) + SUFFIX;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private List<Article> readSnapshot(Path snapshot, ArticleSnapshot.Source source, DoubleConsumer progress) {
        if (!Files.isRegularFile(snapshot)) {
            return null;
        }
        try {
            return ArticleSnapshot.read(snapshot, generation, source, progress);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Not using the snapshot " + snapshot + ": " + e.getMessage());
            try {
                Files.deleteIfExists(snapshot);
            } catch (IOException | SecurityException gone) {
                // it is written anew below, or read again and refused again
            }
            return null;
        }
    }

    private void writeSnapshot(Path snapshot, ArticleSnapshot.Source source, List<Article> articles) {
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, "." + snapshot.getFileName() + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                ArticleSnapshot.write(out, generation, source, articles);
                channel.force(true);
            }
            try {
                Files.move(temp, snapshot, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, snapshot, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            prune(snapshot);
        } catch (IOException | RuntimeException e) {
            // a full disk or a read-only folder: the file is read as JSON next time, as it was this time
            LOG.log(System.Logger.Level.WARNING, "Could not keep a snapshot in " + folder + ": " + e.getMessage());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // left for the next prune
                }
            }
        }
    }

    /** Deletes all but the newest snapshots, and what writers that were stopped half-way left behind. */
    private void prune(Path written) throws IOException {
        Instant abandoned = Instant.now().minus(ABANDONED_AFTER);
        try (Stream<Path> entries = Files.list(folder)) {
            List<Path> snapshots = entries.filter(Files::isRegularFile).filter(path -> {
                String name = path.getFileName().toString();
                if (name.endsWith(".tmp") && modified(path).isBefore(abandoned)) {
                    delete(path);
                    return false;
                }
                return name.endsWith(SUFFIX) && !path.equals(written);
            }).sorted(Comparator.comparing(SnapshotArticleRepository::modified).reversed()).toList();
            snapshots.stream().skip(KEPT - 1).forEach(SnapshotArticleRepository::delete);
        }
    }

    private static Instant modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toInstant();
        } catch (IOException e) {
            return Instant.MIN;
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // another instance may have taken it already
        }
    }
}
