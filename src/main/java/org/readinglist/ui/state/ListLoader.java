package org.readinglist.ui.state;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import org.readinglist.i18n.Messages;
import org.readinglist.logic.ArticleQueryEngine;
import org.readinglist.logic.ReadSet;
import org.readinglist.model.Article;
import org.readinglist.model.ReadMarks;
import org.readinglist.persistence.ArticleRepository;
import org.readinglist.persistence.ArticlesFileException;
import org.readinglist.persistence.ReadStateStore;

/**
 * Reads what the window shows: the read marks and, at the same time, the articles (a file, or the bundled list
 * when there is none or it cannot be used), and builds their index. Blocks; runs on any thread but the JavaFX one.
 */
public final class ListLoader {

    private final ArticleRepository repository;
    private final ReadStateStore stateStore;
    private final Function<List<Article>, ArticleQueryEngine> engineFactory;
    private final Messages messages;

    public ListLoader(ArticleRepository repository, ReadStateStore stateStore,
                      Function<List<Article>, ArticleQueryEngine> engineFactory, Messages messages) {
        this.repository = repository;
        this.stateStore = stateStore;
        this.engineFactory = engineFactory;
        this.messages = messages;
    }

    /**
     * A loaded list: the index over its articles, the stored marks and the list's articles they mark read (found on
     * the loading thread, so the JavaFX thread does not look up every marked id), where the articles came from, and
     * the problems to tell the user about.
     */
    public record Loaded(ArticleQueryEngine engine, ReadMarks marks, ReadSet read, String source,
                         List<String> notices) {
    }

    /**
     * @param progress hears the part of the file read so far, 0 to 1, from the loading thread
     * @throws ArticlesFileException only when the bundled list itself cannot be read
     */
    public Loaded load(Optional<Path> articlesFile, DoubleConsumer progress) throws ArticlesFileException {
        // the marks are read beside the articles: a long list's marks take a while too
        FutureTask<ReadStateStore.Loaded> marksRead = new FutureTask<>(stateStore::load);
        Thread marksReader = new Thread(marksRead, "reading-list-marks-reader");
        marksReader.setDaemon(true);
        marksReader.start();
        List<String> notices = new ArrayList<>();
        List<Article> articles;
        String source;
        if (articlesFile.isPresent()) {
            try {
                articles = repository.load(articlesFile.get(), progress);
                source = articlesFile.get().toString();
            } catch (ArticlesFileException e) {
                notices.add(messages.format("state.openFailed", e.getMessage()));
                articles = repository.loadBundled();
                source = messages.get("state.bundledList");
            }
        } else {
            articles = repository.loadBundled();
            source = messages.get("state.bundledList");
        }
        ArticleQueryEngine engine = engineFactory.apply(articles);
        ReadStateStore.Loaded state = result(marksRead);
        state.notice().ifPresent(notice -> notices.add(0, notice));
        return new Loaded(engine, state.marks(), readSetOf(state.marks().read(), engine), source,
                List.copyOf(notices));
    }

    private static ReadStateStore.Loaded result(FutureTask<ReadStateStore.Loaded> marksRead) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return marksRead.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The articles of the engine's list that are marked read. */
    static ReadSet readSetOf(Map<String, Instant> readAtById, ArticleQueryEngine engine) {
        ReadSet read = new ReadSet(engine.articles().size());
        readAtById.keySet().forEach(id -> {
            int index = engine.indexOf(id);
            if (index >= 0) {
                read.set(index, true);
            }
        });
        return read;
    }

    /**
     * Passes a load's progress on to whoever listens, and the latest part to a listener that comes late: a list
     * loaded before the window exists reports to the window once it is there.
     */
    public static final class Progress implements DoubleConsumer {

        private volatile double latest = -1;
        private volatile DoubleConsumer listener;

        @Override
        public void accept(double part) {
            latest = part;
            DoubleConsumer current = listener;
            if (current != null) {
                current.accept(part);
            }
        }

        /** From now on the listener hears every part; it hears the latest one at once. */
        public void listen(DoubleConsumer newListener) {
            listener = newListener;
            newListener.accept(latest);
        }
    }
}
