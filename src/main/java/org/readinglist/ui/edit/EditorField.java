package org.readinglist.ui.edit;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One text field of the article editor: its text, what is wrong with it (an error, which stops saving) or worth
 * knowing (a note), and whether the user typed in it, so that a page arriving later leaves it alone. An error is
 * said once the user typed in the field, or once the editor asks for it: an empty form does not start with errors.
 */
public final class EditorField {

    /** What the field says beside it: nothing, a note, or an error. */
    record Check(String message, boolean error) {
        static final Check OK = new Check("", false);

        static Check error(String message) {
            return new Check(message, true);
        }

        static Check note(String message) {
            return new Check(message, false);
        }
    }

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(this, "error");
    private final ReadOnlyBooleanWrapper errorShown = new ReadOnlyBooleanWrapper(this, "errorShown");
    private final Function<String, Check> check;
    private boolean filling;
    private boolean typed;
    private boolean told;

    EditorField(Function<String, Check> check) {
        this.check = check;
        text.addListener((obs, old, now) -> {
            if (!filling) {
                typed = true;
            }
            validate();
        });
        validate();
    }

    // ---- properties

    /** The text, as the user types it. */
    public StringProperty textProperty() {
        return text;
    }

    /** The error or note shown beside the field; empty when there is none (or an error is not said yet). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether the text has an error, which keeps the article from being saved, said or not. */
    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Whether the message beside the field is an error. */
    public ReadOnlyBooleanProperty errorShownProperty() {
        return errorShown.getReadOnlyProperty();
    }

    public String text() {
        return text.get() == null ? "" : text.get();
    }

    /** Whether the user changed the text since it was filled in. */
    public boolean typedByUser() {
        return typed;
    }

    // ---- commands

    /** Says the field's error even though the user has not typed in it (the page did not give what it needs). */
    void tell() {
        told = true;
        validate();
    }

    /** Fills in a text that the user did not type: the article's own, or the page's. */
    void fill(String value) {
        filling = true;
        try {
            text.set(value == null ? "" : value);
        } finally {
            filling = false;
        }
    }

    /** Fills in the page's text unless the user typed in the field; a page that says nothing changes nothing. */
    void fillUnlessTyped(String value) {
        if (!typed && value != null && !value.isBlank()) {
            fill(value);
        }
    }

    private void validate() {
        Check result = check.apply(text());
        boolean say = !result.error() || typed || told;
        message.set(say ? result.message() : "");
        error.set(result.error());
        errorShown.set(result.error() && say);
    }
}
