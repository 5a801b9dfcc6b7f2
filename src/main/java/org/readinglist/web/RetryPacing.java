package org.readinglist.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a feed is fetched next. While it fetches well, after its refresh interval; while it fails, after a pause that
 * doubles with each failure in a row ({@link #FIRST_PAUSE}, 30 minutes, an hour, two … at most
 * {@link #LONGEST_PAUSE}), so that a broken feed costs its server little; and never sooner than the server asked with
 * {@code Retry-After}, a wish kept for at most {@link #LONGEST_RETRY_AFTER}, so that a server that asks for years is
 * tried again. A pure function of what it is told: no clock, no state.
 */
public final class RetryPacing {

    public static final Duration FIRST_PAUSE = Duration.ofMinutes(15);
    public static final Duration LONGEST_PAUSE = Duration.ofHours(24);
    public static final Duration LONGEST_RETRY_AFTER = Duration.ofDays(7);

    private final Duration refreshInterval;

    /** Pacing for feeds that are fetched every {@code refreshInterval} while they fetch well. */
    public RetryPacing(Duration refreshInterval) {
        this.refreshInterval = Objects.requireNonNull(refreshInterval, "refreshInterval");
        if (refreshInterval.isNegative() || refreshInterval.isZero()) {
            throw new IllegalArgumentException("refreshInterval must be positive: " + refreshInterval);
        }
    }

    /**
     * The pause before the next fetch, the server's wish aside: the refresh interval after a success
     * ({@code failuresInRow} 0), else {@link #FIRST_PAUSE} doubled for each failure after the first, at most
     * {@link #LONGEST_PAUSE}.
     */
    public Duration pause(int failuresInRow) {
        if (failuresInRow < 0) {
            throw new IllegalArgumentException("failuresInRow must not be negative: " + failuresInRow);
        }
        if (failuresInRow == 0) {
            return refreshInterval;
        }
        // 15 minutes doubled 7 times is already more than a day: no need to shift further, nor risk overflowing
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(failuresInRow - 1, 7));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    /**
     * When to fetch next: {@link #pause} after {@code now}, or later if the last answer's {@code Retry-After} asked for
     * a longer pause (of which at most {@link #LONGEST_RETRY_AFTER} is honoured).
     *
     * @param failuresInRow how many fetches in a row have failed, the last one included; 0 after a success
     * @param retryAfter    what the last answer asked for, as {@link FeedFetchOutcome.Failed#retryAfter()} gives it
     * @param now           when the last fetch ended
     */
    public Instant nextAttempt(int failuresInRow, Optional<Duration> retryAfter, Instant now) {
        Objects.requireNonNull(retryAfter, "retryAfter");
        Objects.requireNonNull(now, "now");
        Duration pause = pause(failuresInRow);
        Duration asked = retryAfter.filter(wish -> !wish.isNegative()).orElse(Duration.ZERO);
        if (asked.compareTo(LONGEST_RETRY_AFTER) > 0) {
            asked = LONGEST_RETRY_AFTER;
        }
        return now.plus(asked.compareTo(pause) > 0 ? asked : pause);
    }
}
