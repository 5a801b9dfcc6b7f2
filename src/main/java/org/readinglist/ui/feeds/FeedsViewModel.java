package org.readinglist.ui.feeds;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.readinglist.feeds.FeedLookup;
import org.readinglist.feeds.FeedProblem;
import org.readinglist.feeds.Subscription;
import org.readinglist.i18n.Messages;
import org.readinglist.library.FeedSubscriptions;
import org.readinglist.model.Article;
import org.readinglist.ui.util.TaskExecutor;
import org.readinglist.web.TagNames;

/**
 * The Feeds window: the feeds the user follows with what their last refresh said, following a new one by its
 * address or its site's, and renaming, pausing and unfollowing one. Everything that touches the library or the
 * network runs in the background.
 */
public final class FeedsViewModel {

    /** One feed as the table shows it. */
    public record Row(Subscription feed, String articles, String lastRefresh, String problem) {
        public String name() {
            return feed.name();
        }

        public String url() {
            return feed.url();
        }
    }

    private final FeedSubscriptions feeds;
    private final TaskExecutor executor;
    private final Messages messages;
    private final DateTimeFormatter format;
    private final Runnable refreshAll;
    private final Consumer<List<Article>> unfollowed;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObservableList<FeedLookup.Offered> offered = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final BooleanBinding canFollow;
    private final BooleanBinding hasSelection;

    /**
     * @param refreshAll refreshes every feed now (the main window's refresh, which says what came)
     * @param unfollowed takes the articles that went with an unfollowed feed out of the list shown
     */
    public FeedsViewModel(FeedSubscriptions feeds, TaskExecutor executor, Messages messages, ZoneId zone,
                          Runnable refreshAll, Consumer<List<Article>> unfollowed) {
        this.feeds = Objects.requireNonNull(feeds, "feeds");
        this.executor = executor;
        this.messages = messages;
        this.format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(zone);
        this.refreshAll = refreshAll;
        this.unfollowed = unfollowed;
        canFollow = Bindings.createBooleanBinding(() -> !busy.get() && !address.get().isBlank(), busy, address);
        hasSelection = selected.isNotNull();
    }

    // ---- properties

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    /** The address typed to follow: a feed's, or a site's that names its feeds. */
    public StringProperty addressProperty() {
        return address;
    }

    /** What the window is doing or has just done, in words. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The feeds a page named, for the user to pick one; empty otherwise. */
    public ObservableList<FeedLookup.Offered> offered() {
        return offered;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canFollowProperty() {
        return canFollow;
    }

    public BooleanBinding hasSelectionProperty() {
        return hasSelection;
    }

    // ---- actions

    /** Reads the feeds again (after a change, or a refresh the main window made). */
    public void reload() {
        executor.execute(feeds::list, this::show, error -> status.set(messages.format("feeds.unreadable",
                error.getMessage())));
    }

    private void show(List<Subscription> subscriptions) {
        long keep = selected.get() == null ? -1 : selected.get().feed().id();
        rows.setAll(subscriptions.stream().map(this::row).toList());
        selected.set(rows.stream().filter(row -> row.feed().id() == keep).findFirst().orElse(null));
    }

    private Row row(Subscription feed) {
        String refreshed = feed.lastSuccess() == null ? messages.get("feeds.never") : format.format(feed.lastSuccess());
        String problem = feed.problem() == null ? (feed.paused() ? messages.get("feeds.paused") : "")
                : describe(feed.problem()) + (feed.paused() ? " · " + messages.get("feeds.paused") : "");
        return new Row(feed, messages.format("feeds.articleCount", feed.articleCount()), refreshed, problem);
    }

    /** A problem in words: "not found (HTTP 404)", "timed out", "offline". */
    public String describe(FeedProblem problem) {
        if (problem.kind() == FeedProblem.Kind.HTTP_STATUS && problem.httpStatus().isPresent()) {
            int code = problem.httpStatus().getAsInt();
            return code == 404 ? messages.format("feeds.problem.notFound", code)
                    : messages.format("feeds.problem.status", code);
        }
        return messages.get("feeds.problem." + problem.kind().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Follows the address typed: a feed at once; a page's feeds are offered to pick from. */
    public void follow() {
        if (!canFollow.get()) {
            return;
        }
        follow(address.get());
    }

    /** Follows a feed a page offered. */
    public void follow(FeedLookup.Offered feed) {
        follow(feed.url());
    }

    private void follow(String url) {
        busy.set(true);
        offered.clear();
        status.set(messages.format("feeds.looking", url.strip()));
        executor.execute(() -> feeds.follow(url), followed -> {
            busy.set(false);
            if (followed instanceof FeedSubscriptions.Followed.Feed feed) {
                address.set("");
                status.set(messages.format("feeds.followed", feed.feed().name(), feed.arrivals().added().size()));
                reload();
            } else if (followed instanceof FeedSubscriptions.Followed.Already already) {
                status.set(messages.format("feeds.already", already.url()));
            } else if (followed instanceof FeedSubscriptions.Followed.Choices choices) {
                if (choices.feeds().isEmpty()) {
                    status.set(messages.get("feeds.noneOnPage"));
                } else {
                    offered.setAll(choices.feeds());
                    status.set(messages.format("feeds.pick", choices.feeds().size()));
                }
            } else {
                FeedSubscriptions.Followed.Failed failed = (FeedSubscriptions.Followed.Failed) followed;
                status.set(messages.format("feeds.cannotFollow", describe(failed.why().problem())));
            }
        }, error -> {
            busy.set(false);
            status.set(messages.format("feeds.unreadable", error.getMessage()));
        });
    }

    /** Renames the selected feed; the company and tags apply to the articles it brings from now on. */
    public void describeSelected(String name, String company, String tagsText) {
        Row row = selected.get();
        if (row == null || name.isBlank()) {
            return;
        }
        List<String> tags = Arrays.stream(tagsText.split(","))
                .map(TagNames::normalize).flatMap(java.util.Optional::stream).distinct().toList();
        String shownCompany = company.isBlank() ? name.strip() : company.strip();
        executor.execute(() -> {
            feeds.describe(row.feed().id(), name.strip(), shownCompany, tags);
            return null;
        }, done -> reload(), error -> status.set(messages.format("feeds.unreadable", error.getMessage())));
    }

    /** Pauses the selected feed, or lets a paused one be refreshed again. */
    public void togglePause() {
        Row row = selected.get();
        if (row == null) {
            return;
        }
        boolean pause = !row.feed().paused();
        executor.execute(() -> {
            feeds.pause(row.feed().id(), pause);
            return null;
        }, done -> reload(), error -> status.set(messages.format("feeds.unreadable", error.getMessage())));
    }

    /** Unfollows the selected feed; without {@code keepArticles}, its articles nobody read or edited go. */
    public void unfollowSelected(boolean keepArticles) {
        Row row = selected.get();
        if (row == null) {
            return;
        }
        executor.execute(() -> feeds.unfollow(row.feed().id(), keepArticles), removed -> {
            if (!removed.isEmpty()) {
                unfollowed.accept(removed);
            }
            status.set(messages.format("feeds.unfollowed", row.name(), removed.size()));
            selected.set(null);
            reload();
        }, error -> status.set(messages.format("feeds.unreadable", error.getMessage())));
    }

    /** Refreshes every feed now; the main window says what came. */
    public void refreshAll() {
        refreshAll.run();
    }
}
