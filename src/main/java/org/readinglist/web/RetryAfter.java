package org.readinglist.web;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The pause a {@code Retry-After} header asks for (RFC 9110, section 10.2.3): a number of seconds, or an HTTP-date.
 * A date is measured from the answer's own {@code Date} header where it has one, so that a clock that is wrong on
 * either side does not stretch or shrink the pause; else from when the answer came.
 */
final class RetryAfter {

    /** The longest pause read; more is read as this, so that adding it to an instant cannot overflow. */
    static final Duration LONGEST = Duration.ofDays(365);

    private static final Pattern SECONDS = Pattern.compile("[0-9]+");
    /** asctime's form: {@code Sun Nov  6 08:49:37 1994}. */
    private static final DateTimeFormatter ASCTIME =
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private RetryAfter() {
    }

    /** The pause this answer's {@code Retry-After} asks for; empty when it has none that can be read. */
    static Optional<Duration> of(HttpHeaders headers, Instant received) {
        return headers.firstValue("Retry-After")
                .flatMap(value -> parse(value, headers.firstValue("Date").orElse(null), received));
    }

    /**
     * The pause {@code value} asks for: its seconds, or the time from {@code serverDate} (else from {@code received})
     * to the date it names, zero for a date gone by; empty for a value that is neither.
     */
    static Optional<Duration> parse(String value, String serverDate, Instant received) {
        String text = value.strip();
        if (SECONDS.matcher(text).matches()) {
            // more digits than a year of seconds has can only mean "a long time"
            return Optional.of(text.length() > 12 ? LONGEST : atMostLongest(Duration.ofSeconds(Long.parseLong(text))));
        }
        Optional<Instant> date = httpDate(text, received);
        if (date.isEmpty()) {
            return Optional.empty();
        }
        Instant from = serverDate == null ? received : httpDate(serverDate, received).orElse(received);
        Duration pause = Duration.between(from, date.get());
        return Optional.of(pause.isNegative() ? Duration.ZERO : atMostLongest(pause));
    }

    /**
     * An HTTP-date in any of its three forms: {@code Sun, 06 Nov 1994 08:49:37 GMT} (the one servers should send),
     * {@code Sunday, 06-Nov-94 08:49:37 GMT} and asctime's {@code Sun Nov  6 08:49:37 1994}. A two-digit year is
     * the one within fifty years of {@code now}, as the RFC asks.
     */
    static Optional<Instant> httpDate(String text, Instant now) {
        for (DateTimeFormatter format : List.of(DateTimeFormatter.RFC_1123_DATE_TIME, rfc850(now), ASCTIME)) {
            try {
                return Optional.of(Instant.from(format.parse(text.strip())));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter rfc850(Instant now) {
        int thisYear = now.atOffset(ZoneOffset.UTC).getYear();
        return new DateTimeFormatterBuilder()
                .appendPattern("EEEE, dd-MMM-")
                .appendValueReduced(ChronoField.YEAR, 2, 2, thisYear - 49)
                .appendPattern(" HH:mm:ss 'GMT'")
                .toFormatter(Locale.ENGLISH)
                .withZone(ZoneOffset.UTC);
    }

    private static Duration atMostLongest(Duration pause) {
        return pause.compareTo(LONGEST) > 0 ? LONGEST : pause;
    }
}
