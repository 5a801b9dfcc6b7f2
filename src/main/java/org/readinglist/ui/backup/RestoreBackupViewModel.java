package org.readinglist.ui.backup;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.readinglist.i18n.Messages;
import org.readinglist.model.ReadMarks;
import org.readinglist.persistence.marks.ReadStateStore;
import org.readinglist.persistence.marks.ReadStateStore.Backup;
import org.readinglist.ui.state.ArticleRow;
import org.readinglist.ui.state.ReadingListState;
import org.readinglist.ui.util.Notifier;
import org.readinglist.ui.util.TaskExecutor;

/**
 * "Restore from backup…": lists the backups of the read marks, shows what restoring one would change, and restores
 * it (the store backs up what it replaces first).
 */
public final class RestoreBackupViewModel {

    /** One backup as the list shows it. */
    public record Choice(Backup backup, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final ReadingListState state;
    private final ReadStateStore store;
    private final TaskExecutor executor;
    private final Notifier notifier;
    private final Messages messages;
    private final DateTimeFormatter format;

    private final ObservableList<Choice> backups = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper changes = new ReadOnlyStringWrapper(this, "changes", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper canRestore = new ReadOnlyBooleanWrapper(this, "canRestore");

    public RestoreBackupViewModel(ReadingListState state, ReadStateStore store, TaskExecutor executor,
                                  Notifier notifier, Messages messages, ZoneId zone) {
        this.state = state;
        this.store = store;
        this.executor = executor;
        this.notifier = notifier;
        this.messages = messages;
        this.format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(zone);
        status.set(messages.get("restore.looking"));
        selected.addListener((obs, old, now) -> describe(now));
    }

    // ---- properties

    public ObservableList<Choice> backups() {
        return backups;
    }

    public ObjectProperty<Choice> selectedProperty() {
        return selected;
    }

    /** What restoring the selected backup would change. */
    public ReadOnlyStringProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    /** A line above the list: how many backups there are, or that there are none. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRestoreProperty() {
        return canRestore.getReadOnlyProperty();
    }

    // ---- commands

    /** Lists the backups (off the JavaFX thread). */
    public void refresh() {
        executor.execute(store::backups, list -> {
            List<Choice> choices = new ArrayList<>();
            for (Backup backup : list) {
                choices.add(new Choice(backup, messages.format("restore.choice", format.format(backup.taken()),
                        backup.articleCount(), backup.readCount(), reason(backup.reason()))));
            }
            backups.setAll(choices);
            status.set(choices.isEmpty() ? messages.get("restore.none")
                    : messages.format("restore.list", store.file().getParent().toString()));
            if (!choices.isEmpty()) {
                selected.set(choices.get(0));
            }
        }, error -> status.set(messages.format("restore.listFailed", error.getMessage())));
    }

    /** Restores the selected backup; what it replaces is backed up by the store first. */
    public void restore() {
        Choice choice = selected.get();
        if (choice == null) {
            return;
        }
        canRestore.set(false);
        executor.execute(() -> store.restore(choice.backup()), restored -> {
            state.adopt(restored, true);
            state.reload(); // the articles come back as the backup has them too
            notifier.info(messages.format("restore.done", format.format(choice.backup().taken())));
        }, error -> notifier.warn(messages.format("restore.failed", error.getMessage())));
    }

    private void describe(Choice choice) {
        canRestore.set(false);
        changes.set("");
        if (choice == null) {
            return;
        }
        executor.execute(() -> store.readBackup(choice.backup()), marks -> {
            if (choice != selected.get()) {
                return; // another backup was selected meanwhile
            }
            changes.set(differences(marks, choice.backup().articleCount()));
            canRestore.set(true);
        }, error -> changes.set(messages.format("restore.unreadable", error.getMessage())));
    }

    private String differences(ReadMarks backup, int backupArticles) {
        Set<String> now = state.marks().keySet();
        List<String> becomeRead = new ArrayList<>();
        List<String> becomeUnread = new ArrayList<>();
        int elsewhere = 0;
        for (String id : backup.read().keySet()) {
            if (!now.contains(id)) {
                elsewhere += addTitle(id, becomeRead);
            }
        }
        for (String id : now) {
            if (!backup.isRead(id)) {
                elsewhere += addTitle(id, becomeUnread);
            }
        }
        int articlesNow = state.articles().size();
        if (becomeRead.isEmpty() && becomeUnread.isEmpty() && elsewhere == 0 && backupArticles == articlesNow) {
            return messages.get("restore.nothing");
        }
        StringBuilder text = new StringBuilder();
        if (backupArticles != articlesNow) {
            text.append(messages.format("restore.articleCount", backupArticles, articlesNow)).append("\n\n");
        }
        section(text, "restore.becomeRead", becomeRead);
        section(text, "restore.becomeUnread", becomeUnread);
        if (elsewhere > 0) {
            text.append(messages.format("restore.elsewhere", elsewhere)).append('\n');
        }
        return text.toString().strip();
    }

    /** Adds the article's title to the list; returns 1 when the article is not in the open list. */
    private int addTitle(String id, List<String> titles) {
        Optional<ArticleRow> row = state.row(id);
        row.ifPresent(r -> titles.add(r.article().title()));
        return row.isPresent() ? 0 : 1;
    }

    /** The backup's reason ("daily", "before-restore", "before-migration") in the user's language. */
    private String reason(String reason) {
        String key = "backup.reason." + reason.replace(' ', '.').replace('-', '.');
        return messages.has(key) ? messages.get(key) : reason;
    }

    private void section(StringBuilder text, String headingKey, List<String> titles) {
        if (titles.isEmpty()) {
            return;
        }
        text.append(messages.format(headingKey, titles.size())).append('\n');
        titles.stream().sorted().limit(20).forEach(title -> text.append("  • ").append(title).append('\n'));
        if (titles.size() > 20) {
            text.append("  ").append(messages.format("restore.more", titles.size() - 20)).append('\n');
        }
        text.append('\n');
    }
}
