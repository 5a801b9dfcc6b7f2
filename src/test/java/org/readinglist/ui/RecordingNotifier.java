package org.readinglist.ui;

import java.util.ArrayList;
import java.util.List;
import org.readinglist.ui.util.Notifier;

/** A notifier that only notes what it was told, in order: "warn: …" and "info: …". */
public final class RecordingNotifier implements Notifier {

    public final List<String> told = new ArrayList<>();

    @Override
    public void info(String message) {
        told.add("info: " + message);
    }

    @Override
    public void warn(String message) {
        told.add("warn: " + message);
    }
}
