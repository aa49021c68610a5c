package io.bora.server.rest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Mistral's wire format for times: {@code YYYY-MM-DD HH:MM:SS} in UTC, no fraction, no zone. */
public final class Timestamps {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    /** The wire text, or null for an unset time. */
    public static String format(Instant time) {
        return time == null ? null : FORMAT.format(time);
    }
}
