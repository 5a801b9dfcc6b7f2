package org.readinglist.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.readinglist.model.Article;

/** Changes made by index give the list that {@link ArticleChange#applyTo} gives, change after change. */
class ChangedListTest {

    private static Article article(String id, String title) {
        return new Article(id, title, "Co", "", List.of("t"), 1, null, null, null);
    }

    @Test
    void manyChangesInARowGiveWhatApplyingThemOneByOneGives() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            List<Article> base = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                base.add(article("a" + i, "Title " + i));
            }
            Map<String, Integer> positions = new HashMap<>();
            for (int i = 0; i < base.size(); i++) {
                positions.put(base.get(i).id(), i);
            }
            ChangedList changed = new ChangedList(List.copyOf(base), id -> positions.getOrDefault(id, -1));
            List<Article> expected = List.copyOf(base);
            List<ArticleChange> made = new ArrayList<>();
            for (int step = 0; step < 12; step++) {
                ArticleChange change = someChange(random, expected, made, step);
                made.add(change);
                changed.apply(change);
                expected = change.applyTo(expected);
                assertThat(changed.list()).as("round %d, step %d: %s", round, step, change.kind())
                        .containsExactlyElementsOf(expected);
            }
        }
    }

    private static ArticleChange someChange(Random random, List<Article> now, List<ArticleChange> made, int step) {
        int choice = random.nextInt(6);
        if (choice == 0 && !made.isEmpty()) {
            return made.get(random.nextInt(made.size())).inverse(); // an undo, perhaps of an older change
        }
        if (choice == 1 && !now.isEmpty()) {
            List<Article> gone = new ArrayList<>();
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                Article pick = now.get(random.nextInt(now.size()));
                if (!gone.contains(pick)) {
                    gone.add(pick);
                }
            }
            return ArticleChange.removed(gone);
        }
        if (choice == 2 && !now.isEmpty()) {
            Article before = now.get(random.nextInt(now.size()));
            return ArticleChange.edited(before, article(before.id(), before.title() + " edited " + step));
        }
        if (choice == 3) {
            // an article of an id that is listed (or was): replaced in place, or added at the end
            return ArticleChange.added(article("a" + random.nextInt(35), "Again " + step));
        }
        if (choice == 4) {
            // an edit of an article that is not listed: nothing changes
            return ArticleChange.edited(article("x" + step, "Gone"), article("x" + step, "Still gone"));
        }
        return ArticleChange.added(article("new-" + step + "-" + random.nextInt(3), "New " + step));
    }
}
