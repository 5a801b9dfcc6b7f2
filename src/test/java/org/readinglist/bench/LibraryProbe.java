package org.readinglist.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.readinglist.model.Article;
import org.readinglist.persistence.files.GsonArticleRepository;
import org.readinglist.persistence.library.LibraryStore;
import org.readinglist.web.UrlNormalizer;

/**
 * Times importing an articles file into a new library and reading the library back, first from its tables, then
 * from the articles kept beside it: LibraryProbe FILE DATA_DIR (a new folder).
 */
public final class LibraryProbe {

    private LibraryProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path data = Path.of(args[1]);
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        List<Article> articles = new GsonArticleRepository().load(file);
        long t1 = System.nanoTime();
        try (LibraryStore store = new LibraryStore(data, Clock.systemUTC(), UrlNormalizer::key)) {
            store.read(List.of());
            long t2 = System.nanoTime();
            long c2 = cpu.getCurrentThreadCpuTime();
            store.importArticles(articles);
            long t3 = System.nanoTime();
            long c3 = cpu.getCurrentThreadCpuTime();
            System.out.printf("parse+open %d ms, import %d ms; parse+open cpu %d ms, import cpu %d ms%n",
                    (t2 - t0) / 1_000_000, (t3 - t2) / 1_000_000, (c2 - c0) / 1_000_000, (c3 - c2) / 1_000_000);
        }
        System.out.printf("json %d MB, library %d MB%n", Files.size(file) >> 20,
                Files.size(data.resolve("library.db")) >> 20);
        // the first read after the import reads the tables and keeps the articles beside the library; the reads
        // after it take them from there (library.articles)
        for (int i = 0; i < 4; i++) {
            long t4 = System.nanoTime();
            long c4 = cpu.getCurrentThreadCpuTime();
            try (LibraryStore store = new LibraryStore(data, Clock.systemUTC(), UrlNormalizer::key)) {
                int n = store.read(List.of()).articles().size();
                long t5 = System.nanoTime();
                long c5 = cpu.getCurrentThreadCpuTime();
                store.keepArticles();
                System.out.printf("read %d articles in %d ms (thread cpu %d ms)%s%n", n, (t5 - t4) / 1_000_000,
                        (c5 - c4) / 1_000_000, i == 0 ? String.format(", then kept them in %d ms (thread cpu %d ms)",
                                (System.nanoTime() - t5) / 1_000_000,
                                (cpu.getCurrentThreadCpuTime() - c5) / 1_000_000) : "");
            }
        }
        System.out.printf("library.articles %d MB%n", Files.size(data.resolve("library.articles")) >> 20);
    }
}
