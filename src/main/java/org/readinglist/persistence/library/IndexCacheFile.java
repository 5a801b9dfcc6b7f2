package org.readinglist.persistence.library;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.readinglist.logic.PreparedIndex;
import org.readinglist.logic.PreparedIndexCache;
import org.readinglist.model.SortColumn;

/**
 * The search index and column orders of the library's articles, kept beside {@code library.db} as
 * {@code library.index} so that a start after the first need not build them again. The file names the library stamp
 * it was built at ({@link LibrarySchema#stamp}) and ends with a CRC-32C of all before it: it is used only for a list
 * read at that very stamp, and a damaged, partial or stale file is never used (it is built again and written over).
 *
 * <p>Layout, little-endian: magic, format, stamp, article count, token count; per token its UTF-8 length and bytes
 * and its postings' length and bytes; the column count, per column its name, rank count, order and ranks; the CRC.
 */
final class IndexCacheFile implements PreparedIndexCache {

    static final String FILE_NAME = "library.index";
    private static final System.Logger LOG = System.getLogger(IndexCacheFile.class.getName());
    private static final int MAGIC = 0x58494C52; // "RLIX"
    private static final int FORMAT = 1;

    private final Path file;
    private final long stamp;

    /** The cache of the list read at this library stamp (never 0), in this file. */
    IndexCacheFile(Path file, long stamp) {
        if (stamp == 0) {
            throw new IllegalArgumentException("no stamp: nothing to check a cache against");
        }
        this.file = file;
        this.stamp = stamp;
    }

    @Override
    public Optional<PreparedIndex> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (CheckedChannels.In in = CheckedChannels.read(file)) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || in.readLong() != stamp) {
                return Optional.empty(); // another format, or another state of the library: built again
            }
            int size = in.readCount();
            int tokenCount = in.readCount();
            String[] tokens = new String[tokenCount];
            byte[][] postings = new byte[tokenCount][];
            byte[] text = new byte[64];
            for (int t = 0; t < tokenCount; t++) {
                int length = in.readCount();
                if (length > text.length) {
                    text = new byte[Math.max(length, text.length * 2)];
                }
                in.readFully(text, length);
                tokens[t] = new String(text, 0, length, StandardCharsets.UTF_8);
                postings[t] = new byte[in.readCount()];
                in.readFully(postings[t], postings[t].length);
            }
            Map<SortColumn, PreparedIndex.Column> columns = new EnumMap<>(SortColumn.class);
            int columnCount = in.readCount();
            for (int c = 0; c < columnCount; c++) {
                byte[] name = new byte[in.readCount()];
                in.readFully(name, name.length);
                SortColumn column = SortColumn.valueOf(new String(name, StandardCharsets.UTF_8));
                int distinct = in.readCount();
                int[] order = in.readInts(size);
                int[] rank = in.readInts(size);
                columns.put(column, new PreparedIndex.Column(order, rank, distinct));
            }
            if (!in.checksumMatches()) {
                LOG.log(Level.WARNING, file + " is damaged (checksum): the index is built again");
                return Optional.empty();
            }
            return Optional.of(new PreparedIndex(size, tokens, postings, columns));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot read " + file + ": the index is built again", e);
            return Optional.empty();
        }
    }

    @Override
    public void save(PreparedIndex index) {
        CheckedChannels.writeAtomically(file, out -> {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeLong(stamp);
            out.writeInt(index.size());
            out.writeInt(index.tokens().length);
            for (int t = 0; t < index.tokens().length; t++) {
                byte[] text = index.tokens()[t].getBytes(StandardCharsets.UTF_8);
                out.writeInt(text.length);
                out.write(text);
                out.writeInt(index.postings()[t].length);
                out.write(index.postings()[t]);
            }
            out.writeInt(index.columns().size());
            for (Map.Entry<SortColumn, PreparedIndex.Column> column : index.columns().entrySet()) {
                byte[] name = column.getKey().name().getBytes(StandardCharsets.UTF_8);
                out.writeInt(name.length);
                out.write(name);
                out.writeInt(column.getValue().distinct());
                out.writeInts(column.getValue().order());
                out.writeInts(column.getValue().rank());
            }
        }, "cannot keep the index in " + file + ": it is built again at the next start");
    }
}
