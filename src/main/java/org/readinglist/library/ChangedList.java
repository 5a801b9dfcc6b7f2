package org.readinglist.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.readinglist.model.Article;

/**
 * The articles an index was built from, with the few changes made to them since: which of them went, which were
 * replaced, which came at the end. It finds an article by the index's id lookup instead of walking the list, so a
 * change to a million articles costs a copy of the list, not a million ids made into strings: a second change made
 * while the index of the first is still being built (an Undo right after a removal) is as quick as the first. The
 * list it gives is the one {@link ArticleChange#applyTo} would give for each change in turn.
 */
final class ChangedList {

    private final List<Article> base;
    private final ToIntFunction<String> indexInBase;
    private final BitSet removed = new BitSet();
    private final Map<Integer, Article> replaced = new HashMap<>();
    private final List<Article> appended = new ArrayList<>();

    /** The index's articles, and where in them the article with an id is (negative: not there). */
    ChangedList(List<Article> base, ToIntFunction<String> indexInBase) {
        this.base = base;
        this.indexInBase = indexInBase;
    }

    /** Makes the change; the list as it is now comes from {@link #list}. */
    void apply(ArticleChange change) {
        for (Article article : change.replacedArticles()) {
            replace(article);
        }
        for (Article article : change.removedArticles()) {
            int index = indexInBase.applyAsInt(article.id());
            if (index >= 0 && !removed.get(index)) {
                removed.set(index);
                replaced.remove(index);
            } else {
                appended.removeIf(other -> other.hasSameId(article));
            }
        }
        for (Article article : change.addedArticles()) {
            put(article);
        }
    }

    /** Replaces the listed article of this id in place; one that is not listed stays out. */
    private void replace(Article article) {
        int index = indexInBase.applyAsInt(article.id());
        if (index >= 0 && !removed.get(index)) {
            replaced.put(index, article);
            return;
        }
        appended.replaceAll(other -> other.hasSameId(article) ? article : other);
    }

    /** Replaces the listed article of this id in place, or adds the article at the end when none is listed. */
    private void put(Article article) {
        int index = indexInBase.applyAsInt(article.id());
        if (index >= 0 && !removed.get(index)) {
            replaced.put(index, article);
            return;
        }
        for (int i = 0; i < appended.size(); i++) {
            if (appended.get(i).hasSameId(article)) {
                appended.set(i, article);
                return;
            }
        }
        appended.add(article);
    }

    /**
     * The articles with every change made: the base list's references copied in bulk (a million in a millisecond
     * or two), the replaced ones set, the removed ones left out, the added ones at the end.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    List<Article> list() {
        Object[] all = base.toArray();
        for (Map.Entry<Integer, Article> entry : replaced.entrySet()) {
            all[entry.getKey()] = entry.getValue();
        }
        Object[] list = new Object[all.length - removed.cardinality() + appended.size()];
        int to = 0;
        int from = 0;
        for (int gone = removed.nextSetBit(0); gone >= 0; gone = removed.nextSetBit(gone + 1)) {
            System.arraycopy(all, from, list, to, gone - from);
            to += gone - from;
            from = gone + 1;
        }
        System.arraycopy(all, from, list, to, all.length - from);
        to += all.length - from;
        for (Article article : appended) {
            list[to++] = article;
        }
        // a view of the array, which nothing else holds: no further copy of a million references
        return (List) Arrays.asList(list);
    }
}
