package org.readinglist.ui.util;

/** Opens the app's dialogs, so view models can ask for one without knowing how it is built. */
public interface Dialogs {

    /** "Restore read marks from backup…" */
    void showRestoreBackup();

    /** Help ▸ Keyboard shortcuts: every shortcut and what it does. */
    void showShortcuts();

    /** Help ▸ About: version, licence and where the data is kept. */
    void showAbout();
}
