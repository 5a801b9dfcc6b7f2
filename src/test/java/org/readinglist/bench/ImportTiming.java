package org.readinglist.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.readinglist.i18n.Messages;
import org.readinglist.library.ArticlesImport;
import org.readinglist.logic.IndexedQueryEngine;
import org.readinglist.persistence.files.ArticlesRead;
import org.readinglist.persistence.files.GsonArticleRepository;
import org.readinglist.persistence.library.LibraryStore;
import org.readinglist.ui.state.ImportTexts;
import org.readinglist.library.ListLoader;
import org.readinglist.web.UrlNormalizer;

/**
 * Times what File ▸ Import Articles File… does with a file, in the steps the window takes once the library of a
 * data folder is open (the bundled list goes in the first time): read the file leniently, merge it in one
 * transaction, and read the library again for the window (with its index). Wall time and the process's CPU time
 * of each: on a busy machine the first says how long it took, the second what it cost.
 *
 * <pre>ImportTiming ARTICLES_JSON DATA_DIR</pre>
 */
public final class ImportTiming {

    private ImportTiming() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ImportTiming ARTICLES_JSON DATA_DIR");
        }
        Path file = Path.of(args[0]);
        Messages messages = Messages.of(Locale.ENGLISH);
        GsonArticleRepository files = new GsonArticleRepository(messages);
        try (LibraryStore library = new LibraryStore(Path.of(args[1]), Clock.systemUTC(), UrlNormalizer::key)) {
            library.read(files.loadBundled());
            long start = System.nanoTime();
            long startCpu = cpu();
            ArticlesImport importing = new ArticlesImport(files, library);
            ArticlesRead read = importing.read(file, part -> { });
            long readDone = System.nanoTime();
            long readCpu = cpu();
            ArticlesImport.Outcome outcome = importing.merge(file, read, () -> false);
            long merged = System.nanoTime();
            long mergedCpu = cpu();
            ListLoader.Loaded loaded = new ListLoader(files, library, IndexedQueryEngine::new)
                    .load(Optional.empty(), part -> { });
            long shown = System.nanoTime();
            long shownCpu = cpu();
            System.out.println(ImportTexts.summary(outcome, messages));
            System.out.printf(Locale.ROOT, "wall (process CPU): read %.2f s (%.2f s), merge %.2f s (%.2f s), "
                            + "library read again for the window %.2f s (%.2f s); in all %.2f s (%.2f s), "
                            + "%d articles shown%n",
                    seconds(readDone - start), seconds(readCpu - startCpu), seconds(merged - readDone),
                    seconds(mergedCpu - readCpu), seconds(shown - merged), seconds(shownCpu - mergedCpu),
                    seconds(shown - start), seconds(shownCpu - startCpu), loaded.engine().articles().size());
        }
    }

    /** The CPU time of the whole process: the read converts on a second thread. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
