package io.bora.engine.cron;

import io.bora.engine.api.BoraException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * {@code first_execution_time} as the API sends it, in UTC. Mistral takes {@code YYYY-MM-DD HH:MM}
 * and wants it at least a minute ahead. Bora also takes seconds ({@code YYYY-MM-DD HH:MM:SS}),
 * and then only wants it in the future: a schedule a few seconds ahead is useful and testable.
 */
final class FirstExecutionTime {
    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);
    private static final Duration MINIMUM_LEAD = Duration.ofSeconds(60);

    private final Instant time;
    private final boolean withSeconds;

    private FirstExecutionTime(Instant time, boolean withSeconds) {
        this.time = time;
        this.withSeconds = withSeconds;
    }

    static FirstExecutionTime parse(String text) {
        String t = text.trim();
        try {
            return new FirstExecutionTime(LocalDateTime.parse(t, MINUTES).toInstant(ZoneOffset.UTC), false);
        } catch (DateTimeParseException minuteForm) {
            try {
                return new FirstExecutionTime(LocalDateTime.parse(t, SECONDS).toInstant(ZoneOffset.UTC), true);
            } catch (DateTimeParseException secondForm) {
                throw BoraException.badRequest("time data '" + text + "' does not match format '%Y-%m-%d %H:%M'");
            }
        }
    }

    Instant time() {
        return time;
    }

    /** Mistral's rule for the minute form; the seconds form only has to lie ahead. */
    void checkAhead(Instant now) {
        boolean early = withSeconds ? !time.isAfter(now) : time.isBefore(now.plus(MINIMUM_LEAD));
        if (early) {
            throw BoraException.badRequest("first_execution_time must be at least 1 minute in the future.");
        }
    }
}
