package org.readinglist.ui.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.readinglist.model.Article;

class ListRowsTest {

    private static final List<Article> ARTICLES = IntStream.range(0, 5)
            .mapToObj(i -> new Article("id" + i, "Title " + i, "Co", "", List.of(), 1, null, null, null))
            .toList();

    @Test
    void makesARowOnlyWhenAskedAndThenAlwaysTheSameOne() {
        List<String> asked = new ArrayList<>();
        ListRows rows = new ListRows(ARTICLES, id -> {
            asked.add(id);
            return null;
        });

        assertThat(rows.size()).isEqualTo(5);
        List<ArticleRow> made = new ArrayList<>();
        rows.forEachMade(made::add);
        assertThat(made).isEmpty();
        assertThat(asked).isEmpty();

        ArticleRow third = rows.get(2);

        assertThat(third.article()).isSameAs(ARTICLES.get(2));
        assertThat(third.index()).isEqualTo(2);
        assertThat(rows.get(2)).isSameAs(third);
        assertThat(asked).containsExactly("id2");
        rows.forEachMade(made::add);
        assertThat(made).containsExactly(third);
    }

    @Test
    void aRowStartsFromTheReadStateOfTheMomentItIsMade() {
        Map<String, Instant> marks = new HashMap<>();
        ListRows rows = new ListRows(ARTICLES, marks::get);
        ArticleRow first = rows.get(0);
        Instant later = Instant.parse("2026-11-28T10:00:00Z");

        marks.put("id0", later);
        marks.put("id1", later);

        assertThat(first.isRead()).isFalse(); // a made row changes only through the state
        assertThat(rows.get(1).isRead()).isTrue();
        assertThat(rows.get(1).getReadAt()).isEqualTo(later);
    }

    @Test
    void onlyRowsMadeAlreadyTakeTheirReadStateAnew() {
        Map<String, Instant> marks = new HashMap<>();
        ListRows rows = new ListRows(ARTICLES, marks::get);
        ArticleRow first = rows.get(0);
        ArticleRow second = rows.get(1);
        Instant later = Instant.parse("2026-11-28T10:00:00Z");
        marks.put("id0", later);
        marks.put("id1", later);
        marks.put("id2", later);

        rows.reread(List.of("id0", "id2", "elsewhere"),
                id -> id.startsWith("id") ? Integer.parseInt(id.substring(2)) : -1);

        assertThat(first.getReadAt()).isEqualTo(later);
        assertThat(second.isRead()).as("not marked here").isFalse();
        List<ArticleRow> made = new ArrayList<>();
        rows.forEachMade(made::add);
        assertThat(made).containsExactly(first, second);

        rows.rereadAll();

        assertThat(second.getReadAt()).isEqualTo(later);
    }

    @Test
    void holdsOnlyItsOwnRows() {
        ListRows rows = new ListRows(ARTICLES, id -> null);
        ListRows reloaded = new ListRows(ARTICLES, id -> null);
        ListRows shorter = new ListRows(ARTICLES.subList(0, 2), id -> null);

        assertThat(rows.holds(rows.get(4))).isTrue();
        assertThat(rows.holds(reloaded.get(4))).isFalse();
        assertThat(shorter.holds(rows.get(4))).isFalse();
        assertThat(ListRows.NONE.holds(rows.get(0))).isFalse();
    }
}
