package org.readinglist.persistence.preferences;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.readinglist.model.Preferences;

/** Where the window's settings and layout are kept, apart from the read marks. */
public interface PreferencesStore {

    /** What was read, and a message for the user if the file could not be used as it was. */
    record Loaded(Preferences preferences, Optional<String> problem) {
    }

    Path file();

    /** Reads the preferences; never throws: a missing or broken file gives the defaults. */
    Loaded load();

    void save(Preferences preferences) throws IOException;
}
