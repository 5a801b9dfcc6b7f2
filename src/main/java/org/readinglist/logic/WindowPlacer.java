package org.readinglist.logic;

import java.util.List;
import org.readinglist.model.WindowPlacement;

/**
 * Decides where the main window opens from where it was left. Screens come and go (a laptop leaves its external
 * monitor behind), so a saved place is only used while a screen still shows the window's title bar; otherwise the
 * window keeps its size, as far as the primary screen allows, and is centred on it.
 */
public final class WindowPlacer {

    /** How much of the title bar must be on one screen for the user to grab it: this wide and this tall. */
    static final double MIN_VISIBLE_WIDTH = 100;
    static final double TITLE_BAR_HEIGHT = 30;

    /** A screen's usable area in screen coordinates (without task bars and menu bars). */
    public record Area(double x, double y, double width, double height) {

        boolean contains(double left, double top, double right, double bottom) {
            return left >= x && top >= y && right <= x + width && bottom <= y + height;
        }
    }

    private WindowPlacer() {
    }

    /** The saved placement if a screen still shows its title bar, otherwise the same size centred on primary. */
    public static WindowPlacement place(WindowPlacement saved, List<Area> screens, Area primary) {
        if (titleBarVisible(saved, screens)) {
            return saved;
        }
        double width = Math.min(saved.width(), primary.width());
        double height = Math.min(saved.height(), primary.height());
        return new WindowPlacement(primary.x() + (primary.width() - width) / 2,
                primary.y() + (primary.height() - height) / 2, width, height, saved.maximized());
    }

    private static boolean titleBarVisible(WindowPlacement window, List<Area> screens) {
        for (Area screen : screens) {
            double left = Math.max(window.x(), screen.x());
            double right = Math.min(window.x() + window.width(), screen.x() + screen.width());
            double top = window.y();
            double bottom = window.y() + Math.min(TITLE_BAR_HEIGHT, window.height());
            if (right - left >= Math.min(MIN_VISIBLE_WIDTH, window.width())
                    && screen.contains(left, top, right, bottom)) {
                return true;
            }
        }
        return false;
    }
}
