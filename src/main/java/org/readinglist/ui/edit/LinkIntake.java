package org.readinglist.ui.edit;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.readinglist.i18n.Messages;
import org.readinglist.ui.util.Dialogs;
import org.readinglist.ui.util.Notifier;
import org.readinglist.ui.util.TaskExecutor;
import org.readinglist.web.LinkTexts;

/**
 * Links that come to the window from outside: pasted with Ctrl+V while no text field has the focus, or dropped from
 * a browser or a file manager. A web address among them opens the editor to add its article.
 */
public final class LinkIntake {

    /** A drop of many files is not a link: only the first few are looked at. */
    static final int MAX_FILES = 10;

    private final Dialogs dialogs;
    private final TaskExecutor executor;
    private final Notifier notifier;
    private final Messages messages;

    public LinkIntake(Dialogs dialogs, TaskExecutor executor, Notifier notifier, Messages messages) {
        this.dialogs = dialogs;
        this.executor = executor;
        this.notifier = notifier;
        this.messages = messages;
    }

    /** Ctrl+V: the clipboard's texts (its link first, then its plain text). */
    public void paste(List<String> texts) {
        Optional<URI> link = firstLink(texts);
        if (link.isPresent()) {
            dialogs.showAddArticle(link.get().toString());
        } else {
            notifier.info(messages.get("link.noneOnClipboard"));
        }
    }

    /** Whether a drag that holds these may be dropped: texts, or files that are link files. */
    public boolean accepts(boolean hasText, List<Path> files) {
        return hasText || files.stream().anyMatch(LinkTexts::isLinkFile);
    }

    /** A drop: the link of its texts, else of its link files (read in the background). */
    public void drop(List<String> texts, List<Path> files) {
        Optional<URI> link = firstLink(texts);
        if (link.isPresent()) {
            dialogs.showAddArticle(link.get().toString());
            return;
        }
        List<Path> linkFiles = files.stream().filter(LinkTexts::isLinkFile).limit(MAX_FILES).toList();
        if (linkFiles.isEmpty()) {
            notifier.info(messages.get("link.noneDropped"));
            return;
        }
        executor.execute(() -> firstLinkIn(linkFiles), found -> {
            if (found.isPresent()) {
                dialogs.showAddArticle(found.get().toString());
            } else {
                notifier.info(messages.get("link.noneDropped"));
            }
        }, error -> notifier.warn(messages.format("link.unreadable", error.getMessage())));
    }

    private static Optional<URI> firstLink(List<String> texts) {
        return texts.stream().map(LinkTexts::firstWebAddress).flatMap(Optional::stream).findFirst();
    }

    private static Optional<URI> firstLinkIn(List<Path> files) throws IOException {
        IOException failure = null;
        for (Path file : files) {
            try {
                Optional<URI> link = LinkTexts.readLinkFile(file);
                if (link.isPresent()) {
                    return link;
                }
            } catch (IOException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return Optional.empty();
    }
}
