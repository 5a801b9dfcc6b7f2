package org.readinglist.ui.main;

import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.animation.PauseTransition;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.readinglist.i18n.Messages;
import org.readinglist.model.FieldLimits;
import org.readinglist.ui.util.Notifier;

/**
 * Shows notices one at a time in a bar above the window's content, which moves down to make room (nothing is
 * covered). Warnings stay until dismissed; information goes after a few seconds, or at once when another notice
 * comes. Notices raised before the window exists wait for it.
 */
public final class NoticeCenter implements Notifier {

    private static final System.Logger LOG = System.getLogger(NoticeCenter.class.getName());
    private static final Duration INFO_SHOWN_FOR = Duration.seconds(6);
    private static final int MAX_LENGTH = 2_000;
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private record Notice(String text, boolean warning) {
    }

    private final Messages messages;
    private final Deque<Notice> waiting = new ArrayDeque<>();
    private final PauseTransition autoHide = new PauseTransition(INFO_SHOWN_FOR);
    private Region bar;
    private Label text;
    private Notice current;

    public NoticeCenter(Messages messages) {
        this.messages = messages;
    }

    /** Called by the main view once its notice bar exists; shows anything that was waiting. */
    void attach(Region noticeBar, Label noticeText, Button dismiss) {
        this.bar = noticeBar;
        this.text = noticeText;
        bar.managedProperty().bind(bar.visibleProperty());
        dismiss.setOnAction(event -> dismiss());
        autoHide.setOnFinished(event -> dismiss());
        showNext();
    }

    @Override
    public void info(String message) {
        add(new Notice(plain(message), false));
    }

    @Override
    public void warn(String message) {
        add(new Notice(plain(message), true));
    }

    /**
     * A notice is one line of plain text: a link or a title in it could carry control characters or a right-to-left
     * override that would garble or reverse the sentence.
     */
    static String plain(String message) {
        return FieldLimits.clean(message, MAX_LENGTH);
    }

    private void add(Notice notice) {
        LOG.log(notice.warning() ? Level.WARNING : Level.INFO, notice.text());
        if (notice.equals(current) || waiting.contains(notice)) {
            return;
        }
        waiting.add(notice);
        if (current != null && !current.warning()) {
            dismiss(); // news gives way to what comes after it
            return;
        }
        showNext();
    }

    private void dismiss() {
        autoHide.stop();
        current = null;
        bar.setVisible(false);
        showNext();
    }

    private void showNext() {
        if (bar == null || current != null || waiting.isEmpty()) {
            return;
        }
        current = waiting.poll();
        text.setText(current.text());
        bar.pseudoClassStateChanged(WARNING, current.warning());
        bar.setAccessibleText(current.warning() ? messages.format("notice.warning", current.text()) : current.text());
        bar.setVisible(true);
        if (!current.warning()) {
            autoHide.playFromStart();
        }
    }
}
