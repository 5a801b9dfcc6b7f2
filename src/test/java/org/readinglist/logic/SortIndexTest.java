package org.readinglist.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.readinglist.model.Article;
import org.readinglist.model.SortColumn;

class SortIndexTest {

    /** Upper and lower case, letters whose lower case is longer or outside ASCII, and repeats. */
    private static final String[] PIECES = {"a", "A", "b", "B", "z", "Z", " ", "-", "1", "\u00e9", "\u00c9", "\u0130",
        "i", "\u00df", "SS", "\u03a3", "\u03c3", "\u00e6", "~", "\u00ff", "Ab", "aB"};

    @Test
    void comparesAsTheLowerCasedTextsDo() {
        Random random = new Random(11);
        for (int n = 0; n < 200_000; n++) {
            String a = text(random);
            String b = random.nextInt(5) == 0 ? a.toUpperCase(java.util.Locale.ROOT) : text(random);
            assertThat(Integer.signum(SortIndex.compareNormalized(a, b)))
                    .as("%s vs %s", a, b)
                    .isEqualTo(Integer.signum(SearchText.normalize(a).compareTo(SearchText.normalize(b))));
        }
    }

    @Test
    void titlesSortByLowerCasedTextWithTiesInListOrder() {
        Random random = new Random(3);
        for (int size : new int[] {0, 1, 2, 31, 32, 33, 65, 1000, 5000}) {
            List<Article> articles = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                String title = random.nextInt(3) == 0 ? "Designing " + text(random) : text(random) + "t";
                articles.add(new Article("id" + i, title, "", "", List.of(), 0, null, null, null));
            }
            SortIndex index = SortIndex.build(SortColumn.TITLE, articles);

            List<Integer> expected = IntStream.range(0, size).boxed()
                    .sorted(Comparator.comparing(i -> SearchText.normalize(articles.get(i).title())))
                    .toList();
            assertThat(IntStream.of(index.order).boxed().toList()).as("size %d", size).isEqualTo(expected);
            for (int p = 1; p < size; p++) {
                boolean sameKey = SearchText.normalize(articles.get(index.order[p - 1]).title())
                        .equals(SearchText.normalize(articles.get(index.order[p]).title()));
                assertThat(index.rank[index.order[p]] == index.rank[index.order[p - 1]]).isEqualTo(sameKey);
            }
        }
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        // short texts tie often; long ones share their first eight characters often
        int pieces = random.nextBoolean() ? random.nextInt(4) : 4 + random.nextInt(8);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }
}
