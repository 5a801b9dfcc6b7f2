package org.readinglist.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readinglist.i18n.Messages;
import org.readinglist.library.ArticlesExport;
import org.readinglist.library.ArticlesImport;
import org.readinglist.logic.IndexedQueryEngine;
import org.readinglist.model.Article;
import org.readinglist.model.ReadMarks;
import org.readinglist.persistence.AtomicFileWriter;
import org.readinglist.persistence.files.GsonArticleRepository;
import org.readinglist.persistence.files.GsonArticlesFileWriter;
import org.readinglist.persistence.library.LibraryStore;
import org.readinglist.ui.CurrentThreadTaskExecutor;
import org.readinglist.library.ListLoader;
import org.readinglist.library.ReadingList;
import org.readinglist.ui.state.ReadingListState;
import org.readinglist.ui.util.FileChoices;
import org.readinglist.ui.util.Notifier;
import org.readinglist.web.UrlNormalizer;

/** Import and export as the menu commands run them, against a real library, on one thread. */
class TransferViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:15:30Z");
    private static final Messages ENGLISH = Messages.of(Locale.US);

    @TempDir
    Path dir;

    private final List<String> infos = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Deque<Path> chosen = new ArrayDeque<>();
    private final List<String> asked = new ArrayList<>();
    /** What the next question is answered with. */
    private boolean importUsable = true;
    private Optional<TransferDialogs.ExportScope> exportScope = Optional.of(TransferDialogs.ExportScope.ALL);
    /** Runs while the file is read, after the first progress report: a click on Cancel, say. */
    private Runnable whileReading = () -> { };

    private LibraryStore library;
    private ReadingListState state;
    private TransferViewModel viewModel;

    @BeforeEach
    void openLibrary() {
        library = new LibraryStore(dir.resolve("data"), Clock.systemUTC(), UrlNormalizer::key);
        viewModel = viewModelFor(library);
    }

    @AfterEach
    void closeLibrary() {
        library.close();
    }

    private TransferViewModel viewModelFor(LibraryStore store) {
        Notifier notifier = new Notifier() {
            @Override
            public void info(String message) {
                infos.add(message);
            }

            @Override
            public void warn(String message) {
                warnings.add(message);
            }
        };
        GsonArticleRepository repository = new GsonArticleRepository(ENGLISH);
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        state = new ReadingListState(new ReadingList(new ListLoader(repository, store, IndexedQueryEngine::new),
                marks -> saveQuietly(store, marks.get()), change -> { }, IndexedQueryEngine::new, executor,
                Clock.fixed(NOW, ZoneOffset.UTC)), executor, notifier, ENGLISH);
        state.reload();
        FileChoices files = new FileChoices() {
            @Override
            public Optional<Path> fileToImport() {
                return Optional.ofNullable(chosen.poll());
            }

            @Override
            public Optional<Path> exportTarget(String suggestedName) {
                asked.add("export as " + suggestedName);
                return Optional.ofNullable(chosen.poll());
            }

            @Override
            public Optional<Path> subscriptionsToImport() {
                throw new AssertionError("articles only");
            }

            @Override
            public Optional<Path> subscriptionsTarget(String suggestedName) {
                throw new AssertionError("articles only");
            }
        };
        TransferDialogs dialogs = new TransferDialogs() {
            @Override
            public void askImportUsable(Path file, int usable, int withProblems, List<String> problems,
                                        Consumer<Boolean> answer) {
                asked.add(usable + " usable, " + withProblems + " with problems: " + problems);
                answer.accept(importUsable);
            }

            @Override
            public void askExportScope(int all, int shown, Consumer<Optional<ExportScope>> answer) {
                asked.add("export " + all + " or " + shown);
                answer.accept(exportScope);
            }
        };
        return new TransferViewModel(new ArticlesImport(new ProgressHook(repository), store),
                new ArticlesExport(new GsonArticlesFileWriter(new AtomicFileWriter(), () -> List.of(store.file())),
                        store::removedIds), state, files, dialogs, executor, notifier, ENGLISH);
    }

    /** Reads through the app's reader, running {@link #whileReading} at the first progress report. */
    private final class ProgressHook implements org.readinglist.persistence.files.ArticleRepository {
        private final GsonArticleRepository files;

        ProgressHook(GsonArticleRepository files) {
            this.files = files;
        }

        @Override
        public List<Article> loadBundled() throws org.readinglist.persistence.files.ArticlesFileException {
            return files.loadBundled();
        }

        @Override
        public List<Article> load(Path file, java.util.function.DoubleConsumer progress)
                throws org.readinglist.persistence.files.ArticlesFileException {
            return files.load(file, progress);
        }

        @Override
        public org.readinglist.persistence.files.ArticlesRead read(Path file, java.util.function.DoubleConsumer progress)
                throws org.readinglist.persistence.files.ArticlesFileException {
            boolean[] first = {true};
            return files.read(file, part -> {
                if (first[0]) {
                    first[0] = false;
                    whileReading.run();
                }
                progress.accept(part);
            });
        }
    }

    private static void saveQuietly(LibraryStore store, ReadMarks marks) {
        try {
            store.save(marks);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path file(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
    }

    private List<String> ids() {
        return state.articles().stream().map(Article::id).toList();
    }

    private void importChosen(Path file) {
        chosen.add(file);
        viewModel.importFile();
    }

    // ---- import

    @Test
    void importingAFileAddsItsArticlesWithTheirMarksAndTheSameFileAgainChangesNothing() throws Exception {
        Path file = file("mine.json", """
                {"articles": [{"id": "mine-1", "title": "Mine", "readAt": "2026-11-01T08:00:00Z"},
                              {"id": "mine-2", "title": "Mine too"}]}""");
        int before = state.articles().size();

        importChosen(file);

        assertThat(infos).containsExactly("Imported " + file + ": 2 added, 0 updated, 0 unchanged, 0 skipped. "
                + "1 read mark taken in.");
        assertThat(ids()).hasSize(before + 2).contains("mine-1", "mine-2");
        assertThat(state.readMarks().read()).containsEntry("mine-1", Instant.parse("2026-11-01T08:00:00Z"));
        assertThat(state.row("mine-1")).hasValueSatisfying(row -> assertThat(row.isRead()).isTrue());
        assertThat(viewModel.runningProperty().get()).isFalse();

        importChosen(file);

        assertThat(infos).last().isEqualTo("Imported " + file + ": 0 added, 0 updated, 2 unchanged, 0 skipped.");
        assertThat(ids()).hasSize(before + 2);
        assertThat(warnings).isEmpty();
    }

    @Test
    void aFileWithProblemsAsksAndImportsTheUsableArticlesWhenTold() throws Exception {
        Path file = file("broken.json", """
                {"articles": [{"id": "ok-1", "title": "Fine"},
                              {"id": "bad", "summary": "no title"},
                              {"id": "ok-2", "title": "Fine too", "readMinutes": 3}]}""");

        importChosen(file);

        assertThat(asked).containsExactly("2 usable, 1 with problems: [article 2: \"title\" is missing or empty]");
        assertThat(ids()).contains("ok-1", "ok-2").doesNotContain("bad");
        assertThat(warnings).containsExactly("Imported " + file + ": 2 added, 0 updated, 0 unchanged, 1 skipped "
                + "(article 2: \"title\" is missing or empty).");
    }

    @Test
    void aFileWithProblemsImportsNothingWhenTheQuestionIsCancelled() throws Exception {
        Path file = file("broken.json", """
                {"articles": [{"id": "ok-1", "title": "Fine"}, {"id": "bad", "readMinutes": -1, "title": "B"}]}""");
        List<String> before = ids();
        importUsable = false;

        importChosen(file);

        assertThat(ids()).isEqualTo(before);
        assertThat(infos).containsExactly("The import of " + file + " was cancelled; your library is unchanged.");
        assertThat(viewModel.runningProperty().get()).isFalse();
    }

    @Test
    void aFileWhoseArticlesAllHaveProblemsImportsNothingAndSaysWhyWithoutAsking() throws Exception {
        Path file = file("hopeless.json", "{\"articles\": [{\"title\": \"\"}, 7]}");

        importChosen(file);

        assertThat(asked).isEmpty();
        assertThat(warnings).containsExactly(
                "Nothing was imported from " + file + ": article 1: \"title\" is missing or empty");
    }

    @Test
    void aFileThatIsNoArticlesFileIsRefusedInWords() throws Exception {
        Path file = file("not.json", "{ not json");

        importChosen(file);

        assertThat(warnings).singleElement().satisfies(warning -> assertThat(warning)
                .startsWith("Nothing was imported from " + file + ": not valid JSON at line 1"));
    }

    @Test
    void cancellingWhileTheFileIsReadLeavesTheLibraryUnchanged() throws Exception {
        StringBuilder json = new StringBuilder("{\"articles\": [");
        for (int i = 0; i < 3000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\": \"n").append(i).append("\", \"title\": \"Number ")
                    .append(i).append("\", \"summary\": \"").append("words ".repeat(20)).append("\"}");
        }
        Path file = file("long.json", json.append("]}").toString());
        List<String> before = ids();
        whileReading = viewModel::cancel;

        importChosen(file);

        assertThat(infos).containsExactly("The import of " + file + " was cancelled; your library is unchanged.");
        library.close();
        try (LibraryStore again = new LibraryStore(dir.resolve("data"), Clock.systemUTC(), UrlNormalizer::key)) {
            assertThat(again.read(List.of()).articles().stream().map(Article::id).toList()).isEqualTo(before);
        }
    }

    @Test
    void nothingIsImportedWhenNoFileIsChosen() {
        viewModel.importFile();

        assertThat(infos).isEmpty();
        assertThat(warnings).isEmpty();
        assertThat(viewModel.runningProperty().get()).isFalse();
    }

    // ---- export

    @Test
    void exportingWritesTheWholeLibraryWithItsMarksAndAnImportIntoAnEmptyFolderGivesItBack() throws Exception {
        String first = state.articles().get(0).id();
        state.setRead(List.of(state.row(first).orElseThrow()), true);
        Article removed = state.articles().get(1);
        library.removeArticles(List.of(removed)); // one of the bundled articles
        state.reload();
        Path target = dir.resolve("out").resolve("export.json");
        chosen.add(target);

        viewModel.export();

        int count = state.articles().size();
        assertThat(asked).containsExactly("export as reading-list.json");
        assertThat(infos).containsExactly("Exported " + count + " articles with 1 read mark to " + target + ".");
        List<Article> exported = state.articles();
        assertThat(exported).doesNotContain(removed);
        try (LibraryStore other = new LibraryStore(dir.resolve("other"), Clock.systemUTC(), UrlNormalizer::key)) {
            TransferViewModel otherModel = viewModelFor(other);
            assertThat(state.articles()).as("the bundled list, in full").contains(removed).hasSize(count + 1);
            chosen.add(target);
            otherModel.importFile();

            assertThat(infos).last().isEqualTo("Imported " + target + ": 0 added, 0 updated, " + count
                    + " unchanged, 1 removed, 0 skipped. 1 read mark taken in.");
            assertThat(state.articles()).isEqualTo(exported);
            assertThat(state.readMarks().read()).containsOnlyKeys(first).containsEntry(first, NOW);
            assertThat(other.removedIds()).containsExactly(removed.id());
        }
    }

    @Test
    void withAFilterTheUserChoosesToExportOnlyTheArticlesShownInTheirOrder() throws Exception {
        library.removeArticles(List.of(state.articles().get(0)));
        state.reload();
        state.filters().toggleTag("databases");
        List<Article> shown = List.copyOf(state.getResult().articles());
        exportScope = Optional.of(TransferDialogs.ExportScope.SHOWN);
        Path target = dir.resolve("shown.json");
        chosen.add(target);

        viewModel.export();

        assertThat(asked.get(0)).isEqualTo("export " + state.articles().size() + " or " + shown.size());
        assertThat(new GsonArticleRepository().load(target)).isEqualTo(shown);
        assertThat(shown.size()).isLessThan(state.articles().size());
        assertThat(new GsonArticleRepository().read(target, part -> { }).removed())
                .as("a part of the library says nothing about what was removed from it").isEmpty();
    }

    @Test
    void anExportCancelledAtTheQuestionWritesNothing() {
        state.filters().toggleTag("databases");
        exportScope = Optional.empty();
        chosen.add(dir.resolve("never.json"));

        viewModel.export();

        assertThat(dir.resolve("never.json")).doesNotExist();
        assertThat(asked).hasSize(1);
        assertThat(infos).isEmpty();
    }

    @Test
    void anExportNeverWritesOverTheLibrary() throws Exception {
        byte[] before = Files.readAllBytes(library.file());
        chosen.add(library.file());

        viewModel.export();

        assertThat(warnings).containsExactly("Nothing was exported: " + library.file()
                + " is a file Reading List itself reads. Choose another file.");
        assertThat(library.file()).hasBinaryContent(before);
        assertThat(state.readMarks()).isEqualTo(ReadMarks.NONE);
    }
}
