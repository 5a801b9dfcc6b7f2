package org.readinglist.ui.util;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.readinglist.i18n.Messages;

/** The platform's file chooser, opening in the folder the user chose last. */
public final class FxFileChoices implements FileChoices {

    private final Supplier<Window> owner;
    private final Messages messages;
    private File lastFolder;

    public FxFileChoices(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<Path> fileToImport() {
        return remembered(chooser("dialog.openFile.title").showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> exportTarget(String suggestedName) {
        FileChooser chooser = chooser("dialog.exportFile.title");
        chooser.setInitialFileName(suggestedName);
        return remembered(chooser.showSaveDialog(owner.get()));
    }

    @Override
    public Optional<Path> subscriptionsToImport() {
        return remembered(opmlChooser("opml.import.title").showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> subscriptionsTarget(String suggestedName) {
        FileChooser chooser = opmlChooser("opml.export.title");
        chooser.setInitialFileName(suggestedName);
        return remembered(chooser.showSaveDialog(owner.get()));
    }

    private FileChooser opmlChooser(String titleKey) {
        FileChooser chooser = chooser(titleKey);
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(messages.get("opml.files"), "*.opml", "*.xml"),
                new FileChooser.ExtensionFilter(messages.get("dialog.openFile.all"), "*"));
        return chooser;
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(titleKey));
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(messages.get("dialog.openFile.json"), "*.json"),
                new FileChooser.ExtensionFilter(messages.get("dialog.openFile.all"), "*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remembered(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getAbsoluteFile().getParentFile();
        return Optional.of(chosen.toPath());
    }
}
