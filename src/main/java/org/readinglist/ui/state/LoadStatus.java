package org.readinglist.ui.state;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.readinglist.i18n.Messages;
import org.readinglist.library.ListLoader;
import org.readinglist.library.ReadingList;
import org.readinglist.logic.ArticleQueryEngine;
import org.readinglist.ui.util.Notifier;
import org.readinglist.ui.util.TaskExecutor;

/**
 * How a list comes into the window: whether one is loading and how far it got, where it came from, and whether its
 * index is built. Only the newest load is shown. Used on the JavaFX thread.
 */
final class LoadStatus {

    private final TaskExecutor executor;
    private final Notifier notifier;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", true);
    private final ReadOnlyDoubleWrapper loadProgress = new ReadOnlyDoubleWrapper(this, "loadProgress", -1);
    private final ReadOnlyBooleanWrapper indexed = new ReadOnlyBooleanWrapper(this, "indexed", false);
    private final ReadOnlyStringWrapper sourceName = new ReadOnlyStringWrapper(this, "sourceName", "");
    private Object currentLoad; // the load whose outcome is still to be shown

    LoadStatus(TaskExecutor executor, Notifier notifier, Messages messages) {
        this.executor = executor;
        this.notifier = notifier;
        this.messages = messages;
    }

    ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty loadProgressProperty() {
        return loadProgress.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty indexedProperty() {
        return indexed.getReadOnlyProperty();
    }

    ReadOnlyStringProperty sourceNameProperty() {
        return sourceName.getReadOnlyProperty();
    }

    boolean isLoading() {
        return loading.get();
    }

    /**
     * Hands a list that is loaded already to {@code show} at once (the first frame has the articles); for one that
     * is loading, follows its progress and hands it over once it is there, unless another list came meanwhile.
     */
    void follow(CompletableFuture<ListLoader.Loaded> list, ListLoader.Progress progress,
                Consumer<ListLoader.Loaded> show) {
        ListLoader.Loaded done = list.isDone() && !list.isCompletedExceptionally() ? list.join() : null;
        if (done != null) {
            currentLoad = null;
            show.accept(done);
            return;
        }
        loading.set(true);
        loadProgress.set(-1);
        Object attempt = new Object();
        currentLoad = attempt;
        progress.listen(part -> executor.runOnUi(() -> {
            if (currentLoad == attempt && loading.get()) {
                loadProgress.set(part);
            }
        }));
        list.whenComplete((value, error) -> executor.runOnUi(() -> {
            if (currentLoad != attempt) {
                return; // another list was opened meanwhile
            }
            if (error == null) {
                currentLoad = null;
                show.accept(value);
            } else {
                Throwable cause = error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                loading.set(false);
                notifier.warn(messages.format("state.loadFailed", cause.getMessage()));
            }
        }));
    }

    /** The loaded list is shown: from the library. */
    void shown() {
        sourceName.set(messages.get("state.library"));
        loading.set(false);
    }

    /**
     * Builds the search index and column orders of a long list in the background, once the window has drawn its
     * first rows: building them collects garbage, which would stop that frame too. A short list builds them on first
     * use in no time; starting a thread for it would only compete with the first frame.
     *
     * @param current the engine shown by then: work for one no longer shown is left
     */
    void indexAhead(ArticleQueryEngine engine, Supplier<ArticleQueryEngine> current) {
        if (engine.articles().size() < ReadingList.PREPARE_AHEAD_FROM) {
            indexed.set(true);
            return;
        }
        indexed.set(false);
        executor.afterNextFrame(() -> {
            if (engine != current.get()) {
                return; // another list came meanwhile
            }
            executor.execute(() -> {
                engine.prepare();
                return engine;
            }, prepared -> indexed.set(prepared == current.get()), error -> notifier.warn(
                    messages.format("state.indexFailed", error.getMessage())));
        });
    }
}
