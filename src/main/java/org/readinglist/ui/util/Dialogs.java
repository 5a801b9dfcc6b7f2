package org.readinglist.ui.util;

import org.readinglist.model.Article;

/** Opens the app's dialogs, so view models can ask for one without knowing how it is built. */
public interface Dialogs {

    /** "Restore read marks from backup…" */
    void showRestoreBackup();

    /** Help ▸ Keyboard shortcuts: every shortcut and what it does. */
    void showShortcuts();

    /** Help ▸ About: version, licence and where the data is kept. */
    void showAbout();

    /** File ▸ Add Article…: the editor for a new article, with this address filled in (or none, when empty). */
    void showAddArticle(String url);

    /** Edit ▸ Edit Article…: the editor with this article's values. */
    void showEditArticle(Article article);

    /** View ▸ Feeds…: the feeds the user follows. */
    void showFeeds();

    /** File ▸ Import Subscriptions…: follows the feeds of an OPML file. */
    void importSubscriptions();

    /** File ▸ Export Subscriptions…: writes the feeds followed as an OPML file. */
    void exportSubscriptions();
}
