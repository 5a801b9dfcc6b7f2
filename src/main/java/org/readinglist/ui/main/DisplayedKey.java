package org.readinglist.ui.main;

import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Shows a single-key shortcut beside a menu item without making it an accelerator: an accelerator would fire while
 * the user types that letter into the search field. The window's key handler does the work instead.
 */
final class DisplayedKey extends KeyCombination {

    private final String text;

    DisplayedKey(String text) {
        this.text = text;
    }

    @Override
    public boolean match(KeyEvent event) {
        return false;
    }

    @Override
    public String getName() {
        return text;
    }

    @Override
    public String getDisplayText() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DisplayedKey key && key.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
