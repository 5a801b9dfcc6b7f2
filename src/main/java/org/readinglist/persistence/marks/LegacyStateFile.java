package org.readinglist.persistence.marks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.readinglist.i18n.Messages;
import org.readinglist.model.ReadMarks;

/** The read marks of a {@code state.json} that earlier versions kept, read once to move them into the library. */
public final class LegacyStateFile {

    public static final String FILE_NAME = "state.json";

    private LegacyStateFile() {
    }

    /** The marks of the file; an IOException says why it cannot be read. */
    public static ReadMarks read(Path file) throws IOException {
        return read(file, Messages.of(Locale.ENGLISH));
    }

    /** As {@link #read(Path)}, with the reason in the language of these texts. */
    public static ReadMarks read(Path file, Messages messages) throws IOException {
        return new StateFileFormat(messages).read(file).marks();
    }
}
