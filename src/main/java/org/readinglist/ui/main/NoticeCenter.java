package org.readinglist.ui.main;

import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.controlsfx.control.NotificationPane;
import org.readinglist.ui.util.Notifier;

/**
 * Shows notices one at a time in a bar above the window's content. Warnings stay until closed; information
 * fades after a few seconds. Notices raised before the window exists wait for it.
 */
public final class NoticeCenter implements Notifier {

    private static final System.Logger LOG = System.getLogger(NoticeCenter.class.getName());
    private static final Duration INFO_SHOWN_FOR = Duration.seconds(6);

    private record Notice(String text, boolean warning) {
    }

    private final Deque<Notice> waiting = new ArrayDeque<>();
    private NotificationPane pane;
    private Notice current;
    private PauseTransition autoHide;

    /** Called by the main view once its notification bar exists; shows anything that was waiting. */
    void attach(NotificationPane notificationPane) {
        this.pane = notificationPane;
        pane.setShowFromTop(true);
        pane.setOnHidden(event -> {
            current = null;
            showNext();
        });
        showNext();
    }

    @Override
    public void info(String message) {
        add(new Notice(message, false));
    }

    @Override
    public void warn(String message) {
        add(new Notice(message, true));
    }

    private void add(Notice notice) {
        LOG.log(notice.warning() ? Level.WARNING : Level.INFO, notice.text());
        if (notice.equals(current) || waiting.contains(notice)) {
            return;
        }
        waiting.add(notice);
        if (current == null) {
            showNext();
        }
    }

    private void showNext() {
        if (pane == null || current != null || waiting.isEmpty()) {
            return;
        }
        current = waiting.poll();
        pane.getStyleClass().removeAll("notice-warning", "notice-info");
        pane.getStyleClass().add(current.warning() ? "notice-warning" : "notice-info");
        pane.setText(current.text());
        pane.show();
        if (autoHide != null) {
            autoHide.stop();
        }
        if (!current.warning()) {
            autoHide = new PauseTransition(INFO_SHOWN_FOR);
            autoHide.setOnFinished(event -> pane.hide());
            autoHide.play();
        }
    }
}
