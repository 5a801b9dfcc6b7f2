package org.readinglist.model;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article of the reading list. {@code url}, {@code published} and {@code authors} may be unknown (null);
 * they are kept unknown rather than guessed.
 *
 * <p>An immutable value, equal to another when all its parts are. A list may hold a million articles, so the id,
 * title, summary and link, which differ from article to article, are kept one after the other in one array: one byte
 * per character when every character is Latin-1, else two. The accessors make a new string on each call;
 * the other parts, which articles share, are kept as given.
 */
public final class Article {

    private final String company;
    private final List<String> tags;
    private final int readMinutes;
    private final LocalDate published;
    private final List<String> authors;
    /**
     * holds the id, title, summary and url (if known) from {@link #offset} on, {@link #bytes} long: one character per
     * byte or, when {@link #idEnd} is negative, per two
     */
    private final byte[] text;
    private final int offset;
    private final int bytes;
    /** end of the id in {@link #text}, in characters; as {@code ~end} when the characters take two bytes */
    private final int idEnd;
    /** end of the title in {@link #text}, in characters */
    private final int titleEnd;
    /** end of the summary in {@link #text}, in characters; as {@code ~end} when the url is unknown */
    private final int summaryEnd;

    public Article(String id, String title, String company, String summary, List<String> tags, int readMinutes,
                   String url, LocalDate published, List<String> authors) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        if (readMinutes < 0) {
            throw new IllegalArgumentException("readMinutes must not be negative: " + readMinutes);
        }
        this.company = company == null ? "" : company;
        this.tags = List.copyOf(tags == null ? List.of() : tags);
        this.readMinutes = readMinutes;
        this.published = published;
        this.authors = authors == null ? null : List.copyOf(authors);
        String summaryText = summary == null ? "" : summary;
        String urlText = url == null ? "" : url;
        int length = id.length() + title.length() + summaryText.length() + urlText.length();
        boolean latin1 = isLatin1(id) && isLatin1(title) && isLatin1(summaryText) && isLatin1(urlText);
        byte[] packed = new byte[latin1 ? length : length * 2];
        int idEndValue = put(id, packed, 0, latin1);
        this.titleEnd = put(title, packed, idEndValue, latin1);
        int summaryEndValue = put(summaryText, packed, titleEnd, latin1);
        put(urlText, packed, summaryEndValue, latin1);
        this.text = packed;
        this.offset = 0;
        this.bytes = packed.length;
        this.idEnd = latin1 ? idEndValue : ~idEndValue;
        this.summaryEnd = url == null ? ~summaryEndValue : summaryEndValue;
    }

    private Article(byte[] text, int offset, int bytes, int idEnd, int titleEnd, int summaryEnd, String company,
                    List<String> tags, int readMinutes, LocalDate published, List<String> authors) {
        this.text = text;
        this.offset = offset;
        this.bytes = bytes;
        this.idEnd = idEnd;
        this.titleEnd = titleEnd;
        this.summaryEnd = summaryEnd;
        this.company = Objects.requireNonNull(company, "company");
        this.tags = List.copyOf(tags);
        this.readMinutes = readMinutes;
        this.published = published;
        this.authors = authors == null ? null : List.copyOf(authors);
    }

    /**
     * An article whose id, title, summary and url are the {@code length} bytes at {@code offset} of {@code block},
     * in the packed form another article's {@link #copyPackedTexts} gave, with the ends its
     * {@link #packedIdEnd}, {@link #packedTitleEnd} and {@link #packedSummaryEnd} gave. The block is shared, not
     * copied: it must not change afterwards. For a cache that keeps articles as they are kept in memory.
     *
     * @throws IllegalArgumentException when the ends do not fit the bytes
     */
    public static Article fromPacked(byte[] block, int offset, int length, int idEnd, int titleEnd, int summaryEnd,
                                     String company, List<String> tags, int readMinutes, LocalDate published,
                                     List<String> authors) {
        boolean twoBytes = idEnd < 0;
        int chars = twoBytes ? length / 2 : length;
        int idLength = twoBytes ? ~idEnd : idEnd;
        int summaryLength = summaryEnd < 0 ? ~summaryEnd : summaryEnd;
        if (offset < 0 || length < 0 || offset > block.length - length || (twoBytes && length % 2 != 0)
                || idLength > titleEnd || titleEnd > summaryLength || summaryLength > chars || readMinutes < 0) {
            throw new IllegalArgumentException("packed texts that do not fit: " + offset + "+" + length + " of "
                    + block.length + ", ends " + idEnd + "/" + titleEnd + "/" + summaryEnd);
        }
        return new Article(block, offset, length, idEnd, titleEnd, summaryEnd, company, tags, readMinutes,
                published, authors);
    }

    /** How many bytes {@link #copyPackedTexts} writes. */
    public int packedLength() {
        return bytes;
    }

    /** Copies the packed id, title, summary and url to {@code into} from {@code at}. */
    public void copyPackedTexts(byte[] into, int at) {
        System.arraycopy(text, offset, into, at, bytes);
    }

    /** The end of the id in the packed texts, as {@link #fromPacked} takes it. */
    public int packedIdEnd() {
        return idEnd;
    }

    /** The end of the title in the packed texts, as {@link #fromPacked} takes it. */
    public int packedTitleEnd() {
        return titleEnd;
    }

    /** The end of the summary in the packed texts, as {@link #fromPacked} takes it. */
    public int packedSummaryEnd() {
        return summaryEnd;
    }

    private static boolean isLatin1(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("deprecation") // the one copy of a string's characters to bytes, exact for Latin-1
    private static int put(String s, byte[] into, int at, boolean latin1) {
        int n = s.length();
        if (latin1) {
            s.getBytes(0, n, into, at);
            return at + n;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            into[2 * (at + i)] = (byte) (c >>> 8);
            into[2 * (at + i) + 1] = (byte) c;
        }
        return at + n;
    }

    private String part(int from, int to) {
        if (idEnd >= 0) {
            return new String(text, offset + from, to - from, StandardCharsets.ISO_8859_1);
        }
        // char by char: unpaired surrogates are kept as they were, which a charset decoder would replace
        char[] chars = new char[to - from];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = charAt(from + i);
        }
        return new String(chars);
    }

    /** The character at this place of {@link #text}: one byte, or two, big-endian. */
    private char charAt(int index) {
        if (idEnd >= 0) {
            return (char) (text[offset + index] & 0xFF);
        }
        int at = offset + 2 * index;
        return (char) (((text[at] & 0xFF) << 8) | (text[at + 1] & 0xFF));
    }

    private int idLength() {
        return idEnd >= 0 ? idEnd : ~idEnd;
    }

    private int summaryEnd() {
        return summaryEnd >= 0 ? summaryEnd : ~summaryEnd;
    }

    private int textLength() {
        return idEnd >= 0 ? bytes : bytes / 2;
    }

    public String id() {
        return part(0, idLength());
    }

    /** Whether this is the article's id; compared without making a string of it. */
    public boolean hasId(String candidate) {
        int length = idLength();
        if (candidate.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (charAt(i) != candidate.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the other article has the same id; compared without making strings of them. */
    public boolean hasSameId(Article other) {
        int length = idLength();
        if (other.idLength() != length) {
            return false;
        }
        if ((idEnd >= 0) == (other.idEnd >= 0)) {
            int idBytes = idEnd >= 0 ? length : 2 * length;
            return Arrays.equals(text, offset, offset + idBytes, other.text, other.offset, other.offset + idBytes);
        }
        for (int i = 0; i < length; i++) {
            if (charAt(i) != other.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@code id().hashCode()}, computed without making a string of the id. */
    public int idHash() {
        int hash = 0;
        for (int i = 0, length = idLength(); i < length; i++) {
            hash = 31 * hash + charAt(i);
        }
        return hash;
    }

    public String title() {
        return part(idLength(), titleEnd);
    }

    public String company() {
        return company;
    }

    /** The summary; empty when the list gives none. */
    public String summary() {
        return part(titleEnd, summaryEnd());
    }

    public List<String> tags() {
        return tags;
    }

    public int readMinutes() {
        return readMinutes;
    }

    /** The article's address, or null when unknown. */
    public String url() {
        return summaryEnd < 0 ? null : part(summaryEnd(), textLength());
    }

    /** The publication date, or null when unknown. */
    public LocalDate published() {
        return published;
    }

    /** The authors, or null when unknown. */
    public List<String> authors() {
        return authors;
    }

    public Optional<LocalDate> publishedIfKnown() {
        return Optional.ofNullable(published);
    }

    public Optional<List<String>> authorsIfKnown() {
        return Optional.ofNullable(authors);
    }

    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        // equal texts are packed alike, so their bytes and ends compare the id, title, summary and url
        return other instanceof Article that
                && readMinutes == that.readMinutes
                && idEnd == that.idEnd
                && titleEnd == that.titleEnd
                && summaryEnd == that.summaryEnd
                && company.equals(that.company)
                && tags.equals(that.tags)
                && Objects.equals(published, that.published)
                && Objects.equals(authors, that.authors)
                && Arrays.equals(text, offset, offset + bytes, that.text, that.offset, that.offset + bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(company, tags, readMinutes, published, authors, idEnd, titleEnd, summaryEnd)
                * 31 + textHash();
    }

    /** {@link Arrays#hashCode(byte[])} of the texts' bytes, wherever they lie. */
    private int textHash() {
        int hash = 1;
        for (int i = offset, end = offset + bytes; i < end; i++) {
            hash = 31 * hash + text[i];
        }
        return hash;
    }

    @Override
    public String toString() {
        return "Article[id=" + id() + ", title=" + title() + ", company=" + company + ", summary=" + summary()
                + ", tags=" + tags + ", readMinutes=" + readMinutes + ", url=" + url() + ", published=" + published
                + ", authors=" + authors + "]";
    }
}
