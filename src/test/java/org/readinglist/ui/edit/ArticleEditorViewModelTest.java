package org.readinglist.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.readinglist.i18n.Messages;
import org.readinglist.library.ArticleChange;
import org.readinglist.model.Article;
import org.readinglist.ui.CurrentThreadTaskExecutor;
import org.readinglist.ui.DeferredTaskExecutor;
import org.readinglist.ui.TestStates;
import org.readinglist.ui.state.ReadingListState;
import org.readinglist.web.FetchOutcome;
import org.readinglist.web.FetchProblem;
import org.readinglist.web.PageMetadata;
import org.readinglist.web.UrlNormalizer;

/** Adding an article by its address and editing one, without a window: the page comes from a fake source. */
class ArticleEditorViewModelTest {

    private static final String POST = "https://eng.example.com/posts/feed-sharding";
    private static final String LISTED_URL =
            "https://netflixtechblog.com/democratizing-machine-learning-at-netflix-building-the-model-lifecycle-graph-5cc6d5828bb1";
    private static final String LISTED_TITLE =
            "Democratizing Machine Learning at Netflix: Building the Model Lifecycle Graph";
    private static final Messages ENGLISH = Messages.of(Locale.US);

    private final TestStates states = new TestStates().loaded();
    private final ReadingListState state = states.state;
    private final List<URI> fetched = new ArrayList<>();
    private final DeferredTaskExecutor background = new DeferredTaskExecutor();
    private FetchOutcome answer = page(POST);

    private final ArticleEditorViewModel.PageSource pages = url -> {
        fetched.add(url);
        return answer;
    };

    private ArticleEditorViewModel adding(String url) {
        ArticleEditorViewModel editor = ArticleEditorViewModel.adding(state, pages, background, ENGLISH, url);
        editor.start();
        return editor;
    }

    private static FetchOutcome.Page page(String url) {
        return new FetchOutcome.Page(new PageMetadata(url, UrlNormalizer.key(url),
                Optional.of("Scaling the Feed Service"), Optional.of("How we moved the feed to a sharded store."),
                List.of("Ada Lovelace", "Grace Hopper"), Optional.of(LocalDate.of(2024, 3, 5)),
                Optional.of("Example Engineering"), OptionalInt.of(7), List.of("distributed-systems", "caching")));
    }

    private Article listed(String id) {
        return state.articles().stream().filter(article -> article.id().equals(id)).findFirst().orElseThrow();
    }

    // ---- adding

    @Test
    void thePageFillsInEveryFieldInTheBackgroundAndSaveAddsTheArticle() {
        ArticleEditorViewModel editor = adding(POST);

        assertThat(editor.fetchingProperty().get()).isTrue();
        assertThat(editor.fetchStatusProperty().get()).isEqualTo("Fetching the page…");
        assertThat(fetched).as("nothing is fetched on the calling thread").isEmpty();
        background.runAll();

        assertThat(fetched).containsExactly(URI.create(POST));
        assertThat(editor.fetchingProperty().get()).isFalse();
        assertThat(editor.fetchStatusProperty().get()).isEqualTo("Filled in from the page. What you typed is kept.");
        assertThat(editor.title().text()).isEqualTo("Scaling the Feed Service");
        assertThat(editor.summary().text()).isEqualTo("How we moved the feed to a sharded store.");
        assertThat(editor.authors().text()).isEqualTo("Ada Lovelace, Grace Hopper");
        assertThat(editor.published().text()).isEqualTo("2024-03-05");
        assertThat(editor.company().text()).isEqualTo("Example Engineering");
        assertThat(editor.readTime().text()).isEqualTo("7");
        assertThat(editor.tags().tags()).containsExactly("distributed-systems", "caching");
        assertThat(editor.canSaveProperty().get()).isTrue();

        assertThat(editor.save()).isTrue();

        Article added = state.articles().get(state.articles().size() - 1);
        assertThat(added.id()).isEqualTo("added-" + sha256Hex(UrlNormalizer.key(POST)).substring(0, 16));
        assertThat(added.title()).isEqualTo("Scaling the Feed Service");
        assertThat(added.url()).isEqualTo(POST);
        assertThat(added.published()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(added.authors()).containsExactly("Ada Lovelace", "Grace Hopper");
        assertThat(added.readMinutes()).isEqualTo(7);
        assertThat(added.tags()).containsExactly("distributed-systems", "caching");
        assertThat(state.lastChangeProperty().get()).isEqualTo(ArticleChange.added(added));
        assertThat(state.selectedArticleProperty().get().id()).isEqualTo(added.id());
    }

    @Test
    void fieldsTheUserTypedInBeforeThePageArrivedAreKept() {
        ArticleEditorViewModel editor = adding(POST);

        editor.title().textProperty().set("My own title");
        editor.tags().add("reading");
        editor.readTime().textProperty().set("12");
        background.runAll();

        assertThat(editor.title().text()).isEqualTo("My own title");
        assertThat(editor.tags().tags()).containsExactly("reading");
        assertThat(editor.readTime().text()).isEqualTo("12");
        assertThat(editor.company().text()).isEqualTo("Example Engineering");
        assertThat(editor.authors().text()).isEqualTo("Ada Lovelace, Grace Hopper");
    }

    @Test
    void everyFieldStaysEditableAfterThePageFilledIt() {
        ArticleEditorViewModel editor = adding(POST);
        background.runAll();

        editor.title().textProperty().set("Sharding the feed");
        editor.tags().remove("caching");
        editor.save();

        Article added = state.articles().get(state.articles().size() - 1);
        assertThat(added.title()).isEqualTo("Sharding the feed");
        assertThat(added.tags()).containsExactly("distributed-systems");
    }

    @Test
    void offlineTheArticleIsSavedWithJustItsAddressAndATitle() {
        answer = new FetchOutcome.Failed(FetchProblem.UNREACHABLE, OptionalInt.empty());
        ArticleEditorViewModel editor = adding(POST);
        background.runAll();

        assertThat(editor.fetchStatusProperty().get()).isEqualTo("The page could not be fetched: offline, or the"
                + " site cannot be reached. You can still type the title and save.");
        assertThat(editor.canSaveProperty().get()).isFalse();
        assertThat(editor.title().messageProperty().get()).isEqualTo("An article needs a title.");

        editor.title().textProperty().set("Feed sharding");
        assertThat(editor.save()).isTrue();

        Article added = state.articles().get(state.articles().size() - 1);
        assertThat(added.title()).isEqualTo("Feed sharding");
        assertThat(added.url()).isEqualTo(POST);
        assertThat(added.published()).as("unknown, not invented").isNull();
        assertThat(added.authors()).isNull();
        assertThat(added.readMinutes()).isZero();
        assertThat(added.company()).isEmpty();
        assertThat(added.tags()).isEmpty();
    }

    @Test
    void whatCameOfAFetchIsSaidInWords() {
        assertThat(statusAfter(new FetchOutcome.Failed(FetchProblem.HTTP_STATUS, OptionalInt.of(404))))
                .startsWith("The page could not be fetched: not found (HTTP 404).");
        assertThat(statusAfter(new FetchOutcome.Failed(FetchProblem.TIMED_OUT, OptionalInt.empty())))
                .startsWith("The page could not be fetched: timed out.");
        assertThat(statusAfter(new FetchOutcome.Failed(FetchProblem.HTTP_STATUS, OptionalInt.of(503))))
                .startsWith("The page could not be fetched: server error (HTTP 503).");
        assertThat(statusAfter(new FetchOutcome.NotHtml(URI.create(POST), "application/pdf")))
                .isEqualTo("Not a web page (application/pdf). Please type the title.");
        assertThat(statusAfter(new FetchOutcome.Failed(FetchProblem.CERTIFICATE, OptionalInt.empty())))
                .contains("the site’s certificate is not trusted");
    }

    private String statusAfter(FetchOutcome outcome) {
        answer = outcome;
        ArticleEditorViewModel editor = adding(POST);
        background.runAll();
        return editor.fetchStatusProperty().get();
    }

    @Test
    void withoutAnAddressNothingIsFetchedAndTheIdIsRandom() {
        ArticleEditorViewModel editor = adding("");
        background.runAll();
        editor.title().textProperty().set("A talk I heard");

        editor.save();

        assertThat(fetched).isEmpty();
        Article added = state.articles().get(state.articles().size() - 1);
        assertThat(added.id()).matches("added-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(added.url()).isNull();
    }

    @Test
    void anAddressTypedLaterIsFetchedOnceWhenTheUserIsDoneWithIt() {
        ArticleEditorViewModel editor = adding("");
        editor.url().textProperty().set(POST);
        editor.urlCommitted();
        editor.urlCommitted();
        background.runAll();

        assertThat(fetched).containsExactly(URI.create(POST));
        assertThat(editor.title().text()).isEqualTo("Scaling the Feed Service");

        editor.fetchAgain();
        background.runAll();
        assertThat(fetched).hasSize(2);
    }

    @Test
    void aPageArrivingAfterTheEditorClosedChangesNothing() {
        ArticleEditorViewModel editor = adding(POST);
        editor.close();
        background.runAll();

        assertThat(editor.title().text()).isEmpty();
        assertThat(editor.save()).isFalse();
        assertThat(state.articles()).hasSize(19);
    }

    @Test
    void closingTheEditorCallsOffAFetchStillOnItsWay() {
        ArticleEditorViewModel editor = adding(POST);
        int waitingBefore = background.waiting();

        editor.close();

        assertThat(background.waiting()).as("the fetch is taken back").isEqualTo(waitingBefore - 1);
        assertThat(editor.fetchingProperty().get()).isFalse();
        background.runAll();
        assertThat(fetched).isEmpty();
        assertThat(editor.title().text()).isEmpty();
    }

    @Test
    void anotherAddressCallsOffTheFetchOfTheAddressBefore() {
        String other = "https://eng.example.com/posts/other";
        ArticleEditorViewModel editor = adding("");
        editor.url().textProperty().set(POST);
        editor.urlCommitted();
        editor.url().textProperty().set(other);
        editor.urlCommitted();

        background.runAll();

        assertThat(fetched).containsExactly(URI.create(other));
        assertThat(editor.fetchingProperty().get()).isFalse();
        assertThat(editor.title().text()).isEqualTo("Scaling the Feed Service");
    }

    // ---- duplicates

    @Test
    void anAddressAlreadyListedIsNotAddedTwiceAndShowItSelectsTheArticle() {
        state.filters().toggleTag("search"); // the listed article is filtered out
        String sameArticle = LISTED_URL.replace("https://", "http://") + "?utm_source=feed#comments";
        answer = page(sameArticle);
        ArticleEditorViewModel editor = adding(sameArticle);
        background.runAll();
        editor.title().textProperty().set("Anything");

        assertThat(editor.duplicateTextProperty().get()).isEqualTo("Already in your library: “" + LISTED_TITLE
                + "”.");
        assertThat(editor.hasDuplicateProperty().get()).isTrue();
        assertThat(editor.canSaveProperty().get()).isFalse();
        assertThat(editor.save()).isFalse();
        assertThat(state.articles()).hasSize(19);

        editor.showDuplicate();

        assertThat(state.selectedArticleProperty().get().article().title()).isEqualTo(LISTED_TITLE);
        assertThat(state.filters().selectedTags()).as("the filter hid it").isEmpty();
    }

    @Test
    void aPageWhoseCanonicalAddressIsListedIsADuplicateToo() {
        answer = page(LISTED_URL);
        ArticleEditorViewModel editor = adding("https://short.example/x1");
        assertThat(editor.hasDuplicateProperty().get()).isFalse();

        background.runAll();

        assertThat(editor.duplicateTextProperty().get()).contains(LISTED_TITLE);
        assertThat(editor.canSaveProperty().get()).isFalse();
    }

    @Test
    void theSameAddressAddedAgainAfterUndoGetsTheSameId() {
        answer = page(POST);
        ArticleEditorViewModel first = adding(POST);
        background.runAll();
        first.save();
        String id = state.articles().get(19).id();
        state.undo();
        assertThat(state.articles()).hasSize(19);

        ArticleEditorViewModel again = adding(POST);
        background.runAll();
        again.save();

        assertThat(state.articles().get(19).id()).isEqualTo(id);
    }

    // ---- checks

    @Test
    void anEmptyFormShowsNoErrorsButCannotBeSaved() {
        ArticleEditorViewModel editor = adding("");
        background.runAll();

        assertThat(editor.title().messageProperty().get()).isEmpty();
        assertThat(editor.canSaveProperty().get()).isFalse();

        editor.tellProblems();
        assertThat(editor.title().messageProperty().get()).isEqualTo("An article needs a title.");
    }

    @Test
    void eachWrongValueIsSaidBesideItsFieldAndKeepsSaveOff() {
        ArticleEditorViewModel editor = adding("");
        background.runAll();
        editor.title().textProperty().set("x");
        editor.title().textProperty().set("  ");
        assertThat(editor.title().messageProperty().get()).isEqualTo("An article needs a title.");
        editor.title().textProperty().set("A title");
        assertThat(editor.canSaveProperty().get()).isTrue();

        assertProblem(editor, editor.url(), "javascript:alert(1)",
                "Only http and https addresses, like https://example.com/post.");
        assertProblem(editor, editor.url(), "ftp://example.com/file",
                "Only http and https addresses, like https://example.com/post.");
        assertProblem(editor, editor.url(), "https://example.com/" + "a".repeat(2_000),
                "A web address can have at most 2,000 characters.");
        assertProblem(editor, editor.published(), "2026-02-30", "There is no such day in the calendar.");
        assertProblem(editor, editor.published(), "5 May 2026", "Write the date as YYYY-MM-DD, like 2026-05-04.");
        assertProblem(editor, editor.readTime(), "-5", "A read time cannot be negative.");
        assertProblem(editor, editor.readTime(), "100001", "At most 100,000 minutes.");
        assertProblem(editor, editor.readTime(), "99999999999999", "At most 100,000 minutes.");
        assertProblem(editor, editor.readTime(), "ten", "Write the minutes as a whole number.");
    }

    private static void assertProblem(ArticleEditorViewModel editor, EditorField field, String text, String says) {
        field.textProperty().set(text);
        assertThat(field.messageProperty().get()).as(text).isEqualTo(says);
        assertThat(field.errorShownProperty().get()).isTrue();
        assertThat(editor.canSaveProperty().get()).as(text).isFalse();
        assertThat(editor.save()).isFalse();
        field.textProperty().set("");
        assertThat(editor.canSaveProperty().get()).isTrue();
    }

    @Test
    void textLongerThanTheLimitsIsCutAndTheFieldSaysSo() {
        ArticleEditorViewModel editor = adding("");
        background.runAll();

        editor.title().textProperty().set("t".repeat(600));
        editor.company().textProperty().set("c".repeat(250));
        editor.summary().textProperty().set("s".repeat(6_000));

        assertThat(editor.title().messageProperty().get())
                .isEqualTo("Longer than 500 characters: only the first 500 are kept.");
        assertThat(editor.title().errorShownProperty().get()).isFalse();
        assertThat(editor.company().messageProperty().get()).contains("200");
        assertThat(editor.summary().messageProperty().get()).contains("5,000");
        assertThat(editor.save()).isTrue();
        Article added = state.articles().get(19);
        assertThat(added.title()).hasSize(500);
        assertThat(added.company()).hasSize(200);
        assertThat(added.summary()).hasSize(5_000);
    }

    // ---- tags

    @Test
    void aCommaOrEnterMakesATagNormalizedLikeTheFetchersTags() {
        ArticleEditorViewModel editor = adding("");
        TagEditor tags = editor.tags();

        tags.inputProperty().set("Distributed Systems, Caching,");
        assertThat(tags.tags()).containsExactly("distributed-systems", "caching");
        assertThat(tags.inputProperty().get()).isEmpty();

        tags.inputProperty().set("  Event  Sourcing ");
        assertThat(tags.addTyped()).isTrue();
        assertThat(tags.addTyped()).as("nothing left to add").isFalse();
        tags.add("CACHING");
        assertThat(tags.tags()).containsExactly("distributed-systems", "caching", "event-sourcing");

        tags.add("!!!");
        assertThat(tags.messageProperty().get()).isEqualTo("A tag needs at least one letter or digit.");
        tags.add("x".repeat(80));
        assertThat(tags.tags()).last().asString().hasSize(60);
        assertThat(tags.messageProperty().get()).startsWith("Tags have at most 60 characters");

        tags.removeLast();
        tags.remove("caching");
        assertThat(tags.tags()).containsExactly("distributed-systems", "event-sourcing");
    }

    @Test
    void typeAheadOffersTheExistingTagsMostUsedFirst() {
        TagEditor tags = adding("").tags();

        assertThat(tags.suggestions("sys")).containsExactly("distributed-systems", "ml-systems",
                "real-time-systems", "storage-systems");
        assertThat(tags.suggestions("ml")).containsExactly("ml-systems");
        assertThat(tags.completion("Da")).contains("Databases");
        assertThat(tags.completion("m")).as("most used of microservices (7) and ml-systems (7): by name")
                .contains("microservices");
        assertThat(tags.completion("zzz")).isEmpty();
        assertThat(tags.suggestionText("databases")).isEqualTo("databases (3)");

        tags.add("databases");
        assertThat(tags.suggestions("data")).as("chosen tags are not offered again").isEmpty();
    }

    @Test
    void aTagStillBeingTypedIsSavedToo() {
        ArticleEditorViewModel editor = adding("");
        editor.title().textProperty().set("T");
        editor.tags().inputProperty().set("Half Typed");

        editor.save();

        assertThat(state.articles().get(19).tags()).containsExactly("half-typed");
    }

    // ---- editing

    @Test
    void editingEveryFieldMakesOneChangeThatUndoTakesBack() {
        Article before = listed("evaluating-netflix-show-synopses-with-llm-as-a-judge-6269251e6f28");
        ArticleEditorViewModel editor = ArticleEditorViewModel.editing(state, pages, new CurrentThreadTaskExecutor(),
                ENGLISH, before);
        editor.start();
        assertThat(editor.title().text()).isEqualTo(before.title());
        assertThat(editor.published().text()).isEqualTo("2026-04-10");
        assertThat(editor.authors().text()).isEqualTo("Gabriela Alessio, Cameron Taylor, Cameron R. Wolfe");
        assertThat(editor.tags().tags()).containsExactly("ml-systems", "api-design");
        assertThat(editor.adding()).isFalse();
        assertThat(editor.heading()).isEqualTo("Edit Article");

        editor.title().textProperty().set("Judging synopses");
        editor.company().textProperty().set("Netflix Tech Blog");
        editor.summary().textProperty().set("Short.");
        editor.url().textProperty().set("https://example.com/judging");
        editor.published().textProperty().set("2026-04-11");
        editor.authors().textProperty().set("Gabriela Alessio");
        editor.readTime().textProperty().set("9");
        editor.tags().remove("api-design");
        editor.tags().add("llm");
        assertThat(editor.save()).isTrue();

        Article after = listed(before.id());
        assertThat(after).isEqualTo(new Article(before.id(), "Judging synopses", "Netflix Tech Blog", "Short.",
                List.of("ml-systems", "llm"), 9, "https://example.com/judging", LocalDate.of(2026, 4, 11),
                List.of("Gabriela Alessio")));
        assertThat(fetched).as("editing fetches nothing").isEmpty();
        assertThat(state.lastChangeProperty().get()).isEqualTo(ArticleChange.edited(before, after));

        state.undo();
        assertThat(listed(before.id())).isEqualTo(before);
    }

    @Test
    void savingAnEditThatChangesNothingMakesNoChange() {
        Article before = listed("evaluating-netflix-show-synopses-with-llm-as-a-judge-6269251e6f28");
        ArticleEditorViewModel editor = ArticleEditorViewModel.editing(state, pages, new CurrentThreadTaskExecutor(),
                ENGLISH, before);
        editor.start();

        assertThat(editor.save()).isTrue();

        assertThat(state.lastChangeProperty().get()).isNull();
    }

    @Test
    void authorsNotTouchedStayAsTheyWereEvenWithCommasInTheirNames() {
        Article before = new Article("x1", "T", "", "", List.of(), 0, null, null, List.of("Hopper, Grace"));
        state.change(ArticleChange.added(before));
        ArticleEditorViewModel editor = ArticleEditorViewModel.editing(state, pages, new CurrentThreadTaskExecutor(),
                ENGLISH, before);
        editor.start();

        editor.title().textProperty().set("T2");
        editor.save();

        assertThat(listed("x1").authors()).containsExactly("Hopper, Grace");
    }

    @Test
    void anEditedAddressThatIsAnotherArticlesIsRefusedButItsOwnIsFine() {
        Article before = listed("evaluating-netflix-show-synopses-with-llm-as-a-judge-6269251e6f28");
        ArticleEditorViewModel editor = ArticleEditorViewModel.editing(state, pages, new CurrentThreadTaskExecutor(),
                ENGLISH, before);
        editor.start();
        assertThat(editor.hasDuplicateProperty().get()).as("its own address").isFalse();

        editor.url().textProperty().set(LISTED_URL);

        assertThat(editor.duplicateTextProperty().get()).contains(LISTED_TITLE);
        assertThat(editor.canSaveProperty().get()).isFalse();
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
