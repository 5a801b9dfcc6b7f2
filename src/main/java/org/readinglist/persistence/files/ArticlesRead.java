package org.readinglist.persistence.files;

import java.util.List;
import org.readinglist.model.Article;
import org.readinglist.model.ReadMarks;

/**
 * What an articles file gives when read leniently: every article that can be used, in file order, with its place
 * in the file; the read marks the file carries for them; the ids of articles it says were removed; and why the
 * others cannot be used.
 */
public final class ArticlesRead {

    /** At most this many problems are kept (each is counted): a file of a million broken values stays small. */
    public static final int PROBLEMS_KEPT = 1_000;

    private final List<Article> articles;
    private final int[] positions;
    private final ReadMarks marks;
    private final List<String> removed;
    private final List<ArticleProblem> problems;
    private final int problemCount;
    private final int cut;

    /**
     * @param positions    the place in the file (from 1) of each article, in the same order
     * @param problems     the first {@link #PROBLEMS_KEPT} problems, in file order
     * @param problemCount how many articles have a problem
     * @param cut          how many articles had a text longer than {@link org.readinglist.model.FieldLimits} allows
     */
    public ArticlesRead(List<Article> articles, int[] positions, ReadMarks marks, List<ArticleProblem> problems,
                        int problemCount, int cut) {
        this(articles, positions, marks, List.of(), problems, problemCount, cut);
    }

    /** @param removed the ids the file's {@code "removed"} list gives, in file order, without repeats */
    public ArticlesRead(List<Article> articles, int[] positions, ReadMarks marks, List<String> removed,
                        List<ArticleProblem> problems, int problemCount, int cut) {
        if (positions.length != articles.size()) {
            throw new IllegalArgumentException(positions.length + " positions for " + articles.size() + " articles");
        }
        this.articles = articles;
        this.positions = positions;
        this.marks = marks;
        this.removed = List.copyOf(removed);
        this.problems = List.copyOf(problems);
        this.problemCount = problemCount;
        this.cut = cut;
    }

    /** The articles that can be used, in file order. */
    public List<Article> articles() {
        return articles;
    }

    /** The place in the file (from 1) of the article at this index of {@link #articles()}. */
    public int positionOf(int index) {
        return positions[index];
    }

    /** The marks the file gives ({@code readAt}, {@code unreadAt}), by the articles' ids. */
    public ReadMarks marks() {
        return marks;
    }

    /** The ids of the articles the file says were removed from the library it was exported from. */
    public List<String> removed() {
        return removed;
    }

    /** The same, with these removed ids. */
    ArticlesRead withRemoved(List<String> ids) {
        return new ArticlesRead(articles, positions, marks, ids, problems, problemCount, cut);
    }

    /** The first problems, in file order; {@link #problemCount()} says how many there are in all. */
    public List<ArticleProblem> problems() {
        return problems;
    }

    public int problemCount() {
        return problemCount;
    }

    public boolean hasProblems() {
        return problemCount > 0;
    }

    /** How many articles had a text cut to its limit. */
    public int cut() {
        return cut;
    }
}
