package io.bora.server.rest;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Mistral's wire format for times: {@code YYYY-MM-DD HH:MM:SS} in UTC, no fraction, no zone. */
public final class Timestamps {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    /** 10000-01-01T00:00:00Z: from here on years have five digits, which the fast path does not write. */
    private static final long YEAR_10000 = 253_402_300_800L;
    /** 0001-01-01T00:00:00Z: before it "yyyy" (year of era) counts years BC. */
    private static final long YEAR_1 = -62_135_596_800L;

    private Timestamps() {
    }

    /**
     * The wire text, or null for an unset time. Every listed execution, task and action carries two
     * of these; the general formatter cost a few per cent of a busy node's CPU, so years 1–9999
     * are written directly.
     */
    public static String format(Instant time) {
        if (time == null) return null;
        long seconds = time.getEpochSecond();
        if (seconds < YEAR_1 || seconds >= YEAR_10000) return FORMAT.format(time); // "yyyy" is the year of era
        LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        char[] out = new char[19];
        digits(out, 0, t.getYear(), 4);
        out[4] = '-';
        digits(out, 5, t.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, t.getDayOfMonth(), 2);
        out[10] = ' ';
        digits(out, 11, t.getHour(), 2);
        out[13] = ':';
        digits(out, 14, t.getMinute(), 2);
        out[16] = ':';
        digits(out, 17, t.getSecond(), 2);
        return new String(out);
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
