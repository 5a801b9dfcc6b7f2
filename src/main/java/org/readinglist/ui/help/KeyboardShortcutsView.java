package org.readinglist.ui.help;

import java.util.function.BooleanSupplier;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.readinglist.i18n.Messages;
import org.readinglist.ui.main.Shortcut;

/** The cheat sheet: every shortcut with its keys, built from {@link Shortcut} so it cannot drift from the code. */
public final class KeyboardShortcutsView {

    private final Messages messages;
    private final BooleanSupplier singleKeysOn;

    @FXML
    private GridPane grid;
    @FXML
    private Label singleKeyNote;

    public KeyboardShortcutsView(Messages messages, BooleanSupplier singleKeysOn) {
        this.messages = messages;
        this.singleKeysOn = singleKeysOn;
    }

    @FXML
    private void initialize() {
        boolean on = singleKeysOn.getAsBoolean();
        int row = 0;
        for (Shortcut shortcut : Shortcut.values()) {
            Label what = new Label(messages.get(shortcut.textKey()));
            what.getStyleClass().add("shortcut-text");
            Label keys = new Label(String.join(messages.get("shortcuts.or"), shortcut.displayKeys()));
            keys.getStyleClass().add("shortcut-keys");
            if (shortcut.singleKey() && !on) {
                what.getStyleClass().add("shortcut-off");
                keys.getStyleClass().add("shortcut-off");
            }
            what.setId("shortcut-" + shortcut.name());
            keys.setAccessibleText(messages.get(shortcut.textKey()) + ": " + keys.getText());
            grid.addRow(row++, keys, what);
        }
        singleKeyNote.setText(messages.get(on ? "shortcuts.singleKeysOn" : "shortcuts.singleKeysOff"));
    }
}
