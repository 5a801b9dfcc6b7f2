package org.readinglist.library;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.readinglist.model.Article;

/**
 * One change the user made to the library's articles, as the list, the disk and Undo see it: the articles as they
 * were and as they are after it. An article only in {@link #before} goes away, one only in {@link #after} comes,
 * one in both (by id) is replaced. Its {@link #inverse()} takes it back.
 *
 * @param kind   what the user did
 * @param before the articles it changes, as they were (empty for an addition)
 * @param after  the same articles as they are after it (empty for a removal)
 * @param from   the tag renamed or deleted, else empty
 * @param to     the tag's new name, else empty
 */
public record ArticleChange(Kind kind, List<Article> before, List<Article> after, String from, String to) {

    public enum Kind {
        ADDED, EDITED, REMOVED, TAG_RENAMED, TAG_DELETED, RENAME_UNDONE, DELETE_UNDONE;

        Kind inverse() {
            return switch (this) {
                case ADDED -> REMOVED;
                case REMOVED -> ADDED;
                case EDITED -> EDITED;
                case TAG_RENAMED -> RENAME_UNDONE;
                case RENAME_UNDONE -> TAG_RENAMED;
                case TAG_DELETED -> DELETE_UNDONE;
                case DELETE_UNDONE -> TAG_DELETED;
            };
        }
    }

    public ArticleChange {
        before = List.copyOf(before);
        after = List.copyOf(after);
        from = Objects.requireNonNullElse(from, "");
        to = Objects.requireNonNullElse(to, "");
    }

    public static ArticleChange added(Article article) {
        return new ArticleChange(Kind.ADDED, List.of(), List.of(article), "", "");
    }

    public static ArticleChange edited(Article before, Article after) {
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("an edit keeps the id: " + before.id() + " / " + after.id());
        }
        return new ArticleChange(Kind.EDITED, List.of(before), List.of(after), "", "");
    }

    public static ArticleChange removed(List<Article> articles) {
        return new ArticleChange(Kind.REMOVED, articles, List.of(), "", "");
    }

    /** How many articles it changes. */
    public int count() {
        return Math.max(before.size(), after.size());
    }

    /** The change that takes this one back. */
    public ArticleChange inverse() {
        return new ArticleChange(kind.inverse(), after, before, to, from);
    }

    /** Whether the change takes articles out of the library. */
    public boolean removes() {
        return after.size() < before.size();
    }

    /** The articles it removes (in {@link #before} and not in {@link #after}). */
    public List<Article> removedArticles() {
        Set<String> staying = ids(after);
        return before.stream().filter(article -> !staying.contains(article.id())).toList();
    }

    /** The articles it adds (in {@link #after} and not in {@link #before}). */
    public List<Article> addedArticles() {
        Set<String> there = ids(before);
        return after.stream().filter(article -> !there.contains(article.id())).toList();
    }

    /** The articles it replaces, in their new form. */
    public List<Article> replacedArticles() {
        Set<String> there = ids(before);
        return after.stream().filter(article -> there.contains(article.id())).toList();
    }

    /**
     * The list with this change made: removed articles go, replaced ones change in place, added ones come at the
     * end (as the library file adds them).
     */
    public List<Article> applyTo(List<Article> list) {
        Map<String, Article> replacements = new HashMap<>();
        after.forEach(article -> replacements.put(article.id(), article));
        Set<String> gone = ids(removedArticles());
        Set<String> present = new HashSet<>();
        List<Article> next = new ArrayList<>(list.size() + after.size());
        for (Article article : list) {
            if (gone.contains(article.id())) {
                continue;
            }
            present.add(article.id());
            next.add(replacements.getOrDefault(article.id(), article));
        }
        for (Article article : addedArticles()) {
            if (!present.contains(article.id())) {
                next.add(article);
            }
        }
        return next;
    }

    private static Set<String> ids(List<Article> articles) {
        Set<String> ids = new HashSet<>();
        articles.forEach(article -> ids.add(article.id()));
        return ids;
    }
}
