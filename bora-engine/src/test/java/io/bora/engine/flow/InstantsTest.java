package io.bora.engine.flow;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InstantsTest {

    @Test
    void readsBackWhatInstantToStringWrites() {
        SplittableRandom random = new SplittableRandom(42);
        long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            long seconds = random.nextLong(max);
            // whole seconds, milli-, micro- and nanosecond precision: every fraction length toString() uses
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant t = Instant.ofEpochSecond(seconds, nanos);
            assertEquals(t, Instants.parse(t.toString()), t.toString());
        }
    }

    @Test
    void otherLayoutsGoThroughInstantParse() {
        assertEquals(Instant.parse("2026-11-27T08:00:00.5Z"), Instants.parse("2026-11-27T08:00:00.5Z"));
        assertEquals(Instant.parse("+10000-01-01T00:00:00Z"), Instants.parse("+10000-01-01T00:00:00Z"));
        assertEquals(Instant.parse("2026-11-27T08:00:00.Z"), Instants.parse("2026-11-27T08:00:00.Z"));
        assertThrows(DateTimeParseException.class, () -> Instants.parse("2026-13-27T08:00:00Z"));
        assertThrows(DateTimeParseException.class, () -> Instants.parse("2026-11-27 08:00:00Z"));
    }
}
