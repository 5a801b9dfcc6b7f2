package org.readinglist.persistence;

import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.time.Duration;
import java.time.Instant;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that a crash at any moment leaves either the old or the new content: the bytes go to a
 * temporary file in the same folder, are flushed to disk, and the temporary file is then renamed over the target.
 */
public class AtomicFileWriter {

    private static final int CHUNK = 64 * 1024;

    public void write(Path target, byte[] content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        boolean committed = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    int end = Math.min(buffer.position() + CHUNK, content.length);
                    channel.write(buffer.duplicate().limit(end));
                    buffer.position(end);
                    afterChunkWritten(temp, end);
                }
                channel.force(true);
            }
            beforeRename(temp);
            moveOver(temp, target);
            committed = true;
            syncFolder(folder);
        } finally {
            if (!committed) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * Deletes the temporary files a write of {@code target} left behind when the process was killed mid-write:
     * those older than {@code olderThan} (a younger one may be another instance's write under way).
     *
     * @return how many were deleted
     */
    public static int removeLeftovers(Path target, Duration olderThan, Instant now) {
        Path folder = target.toAbsolutePath().getParent();
        int removed = 0;
        if (folder == null || !Files.isDirectory(folder)) {
            return 0;
        }
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder,
                "." + target.getFileName() + ".*.tmp")) {
            for (Path leftover : leftovers) {
                try {
                    Instant modified = Files.getLastModifiedTime(leftover, LinkOption.NOFOLLOW_LINKS).toInstant();
                    if (Files.isRegularFile(leftover, LinkOption.NOFOLLOW_LINKS)
                            && modified.isBefore(now.minus(olderThan))) {
                        Files.delete(leftover);
                        removed++;
                    }
                } catch (IOException e) {
                    // gone already, or not ours to delete: leave it
                }
            }
        } catch (IOException e) {
            return removed;
        }
        return removed;
    }

    /** Writes a file's content to a stream; the stream is the temporary file's, and closed by the writer. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * As {@link #write(Path, byte[])}, with the content written straight to the temporary file as it is made: a
     * long file is never held in memory whole.
     */
    public void write(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        boolean committed = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), CHUNK);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            beforeRename(temp);
            moveOver(temp, target);
            committed = true;
            syncFolder(folder);
        } finally {
            if (!committed) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static void moveOver(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Called after each chunk reaches the temporary file; tests override it to simulate a failing disk. */
    protected void afterChunkWritten(Path temp, long bytesWritten) throws IOException {
    }

    /** Called once the temporary file is complete, just before it replaces the target. */
    protected void beforeRename(Path temp) throws IOException {
    }

    /** Makes the rename itself durable where the platform allows opening a folder (Linux, macOS). */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open folders as channels; the rename is still atomic there.
        }
    }
}
