package org.readinglist.ui.transfer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The questions an import or export asks, so that the view model can ask without knowing how. FX thread. */
public interface TransferDialogs {

    /** What an export writes. */
    enum ExportScope {
        /** Every article of the library. */
        ALL,
        /** The articles the current filters show, in the table's order. */
        SHOWN
    }

    /**
     * "N articles can be imported; M have problems: …" with Import the Valid Ones and Cancel.
     *
     * @param problems the problems in words, one a line (the first few, and how many more)
     * @param answer   hears true to import the usable articles, false to import nothing
     */
    void askImportUsable(Path file, int usable, int withProblems, List<String> problems, Consumer<Boolean> answer);

    /** Which articles to export, when a filter shows fewer than all; the answer is empty when the user cancels. */
    void askExportScope(int all, int shown, Consumer<Optional<ExportScope>> answer);
}
