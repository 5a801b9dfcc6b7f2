package org.readinglist.logic;

import java.util.List;
import org.readinglist.model.Article;

/**
 * Finds an article's index by its id: an open-addressing table of indices, a few bytes per article instead of a
 * map entry and a boxed number. The first of several articles with the same id wins. The articles' ids are hashed
 * and compared where they are kept, without making strings of them.
 */
final class ArticleIndexLookup {

    private final List<Article> articles;
    private final int[] slots;
    private final int mask;

    ArticleIndexLookup(List<Article> articles) {
        this.articles = articles;
        int capacity = Integer.highestOneBit(Math.max(4, articles.size() * 2 - 1)) << 1;
        slots = new int[capacity];
        mask = capacity - 1;
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            int slot = spread(article.idHash()) & mask;
            String id = null;
            while (slots[slot] != 0) {
                id = id == null ? article.id() : id;
                if (articles.get(slots[slot] - 1).hasId(id)) {
                    break;
                }
                slot = (slot + 1) & mask;
            }
            if (slots[slot] == 0) {
                slots[slot] = i + 1;
            }
        }
    }

    int indexOf(String id) {
        int slot = spread(id.hashCode()) & mask;
        while (slots[slot] != 0) {
            int index = slots[slot] - 1;
            if (articles.get(index).hasId(id)) {
                return index;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
