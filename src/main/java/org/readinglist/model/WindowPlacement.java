package org.readinglist.model;

/** Where the main window was and how big, in screen coordinates. */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {

    public WindowPlacement {
        if (!(width > 0 && height > 0) || !Double.isFinite(x) || !Double.isFinite(y)
                || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("not a window placement: " + x + "," + y + " " + width + "x" + height);
        }
    }
}
