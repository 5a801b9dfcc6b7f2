package org.readinglist.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.readinglist.i18n.Messages;
import org.readinglist.ui.RecordingDialogs;
import org.readinglist.ui.TestStates;
import org.readinglist.ui.state.ArticleRow;

class ArticleDetailViewModelTest {

    private final TestStates states = new TestStates().loaded();
    private final List<URI> opened = new ArrayList<>();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ArticleDetailViewModel viewModel = new ArticleDetailViewModel(states.state, dialogs, opened::add,
            new org.readinglist.ui.util.Notifier() {
                @Override
                public void info(String message) {
                    states.infos.add(message);
                }

                @Override
                public void warn(String message) {
                    states.warnings.add(message);
                }
            }, Messages.of(Locale.GERMANY), ZoneOffset.UTC);

    private ArticleRow select(String titleStart) {
        ArticleRow row = states.state.visibleRows().stream()
                .filter(r -> r.article().title().startsWith(titleStart)).findFirst().orElseThrow();
        states.state.selectedArticleProperty().set(row);
        return row;
    }

    @Test
    void nothingSelectedShowsThePlaceholder() {
        assertThat(viewModel.hasArticleProperty().get()).isFalse();
    }

    @Test
    void showsTheSelectedArticleWithLocalizedDate() {
        select("Democratizing");

        assertThat(viewModel.hasArticleProperty().get()).isTrue();
        assertThat(viewModel.publishedProperty().get()).isEqualTo("4. Mai 2026");
        assertThat(viewModel.authorsProperty().get()).isEqualTo("Saish Sali, Nipun Kumar und Sura Elamurugu");
        assertThat(viewModel.tags()).containsExactly("ml-systems", "microservices");
        assertThat(viewModel.readStatusProperty().get()).isEqualTo("Ungelesen");
        assertThat(viewModel.toggleReadTextProperty().get()).isEqualTo("Als gelesen markieren");
    }

    @Test
    void togglingReadShowsTheDateItWasMarked() {
        ArticleRow row = select("Democratizing");

        viewModel.toggleRead();

        assertThat(row.isRead()).isTrue();
        assertThat(viewModel.readStatusProperty().get()).isEqualTo("Gelesen am 28. November 2026");
        assertThat(viewModel.toggleReadTextProperty().get()).isEqualTo("Als ungelesen markieren");
        viewModel.toggleRead();
        assertThat(row.isRead()).isFalse();
    }

    @Test
    void openArticleOpensHttpsAddresses() {
        select("Netflix Live Origin");

        viewModel.openArticle();

        assertThat(opened).singleElement().asString().startsWith("https://netflixtechblog.com/netflix-live-origin");
    }

    @Test
    void editOpensTheEditorForTheShownArticleAndNothingWithoutOne() {
        viewModel.edit();
        assertThat(dialogs.opened).isEmpty();

        ArticleRow row = select("Democratizing");
        viewModel.edit();

        assertThat(dialogs.opened).containsExactly("edit " + row.id());
    }

    @Test
    void clickingATagChipShowsOnlyThatTag() {
        select("Democratizing");

        viewModel.filterByTag("microservices");

        assertThat(states.state.filters().selectedTags()).containsExactly("microservices");
        assertThat(states.state.visibleRows()).hasSize(7);
    }

    @Test
    void namesAreJoinedLikeASentence() {
        assertThat(viewModel.joinNames(List.of("A"))).isEqualTo("A");
        assertThat(viewModel.joinNames(List.of("A", "B"))).isEqualTo("A und B");
    }
}
