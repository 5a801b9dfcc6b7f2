package org.readinglist.logic;

import java.util.Optional;

/**
 * Keeps an engine's {@link PreparedIndex} from one start to the next, for exactly one list: a store hands an engine a
 * cache only for the list it read, and answers only with what it kept for that same list.
 */
public interface PreparedIndexCache {

    /** A cache that keeps nothing. */
    PreparedIndexCache NONE = new PreparedIndexCache() {
        @Override
        public Optional<PreparedIndex> load() {
            return Optional.empty();
        }

        @Override
        public void save(PreparedIndex index) {
            // nothing kept
        }
    };

    /** What was kept for this list, if anything; never a stale or damaged copy. May block on the disk. */
    Optional<PreparedIndex> load();

    /** Keeps the index for the next start; a failure is only logged. May block on the disk. */
    void save(PreparedIndex index);
}
