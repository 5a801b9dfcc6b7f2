package org.readinglist.ui.state;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.readinglist.i18n.Messages;
import org.readinglist.library.ArticlesImport;
import org.readinglist.persistence.files.ArticleProblem;
import org.readinglist.persistence.files.ArticleProblemWords;
import org.readinglist.persistence.files.ArticlesRead;
import org.readinglist.persistence.library.Merge;

/** Puts imports into the user's words: what an import did, why a file or an article was not taken in. */
public final class ImportTexts {

    /** At most this many skipped articles are named in an import's summary. */
    static final int SKIPPED_NAMED = 3;

    private ImportTexts() {
    }

    /**
     * "Imported F: 12 added, 3 updated, 4 unchanged, 1 skipped (article 40: "title" is missing or empty)." (with
     * "1 removed" before the skipped ones when the file removed articles) and, when it applies, how many read marks
     * came in and how many articles had a text cut.
     */
    public static String summary(ArticlesImport.Outcome outcome, Messages messages) {
        Merge.Summary summary = outcome.summary();
        record Named(int position, String text) {
        }
        List<Named> named = new ArrayList<>();
        outcome.problems().stream().limit(SKIPPED_NAMED).forEach(problem -> named.add(
                new Named(problem.position(), ArticleProblemWords.describe(problem, messages))));
        summary.skipped().stream().limit(SKIPPED_NAMED).forEach(skip -> named.add(new Named(skip.position(),
                messages.format("import.skippedRemoved", skip.position(), skip.id()))));
        List<String> first = named.stream().sorted(Comparator.comparingInt(Named::position)).limit(SKIPPED_NAMED)
                .map(Named::text).toList();
        StringBuilder text = new StringBuilder(messages.format(
                summary.removed() > 0 ? "import.summaryRemoved" : "import.summary", outcome.file(), summary.added(),
                summary.updated(), summary.unchanged(), outcome.skippedCount(),
                first.isEmpty() ? "" : " (" + String.join("; ", first) + ")", summary.removed()));
        if (summary.marks() > 0) {
            text.append(' ').append(messages.format("import.marks", summary.marks()));
        }
        if (outcome.cut() > 0) {
            text.append(' ').append(cut(outcome.cut(), messages));
        }
        return text.toString();
    }

    /** Whether the summary tells of something the user should look at: articles left out or texts cut. */
    public static boolean isWarning(ArticlesImport.Outcome outcome) {
        return outcome.skippedCount() > 0 || outcome.cut() > 0;
    }

    /** "3 articles had a text too long to keep whole; they were cut." */
    static String cut(int articles, Messages messages) {
        return messages.format("import.cut", articles);
    }

    /** "Nothing was imported from F: article 3: …" for a file with problems, when no one can be asked. */
    public static String refused(Path file, ArticlesRead read, Messages messages) {
        return refused(file, read.problems().get(0), messages);
    }

    /** "Nothing was imported from F: article 3: …", naming the file's first problem. */
    static String refused(Path file, ArticleProblem firstProblem, Messages messages) {
        return messages.format("import.failed", file, ArticleProblemWords.describe(firstProblem, messages));
    }

    /** Each kept problem in words, and how many more there are. */
    public static List<String> problems(ArticlesRead read, int shown, Messages messages) {
        List<String> lines = new ArrayList<>();
        for (ArticleProblem problem : read.problems().subList(0, Math.min(shown, read.problems().size()))) {
            lines.add(ArticleProblemWords.describe(problem, messages));
        }
        if (read.problemCount() > lines.size()) {
            lines.add(messages.format("import.moreProblems", read.problemCount() - lines.size()));
        }
        return lines;
    }
}
