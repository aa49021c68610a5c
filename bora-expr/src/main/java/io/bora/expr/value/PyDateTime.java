package io.bora.expr.value;

import java.time.OffsetDateTime;

/** Python's tz-aware {@code datetime}. */
public record PyDateTime(OffsetDateTime value) {
    /** Aware datetimes are equal when they denote the same instant, whatever their offsets. */
    @Override
    public boolean equals(Object o) {
        return o instanceof PyDateTime d && d.value.toInstant().equals(value.toInstant());
    }

    @Override
    public int hashCode() {
        return value.toInstant().hashCode();
    }
}
