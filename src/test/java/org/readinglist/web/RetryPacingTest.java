package org.readinglist.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When a feed is tried again: after its interval while well, after growing pauses while failing. */
class RetryPacingTest {

    private static final Instant NOW = Instant.parse("2026-12-08T03:00:00Z");
    private static final Duration REFRESH = Duration.ofHours(1);

    private final RetryPacing pacing = new RetryPacing(REFRESH);

    @Test
    void fetchesAtTheRefreshIntervalAfterASuccess() {
        assertThat(pacing.nextAttempt(0, Optional.empty(), NOW)).isEqualTo(NOW.plus(REFRESH));
        assertThat(new RetryPacing(Duration.ofHours(6)).nextAttempt(0, Optional.empty(), NOW))
                .isEqualTo(NOW.plus(Duration.ofHours(6)));
    }

    @Test
    void doublesThePauseWithEachFailureInARow() {
        assertThat(pacing.nextAttempt(1, Optional.empty(), NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(pacing.nextAttempt(2, Optional.empty(), NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
        assertThat(pacing.nextAttempt(3, Optional.empty(), NOW)).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(pacing.nextAttempt(4, Optional.empty(), NOW)).isEqualTo(NOW.plus(Duration.ofHours(2)));
        assertThat(pacing.nextAttempt(7, Optional.empty(), NOW)).isEqualTo(NOW.plus(Duration.ofHours(16)));
    }

    @Test
    void pausesAtMostADay() {
        assertThat(pacing.pause(8)).isEqualTo(Duration.ofHours(24));
        assertThat(pacing.pause(30)).isEqualTo(Duration.ofHours(24));
        assertThat(pacing.nextAttempt(Integer.MAX_VALUE, Optional.empty(), NOW))
                .isEqualTo(NOW.plus(Duration.ofDays(1)));
    }

    @Test
    void waitsAsLongAsTheServerAsks() {
        Optional<Duration> threeHours = Optional.of(Duration.ofHours(3));

        assertThat(pacing.nextAttempt(1, threeHours, NOW)).isEqualTo(NOW.plus(Duration.ofHours(3)));
        assertThat(pacing.nextAttempt(0, threeHours, NOW)).isEqualTo(NOW.plus(Duration.ofHours(3)));
    }

    @Test
    void waitsNoLessThanItsOwnPauseWhenTheServerAsksForLess() {
        assertThat(pacing.nextAttempt(2, Optional.of(Duration.ofSeconds(5)), NOW))
                .isEqualTo(NOW.plus(Duration.ofMinutes(30)));
        assertThat(pacing.nextAttempt(1, Optional.of(Duration.ofSeconds(-5)), NOW))
                .isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    void honoursARetryAfterOfAtMostAWeek() {
        assertThat(pacing.nextAttempt(1, Optional.of(Duration.ofDays(7)), NOW)).isEqualTo(NOW.plus(Duration.ofDays(7)));
        assertThat(pacing.nextAttempt(1, Optional.of(Duration.ofDays(365)), NOW))
                .isEqualTo(NOW.plus(Duration.ofDays(7)));
    }

    @Test
    void refusesWhatCannotBe() {
        assertThatThrownBy(() -> pacing.pause(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPacing(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
