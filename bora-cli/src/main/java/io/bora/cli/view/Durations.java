package io.bora.cli.view;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The computed Duration column: {@code end - start} as Python prints a timedelta, or for a thing still
 * running the time since its start followed by "..." ("..." alone during its first two seconds).
 */
public final class Durations {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Clock clock;

    public Durations(Clock clock) {
        this.clock = clock;
    }

    /** @param end null or empty while the thing is still running */
    public String between(String start, String end) {
        LocalDateTime from = parse(start);
        if (from == null) {
            return Cells.NONE;
        }
        LocalDateTime to = end == null || end.isEmpty() ? null : parse(end);
        if (to != null) {
            return timedelta(Duration.between(from, to).getSeconds());
        }
        Duration running = Duration.between(from, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        if (running.compareTo(Duration.ofSeconds(2)) < 0) {
            return "...";
        }
        return timedelta(running.getSeconds()) + "...";
    }

    /** Python's str(timedelta) for whole seconds: "0:00:05", "1 day, 2:03:04", "-1 day, 23:59:59". */
    static String timedelta(long seconds) {
        long days = Math.floorDiv(seconds, 86_400);
        long rest = Math.floorMod(seconds, 86_400);
        String clockPart = String.format("%d:%02d:%02d", rest / 3600, rest % 3600 / 60, rest % 60);
        if (days == 0) {
            return clockPart;
        }
        return days + (Math.abs(days) == 1 ? " day, " : " days, ") + clockPart;
    }

    private static LocalDateTime parse(String text) {
        if (text == null || text.length() < 19) {
            return null;
        }
        try {
            // Tolerate an ISO 'T' and fractions; Mistral itself sends "YYYY-MM-DD HH:MM:SS".
            return LocalDateTime.parse(text.substring(0, 19).replace('T', ' '), TIMESTAMP);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
