package org.readinglist.ui.feeds;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.readinglist.i18n.Messages;
import org.readinglist.library.FeedSubscriptions;
import org.readinglist.persistence.files.OpmlFileException;
import org.readinglist.ui.util.FileChoices;
import org.readinglist.ui.util.Notifier;
import org.readinglist.ui.util.TaskExecutor;

/**
 * File ▸ Import Subscriptions… and Export Subscriptions…: the feeds the user follows, to and from an OPML file as
 * every feed reader reads and writes one. The file work runs in the background; the status line says what came of it.
 */
public final class SubscriptionTransfer {

    private final FeedSubscriptions feeds;
    private final FileChoices choices;
    private final TaskExecutor executor;
    private final Notifier notifier;
    private final Messages messages;
    private final Consumer<Set<Long>> followed;

    /** @param followed hears the feeds an import followed (to refresh them, so their articles come) */
    public SubscriptionTransfer(FeedSubscriptions feeds, FileChoices choices, TaskExecutor executor,
                                Notifier notifier, Messages messages, Consumer<Set<Long>> followed) {
        this.feeds = feeds;
        this.choices = choices;
        this.executor = executor;
        this.notifier = notifier;
        this.messages = messages;
        this.followed = followed;
    }

    public void importFile() {
        choices.subscriptionsToImport().ifPresent(file -> executor.execute(() -> feeds.importFile(file),
                imported -> {
                    notifier.info(messages.format("opml.imported", file, imported.followed().size(),
                            imported.already()));
                    if (!imported.followed().isEmpty()) {
                        followed.accept(imported.followed());
                    }
                }, error -> notifier.warn(problem(file, error))));
    }

    public void exportFile() {
        choices.subscriptionsTarget(messages.get("opml.suggestedName")).ifPresent(file -> executor.execute(
                () -> feeds.exportFile(file, messages.get("opml.title")),
                count -> notifier.info(messages.format("opml.exported", count, file)),
                error -> notifier.warn(problem(file, error))));
    }

    private String problem(Path file, Exception error) {
        if (error instanceof OpmlFileException opml) {
            String reason = messages.get("opml.reason." + opml.reason().name().toLowerCase(Locale.ROOT));
            return messages.format("opml.failed", file, reason);
        }
        return messages.format("opml.failed", file, error.getMessage());
    }
}
