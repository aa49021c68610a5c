package io.bora.server.rest;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class TimestampsTest {
    private static final DateTimeFormatter GENERAL =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @Test
    void writesWhatTheGeneralFormatterWrites() {
        SplittableRandom random = new SplittableRandom(7);
        long min = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(); // year 0 is 1 BC: the general path
        long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            Instant t = Instant.ofEpochSecond(random.nextLong(min, max + 1), random.nextInt(1_000_000_000));
            assertThat(Timestamps.format(t)).as(t.toString()).isEqualTo(GENERAL.format(t));
        }
        for (String edge : new String[]{"1970-01-01T00:00:00Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999Z",
                "2024-02-29T23:59:59Z", "1969-12-31T23:59:59Z"}) {
            Instant t = Instant.parse(edge);
            assertThat(Timestamps.format(t)).isEqualTo(GENERAL.format(t));
        }
        assertThat(Timestamps.format(Instant.parse("+10000-01-01T00:00:00Z"))).isEqualTo("+10000-01-01 00:00:00");
        assertThat(Timestamps.format(null)).isNull();
    }
}
