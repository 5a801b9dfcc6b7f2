package org.readinglist.ui.edit;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.scene.control.TextFormatter;

/**
 * Type-ahead in the tag field: typing at the end completes the text to the most used existing tag that starts
 * with it, the completed part selected, so that typing on replaces it and Enter or a comma takes it.
 */
final class TagCompletion implements UnaryOperator<TextFormatter.Change> {

    private final Function<String, Optional<String>> completion;

    /** @param completion the typed text completed to a tag, or empty */
    TagCompletion(Function<String, Optional<String>> completion) {
        this.completion = completion;
    }

    @Override
    public TextFormatter.Change apply(TextFormatter.Change change) {
        if (!change.isContentChange()) {
            return change;
        }
        int end = change.getControlText().length();
        boolean overCompletion = change.getRangeStart() < change.getRangeEnd() && change.getRangeEnd() == end;
        if (",".equals(change.getText()) && overCompletion) {
            // the comma goes after the completed tag instead of replacing its completed part
            change.setRange(end, end);
            change.selectRange(end + 1, end + 1);
            return change;
        }
        String typed = change.getControlNewText();
        if (change.isAdded() && !change.getText().contains(",")
                && change.getCaretPosition() == typed.length()) {
            completion.apply(typed).ifPresent(full -> {
                change.setText(change.getText() + full.substring(typed.length()));
                change.selectRange(typed.length(), full.length());
            });
        }
        return change;
    }
}
