package org.readinglist.persistence.library;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.readinglist.model.Article;

/**
 * The library's articles as one start read them, kept beside {@code library.db} as {@code library.articles} so that
 * the next start need not read them row by row: reading a million articles from SQLite takes seconds of CPU, reading
 * them from here a fraction of that. Like {@link IndexCacheFile} the file names the library stamp
 * ({@link LibrarySchema#stamp}) it holds the articles of and ends with a CRC-32C of all before it; it is used only
 * while the library still has that stamp, and a damaged, partial or stale file is never used.
 *
 * <p>Layout, little-endian:
 * <pre>
 * magic:int format:int stamp:long articles:int blockBytes:int
 * strings:int (chars:int (char:u16)*)*
 * blocks:int (length:int bytes)*
 * (textBytes:int idEnd:int titleEnd:int summaryEnd:int company:int minutes:int published:int flags:int
 *  tags:int tag:int* authors:int author:int*)*
 * crc32c:long
 * </pre>
 * Companies, tags and authors are indexes into the string table, which keeps UTF-16 code units so that every string
 * comes back exactly. Each article's texts are in {@link Article}'s packed form, one after the other in the blocks;
 * an article whose texts do not fit in what is left of a block starts the next one, so the reader finds them the
 * same way. {@code published} is the epoch day, or {@link Integer#MIN_VALUE} when unknown; {@code authors} is -1
 * when unknown; {@code flags} holds the origin's ordinal and, in bit 8, whether the user edited the article. The
 * articles read back share their blocks, so a million texts take a handful of arrays.
 */
final class ArticleCacheFile {

    static final String FILE_NAME = "library.articles";
    private static final System.Logger LOG = System.getLogger(ArticleCacheFile.class.getName());
    private static final int MAGIC = 0x41434C52; // "RLCA"
    private static final int FORMAT = 1;
    private static final int UNKNOWN_DATE = Integer.MIN_VALUE;
    private static final int EDITED = 1 << 8;
    /** Texts go in blocks of this many bytes at most, but for an article whose texts alone take more. */
    static final int BLOCK_BYTES = 32 << 20;
    private static final int MAX_SHARED_DATES = 100_000;
    private static final int MAX_AUTHORS = 1 << 16;
    private static final Origin[] ORIGINS = Origin.values();

    /** Articles as the library held them at a stamp, with where each came from and whether it was edited. */
    record Cached(List<Article> articles, List<Origin> origins, boolean[] edited) {
    }

    private final Path file;

    ArticleCacheFile(Path file) {
        this.file = file;
    }

    /** The stamp the file holds the articles of, or 0 when there is no readable file. */
    long stamp() {
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        try (CheckedChannels.In in = CheckedChannels.read(file)) {
            return in.readInt() == MAGIC && in.readInt() == FORMAT ? in.readLong() : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** The articles kept for this stamp (never 0), or empty when the file is missing, stale or damaged. */
    Optional<Cached> load(long stamp) {
        if (stamp == 0 || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (CheckedChannels.In in = CheckedChannels.read(file)) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || in.readLong() != stamp) {
                return Optional.empty();
            }
            Cached cached = read(in);
            if (!in.checksumMatches()) {
                LOG.log(Level.WARNING, file + " is damaged (checksum): the articles are read from the library");
                return Optional.empty();
            }
            return Optional.of(cached);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot read " + file + ": the articles are read from the library", e);
            return Optional.empty();
        }
    }

    private static Cached read(CheckedChannels.In in) throws IOException {
        int count = in.readCount();
        in.readInt(); // the writer's block size: the reader finds the blocks' ends from their lengths
        String[] strings = new String[in.readCount()];
        byte[] chars = new byte[64];
        for (int s = 0; s < strings.length; s++) {
            int length = in.readCount();
            if (2 * length > chars.length) {
                chars = new byte[Math.max(2 * length, 2 * chars.length)];
            }
            in.readFully(chars, 2 * length);
            strings[s] = utf16(chars, length);
        }
        byte[][] blocks = new byte[in.readCount()][];
        for (int b = 0; b < blocks.length; b++) {
            blocks[b] = new byte[in.readCount()];
            in.readFully(blocks[b], blocks[b].length);
        }
        List<Article> articles = new ArrayList<>(count);
        List<Origin> origins = new ArrayList<>(count);
        boolean[] edited = new boolean[count];
        Map<Integer, LocalDate> dates = new HashMap<>();
        int block = 0;
        int at = 0;
        for (int i = 0; i < count; i++) {
            int length = in.readInt();
            int idEnd = in.readInt();
            int titleEnd = in.readInt();
            int summaryEnd = in.readInt();
            String company = string(strings, in.readInt());
            int minutes = in.readInt();
            int day = in.readInt();
            int flags = in.readInt();
            String[] tags = new String[in.readCount()]; // at most the bytes left: a damaged count fails here
            for (int t = 0; t < tags.length; t++) {
                tags[t] = string(strings, in.readInt());
            }
            int authorCount = in.readInt();
            List<String> authors = null;
            if (authorCount != -1) {
                String[] names = new String[checkCount(authorCount)];
                for (int a = 0; a < names.length; a++) {
                    names[a] = string(strings, in.readInt());
                }
                authors = Arrays.asList(names);
            }
            if (block < blocks.length && at + length > blocks[block].length) {
                block++;
                at = 0;
            }
            if (block >= blocks.length || length > blocks[block].length) {
                throw new IOException("article " + i + " has no texts");
            }
            LocalDate published = day == UNKNOWN_DATE ? null : date(dates, day);
            articles.add(Article.fromPacked(blocks[block], at, length, idEnd, titleEnd, summaryEnd, company,
                    Arrays.asList(tags), minutes, published, authors));
            at += length;
            int origin = flags & 0xFF;
            if (origin >= ORIGINS.length || (flags & ~(0xFF | EDITED)) != 0) {
                throw new IOException("article " + i + " has unknown flags " + flags);
            }
            origins.add(ORIGINS[origin]);
            edited[i] = (flags & EDITED) != 0;
        }
        if (count > 0 && (block != blocks.length - 1 || at != blocks[block].length)) {
            throw new IOException("the texts do not end with the last article");
        }
        return new Cached(articles, origins, edited);
    }

    /** A count of authors, far more than any article has: a file with more is damaged. */
    private static int checkCount(int count) throws IOException {
        if (count < 0 || count > MAX_AUTHORS) {
            throw new IOException("a count of " + count);
        }
        return count;
    }

    private static String string(String[] strings, int index) throws IOException {
        if (index < 0 || index >= strings.length) {
            throw new IOException("no string " + index + " of " + strings.length);
        }
        return strings[index];
    }

    private static LocalDate date(Map<Integer, LocalDate> dates, int day) {
        if (dates.size() >= MAX_SHARED_DATES) {
            LocalDate shared = dates.get(day);
            return shared != null ? shared : LocalDate.ofEpochDay(day);
        }
        return dates.computeIfAbsent(day, d -> LocalDate.ofEpochDay(d));
    }

    /** The string of these UTF-16 code units, unpaired surrogates kept (a charset decoder would replace them). */
    private static String utf16(byte[] bytes, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) ((bytes[2 * i] & 0xFF) | (bytes[2 * i + 1] & 0xFF) << 8);
        }
        return new String(chars);
    }

    /**
     * Keeps these articles as the library's at this stamp (never 0); a problem is logged and leaves no file behind
     * but the one before, which names another stamp and so is not used for this one.
     *
     * @return whether the file holds them now
     */
    boolean save(long stamp, List<Article> articles, List<Origin> origins, boolean[] edited) {
        return save(stamp, articles, origins, edited, BLOCK_BYTES);
    }

    boolean save(long stamp, List<Article> articles, List<Origin> origins, boolean[] edited, int blockBytes) {
        if (stamp == 0) {
            throw new IllegalArgumentException("no stamp: nothing to check a cache against");
        }
        return CheckedChannels.writeAtomically(file, out -> write(out, stamp, articles, origins, edited, blockBytes),
                "cannot keep the articles in " + file + ": they are read from the library");
    }

    private static void write(CheckedChannels.Out out, long stamp, List<Article> articles, List<Origin> origins,
                              boolean[] edited, int blockBytes) throws IOException {
        Map<String, Integer> indexes = new HashMap<>();
        List<String> strings = new ArrayList<>();
        List<Integer> blockLengths = new ArrayList<>();
        int fill = 0;
        for (Article article : articles) {
            intern(indexes, strings, article.company());
            article.tags().forEach(tag -> intern(indexes, strings, tag));
            if (article.authors() != null) {
                article.authors().forEach(author -> intern(indexes, strings, author));
            }
            int length = article.packedLength();
            if (fill > 0 && fill + length > blockBytes) {
                blockLengths.add(fill);
                fill = 0;
            }
            fill += length;
        }
        if (!articles.isEmpty()) {
            blockLengths.add(fill);
        }
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeLong(stamp);
        out.writeInt(articles.size());
        out.writeInt(blockBytes);
        out.writeInt(strings.size());
        for (String string : strings) {
            out.writeInt(string.length());
            byte[] chars = new byte[2 * string.length()];
            for (int i = 0; i < string.length(); i++) {
                chars[2 * i] = (byte) string.charAt(i);
                chars[2 * i + 1] = (byte) (string.charAt(i) >>> 8);
            }
            out.write(chars);
        }
        out.writeInt(blockLengths.size());
        int next = 0;
        for (int length : blockLengths) {
            out.writeInt(length);
            byte[] block = new byte[length];
            int at = 0;
            while (at < length) {
                Article article = articles.get(next++);
                article.copyPackedTexts(block, at);
                at += article.packedLength();
            }
            out.write(block);
        }
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            out.writeInt(article.packedLength());
            out.writeInt(article.packedIdEnd());
            out.writeInt(article.packedTitleEnd());
            out.writeInt(article.packedSummaryEnd());
            out.writeInt(indexes.get(article.company()));
            out.writeInt(article.readMinutes());
            out.writeInt(article.published() == null ? UNKNOWN_DATE
                    : Math.toIntExact(article.published().toEpochDay()));
            out.writeInt(origins.get(i).ordinal() | (edited[i] ? EDITED : 0));
            out.writeInt(article.tags().size());
            for (String tag : article.tags()) {
                out.writeInt(indexes.get(tag));
            }
            List<String> authors = article.authors();
            out.writeInt(authors == null ? -1 : authors.size());
            if (authors != null) {
                for (String author : authors) {
                    out.writeInt(indexes.get(author));
                }
            }
        }
    }

    private static void intern(Map<String, Integer> indexes, List<String> strings, String string) {
        if (indexes.putIfAbsent(string, strings.size()) == null) {
            strings.add(string);
        }
    }
}
