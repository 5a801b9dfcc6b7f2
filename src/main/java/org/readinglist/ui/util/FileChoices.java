package org.readinglist.ui.util;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Asks the user for a file, so that view models can ask without knowing how (the platform's file chooser in the
 * app; tests answer with a path of their own). Called on the JavaFX thread.
 */
public interface FileChoices {

    /** The articles file to import, or empty when the user chose none. */
    Optional<Path> fileToImport();

    /** Where to export to, or empty when the user chose nowhere; {@code suggestedName} is offered. */
    Optional<Path> exportTarget(String suggestedName);

    /** The subscription list (OPML) to import, or empty when the user chose none. */
    Optional<Path> subscriptionsToImport();

    /** Where to export the subscriptions (OPML) to, or empty; {@code suggestedName} is offered. */
    Optional<Path> subscriptionsTarget(String suggestedName);
}
