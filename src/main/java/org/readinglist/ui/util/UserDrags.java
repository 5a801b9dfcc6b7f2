package org.readinglist.ui.util;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;

/**
 * Tells what the user changed with a mouse drag (a divider, a column's edge) apart from what layout changed by
 * itself: the value is compared when a mouse button goes down and up again. Layout adjusts widths and divider
 * positions on every start and resize; only the user's changes are worth remembering.
 */
public final class UserDrags {

    private UserDrags() {
    }

    /** Calls {@code changed} with the new value after a press and release inside the node that changed it. */
    public static <T> Runnable whenChangedByMouse(Node node, Supplier<T> value, Consumer<T> changed) {
        Object[] atPress = new Object[1];
        EventHandler<MouseEvent> pressed = event -> atPress[0] = value.get();
        EventHandler<MouseEvent> released = event -> {
            T now = value.get();
            if (atPress[0] != null && !Objects.equals(atPress[0], now)) {
                changed.accept(now);
            }
            atPress[0] = null;
        };
        node.addEventFilter(MouseEvent.MOUSE_PRESSED, pressed);
        node.addEventFilter(MouseEvent.MOUSE_RELEASED, released);
        return () -> {
            node.removeEventFilter(MouseEvent.MOUSE_PRESSED, pressed);
            node.removeEventFilter(MouseEvent.MOUSE_RELEASED, released);
        };
    }
}
