package org.readinglist.ui.detail;

import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.readinglist.i18n.Messages;
import org.readinglist.logic.WebLinks;
import org.readinglist.model.Article;
import org.readinglist.ui.state.ArticleRow;
import org.readinglist.ui.state.ReadingListState;
import org.readinglist.ui.util.Dialogs;
import org.readinglist.ui.util.LinkOpener;
import org.readinglist.ui.util.Notifier;

/** The detail pane of the selected article, with its read toggle, "Open article" and "Edit". */
public final class ArticleDetailViewModel {

    private final ReadingListState state;
    private final Dialogs dialogs;
    private final LinkOpener linkOpener;
    private final Notifier notifier;
    private final Messages messages;
    private final DateTimeFormatter publishedFormat;
    private final DateTimeFormatter readFormat;

    private final ReadOnlyBooleanWrapper hasArticle = new ReadOnlyBooleanWrapper(this, "hasArticle");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper company = new ReadOnlyStringWrapper(this, "company", "");
    private final ReadOnlyStringWrapper published = new ReadOnlyStringWrapper(this, "published", "");
    private final ReadOnlyStringWrapper authors = new ReadOnlyStringWrapper(this, "authors", "");
    private final ReadOnlyStringWrapper readTime = new ReadOnlyStringWrapper(this, "readTime", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper readStatus = new ReadOnlyStringWrapper(this, "readStatus", "");
    private final ReadOnlyBooleanWrapper read = new ReadOnlyBooleanWrapper(this, "read");
    private final ReadOnlyStringWrapper toggleReadText = new ReadOnlyStringWrapper(this, "toggleReadText", "");
    private final ReadOnlyBooleanWrapper hasLink = new ReadOnlyBooleanWrapper(this, "hasLink");
    private final ReadOnlyStringWrapper link = new ReadOnlyStringWrapper(this, "link", "");
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<String> tagsView = FXCollections.unmodifiableObservableList(tags);
    private final InvalidationListener readListener = obs -> update();
    private ArticleRow shown;

    public ArticleDetailViewModel(ReadingListState state, Dialogs dialogs, LinkOpener linkOpener, Notifier notifier,
                                  Messages messages, ZoneId zone) {
        this.state = state;
        this.dialogs = dialogs;
        this.linkOpener = linkOpener;
        this.notifier = notifier;
        this.messages = messages;
        this.publishedFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale());
        this.readFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale())
                .withZone(zone);
        state.selectedArticleProperty().addListener((obs, old, now) -> show(now));
        show(state.selectedArticleProperty().get());
    }

    // ---- properties

    public ReadOnlyBooleanProperty hasArticleProperty() {
        return hasArticle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty companyProperty() {
        return company.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty publishedProperty() {
        return published.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty authorsProperty() {
        return authors.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty readTimeProperty() {
        return readTime.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty readStatusProperty() {
        return readStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readProperty() {
        return read.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty toggleReadTextProperty() {
        return toggleReadText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasLinkProperty() {
        return hasLink.getReadOnlyProperty();
    }

    /** The article's address as text, for the tooltip of "Open article". */
    public ReadOnlyStringProperty linkProperty() {
        return link.getReadOnlyProperty();
    }

    public ObservableList<String> tags() {
        return tagsView;
    }

    // ---- commands

    public void toggleRead() {
        if (shown != null) {
            state.setRead(List.of(shown), !shown.isRead());
        }
    }

    /** "Edit": the editor for the shown article. */
    public void edit() {
        if (shown != null) {
            dialogs.showEditArticle(shown.article());
        }
    }

    /** Opens the article in the browser; only http and https addresses are opened. */
    public void openArticle() {
        if (shown == null || shown.article().url() == null) {
            return;
        }
        String url = shown.article().url();
        Optional<URI> address = WebLinks.openable(url);
        if (address.isPresent()) {
            linkOpener.open(address.get());
        } else {
            notifier.warn(messages.format("detail.notOpened", url));
        }
    }

    /** What a screen reader says for a tag chip. */
    public String tagAccessibleText(String tag) {
        return messages.format("detail.tagChip.accessible", tag);
    }

    public void filterByTag(String tag) {
        state.filters().showOnlyTag(tag);
    }

    private void show(ArticleRow row) {
        if (shown != null) {
            shown.readProperty().removeListener(readListener);
        }
        shown = row;
        if (row != null) {
            row.readProperty().addListener(readListener);
        }
        update();
    }

    private void update() {
        ArticleRow row = shown;
        hasArticle.set(row != null);
        if (row == null) {
            tags.clear();
            return;
        }
        Article article = row.article();
        title.set(article.title());
        company.set(article.company());
        published.set(article.publishedIfKnown().map(publishedFormat::format).orElse(messages.get("detail.publishedUnknown")));
        authors.set(article.authorsIfKnown().filter(list -> !list.isEmpty())
                .map(this::joinNames).orElse(messages.get("detail.authorsUnknown")));
        readTime.set(messages.format("detail.readTimeValue", article.readMinutes()));
        summary.set(article.summary());
        if (!tags.equals(article.tags())) {
            tags.setAll(article.tags());
        }
        read.set(row.isRead());
        readStatus.set(row.isRead() ? messages.format("detail.readOn", readFormat.format(row.getReadAt()))
                : messages.get("read.no"));
        toggleReadText.set(messages.get(row.isRead() ? "action.markUnread" : "action.markRead"));
        hasLink.set(article.url() != null);
        link.set(article.url() == null ? "" : article.url());
    }

    String joinNames(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return messages.format("detail.authorsAnd", String.join(", ", names.subList(0, names.size() - 1)),
                names.get(names.size() - 1));
    }
}
