package org.readinglist.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Reading the pause a Retry-After header asks for, in seconds or as a date. */
class RetryAfterTest {

    private static final Instant RECEIVED = Instant.parse("2026-12-08T03:00:00Z");

    @Test
    void readsSeconds() {
        assertThat(RetryAfter.parse("120", null, RECEIVED)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 0 ", null, RECEIVED)).contains(Duration.ZERO);
    }

    @Test
    void readsAVastNumberOfSecondsAsAYear() {
        assertThat(RetryAfter.parse("99999999999999999999999", null, RECEIVED)).contains(RetryAfter.LONGEST);
        assertThat(RetryAfter.parse("999999999", null, RECEIVED)).contains(RetryAfter.LONGEST);
    }

    @Test
    void measuresADateFromTheAnswersOwnDate() {
        // the server's clock is an hour behind this one: its own Date says so
        assertThat(RetryAfter.parse("Tue, 08 Dec 2026 02:30:00 GMT", "Tue, 08 Dec 2026 02:00:00 GMT", RECEIVED))
                .contains(Duration.ofMinutes(30));
    }

    @Test
    void measuresADateFromWhenTheAnswerCameWithoutAUsableDate() {
        assertThat(RetryAfter.parse("Tue, 08 Dec 2026 03:30:00 GMT", null, RECEIVED)).contains(Duration.ofMinutes(30));
        assertThat(RetryAfter.parse("Tue, 08 Dec 2026 03:30:00 GMT", "yesterday", RECEIVED))
                .contains(Duration.ofMinutes(30));
    }

    @Test
    void readsTheObsoleteDateForms() {
        assertThat(RetryAfter.parse("Tuesday, 08-Dec-26 03:10:00 GMT", null, RECEIVED))
                .contains(Duration.ofMinutes(10));
        assertThat(RetryAfter.parse("Tue Dec  8 03:10:00 2026", null, RECEIVED)).contains(Duration.ofMinutes(10));
        assertThat(RetryAfter.httpDate("Sunday, 06-Nov-94 08:49:37 GMT", RECEIVED))
                .contains(Instant.parse("1994-11-06T08:49:37Z"));
    }

    @Test
    void readsADateGoneByAsNoPause() {
        assertThat(RetryAfter.parse("Sun, 06 Nov 1994 08:49:37 GMT", null, RECEIVED)).contains(Duration.ZERO);
    }

    @Test
    void readsNothingFromAValueThatIsNeither() {
        for (String value : new String[] {"", "soon", "-5", "1.5", "Tue, 32 Dec 2026 03:30:00 GMT", "0x10"}) {
            assertThat(RetryAfter.parse(value, null, RECEIVED)).as(value).isEmpty();
        }
    }
}
