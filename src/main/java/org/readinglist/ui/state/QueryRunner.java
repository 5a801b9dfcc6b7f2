package org.readinglist.ui.state;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.readinglist.i18n.Messages;
import org.readinglist.logic.ArticleQueryEngine;
import org.readinglist.logic.QueryResult;
import org.readinglist.logic.ReadSet;
import org.readinglist.model.ArticleQuery;
import org.readinglist.ui.util.Notifier;
import org.readinglist.ui.util.TaskExecutor;

/**
 * Runs the queries of one window. Short lists are queried on the JavaFX thread; long ones in the background on a
 * snapshot of the read bits, where a generation number makes sure only the newest query's answer is shown.
 */
final class QueryRunner {

    /** Lists at least this long are queried off the JavaFX thread. */
    static final int BACKGROUND_QUERY_SIZE = 200_000;

    private final TaskExecutor executor;
    private final Notifier notifier;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper querying = new ReadOnlyBooleanWrapper(this, "querying", false);
    private int backgroundFrom = BACKGROUND_QUERY_SIZE;
    private long generation;
    private long shownGeneration;

    QueryRunner(TaskExecutor executor, Notifier notifier, Messages messages) {
        this.executor = executor;
        this.notifier = notifier;
        this.messages = messages;
    }

    /** Queries lists of at least this many articles in the background (tests use small lists). */
    void backgroundFrom(int size) {
        backgroundFrom = size;
    }

    ReadOnlyBooleanProperty queryingProperty() {
        return querying.getReadOnlyProperty();
    }

    /** Whether the result on screen answers the newest query (no background query is still running). */
    boolean showsNewest() {
        return generation == shownGeneration;
    }

    /**
     * Runs the query over {@code size} articles and hands the result to {@code show} on the JavaFX thread, unless
     * a newer query or {@code stillCurrent} says otherwise by then.
     */
    void run(ArticleQueryEngine engine, int size, ArticleQuery query, ReadSet readSet,
             java.util.function.BooleanSupplier stillCurrent, Consumer<QueryResult> show) {
        long mine = ++generation;
        if (size < backgroundFrom) {
            shown(mine);
            show.accept(engine.run(query, readSet));
            return;
        }
        ReadSet snapshot = readSet.copy();
        querying.set(true);
        executor.execute(() -> engine.run(query, snapshot), next -> {
            if (mine == generation && stillCurrent.getAsBoolean()) {
                shown(mine);
                show.accept(next);
            }
        }, error -> {
            if (mine == generation) {
                querying.set(false);
                notifier.warn(messages.format("state.filterFailed", error.getMessage()));
            }
        });
    }

    private void shown(long which) {
        shownGeneration = which;
        querying.set(false);
    }
}
