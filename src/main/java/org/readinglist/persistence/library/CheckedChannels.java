package org.readinglist.persistence.library;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * A file written and read through a buffer of {@value #BUFFER} bytes, little-endian, with a CRC-32C over everything:
 * arrays of ints go through the buffer in bulk, so a hundred megabytes are read in a few tenths of a second without
 * a copy of the whole file on the heap.
 */
final class CheckedChannels {

    private static final int BUFFER = 1 << 20;
    private static final System.Logger LOG = System.getLogger(CheckedChannels.class.getName());

    private CheckedChannels() {
    }

    static Out write(Path file) throws IOException {
        return new Out(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING));
    }

    /** What writes the content of a file; the checksum is written after it. */
    @FunctionalInterface
    interface Content {
        void writeTo(Out out) throws IOException;
    }

    /**
     * Writes the file beside itself and moves it in place in one step, so that a reader finds the old file or the
     * new one, never a part; a problem is logged with this message and leaves the old file as it was.
     *
     * @return whether the new file is in place
     */
    static boolean writeAtomically(Path file, Content content, String problem) {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            try (Out out = write(partial)) {
                content.writeTo(out);
                out.writeChecksum();
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, problem, e);
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // left for the next write to write over
            }
            return false;
        }
    }

    static In read(Path file) throws IOException {
        return new In(FileChannel.open(file, StandardOpenOption.READ));
    }

    /** Writes; {@link #writeChecksum} last, then close. */
    static final class Out implements AutoCloseable {
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER).order(ByteOrder.LITTLE_ENDIAN);
        private final CRC32C crc = new CRC32C();

        private Out(FileChannel channel) {
            this.channel = channel;
        }

        void writeInt(int value) throws IOException {
            room(Integer.BYTES);
            buffer.putInt(value);
        }

        void writeLong(long value) throws IOException {
            room(Long.BYTES);
            buffer.putLong(value);
        }

        void write(byte[] bytes) throws IOException {
            int at = 0;
            while (at < bytes.length) {
                room(1);
                int n = Math.min(buffer.remaining(), bytes.length - at);
                buffer.put(bytes, at, n);
                at += n;
            }
        }

        void writeInts(int[] values) throws IOException {
            int at = 0;
            while (at < values.length) {
                room(Integer.BYTES);
                int n = Math.min(buffer.remaining() / Integer.BYTES, values.length - at);
                buffer.asIntBuffer().put(values, at, n);
                buffer.position(buffer.position() + n * Integer.BYTES);
                at += n;
            }
        }

        /** The CRC of all written so far, then everything to the disk. */
        void writeChecksum() throws IOException {
            drain();
            buffer.putLong(crc.getValue());
            buffer.flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            buffer.clear();
            channel.force(false);
        }

        private void room(int bytes) throws IOException {
            if (buffer.remaining() < bytes) {
                drain();
            }
        }

        private void drain() throws IOException {
            buffer.flip();
            crc.update(buffer.duplicate());
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            buffer.clear();
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    /** Reads what {@link Out} wrote; {@link #checksumMatches} after the last value. */
    static final class In implements AutoCloseable {
        private final FileChannel channel;
        private final long length;
        private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER).order(ByteOrder.LITTLE_ENDIAN);
        private final CRC32C crc = new CRC32C();
        /** Bytes read from the file into the buffer so far. */
        private long fetched;

        private In(FileChannel channel) throws IOException {
            this.channel = channel;
            this.length = channel.size();
            buffer.limit(0);
        }

        int readInt() throws IOException {
            need(Integer.BYTES);
            return buffer.getInt();
        }

        long readLong() throws IOException {
            need(Long.BYTES);
            return buffer.getLong();
        }

        /** A length or count: never negative, never more than the bytes left in the file. */
        int readCount() throws IOException {
            int count = readInt();
            if (count < 0 || count > left()) {
                throw new IOException("a count of " + count + " with " + left() + " bytes left");
            }
            return count;
        }

        void readFully(byte[] into, int count) throws IOException {
            int at = 0;
            while (at < count) {
                need(1);
                int n = Math.min(buffer.remaining(), count - at);
                buffer.get(into, at, n);
                at += n;
            }
        }

        int[] readInts(int count) throws IOException {
            if ((long) count * Integer.BYTES > left()) {
                throw new IOException(count + " numbers with " + left() + " bytes left");
            }
            int[] values = new int[count];
            int at = 0;
            while (at < count) {
                need(Integer.BYTES);
                int n = Math.min(buffer.remaining() / Integer.BYTES, count - at);
                buffer.asIntBuffer().get(values, at, n);
                buffer.position(buffer.position() + n * Integer.BYTES);
                at += n;
            }
            return values;
        }

        /** Whether the file ends here with the CRC of everything before it. */
        boolean checksumMatches() throws IOException {
            if (left() != Long.BYTES) {
                return false;
            }
            need(Long.BYTES);
            return buffer.getLong() == crc.getValue();
        }

        private long left() {
            return length - fetched + buffer.remaining();
        }

        private void need(int bytes) throws IOException {
            if (buffer.remaining() >= bytes) {
                return;
            }
            buffer.compact();
            while (buffer.position() < bytes) {
                int start = buffer.position();
                int n = channel.read(buffer);
                if (n < 0) {
                    throw new EOFException("the file ends at byte " + fetched);
                }
                // the CRC covers every byte but the last eight, which hold it
                int counted = (int) Math.max(0, Math.min(n, length - Long.BYTES - fetched));
                crc.update(buffer.array(), start, counted);
                fetched += n;
            }
            buffer.flip();
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
