package org.readinglist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.readinglist.ui.state.ArticleRow;
import org.readinglist.web.PageFetcher;
import org.readinglist.web.SlowServer;
import org.readinglist.web.TestServer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Adding an article by its address and editing one, in the real window, as a person does it. */
@ExtendWith(ApplicationExtension.class)
class ArticleEditorWindowTest {

    private static final String FEED_PAGE = "<!DOCTYPE html><html><head><title>Feed | Example</title>"
            + "<meta property=\"og:title\" content=\"Scaling the Feed Service\">"
            + "<meta property=\"og:description\" content=\"How we moved the feed to a sharded store.\">"
            + "<meta property=\"og:site_name\" content=\"Example Engineering\">"
            + "<meta property=\"article:published_time\" content=\"2024-03-05T09:30:00+01:00\">"
            + "<meta property=\"article:author\" content=\"Ada Lovelace\">"
            + "<meta property=\"article:tag\" content=\"Feed Sharding\">"
            + "<meta property=\"article:tag\" content=\"Caching\">"
            + "</head><body><article><p>" + "word ".repeat(700) + "</p></article></body></html>";
    private static final String SYNOPSES = "Evaluating Netflix Show Synopses with LLM-as-a-Judge";
    /**
     * Long enough for a person to close the dialog, even on a busy machine; without a cancel, the request ends with
     * this answer. The waits are bounds, not expectations.
     */
    private static final Duration SLOW_ANSWER = Duration.ofSeconds(45);
    private static final Duration GENEROUSLY = Duration.ofSeconds(90);
    private static final String DEMOCRATIZING =
            "Democratizing Machine Learning at Netflix: Building the Model Lifecycle Graph";

    @TempDir
    Path dataDir;

    private ReadingListWindow window;

    @Start
    void start(Stage stage) {
        window = new ReadingListWindow(stage);
        window.open(dataDir, List.of());
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(window::close);
    }

    @Test
    void anArticleAddedByItsAddressIsFilledInFromItsPageListedTaggedAndKeptAfterARestart(FxRobot robot)
            throws Exception {
        window.waitUntilLoaded();
        try (TestServer server = TestServer.http()) {
            server.html("/feed", FEED_PAGE);

            robot.clickOn("Add article");
            robot.clickOn("#urlField").write(server.uri("/feed").toString());
            robot.type(KeyCode.TAB);

            waitFor(() -> text(robot, "#titleField").equals("Scaling the Feed Service"));
            assertThat(label(robot, "#fetchStatusLabel").getText())
                    .isEqualTo("Filled in from the page. What you typed is kept.");
            assertThat(text(robot, "#companyField")).isEqualTo("Example Engineering");
            assertThat(text(robot, "#publishedField")).isEqualTo("2024-03-05");
            assertThat(text(robot, "#authorsField")).isEqualTo("Ada Lovelace");
            assertThat(text(robot, "#readTimeField")).isEqualTo("4"); // 704 words at 230 a minute
            assertThat(text(robot, "#summaryArea")).isEqualTo("How we moved the feed to a sharded store.");
            assertThat(chips(robot)).containsExactly("feed-sharding", "caching");
            assertThat(server.requests()).singleElement().satisfies(request ->
                    assertThat(request.headers().getFirst("User-Agent")).startsWith("ReadingList/"));

            robot.clickOn("Save");
        }

        waitFor(() -> titles(robot).contains("Scaling the Feed Service"));
        assertThat(editorIsOpen(robot)).isFalse();
        assertThat(label(robot, "#titleLabel").getText()).as("the new article is selected")
                .isEqualTo("Scaling the Feed Service");
        assertThat(tag(robot, "caching").getAccessibleText()).isEqualTo("caching, 2 articles");
        assertThat(tag(robot, "feed-sharding").getAccessibleText()).isEqualTo("feed-sharding, 1 article");
        assertThat(label(robot, "#statusLabel").getText()).startsWith("Showing 20 of 20");

        robot.interact(() -> window.open(dataDir, List.of()));
        window.waitUntilLoaded();

        assertThat(titles(robot)).contains("Scaling the Feed Service").hasSize(20);
        robot.clickOn(cellWithText(robot, "Scaling the Feed Service"));
        assertThat(label(robot, "#companyLabel").getText()).isEqualTo("Example Engineering");
        assertThat(label(robot, "#authorsLabel").getText()).isEqualTo("Ada Lovelace");
        assertThat(tag(robot, "feed-sharding").getAccessibleText()).isEqualTo("feed-sharding, 1 article");
    }

    @Test
    void offlineAnArticleIsAddedWithItsAddressAndATypedTitle(FxRobot robot) throws Exception {
        window.waitUntilLoaded();
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        robot.clickOn("Add article");
        robot.clickOn("#urlField").write("http://127.0.0.1:" + closedPort + "/later");
        robot.type(KeyCode.TAB);

        waitFor(() -> label(robot, "#fetchStatusLabel").getText().contains("offline"));
        assertThat(label(robot, "#fetchStatusLabel").getText()).isEqualTo("The page could not be fetched: offline,"
                + " or the site cannot be reached. You can still type the title and save.");
        assertThat(saveButton(robot).isDisabled()).isTrue();
        robot.clickOn("#titleField").write("Read this later");
        robot.type(KeyCode.ENTER);

        waitFor(() -> titles(robot).contains("Read this later"));
        assertThat(editorIsOpen(robot)).isFalse();
        assertThat(label(robot, "#publishedLabel").getText()).isEqualTo("Publication date unknown");
        assertThat(label(robot, "#authorsLabel").getText()).isEqualTo("Authors unknown");
    }

    @Test
    void cancellingTheDialogEndsTheRequestForAPageStillOnItsWay(FxRobot robot) throws Exception {
        try (SlowServer slow = SlowServer.answeringAfter(SLOW_ANSWER)) {
            robot.interact(() -> window.open(dataDir, patientFetcher()));
            window.waitUntilLoaded();
            robot.clickOn("Add article");
            pasteInto(robot, "#urlField", slow.uri("/slow").toString());
            robot.type(KeyCode.TAB);
            assertThat(slow.awaitRequests(1, GENEROUSLY)).as("the page is asked for").isTrue();
            assertThat(label(robot, "#fetchStatusLabel").getText()).isEqualTo("Fetching the page…");

            robot.clickOn(robot.from(robot.lookup("#article-editor").<Node>query())
                    .lookup((Button button) -> "Cancel".equals(button.getText())).queryButton());

            assertThat(editorIsOpen(robot)).isFalse();
            assertThat(slow.awaitEnd(1, GENEROUSLY)).as("the request is ended, not left to be answered")
                    .isEqualTo(SlowServer.End.CLIENT_HUNG_UP);
            assertThat(titles(robot)).hasSize(19);
        }
    }

    @Test
    void anotherAddressEndsTheRequestForTheAddressBefore(FxRobot robot) throws Exception {
        try (SlowServer slow = SlowServer.answeringAfter(SLOW_ANSWER); TestServer fast = TestServer.http()) {
            fast.html("/feed", FEED_PAGE);
            robot.interact(() -> window.open(dataDir, patientFetcher()));
            window.waitUntilLoaded();
            robot.clickOn("Add article");
            pasteInto(robot, "#urlField", slow.uri("/slow").toString());
            robot.type(KeyCode.TAB);
            assertThat(slow.awaitRequests(1, GENEROUSLY)).isTrue();

            pasteInto(robot, "#urlField", fast.uri("/feed").toString());
            robot.type(KeyCode.TAB);

            waitFor(() -> text(robot, "#titleField").equals("Scaling the Feed Service"));
            assertThat(slow.awaitEnd(1, GENEROUSLY)).isEqualTo(SlowServer.End.CLIENT_HUNG_UP);
            assertThat(label(robot, "#fetchStatusLabel").getText())
                    .isEqualTo("Filled in from the page. What you typed is kept.");
        }
    }

    @Test
    void anAddressAlreadyListedIsNotAddedTwiceAndShowItSelectsIt(FxRobot robot) throws Exception {
        window.waitUntilLoaded();

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        pasteInto(robot, "#urlField", "http://NetflixTechBlog.com/democratizing-machine-learning-at-netflix-"
                + "building-the-model-lifecycle-graph-5cc6d5828bb1?utm_source=rss");

        assertThat(label(robot, "#duplicateLabel").getText()).isEqualTo("Already in your library: “"
                + DEMOCRATIZING + "”.");
        assertThat(saveButton(robot).isDisabled()).isTrue();
        robot.clickOn("Show it");

        assertThat(editorIsOpen(robot)).isFalse();
        assertThat(table(robot).getSelectionModel().getSelectedItem().article().title()).isEqualTo(DEMOCRATIZING);
        assertThat(label(robot, "#titleLabel").getText()).isEqualTo(DEMOCRATIZING);
        assertThat(titles(robot)).hasSize(19);
    }

    @Test
    void everyFieldIsEditedAndCtrlZBringsTheArticleBack(FxRobot robot) throws Exception {
        window.waitUntilLoaded();
        robot.clickOn(cellWithText(robot, SYNOPSES));
        robot.clickOn("#editButton");

        replace(robot, "#urlField", "https://example.com/judging");
        replace(robot, "#titleField", "Judging synopses");
        replace(robot, "#companyField", "Netflix Tech Blog");
        replace(robot, "#publishedField", "2026-04-11");
        replace(robot, "#readTimeField", "9");
        replace(robot, "#authorsField", "Gabriela Alessio, Cameron Taylor");
        replace(robot, "#summaryArea", "Synopses judged by a model.");
        robot.clickOn(chip(robot, "api-design"));
        robot.clickOn("#tagField").write("LLM").type(KeyCode.ENTER);
        assertThat(chips(robot)).containsExactly("ml-systems", "llm");
        robot.clickOn("Save");

        waitFor(() -> titles(robot).contains("Judging synopses"));
        assertThat(titles(robot)).doesNotContain(SYNOPSES).hasSize(19);
        assertThat(label(robot, "#titleLabel").getText()).isEqualTo("Judging synopses");
        assertThat(label(robot, "#companyLabel").getText()).isEqualTo("Netflix Tech Blog");
        assertThat(label(robot, "#publishedLabel").getText()).isEqualTo("April 11, 2026");
        assertThat(label(robot, "#authorsLabel").getText()).isEqualTo("Gabriela Alessio and Cameron Taylor");
        assertThat(label(robot, "#readTimeLabel").getText()).isEqualTo("9 min read");
        assertThat(label(robot, "#summaryLabel").getText()).isEqualTo("Synopses judged by a model.");
        assertThat(robot.lookup(".detail-pane .chip").queryAllAs(Button.class)).extracting(Button::getText)
                .containsExactly("ml-systems", "llm");
        assertThat(tag(robot, "llm").getAccessibleText()).isEqualTo("llm, 1 article");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        waitFor(() -> titles(robot).contains(SYNOPSES));
        assertThat(titles(robot)).doesNotContain("Judging synopses");
        assertThat(label(robot, "#titleLabel").getText()).isEqualTo(SYNOPSES);
        assertThat(label(robot, "#authorsLabel").getText())
                .isEqualTo("Gabriela Alessio, Cameron Taylor and Cameron R. Wolfe");
        assertThat(robot.lookup(".tag").match((Button b) -> "llm".equals(b.getUserData())).tryQuery()).isEmpty();
        robot.clickOn("Open article");
        assertThat(window.openedLinks).extracting(Object::toString).containsExactly(
                "https://netflixtechblog.com/evaluating-netflix-show-synopses-with-llm-as-a-judge-6269251e6f28");
    }

    @Test
    void wrongValuesAreSaidBesideTheirFieldsSaveStaysOffAndEscapeCancels(FxRobot robot) throws Exception {
        window.waitUntilLoaded();
        robot.clickOn(cellWithText(robot, SYNOPSES));
        robot.type(KeyCode.F2);

        replace(robot, "#titleField", "");
        assertThat(message(robot, "#titleMessage")).isEqualTo("An article needs a title.");
        assertThat(saveButton(robot).isDisabled()).isTrue();
        replace(robot, "#titleField", "Still a title");
        assertThat(robot.lookup("#titleMessage").query().isVisible()).isFalse();

        replace(robot, "#urlField", "ftp://example.com/file");
        assertThat(message(robot, "#urlMessage")).isEqualTo(
                "Only http and https addresses, like https://example.com/post.");
        replace(robot, "#publishedField", "2026-02-30");
        assertThat(message(robot, "#publishedMessage")).isEqualTo("There is no such day in the calendar.");
        replace(robot, "#readTimeField", "-5");
        assertThat(message(robot, "#readTimeMessage")).isEqualTo("A read time cannot be negative.");
        replace(robot, "#readTimeField", "500000");
        assertThat(message(robot, "#readTimeMessage")).isEqualTo("At most 100,000 minutes.");
        pasteInto(robot, "#titleField", "t".repeat(520));
        assertThat(message(robot, "#titleMessage")).isEqualTo(
                "Longer than 500 characters: only the first 500 are kept.");
        assertThat(saveButton(robot).isDisabled()).isTrue();

        robot.type(KeyCode.ESCAPE);

        assertThat(editorIsOpen(robot)).isFalse();
        assertThat(titles(robot)).contains(SYNOPSES).doesNotContain("Still a title");
        assertThat(label(robot, "#publishedLabel").getText()).isEqualTo("April 10, 2026");
    }

    @Test
    void ctrlNAndF2OpenTheEditorWithoutAMenuOpenedFirst(FxRobot robot) throws Exception {
        window.waitUntilLoaded();

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        assertThat(editorTitle(robot)).isEqualTo("Add Article");
        assertThat(focusedId(robot)).isEqualTo("urlField");
        robot.type(KeyCode.ESCAPE);
        assertThat(editorIsOpen(robot)).isFalse();

        robot.clickOn(cellWithText(robot, SYNOPSES));
        robot.type(KeyCode.F2);
        assertThat(editorTitle(robot)).isEqualTo("Edit Article");
        assertThat(text(robot, "#titleField")).isEqualTo(SYNOPSES);
        assertThat(focusedId(robot)).isEqualTo("titleField");
    }

    @Test
    void everyFieldIsReachedWithTab(FxRobot robot) throws Exception {
        window.waitUntilLoaded();
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);

        List<String> reached = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            reached.add(focusedId(robot));
            robot.type(KeyCode.TAB);
        }

        assertThat(reached).containsExactly("urlField", "titleField", "companyField", "publishedField",
                "readTimeField", "authorsField", "summaryArea", "tagField");
    }

    @Test
    void aLinkPastedWithCtrlVOutsideATextFieldOpensTheEditorWithIt(FxRobot robot) throws Exception {
        window.waitUntilLoaded();
        try (TestServer server = TestServer.http()) {
            server.html("/feed", FEED_PAGE);
            String link = server.uri("/feed").toString();
            robot.interact(() -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(link);
                javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            });
            robot.clickOn(cellWithText(robot, SYNOPSES));

            robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);

            assertThat(editorTitle(robot)).isEqualTo("Add Article");
            assertThat(text(robot, "#urlField")).isEqualTo(link);
            waitFor(() -> text(robot, "#titleField").equals("Scaling the Feed Service"));
        }
    }

    @Test
    void typedTagsAreCompletedFromTheExistingOnesAndChipsTakeThemOff(FxRobot robot) throws Exception {
        window.waitUntilLoaded();
        robot.clickOn("Add article");

        robot.clickOn("#tagField").write("datab");
        assertThat(text(robot, "#tagField")).isEqualTo("databases");
        robot.type(KeyCode.ENTER);
        robot.write("obs,");
        robot.write("sto");
        robot.clickOn(robot.lookup(".tag-suggestion").match((Button b) -> b.getText().equals("storage-systems (1)"))
                .queryButton());
        assertThat(chips(robot)).containsExactly("databases", "observability", "storage-systems");
        assertThat(text(robot, "#tagField")).isEmpty();

        robot.type(KeyCode.BACK_SPACE);
        robot.clickOn(chip(robot, "databases"));
        assertThat(chips(robot)).containsExactly("observability");
    }

    /**
     * A fetcher that would wait for the slow server's answer (the app's gives up after ten seconds, which would end
     * the request as well): only a cancel ends the request before the answer.
     */
    private static PageFetcher patientFetcher() {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY).build();
        return new PageFetcher(client, "ReadingList/test", Duration.ofMinutes(2));
    }

    // ---- what the person sees

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Selects a field's text and types another over it, as a person does with Ctrl+A. */
    private static void replace(FxRobot robot, String field, String text) {
        robot.clickOn(field);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        if (text.isEmpty()) {
            robot.type(KeyCode.BACK_SPACE);
        } else {
            robot.write(text);
        }
    }

    /** Copies a long text and pastes it over a field's text, as a person does rather than type it. */
    private static void pasteInto(FxRobot robot, String field, String text) {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn(field);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
    }

    private static boolean editorIsOpen(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#article-editor").tryQuery().map(node -> node.getScene().getWindow().isShowing())
                .orElse(false);
    }

    private static String editorTitle(FxRobot robot) throws Exception {
        waitFor(() -> editorIsOpen(robot));
        Window dialog = robot.lookup("#article-editor").query().getScene().getWindow();
        return ((Stage) dialog).getTitle();
    }

    private static String focusedId(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Node focused = robot.lookup("#article-editor").query().getScene().getFocusOwner();
        return focused == null ? null : focused.getId();
    }

    private static Button saveButton(FxRobot robot) {
        return robot.lookup(".button").match((Button b) -> "Save".equals(b.getText())).queryButton();
    }

    private static String text(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).queryAs(TextInputControl.class).getText();
    }

    private static Label label(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).queryAs(Label.class);
    }

    /** The message under a field, which must be showing. */
    private static String message(FxRobot robot, String query) {
        Label message = label(robot, query);
        assertThat(message.isVisible()).as(query + " shown").isTrue();
        return message.getText();
    }

    private static List<String> chips(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".removable-chip").queryAllAs(Button.class).stream().map(Button::getText).toList();
    }

    private static Button chip(FxRobot robot, String tag) {
        return robot.lookup(".removable-chip").match((Button b) -> tag.equals(b.getText())).queryButton();
    }

    private static TableView<ArticleRow> table(FxRobot robot) {
        return robot.lookup("#table").queryTableView();
    }

    private static List<String> titles(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return table(robot).getItems().stream().map(row -> row.article().title()).toList();
    }

    private static Button tag(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".tag").match((Button b) -> name.equals(b.getUserData())).queryButton();
    }

    private static Node cellWithText(FxRobot robot, String text) {
        Predicate<Node> visibleCell = node -> node instanceof TableCell<?, ?> cell && text.equals(cell.getText())
                && cell.isVisible() && cell.getTableRow() != null && cell.getTableRow().getItem() != null;
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(visibleCell).query();
    }
}
