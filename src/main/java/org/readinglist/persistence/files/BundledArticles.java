package org.readinglist.persistence.files;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32C;
import org.readinglist.model.Article;

/**
 * The list that comes with the app. The library only needs its articles when it is not the list it took in last
 * time, so it asks for the fingerprint first; the articles are read on the first call that needs them.
 */
public final class BundledArticles {

    /** Reads the articles; called at most once. */
    @FunctionalInterface
    public interface Reader {
        List<Article> read() throws ArticlesFileException;
    }

    private final String fingerprint;
    private final Reader reader;
    private List<Article> articles;

    private BundledArticles(String fingerprint, Reader reader) {
        this.fingerprint = fingerprint;
        this.reader = reader;
    }

    /** Articles already read; the fingerprint covers every field of every article. */
    public static BundledArticles of(List<Article> articles) {
        CRC32C crc = new CRC32C();
        long length = 0;
        for (Article article : articles) {
            byte[] bytes = article.toString().getBytes(StandardCharsets.UTF_8);
            crc.update(bytes);
            length += bytes.length;
        }
        BundledArticles bundled = new BundledArticles(
                "crc32c:" + Long.toHexString(crc.getValue()) + ":" + articles.size() + ":" + length, null);
        bundled.articles = List.copyOf(articles);
        return bundled;
    }

    /**
     * A file's bytes, with the way to read its articles from them: the fingerprint covers the bytes, so a list
     * whose file is unchanged is not read at all.
     */
    public static BundledArticles ofFile(byte[] bytes, Reader reader) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return new BundledArticles("file-crc32c:" + Long.toHexString(crc.getValue()) + ":" + bytes.length, reader);
    }

    /**
     * What tells this list from another: the same list gives the same text. A CRC-32C with the lengths, not a
     * cryptographic digest, which would bring the JDK's security providers up on every start to compare the app's
     * list with its own earlier one.
     */
    public String fingerprint() {
        return fingerprint;
    }

    /** The articles, read on the first call. */
    public synchronized List<Article> articles() throws ArticlesFileException {
        if (articles == null) {
            articles = List.copyOf(reader.read());
        }
        return articles;
    }
}
