package org.readinglist.ui.main;

import java.util.List;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut of the window, in the order the cheat sheet lists them. Single keys (letters, /, ?,
 * Space) can be turned off in the View menu; combinations with Ctrl or Cmd always work.
 *
 * @param textKey    the resource-bundle key of what it does
 * @param keys       the keys, as KeyCombination names ("J", "Shortcut+F"), or a literal ("/", "?", "Esc")
 * @param singleKey  whether the "single-key shortcuts" setting switches it off
 */
public enum Shortcut {
    NEXT("shortcut.next", true, "J", "Down"),
    PREVIOUS("shortcut.previous", true, "K", "Up"),
    TOGGLE_READ("shortcut.toggleRead", true, "R", "Space"),
    UNREAD_ONLY("shortcut.unreadOnly", true, "U"),
    OPEN_ARTICLE("shortcut.openArticle", true, "O", "Enter"),
    SEARCH("shortcut.search", true, "/", "Shortcut+F"),
    CLEAR("shortcut.clear", false, "Esc"),
    UNDO("shortcut.undo", false, "Shortcut+Z"),
    SELECT_ALL("shortcut.selectAll", false, "Shortcut+A"),
    OPEN_FILE("shortcut.openFile", false, "Shortcut+O"),
    ADD_ARTICLE("shortcut.addArticle", false, "Shortcut+N"),
    PASTE_LINK("shortcut.pasteLink", false, "Shortcut+V"),
    EDIT_ARTICLE("shortcut.editArticle", false, "F2"),
    REFRESH_FEEDS("shortcut.refreshFeeds", false, "F5"),
    CHEAT_SHEET("shortcut.cheatSheet", true, "?"),
    QUIT("shortcut.quit", false, "Shortcut+Q");

    private final String textKey;
    private final boolean singleKey;
    private final List<String> keys;

    Shortcut(String textKey, boolean singleKey, String... keys) {
        this.textKey = textKey;
        this.singleKey = singleKey;
        this.keys = List.of(keys);
    }

    public String textKey() {
        return textKey;
    }

    public boolean singleKey() {
        return singleKey;
    }

    /** The keys as the platform writes them: "Ctrl+F" on Linux and Windows, "⌘F" on macOS. */
    public List<String> displayKeys() {
        return keys.stream().map(Shortcut::display).toList();
    }

    private static String display(String key) {
        return switch (key) {
            case "/", "?", "Esc", "Enter", "Space" -> key;
            case "Down" -> "↓";
            case "Up" -> "↑";
            default -> KeyCombination.keyCombination(key).getDisplayText();
        };
    }
}
