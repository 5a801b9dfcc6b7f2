package org.readinglist.logic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.readinglist.model.Article;

/**
 * An inverted index of the articles' search text. The text is split where a query splits (spaces, tabs, line
 * breaks), so a query word, which holds none of those, occurs in an article's text exactly when it occurs inside one
 * of its tokens. A word is looked up by scanning the distinct tokens (far fewer than the articles) and joining the
 * postings of those that contain it. Postings are delta-encoded varints, one byte for most entries.
 *
 * <p>Queries are answered one at a time ({@code synchronized}); the last few words are cached, and a word that
 * extends a cached one (the user typed one more letter) only scans the tokens that matched it.
 */
final class TextIndex {

    private static final int CACHED_WORDS = 16;

    private final int size;
    private final String[] tokens;
    private final byte[][] postings;
    private final Map<String, Match> cache = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Match> eldest) {
            return size() > CACHED_WORDS;
        }
    };

    private record Match(int[] tokenIds, long[] articles) {
    }

    private TextIndex(int size, String[] tokens, byte[][] postings) {
        this.size = size;
        this.tokens = tokens;
        this.postings = postings;
    }

    /** An index from parts built before ({@link #tokens()}, {@link #postings()}) for a list of this size. */
    static TextIndex of(int size, String[] tokens, byte[][] postings) {
        return new TextIndex(size, tokens, postings);
    }

    /** The distinct tokens, in the order they first occur; shared, not to be changed. */
    String[] tokens() {
        return tokens;
    }

    /** Per token, its articles as varint gaps; shared, not to be changed. */
    byte[][] postings() {
        return postings;
    }

    static TextIndex build(List<Article> articles) {
        Map<String, Postings> byToken = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (int index = 0; index < articles.size(); index++) {
            String text = SearchText.haystackOf(articles.get(index));
            int length = text.length();
            int start = 0;
            while (start < length) {
                while (start < length && isSeparator(text.charAt(start))) {
                    start++;
                }
                int end = start;
                while (end < length && !isSeparator(text.charAt(end))) {
                    end++;
                }
                if (end > start) {
                    String token = text.substring(start, end);
                    Postings list = byToken.get(token);
                    if (list == null) {
                        list = new Postings();
                        byToken.put(token, list);
                        order.add(token);
                    }
                    list.add(index);
                }
                start = end;
            }
        }
        String[] tokens = order.toArray(String[]::new);
        byte[][] postings = new byte[tokens.length][];
        for (int i = 0; i < tokens.length; i++) {
            postings[i] = byToken.get(tokens[i]).trimmed();
        }
        return new TextIndex(articles.size(), tokens, postings);
    }

    /** The separators of {@code String.split("\\s+")}, which {@link SearchText#wordsOf} uses for queries. */
    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    int distinctTokens() {
        return tokens.length;
    }

    /** Articles whose text contains every word; a new array the caller may change. */
    synchronized long[] matchingAll(List<String> words) {
        long[] result = null;
        for (String word : words) {
            long[] articles = match(word).articles();
            if (result == null) {
                result = articles.clone();
            } else {
                Bits.and(result, articles);
            }
        }
        return result == null ? Bits.all(size) : result;
    }

    private Match match(String word) {
        Match cached = cache.get(word);
        if (cached != null) {
            return cached;
        }
        int[] candidates = null;
        for (Map.Entry<String, Match> entry : cache.entrySet()) {
            // every token containing the new word also contains a cached part of it
            if (word.contains(entry.getKey())
                    && (candidates == null || entry.getValue().tokenIds().length < candidates.length)) {
                candidates = entry.getValue().tokenIds();
            }
        }
        int[] matching = new int[candidates == null ? 16 : candidates.length];
        int count = 0;
        int limit = candidates == null ? tokens.length : candidates.length;
        for (int i = 0; i < limit; i++) {
            int tokenId = candidates == null ? i : candidates[i];
            if (tokens[tokenId].contains(word)) {
                if (count == matching.length) {
                    matching = Arrays.copyOf(matching, count * 2);
                }
                matching[count++] = tokenId;
            }
        }
        matching = Arrays.copyOf(matching, count);
        long[] articles = new long[Bits.wordsFor(size)];
        for (int tokenId : matching) {
            addPostings(postings[tokenId], articles);
        }
        Match match = new Match(matching, articles);
        cache.put(word, match);
        return match;
    }

    private static void addPostings(byte[] encoded, long[] into) {
        int index = -1;
        int at = 0;
        while (at < encoded.length) {
            int delta = 0;
            int shift = 0;
            byte b;
            do {
                b = encoded[at++];
                delta |= (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            index += delta;
            into[index >>> 6] |= 1L << index;
        }
    }

    /** Ascending article indices of one token, each once, as varint gaps. */
    private static final class Postings {
        private byte[] bytes = new byte[4];
        private int length;
        private int last = -1;

        void add(int index) {
            if (index == last) {
                return;
            }
            int delta = index - last;
            last = index;
            if (length + 5 > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + 5));
            }
            while ((delta & ~0x7F) != 0) {
                bytes[length++] = (byte) ((delta & 0x7F) | 0x80);
                delta >>>= 7;
            }
            bytes[length++] = (byte) delta;
        }

        byte[] trimmed() {
            return Arrays.copyOf(bytes, length);
        }
    }
}
