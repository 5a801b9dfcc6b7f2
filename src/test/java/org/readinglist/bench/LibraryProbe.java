package org.readinglist.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.readinglist.model.Article;
import org.readinglist.persistence.files.GsonArticleRepository;
import org.readinglist.persistence.library.LibraryStore;
import org.readinglist.web.UrlNormalizer;

/** Times importing an articles file into a new library and reading the library back: LibraryProbe FILE DATA_DIR. */
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
        for (int i = 0; i < 3; i++) {
            long t4 = System.nanoTime();
            long c4 = cpu.getCurrentThreadCpuTime();
            try (LibraryStore store = new LibraryStore(data, Clock.systemUTC(), UrlNormalizer::key)) {
                int n = store.read(List.of()).articles().size();
                System.out.printf("read %d articles in %d ms (thread cpu %d ms)%n", n,
                        (System.nanoTime() - t4) / 1_000_000, (cpu.getCurrentThreadCpuTime() - c4) / 1_000_000);
            }
        }
    }
}
