package org.readinglist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.readinglist.feeds.Subscription;
import org.readinglist.persistence.library.LibraryStore;
import org.readinglist.ui.feeds.FeedsViewModel;
import org.readinglist.ui.state.ArticleRow;
import org.readinglist.web.TestServer;
import org.readinglist.web.UrlNormalizer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Following blogs as a person does: View ▸ Feeds…, an address typed, a feed picked, F5. Every feed is served by a
 * server on 127.0.0.1; the Netflix blog the library follows from the start is paused first, so nothing goes out.
 */
@ExtendWith(ApplicationExtension.class)
class FeedsWindowTest {

    private static final String POST_A = "https://netflixtechblog.com/scaling-archunit-with-nebula-archrules-b4642c464c5a";
    private static final String POST_B = "https://netflixtechblog.com/netflix-live-origin-41f1b0ad5371";

    @TempDir
    Path dataDir;

    private ReadingListWindow window;
    private TestServer server;

    @Start
    void start(Stage stage) throws Exception {
        try (LibraryStore store = new LibraryStore(dataDir, Clock.systemUTC(), UrlNormalizer::key)) {
            store.read(new org.readinglist.persistence.files.GsonArticleRepository().loadBundled());
            for (Subscription feed : store.subscriptions()) {
                store.pauseSubscription(feed.id(), true);
            }
        }
        server = TestServer.http();
        window = new ReadingListWindow(stage);
        window.open(dataDir, List.of());
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(window::close);
        server.close();
    }

    private static String rss(String title, String... items) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
                     xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel><title>%s</title><link>https://blog.example.org/</link><description>d</description>
                %s
                </channel></rss>
                """.formatted(title, String.join("\n", items));
    }

    private static String item(String guid, String title, String link, String... categories) {
        StringBuilder tags = new StringBuilder();
        for (String category : categories) {
            tags.append("<category>").append(category).append("</category>");
        }
        return """
                <item><title>%s</title><link>%s</link><guid isPermaLink="false">%s</guid>
                <dc:creator>Ada Lovelace</dc:creator><pubDate>Tue, 02 Jun 2026 10:00:00 GMT</pubDate>%s
                <description>About %s.</description></item>
                """.formatted(title, link, guid, tags, title);
    }

    private void serveFeed(String path, String xml) {
        server.respond(path, 200, "application/rss+xml; charset=utf-8", xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSiteIsFollowedThroughTheFeedItNamesAndF5BringsWhatItPublishesNext(FxRobot robot) throws Exception {
        window.waitUntilLoaded();
        server.html("/blog", "<html><head><title>Example</title><link rel=\"alternate\" "
                + "type=\"application/rss+xml\" title=\"Example Engineering\" href=\"/blog/feed.xml\"></head>"
                + "<body>Posts</body></html>");
        serveFeed("/blog/feed.xml", rss("Example Engineering",
                item("e-1", "Sharding the Queue", "https://blog.example.org/sharding", "Queue Theory", "Go"),
                item("e-2", "Tracing &amp;amp; &lt;b&gt;Profiling&lt;/b&gt;", "https://blog.example.org/tracing", "Go")));

        robot.clickOn("View").clickOn("Feeds…");
        robot.clickOn("#addressField").write(server.uri("/blog").toString()).type(KeyCode.ENTER);
        waitFor(() -> !offered(robot).getItems().isEmpty());
        robot.clickOn("Example Engineering — " + server.uri("/blog/feed.xml"));
        robot.clickOn("Follow This Feed");

        waitFor(() -> feedStatus(robot).equals("Following Example Engineering: 2 new articles."));
        waitFor(() -> feedNames(robot).contains("Example Engineering"));
        FeedsViewModel.Row row = feedTable(robot).getItems().stream()
                .filter(feed -> feed.name().equals("Example Engineering")).findFirst().orElseThrow();
        assertThat(row.url()).isEqualTo(server.uri("/blog/feed.xml").toString());
        assertThat(row.articles()).isEqualTo("2");
        robot.clickOn("Close");

        waitFor(() -> titles(robot).contains("Sharding the Queue"));
        assertThat(titles(robot)).contains("Tracing & Profiling").hasSize(21);
        assertThat(rowOf(robot, "Sharding the Queue").isRead()).isFalse();
        assertThat(rowOf(robot, "Sharding the Queue").article().company()).isEqualTo("Example Engineering");
        assertThat(tag(robot, "go").getAccessibleText()).isEqualTo("go, 2 articles");
        assertThat(tag(robot, "queue-theory").getAccessibleText()).isEqualTo("queue-theory, 1 article");

        serveFeed("/blog/feed.xml", rss("Example Engineering",
                item("e-3", "Queues, Revisited", "https://blog.example.org/revisited", "Go"),
                item("e-1", "Sharding the Queue", "https://blog.example.org/sharding", "Queue Theory", "Go"),
                item("e-2", "Tracing &amp;amp; &lt;b&gt;Profiling&lt;/b&gt;", "https://blog.example.org/tracing", "Go")));
        robot.clickOn("#table");
        robot.type(KeyCode.F5);

        waitForNotice(robot, text -> text.equals("1 new article from Example Engineering"));
        waitFor(() -> titles(robot).contains("Queues, Revisited"));
        assertThat(titles(robot)).hasSize(22);
        assertThat(tag(robot, "go").getAccessibleText()).isEqualTo("go, 3 articles");
    }

    @Test
    void theBundledPostsAFeedCarriesAreNotListedTwice(FxRobot robot) throws Exception {
        window.waitUntilLoaded();
        serveFeed("/medium/feed", rss("Netflix TechBlog - Medium",
                item("https://medium.com/p/b4642c464c5a", "Scaling ArchUnit with Nebula ArchRules",
                        POST_A + "?source=rss----2615bd06b42e---4", "Software Architecture"),
                item("https://medium.com/p/41f1b0ad5371", "Netflix Live Origin",
                        POST_B + "?source=rss----2615bd06b42e---4", "Streaming"),
                item("https://medium.com/p/0a1b2c3d4e5f", "A Post After the Bundled Ones",
                        "https://netflixtechblog.com/a-post-after-the-bundled-ones-0a1b2c3d4e5f?source=rss----2615bd06b42e---4",
                        "Streaming")));

        robot.clickOn("View").clickOn("Feeds…");
        robot.clickOn("#addressField").write(server.uri("/medium/feed").toString());
        robot.clickOn("Follow");

        waitFor(() -> feedStatus(robot).equals("Following Netflix TechBlog - Medium: 1 new article."));
        robot.clickOn("Close");
        waitFor(() -> titles(robot).contains("A Post After the Bundled Ones"));
        assertThat(titles(robot)).hasSize(20);
        assertThat(titles(robot).stream().filter(title -> title.startsWith("Scaling ArchUnit"))).hasSize(1);
    }

    @Test
    void anUnfollowedFeedLeavesItsArticlesWhenThePersonKeepsThem(FxRobot robot) throws Exception {
        window.waitUntilLoaded();
        serveFeed("/feed.xml", rss("Small Blog", item("s-1", "Only Post", "https://small.example.org/only")));
        robot.clickOn("View").clickOn("Feeds…");
        robot.clickOn("#addressField").write(server.uri("/feed.xml").toString()).type(KeyCode.ENTER);
        waitFor(() -> feedNames(robot).contains("Small Blog"));

        robot.clickOn(robot.from(feedTable(robot)).lookup("Small Blog").<javafx.scene.Node>query());
        robot.clickOn("Unfollow…");
        robot.clickOn("Keep Its Articles");

        waitFor(() -> !feedNames(robot).contains("Small Blog"));
        assertThat(feedStatus(robot)).isEqualTo("No longer following Small Blog; 0 articles went with it.");
        robot.clickOn("Close");
        assertThat(titles(robot)).contains("Only Post");
    }

    @Test
    void anAddressThatIsNoFeedIsSaidSoInWords(FxRobot robot) throws Exception {
        window.waitUntilLoaded();
        server.respond("/missing.xml", 404, "text/plain", "gone".getBytes(StandardCharsets.UTF_8));
        robot.clickOn("View").clickOn("Feeds…");

        robot.clickOn("#addressField").write(server.uri("/missing.xml").toString()).type(KeyCode.ENTER);

        waitFor(() -> feedStatus(robot).equals("Cannot follow that address: not found (HTTP 404)."));
        assertThat(feedNames(robot)).containsExactly("Netflix Technology Blog");
        assertThat(feedTable(robot).getItems().get(0).problem()).isEqualTo("paused");
    }

    @Test
    void subscriptionsExportedAndImportedIntoAnEmptyLibraryAreTheSame(FxRobot robot, @TempDir Path elsewhere)
            throws Exception {
        window.waitUntilLoaded();
        serveFeed("/feed.xml", rss("Small Blog", item("s-1", "Only Post", "https://small.example.org/only")));
        robot.clickOn("View").clickOn("Feeds…");
        robot.clickOn("#addressField").write(server.uri("/feed.xml").toString()).type(KeyCode.ENTER);
        waitFor(() -> feedNames(robot).contains("Small Blog"));
        List<String> before = feedTable(robot).getItems().stream().map(row -> row.name() + " " + row.url()).toList();
        robot.clickOn("Close");
        Path file = elsewhere.resolve("subscriptions.opml");
        window.chosenFiles.add(file);

        robot.clickOn("File").clickOn("Export Subscriptions (OPML)…");
        waitForNotice(robot, text -> text.equals("Exported 2 subscriptions to " + file + "."));

        Path emptyLibrary = elsewhere.resolve("data");
        robot.interact(() -> window.open(emptyLibrary, List.of()));
        window.waitUntilLoaded();
        window.chosenFiles.add(file);
        robot.clickOn("File").clickOn("Import Subscriptions (OPML)…");
        waitForNotice(robot, text -> text.startsWith("Imported " + file));
        assertThat(robot.lookup("#noticeText").queryAs(Label.class).getText()).isEqualTo(
                "Imported " + file + ": now following 1 more feed, 1 followed already.");
        robot.clickOn("View").clickOn("Feeds…");
        waitFor(() -> feedNames(robot).size() == 2);
        assertThat(feedTable(robot).getItems().stream().map(row -> row.name() + " " + row.url()).toList())
                .isEqualTo(before);
    }

    // ---- what the person sees

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitForNotice(FxRobot robot, Predicate<String> text) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#noticeBar").query().isVisible()
                && text.test(robot.lookup("#noticeText").queryAs(Label.class).getText()));
    }

    private static String feedStatus(FxRobot robot) {
        return robot.lookup(".feeds #statusLabel").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static ListView<Object> offered(FxRobot robot) {
        return robot.lookup("#offeredList").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<FeedsViewModel.Row> feedTable(FxRobot robot) {
        return robot.lookup("#feedTable").queryAs(TableView.class);
    }

    private static List<String> feedNames(FxRobot robot) {
        return feedTable(robot).getItems().stream().map(FeedsViewModel.Row::name).toList();
    }

    private static TableView<ArticleRow> table(FxRobot robot) {
        return robot.lookup("#table").queryTableView();
    }

    private static List<String> titles(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return table(robot).getItems().stream().map(row -> row.article().title()).toList();
    }

    private static ArticleRow rowOf(FxRobot robot, String title) {
        return table(robot).getItems().stream().filter(row -> row.article().title().equals(title))
                .findFirst().orElseThrow();
    }

    private static Button tag(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".tag").match((Button b) -> name.equals(b.getUserData())).queryButton();
    }
}
