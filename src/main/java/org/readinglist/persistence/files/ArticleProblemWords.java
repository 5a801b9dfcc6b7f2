package org.readinglist.persistence.files;

import org.readinglist.i18n.Messages;

/**
 * The words for an {@link ArticleProblem}: "article 40 ("A title"): "title" is missing or empty". One place for
 * them, used by the strict reader's refusal and by the window's import dialog alike.
 */
public final class ArticleProblemWords {

    private ArticleProblemWords() {
    }

    public static String describe(ArticleProblem problem, Messages messages) {
        String where = article(problem, messages);
        return switch (problem.reason()) {
            case NOT_AN_OBJECT -> messages.format("articles.notAnObject", problem.position());
            case DUPLICATE_ID -> messages.format("articles.duplicateId", where, problem.detail(), problem.earlier());
            default -> messages.format("articles.articleProblem", where, reason(problem, messages));
        };
    }

    private static String reason(ArticleProblem problem, Messages messages) {
        return switch (problem.reason()) {
            case TITLE_MISSING -> messages.get("articles.titleMissing");
            case ID_EMPTY -> messages.get("articles.idEmpty");
            case NOT_TEXT -> messages.format("articles.notText", problem.detail());
            case NOT_TEXT_LIST -> messages.format("articles.notTextList", problem.detail());
            case READ_MINUTES_NOT_WHOLE -> messages.get("articles.readMinutesWhole");
            case READ_MINUTES_NOT_WHOLE_IN_RANGE -> messages.get("articles.readMinutesWholeInRange");
            case READ_MINUTES_OUT_OF_RANGE -> messages.get("articles.readMinutesInRange");
            case PUBLISHED_NOT_DATE -> messages.format("articles.publishedNotDate", problem.detail());
            case NOT_AN_INSTANT -> messages.format("articles.notInstant", problem.detail());
            case NOT_AN_OBJECT, DUPLICATE_ID -> throw new IllegalArgumentException("worded whole: " + problem);
        };
    }

    /** "article 40" or "article 40 ("A title")". */
    public static String article(ArticleProblem problem, Messages messages) {
        return problem.title() == null ? messages.format("articles.article", problem.position())
                : messages.format("articles.articleTitled", problem.position(), problem.title());
    }
}
