package org.readinglist.ui.edit;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.readinglist.i18n.Messages;
import org.readinglist.library.ArticleChange;
import org.readinglist.model.Article;
import org.readinglist.model.FieldLimits;
import org.readinglist.ui.edit.ArticleInput.Problem;
import org.readinglist.ui.edit.EditorField.Check;
import org.readinglist.ui.state.ReadingListState;
import org.readinglist.ui.util.TaskExecutor;
import org.readinglist.web.FetchOutcome;
import org.readinglist.web.PageMetadata;
import org.readinglist.web.UrlNormalizer;

/**
 * The article editor, for adding an article by its address or editing one: the fields with what is wrong with
 * them, the page fetched in the background to fill in what the user has not typed (a fetch is called off when the
 * editor closes or another address is fetched), the article already listed under the same address, and saving as
 * one change that Undo takes back.
 */
public final class ArticleEditorViewModel {

    /** Fetches a page; blocks, so it is called off the JavaFX thread. */
    @FunctionalInterface
    public interface PageSource {
        FetchOutcome fetch(URI url);
    }

    private final ReadingListState state;
    private final PageSource pages;
    private final TaskExecutor executor;
    private final Messages messages;
    /** The article as it was when the editor opened; null when adding one. */
    private final Article editing;

    private final EditorField url;
    private final EditorField title;
    private final EditorField company;
    private final EditorField summary;
    private final EditorField published;
    private final EditorField readTime;
    private final EditorField authors;
    private final TagEditor tags;
    private final ReadOnlyBooleanWrapper fetching = new ReadOnlyBooleanWrapper(this, "fetching");
    private final ReadOnlyStringWrapper fetchStatus = new ReadOnlyStringWrapper(this, "fetchStatus", "");
    private final ReadOnlyObjectWrapper<Article> duplicate = new ReadOnlyObjectWrapper<>(this, "duplicate");
    private final ReadOnlyStringWrapper duplicateText = new ReadOnlyStringWrapper(this, "duplicateText", "");
    private final BooleanBinding hasDuplicate = duplicate.isNotNull();
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(this, "closed");
    private final BooleanBinding canSave;

    /** The listed articles' addresses; null until looked up in the background. */
    private ListedAddresses listed;
    /** The key of the address last fetched; a page arriving for it may name its own (canonical) address. */
    private String fetchedKey;
    private String pageKey;
    /** The fetch last started; cancelling one that is done does nothing. */
    private TaskExecutor.Cancellable lastFetch = () -> { };

    private ArticleEditorViewModel(ReadingListState state, PageSource pages, TaskExecutor executor,
                                   Messages messages, Article editing) {
        this.state = state;
        this.pages = pages;
        this.executor = executor;
        this.messages = messages;
        this.editing = editing;
        this.url = new EditorField(problem(ArticleInput::urlProblem));
        Function<String, Check> titleProblem = problem(ArticleInput::titleProblem);
        this.title = new EditorField(text -> {
            Check check = titleProblem.apply(text);
            return check.error() ? check : cut(text, FieldLimits.TITLE);
        });
        this.company = new EditorField(text -> cut(text, FieldLimits.COMPANY));
        this.summary = new EditorField(text -> cut(text, FieldLimits.SUMMARY));
        this.published = new EditorField(problem(ArticleInput::publishedProblem));
        this.readTime = new EditorField(problem(ArticleInput::readTimeProblem));
        this.authors = new EditorField(text -> ArticleInput.authorsCut(text)
                ? Check.note(messages.format("editor.note.tooManyAuthors", FieldLimits.AUTHORS, FieldLimits.AUTHOR))
                : Check.OK);
        this.tags = new TagEditor(List.copyOf(state.tagTotals()), messages);
        this.canSave = Bindings.createBooleanBinding(() -> !closed.get() && duplicate.get() == null
                        && List.of(url, title, published, readTime).stream().noneMatch(f -> f.errorProperty().get()),
                url.errorProperty(), title.errorProperty(), published.errorProperty(), readTime.errorProperty(),
                duplicate, closed);
        url.textProperty().addListener((obs, old, now) -> urlChanged());
    }

    /** An editor for a new article, with the address the user gave (or an empty one). */
    public static ArticleEditorViewModel adding(ReadingListState state, PageSource pages, TaskExecutor executor,
                                                Messages messages, String address) {
        ArticleEditorViewModel editor = new ArticleEditorViewModel(state, pages, executor, messages, null);
        editor.url.fill(address == null ? "" : address.strip());
        return editor;
    }

    /** An editor for a listed article, filled in with its values. */
    public static ArticleEditorViewModel editing(ReadingListState state, PageSource pages, TaskExecutor executor,
                                                 Messages messages, Article article) {
        ArticleEditorViewModel editor = new ArticleEditorViewModel(state, pages, executor, messages, article);
        editor.url.fill(article.url());
        editor.title.fill(article.title());
        editor.company.fill(article.company());
        editor.summary.fill(article.summary());
        editor.published.fill(article.published() == null ? "" : article.published().toString());
        editor.readTime.fill(article.readMinutes() == 0 ? "" : Integer.toString(article.readMinutes()));
        editor.authors.fill(article.authors() == null ? "" : String.join(", ", article.authors()));
        editor.tags.fill(article.tags());
        return editor;
    }

    // ---- properties

    public EditorField url() {
        return url;
    }

    public EditorField title() {
        return title;
    }

    public EditorField company() {
        return company;
    }

    public EditorField summary() {
        return summary;
    }

    public EditorField published() {
        return published;
    }

    public EditorField readTime() {
        return readTime;
    }

    public EditorField authors() {
        return authors;
    }

    public TagEditor tags() {
        return tags;
    }

    /** The dialog's title: "Add Article" or "Edit Article". */
    public String heading() {
        return messages.get(adding() ? "editor.addTitle" : "editor.editTitle");
    }

    /** Whether the editor adds a new article, whose page it fetches, rather than editing a listed one. */
    public boolean adding() {
        return editing == null;
    }

    public ReadOnlyBooleanProperty fetchingProperty() {
        return fetching.getReadOnlyProperty();
    }

    /** "Fetching the page…", then what came of it. */
    public ReadOnlyStringProperty fetchStatusProperty() {
        return fetchStatus.getReadOnlyProperty();
    }

    /** That the address is an article the library has already; empty when it is not. */
    public ReadOnlyStringProperty duplicateTextProperty() {
        return duplicateText.getReadOnlyProperty();
    }

    public BooleanBinding hasDuplicateProperty() {
        return hasDuplicate;
    }

    /** Whether Save works: no field has an error, and the address is not another article's. */
    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    // ---- commands

    /** Once the editor shows: learns the listed addresses, and fetches the page of an address given. */
    public void start() {
        List<Article> articles = state.articles();
        executor.execute(() -> ListedAddresses.of(articles), addresses -> {
            listed = addresses;
            checkDuplicate();
        }, error -> listed = null);
        if (adding()) {
            urlCommitted();
        }
    }

    /** The user is done with the address (left the field, or pressed Enter): its page is fetched, once. */
    public void urlCommitted() {
        Optional<URI> address = webAddress();
        if (adding() && address.isPresent() && !UrlNormalizer.key(address.get().toString()).equals(fetchedKey)) {
            fetch(address.get());
        }
    }

    /** "Fetch": fetches the page again, to fill in what the user has not typed. */
    public void fetchAgain() {
        webAddress().filter(address -> adding()).ifPresent(this::fetch);
    }

    /**
     * Saves the article as one change (Undo takes it back) and selects it in the list; false, with nothing saved,
     * while a field has an error or the address is another article's.
     */
    public boolean save() {
        if (listed == null) {
            listed = ListedAddresses.of(state.articles()); // saved before the background look-up was done
            checkDuplicate();
        }
        if (!canSave.get()) {
            return false;
        }
        if (adding()) {
            Article article = build(newId());
            state.change(ArticleChange.added(article));
            state.reveal(article.id());
        } else {
            Article before = article(editing.id()).orElse(editing);
            Article after = build(editing.id());
            if (!after.equals(before)) {
                state.change(ArticleChange.edited(before, after));
            }
            state.reveal(after.id());
        }
        close();
        return true;
    }

    /** Enter while the article cannot be saved: every field says what is wrong with it. */
    public void tellProblems() {
        List.of(url, title, company, summary, published, readTime, authors).forEach(EditorField::tell);
    }

    /** "Show it": selects the article already listed under the address. */
    public void showDuplicate() {
        Article listed = duplicate.get();
        if (listed != null) {
            state.reveal(listed.id());
            close();
        }
    }

    /** The editor is gone: a fetch on its way is called off, and nothing comes of it. */
    public void close() {
        closed.set(true);
        stopFetching();
    }

    // ---- fetching

    /** Fetches the page of the address; one on its way for an address before it is called off, of no use now. */
    private void fetch(URI address) {
        stopFetching();
        fetchedKey = UrlNormalizer.key(address.toString());
        pageKey = null;
        fetching.set(true);
        fetchStatus.set(messages.get("editor.fetching"));
        lastFetch = executor.executeCancellable(() -> pages.fetch(address), outcome -> fetched(address, outcome),
                error -> {
                    if (finishFetch()) {
                        fetchStatus.set(FetchStatus.ofError(error, messages));
                        title.tell();
                    }
                });
    }

    private void stopFetching() {
        lastFetch.cancel();
        fetching.set(false);
    }

    /** Ends a fetch; false when its outcome is of no use (the editor closed). */
    private boolean finishFetch() {
        fetching.set(false);
        return !closed.get();
    }

    private void fetched(URI address, FetchOutcome outcome) {
        if (!finishFetch()) {
            return;
        }
        fetchStatus.set(FetchStatus.of(outcome, messages));
        title.tell(); // the page is all the help there is: a title still missing is for the user to type
        if (outcome instanceof FetchOutcome.Page page && UrlNormalizer.key(address.toString()).equals(fetchedKey)) {
            fill(page.metadata());
            pageKey = page.metadata().urlKey();
            checkDuplicate();
        }
    }

    /** The page's values go into every field the user has not typed in. */
    private void fill(PageMetadata page) {
        title.fillUnlessTyped(page.title().orElse(""));
        summary.fillUnlessTyped(page.summary().orElse(""));
        company.fillUnlessTyped(page.site().orElse(""));
        authors.fillUnlessTyped(String.join(", ", page.authors()));
        published.fillUnlessTyped(page.published().map(LocalDate::toString).orElse(""));
        readTime.fillUnlessTyped(page.readMinutes().isPresent() ? Integer.toString(page.readMinutes().getAsInt())
                : "");
        tags.fillUnlessTyped(page.tags());
    }

    private void urlChanged() {
        Optional<URI> address = webAddress();
        String key = address.map(uri -> UrlNormalizer.key(uri.toString())).orElse(null);
        if (!fetching.get() && (key == null || !key.equals(fetchedKey))) {
            fetchStatus.set(""); // what was said about the page is about another address now
        }
        checkDuplicate();
    }

    // ---- the article

    private Optional<URI> webAddress() {
        return ArticleInput.urlProblem(url.text()).isPresent() ? Optional.empty()
                : UrlNormalizer.parseWebAddress(url.text());
    }

    /** The article listed under the address, or under the address its page names for itself. */
    private void checkDuplicate() {
        Optional<Article> found = Optional.empty();
        Optional<URI> address = webAddress();
        if (listed != null && address.isPresent()) {
            String key = UrlNormalizer.key(address.get().toString());
            found = listed.find(key, editing)
                    .or(() -> key.equals(fetchedKey) ? listed.find(pageKey, editing) : Optional.empty());
        }
        duplicate.set(found.orElse(null));
        duplicateText.set(found.map(article -> messages.format("editor.duplicate", article.title())).orElse(""));
    }

    private Article build(String id) {
        boolean keepAuthors = editing != null && !authors.typedByUser();
        return new Article(id, ArticleInput.title(title.text()), ArticleInput.company(company.text()),
                ArticleInput.summary(summary.text()), tags.toSave(), ArticleInput.readMinutes(readTime.text()),
                ArticleInput.url(url.text()), ArticleInput.published(published.text()),
                keepAuthors ? editing.authors() : ArticleInput.authors(authors.text()));
    }

    /** The id from the address; a random one when that is taken (by an article whose address was edited since). */
    private String newId() {
        String id = ArticleInput.idFor(ArticleInput.url(url.text()));
        return article(id).isPresent() ? ArticleInput.randomId() : id;
    }

    private Optional<Article> article(String id) {
        return state.articles().stream().filter(article -> article.hasId(id)).findFirst();
    }

    // ---- field checks

    private Function<String, Check> problem(Function<String, Optional<Problem>> rule) {
        return text -> rule.apply(text).map(found -> Check.error(messages.format(found.messageKey(), found.limit())))
                .orElse(Check.OK);
    }

    private Check cut(String text, int max) {
        return ArticleInput.isCut(text, max) ? Check.note(messages.format("editor.note.cut", max)) : Check.OK;
    }
}
