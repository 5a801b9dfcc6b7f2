package org.readinglist.library;

import java.util.ArrayList;
import java.util.List;
import org.readinglist.model.Article;

/** Renaming and deleting a tag across the library, as changes to the articles that carry it. */
public final class TagEdits {

    private TagEdits() {
    }

    /** Renames the tag on every article that has it; an article that has both names keeps one, in the first place. */
    public static ArticleChange rename(List<Article> articles, String from, String to) {
        List<Article> before = new ArrayList<>();
        List<Article> after = new ArrayList<>();
        for (Article article : articles) {
            if (article.tags().contains(from)) {
                before.add(article);
                after.add(withTags(article, article.tags().stream().map(tag -> tag.equals(from) ? to : tag)
                        .distinct().toList()));
            }
        }
        return new ArticleChange(ArticleChange.Kind.TAG_RENAMED, before, after, from, to);
    }

    /** Takes the tag off every article that has it. */
    public static ArticleChange delete(List<Article> articles, String tag) {
        List<Article> before = new ArrayList<>();
        List<Article> after = new ArrayList<>();
        for (Article article : articles) {
            if (article.tags().contains(tag)) {
                before.add(article);
                after.add(withTags(article, article.tags().stream().filter(t -> !t.equals(tag)).toList()));
            }
        }
        return new ArticleChange(ArticleChange.Kind.TAG_DELETED, before, after, tag, "");
    }

    static Article withTags(Article article, List<String> tags) {
        return new Article(article.id(), article.title(), article.company(), article.summary(), tags,
                article.readMinutes(), article.url(), article.published(), article.authors());
    }
}
