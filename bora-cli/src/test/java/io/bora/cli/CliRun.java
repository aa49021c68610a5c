package io.bora.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** Runs one CLI command in-process against a server URL and captures what it printed. */
record CliRun(int code, String out, String err) {
    /** "Now" for every test: 2026-11-27 04:10:00 UTC, so running durations are predictable. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T04:10:00Z"), ZoneOffset.UTC);

    static CliRun run(String url, String... args) {
        return run(Map.of("BORA_URL", url), args);
    }

    static CliRun run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = BoraCli.run(args, o, e, env, CLOCK);
        }
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
