package io.bora.expr.value;

import java.time.OffsetDateTime;

/** Python's tz-aware {@code datetime}. */
public record PyDateTime(OffsetDateTime value) {
}
