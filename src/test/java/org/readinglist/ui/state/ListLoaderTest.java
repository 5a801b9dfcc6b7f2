package org.readinglist.ui.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readinglist.i18n.Messages;
import org.readinglist.logic.IndexedQueryEngine;
import org.readinglist.model.ReadMarks;
import org.readinglist.persistence.GsonArticleRepository;
import org.readinglist.persistence.ReadStateStore;

class ListLoaderTest {

    private static final String DRUID_ID =
            "stop-answering-the-same-question-twice-interval-aware-caching-for-druid-at-netflix-scale-22fadc9b840e";

    @Test
    void theMarksAreReadWhileTheArticlesAre() throws Exception {
        CountDownLatch articlesRead = new CountDownLatch(1);
        ReadStateStore store = store(() -> {
            try {
                if (!articlesRead.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the articles were not read while the marks were");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return new ReadStateStore.Loaded(ReadMarks.of(Map.of(DRUID_ID, Instant.parse("2026-11-01T08:00:00Z"))),
                    Optional.empty());
        });
        ListLoader loader = new ListLoader(new GsonArticleRepository(), store, articles -> {
            articlesRead.countDown();
            return new IndexedQueryEngine(articles);
        }, Messages.of(Locale.US));

        ListLoader.Loaded loaded = loader.load(Optional.empty(), part -> { });

        assertThat(loaded.engine().articles()).hasSize(19);
        assertThat(loaded.marks().read()).containsOnlyKeys(DRUID_ID);
        assertThat(loaded.read().count()).isEqualTo(1);
    }

    @Test
    void theStateNoticeComesBeforeTheArticlesNotice(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("articles.json"), "{ not json");
        ReadStateStore store = store(() -> new ReadStateStore.Loaded(ReadMarks.of(Map.of()),
                Optional.of("state.json was set aside")));
        ListLoader loader = new ListLoader(new GsonArticleRepository(), store, IndexedQueryEngine::new,
                Messages.of(Locale.US));

        ListLoader.Loaded loaded = loader.load(Optional.of(broken), part -> { });

        assertThat(loaded.notices()).hasSize(2);
        assertThat(loaded.notices().get(0)).isEqualTo("state.json was set aside");
        assertThat(loaded.notices().get(1)).contains("articles.json");
        assertThat(loaded.source()).isEqualTo("bundled list");
    }

    @Test
    void aFailureWhileReadingTheMarksReachesTheCaller() {
        ReadStateStore store = store(() -> {
            throw new IllegalStateException("disk gone");
        });
        ListLoader loader = new ListLoader(new GsonArticleRepository(), store, IndexedQueryEngine::new,
                Messages.of(Locale.US));

        assertThatThrownBy(() -> loader.load(Optional.empty(), part -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessage("disk gone");
    }

    private static ReadStateStore store(Supplier<ReadStateStore.Loaded> load) {
        return new ReadStateStore() {
            @Override
            public Path file() {
                return Path.of("memory", "state.json");
            }

            @Override
            public Loaded load() {
                return load.get();
            }

            @Override
            public ReadMarks save(ReadMarks marks) {
                return marks;
            }

            @Override
            public List<Backup> backups() {
                return List.of();
            }

            @Override
            public ReadMarks readBackup(Backup backup) throws IOException {
                throw new IOException("no backups");
            }

            @Override
            public ReadMarks restore(Backup backup) throws IOException {
                throw new IOException("no backups");
            }
        };
    }
}
