package org.readinglist.logic;

import java.util.List;
import org.readinglist.model.Article;

/**
 * Finds an article's index by its id: an open-addressing table, a few bytes per article instead of a map entry and
 * a boxed number. The first of several articles with the same id wins. Each slot holds the id's hash beside the
 * index, so a probe reads one array entry and looks at an article only when the hashes are equal; the articles' ids
 * are hashed and compared where they are kept, without making strings of them.
 */
final class ArticleIndexLookup {

    private final List<Article> articles;
    /** per slot: the id's hash in the upper half, the index + 1 in the lower half; 0 when empty */
    private final long[] slots;
    private final int mask;

    ArticleIndexLookup(List<Article> articles) {
        this.articles = articles;
        int capacity = Integer.highestOneBit(Math.max(4, articles.size() * 2 - 1)) << 1;
        slots = new long[capacity];
        mask = capacity - 1;
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            int hash = article.idHash();
            int slot = spread(hash) & mask;
            boolean twin = false;
            while (slots[slot] != 0) {
                if (hashAt(slot) == hash && articles.get(indexAt(slot)).hasSameId(article)) {
                    twin = true;
                    break;
                }
                slot = (slot + 1) & mask;
            }
            if (!twin) {
                slots[slot] = ((long) hash << 32) | (i + 1L);
            }
        }
    }

    int indexOf(String id) {
        int hash = id.hashCode();
        int slot = spread(hash) & mask;
        while (slots[slot] != 0) {
            if (hashAt(slot) == hash) {
                int index = indexAt(slot);
                if (articles.get(index).hasId(id)) {
                    return index;
                }
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private int hashAt(int slot) {
        return (int) (slots[slot] >>> 32);
    }

    private int indexAt(int slot) {
        return (int) slots[slot] - 1;
    }

    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
