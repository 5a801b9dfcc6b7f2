package org.readinglist.ui.util;

/** Shows the user short, non-blocking notices. */
public interface Notifier {

    void info(String message);

    void warn(String message);
}
