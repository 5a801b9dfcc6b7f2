package org.readinglist.persistence;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;
import org.readinglist.model.Article;

/**
 * A list of articles in a compact binary form, kept so that an articles file read and checked once opens again
 * without parsing its JSON. The file names the articles file it was made from ({@link Source}: path, size, time of
 * the last change), holds each distinct company, tag and author once, then the articles' texts in the form
 * {@link Article#writeText} gives, one after the other in blocks, then the rest of each article, and ends with a
 * CRC-32C of everything before it.
 *
 * <pre>
 * "RLSNAPSH" format:int generation:text source:text size:long modified:long fileKey:text
 * strings:int (length:int chars)*
 * articles:int blocks:int (length:int bytes)*
 * (layout company:int readMinutes:int published:int tags:int tag:int* authors:int author:int*)*
 * crc32c:long
 * </pre>
 * Strings are UTF-16 code units, so every string comes back exactly, unpaired surrogates included. An article's
 * texts lie in the block where the one before it left off, or at the start of the next block when they do not fit
 * in what is left; every byte of every block belongs to an article. {@code layout} is what
 * {@link Article#writeLayout} gives; {@code published} is the epoch day or {@link #UNKNOWN} when unknown;
 * {@code authors} is -1 when unknown.
 *
 * <p>The articles read back share their blocks. A full block is larger than the young generation the launcher gives the
 * heap, so it is made straight in the old one: reading a million articles copies their texts once, from the disk,
 * and not again from one part of the heap to the other.
 *
 * <p>Reading trusts nothing: every count is checked against the bytes left, every reference against its table, and
 * the checksum against the content. A file that fails any check is not used.
 */
final class ArticleSnapshot {

    /** Raise when what the file holds, or what the articles file's rules make of a list, changes. */
    static final int FORMAT = 2;
    private static final byte[] MAGIC = {'R', 'L', 'S', 'N', 'A', 'P', 'S', 'H'};
    private static final int UNKNOWN = Integer.MIN_VALUE;
    private static final int BUFFER_BYTES = 1 << 20;
    /** The fewest bytes an article takes: texts layout and length, company, minutes, date and two counts. */
    private static final int MIN_ARTICLE_BYTES = 9 * 4;
    /** Texts are kept in blocks of this many bytes at most, but for an article whose texts alone take more. */
    static final int BLOCK_BYTES = 64 << 20;
    private static final int MAX_SHARED_DATES = 200_000;

    /**
     * The articles file a snapshot was made from, as it was then; a snapshot is only used for a file that still
     * has the same path, size, change time and file key (the inode on Linux and macOS).
     */
    record Source(String path, long size, long modified, String fileKey) {
    }

    private ArticleSnapshot() {
    }

    /** Writes the articles of this source to the stream (which is not closed). */
    static void write(OutputStream target, String generation, Source source, List<Article> articles)
            throws IOException {
        write(target, generation, source, articles, BLOCK_BYTES);
    }

    static void write(OutputStream target, String generation, Source source, List<Article> articles, int blockBytes)
            throws IOException {
        CheckedOutputStream checked = new CheckedOutputStream(target, new CRC32C());
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(checked, BUFFER_BYTES));
        out.write(MAGIC);
        out.writeInt(FORMAT);
        writeText(out, generation);
        writeText(out, source.path());
        out.writeLong(source.size());
        out.writeLong(source.modified());
        writeText(out, source.fileKey());
        Map<String, Integer> strings = new HashMap<>();
        List<String> table = new ArrayList<>();
        for (Article article : articles) {
            number(strings, table, article.company());
            article.tags().forEach(tag -> number(strings, table, tag));
            if (article.authors() != null) {
                article.authors().forEach(author -> number(strings, table, author));
            }
        }
        out.writeInt(table.size());
        for (String text : table) {
            writeText(out, text);
        }
        out.writeInt(articles.size());
        List<Integer> blocks = blocks(articles, blockBytes);
        out.writeInt(blocks.size());
        int next = 0;
        for (int block : blocks) {
            out.writeInt(block);
            for (int filled = 0; filled < block; next++) {
                articles.get(next).writeText(out);
                filled += articles.get(next).textBytes();
            }
        }
        for (Article article : articles) {
            article.writeLayout(out);
            out.writeInt(strings.get(article.company()));
            out.writeInt(article.readMinutes());
            out.writeInt(article.published() == null ? UNKNOWN : Math.toIntExact(article.published().toEpochDay()));
            writeNumbers(out, strings, article.tags());
            if (article.authors() == null) {
                out.writeInt(-1);
            } else {
                writeNumbers(out, strings, article.authors());
            }
        }
        out.flush();
        new DataOutputStream(target).writeLong(checked.getChecksum().getValue());
    }

    /** The lengths of the blocks that hold the articles' texts in turn, each as full as it can be. */
    private static List<Integer> blocks(List<Article> articles, int blockBytes) {
        List<Integer> blocks = new ArrayList<>();
        long filled = 0;
        for (Article article : articles) {
            int bytes = article.textBytes();
            if (filled > 0 && filled + bytes > blockBytes) {
                blocks.add((int) filled);
                filled = 0;
            }
            filled += bytes;
        }
        if (filled > 0) {
            blocks.add(Math.toIntExact(filled));
        }
        return blocks;
    }

    private static void number(Map<String, Integer> strings, List<String> table, String text) {
        if (strings.putIfAbsent(text, table.size()) == null) {
            table.add(text);
        }
    }

    private static void writeNumbers(DataOutputStream out, Map<String, Integer> strings, List<String> texts)
            throws IOException {
        out.writeInt(texts.size());
        for (String text : texts) {
            out.writeInt(strings.get(text));
        }
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        out.writeInt(text.length());
        out.writeChars(text);
    }

    /** The generation and source a snapshot file was written for, read from its start alone. */
    record Header(String generation, Source source) {
    }

    /**
     * Reads the snapshot if it was written by this generation for this source.
     *
     * @return the articles, or null when the snapshot is of another generation or source
     * @throws IOException when it cannot be read or any of its checks fails
     */
    static List<Article> read(Path file, String generation, Source expected, DoubleConsumer progress)
            throws IOException {
        try (Input in = new Input(FileChannel.open(file, StandardOpenOption.READ), progress)) {
            Header header = readHeader(in);
            if (!header.generation().equals(generation) || !header.source().equals(expected)) {
                return null;
            }
            return readArticles(in);
        } catch (IllegalArgumentException | IndexOutOfBoundsException | ArithmeticException
                 | java.time.DateTimeException e) {
            throw new IOException("snapshot " + file + " is damaged: " + e.getMessage(), e);
        }
    }

    private static Header readHeader(Input in) throws IOException {
        byte[] magic = in.bytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException("not a snapshot");
        }
        int format = in.readInt();
        if (format != FORMAT) {
            return new Header("format " + format, null);
        }
        String generation = in.text();
        return new Header(generation, new Source(in.text(), in.readLong(), in.readLong(), in.text()));
    }

    private static List<Article> readArticles(Input in) throws IOException {
        String[] strings = new String[in.count(4)];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = in.text();
        }
        @SuppressWarnings("unchecked")
        List<String>[] single = new List[strings.length]; // one-value lists are shared, as the JSON reader does
        Map<Integer, LocalDate> dates = new HashMap<>();
        int count = in.readInt();
        byte[][] blocks = new byte[in.count(4)][];
        for (int b = 0; b < blocks.length; b++) {
            blocks[b] = in.bytes(in.count(1));
        }
        in.checkCount(count, MIN_ARTICLE_BYTES);
        List<Article> articles = new ArrayList<>(count);
        int block = 0;
        byte[] text = blocks.length == 0 ? new byte[0] : blocks[0];
        int offset = 0;
        for (int i = 0; i < count; i++) {
            int idEnd = in.readInt();
            int titleEnd = in.readInt();
            int summaryEnd = in.readInt();
            int length = in.readInt();
            if (length > text.length - offset) {
                if (offset != text.length || block + 1 >= blocks.length) {
                    throw new IOException("snapshot texts of article " + i + " are not in its blocks");
                }
                text = blocks[++block];
                offset = 0;
            }
            int start = offset;
            offset += length;
            String company = strings[in.readInt()];
            int readMinutes = in.readInt();
            int day = in.readInt();
            LocalDate published = day == UNKNOWN ? null
                    : dates.size() < MAX_SHARED_DATES ? dates.computeIfAbsent(day, LocalDate::ofEpochDay)
                    : LocalDate.ofEpochDay(day);
            List<String> tags = list(in, in.count(4), strings, single);
            int authorCount = in.readInt();
            List<String> authors = authorCount == -1 ? null : list(in, in.checkCount(authorCount, 4), strings, single);
            articles.add(Article.withTexts(idEnd, titleEnd, summaryEnd, text, start, length, company, tags,
                    readMinutes, published, authors));
        }
        if (block + 1 < blocks.length || offset != text.length) {
            throw new IOException("snapshot blocks hold texts of no article");
        }
        in.verify();
        return articles;
    }

    private static List<String> list(Input in, int count, String[] strings, List<String>[] single)
            throws IOException {
        if (count == 0) {
            return List.of();
        }
        if (count == 1) {
            int s = in.readInt();
            String text = strings[s];
            if (single[s] == null) {
                single[s] = List.of(text);
            }
            return single[s];
        }
        String[] values = new String[count];
        for (int k = 0; k < count; k++) {
            values[k] = strings[in.readInt()];
        }
        return List.of(values);
    }

    /**
     * A snapshot file read front to back through one buffer; it keeps the checksum of what it read up to the last
     * eight bytes, which hold the checksum written.
     */
    private static final class Input implements AutoCloseable {

        private final FileChannel channel;
        private final long length;
        private final long checkedLength;
        private final CRC32C crc = new CRC32C();
        private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES);
        private final DoubleConsumer progress;
        /** bytes taken from the file so far (some may still wait in the buffer) */
        private long fetched;
        private long reported;

        Input(FileChannel channel, DoubleConsumer progress) throws IOException {
            this.channel = channel;
            this.length = channel.size();
            this.checkedLength = length - Long.BYTES;
            this.progress = progress;
            buffer.limit(0);
        }

        private long consumed() {
            return fetched - buffer.remaining();
        }

        private void need(int bytes) throws IOException {
            if (buffer.remaining() >= bytes) {
                return;
            }
            buffer.compact();
            while (buffer.position() < bytes) {
                int start = buffer.position();
                int read = channel.read(buffer);
                if (read < 0) {
                    throw new EOFException("snapshot ends early");
                }
                checksum(buffer.array(), start, read);
            }
            buffer.flip();
        }

        private void checksum(byte[] bytes, int offset, int count) {
            long until = Math.min(fetched + count, checkedLength);
            if (until > fetched) {
                crc.update(bytes, offset, (int) (until - fetched));
            }
            fetched += count;
            if (fetched - reported > length / 100) {
                reported = fetched;
                progress.accept((double) fetched / length);
            }
        }

        int readInt() throws IOException {
            need(Integer.BYTES);
            return buffer.getInt();
        }

        long readLong() throws IOException {
            need(Long.BYTES);
            return buffer.getLong();
        }

        /** A count of items that take at least this many bytes each, checked against the bytes left. */
        int count(int bytesEach) throws IOException {
            return checkCount(readInt(), bytesEach);
        }

        int checkCount(int count, int bytesEach) throws IOException {
            if (count < 0 || (long) count * bytesEach > length - consumed()) {
                throw new IOException("snapshot count " + count + " is more than the file holds");
            }
            return count;
        }

        byte[] bytes(int count) throws IOException {
            checkCount(count, 1);
            byte[] bytes = new byte[count];
            int copied = Math.min(count, buffer.remaining());
            buffer.get(bytes, 0, copied);
            while (copied < count) {
                // a part at a time: the channel reads through a native buffer as large as what it is asked for
                int read = channel.read(ByteBuffer.wrap(bytes, copied, Math.min(count - copied, BUFFER_BYTES)));
                if (read < 0) {
                    throw new EOFException("snapshot ends early");
                }
                checksum(bytes, copied, read);
                copied += read;
            }
            return bytes;
        }

        String text() throws IOException {
            int chars = count(Character.BYTES);
            char[] text = new char[chars];
            for (int i = 0; i < chars; i++) {
                need(Character.BYTES);
                text[i] = buffer.getChar();
            }
            return new String(text);
        }

        /** Checks that the whole file was read and that its checksum is the one written at its end. */
        void verify() throws IOException {
            if (consumed() != checkedLength) {
                throw new IOException("snapshot has " + (checkedLength - consumed()) + " bytes too many");
            }
            long expected = crc.getValue();
            if (readLong() != expected) {
                throw new IOException("snapshot checksum does not match");
            }
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
