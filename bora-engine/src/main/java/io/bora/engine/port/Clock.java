package io.bora.engine.port;

import java.time.Instant;

/** Time as the engine sees it; tests inject a fake one. Values are truncated to microseconds. */
public interface Clock {
    Instant now();

    Clock SYSTEM = () -> Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
}
