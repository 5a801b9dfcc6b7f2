package org.readinglist.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InstantTextTest {

    @Test
    void readsWhatInstantWritesAsInstantParseDoes() {
        SplittableRandom random = new SplittableRandom(7);
        long last = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 200_000; i++) {
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(random.nextLong(last + 1), nanos);
            String text = instant.toString();
            assertEquals(Instant.parse(text), InstantText.parse(text), text);
        }
    }

    @Test
    void everyOtherTextGetsInstantParsesAnswerOrError() {
        List<String> texts = List.of("2024-02-29T12:00:00Z", "2023-02-29T12:00:00Z", "2026-04-31T00:00:00Z",
                "2026-12-31T23:59:60Z", "2026-12-31T24:00:00Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
                "2026-01-01T00:00:00.Z", "2026-01-01T00:00:00.1234567890Z", "2026-01-01T00:00:00.5Z",
                "2026-01-01T00:00:00z", "2026-01-01t00:00:00Z", "2026-01-01T00:00:00+01:00",
                "2026-01-01T00:00Z", "-0001-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "2026-1-01T00:00:00Z",
                "2026-01-01T0a:00:00Z", "2026-00-10T00:00:00Z", "2026-13-01T00:00:00Z", "2026-01-00T00:00:00Z",
                "2026-01-32T00:00:00Z", "2026-01-01T00:60:00Z", "2026-01-01T00:00:00.12a4Z",
                "\u0662\u0660\u0662\u0666-01-01T00:00:00Z", "2026-01-01 00:00:00Z", "", "Z", "yesterday");
        for (String text : texts) {
            Instant expected;
            try {
                expected = Instant.parse(text);
            } catch (DateTimeParseException e) {
                assertThrows(DateTimeParseException.class, () -> InstantText.parse(text), text);
                continue;
            }
            assertEquals(expected, InstantText.parse(text), text);
        }
    }
}
