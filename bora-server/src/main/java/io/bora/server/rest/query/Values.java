package io.bora.server.rest.query;

import io.bora.py.PyJson;
import io.bora.server.rest.HttpError;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Compares stored field values with each other and with filter texts, the way SQL would. */
final class Values {
    private static final DateTimeFormatter[] DATE_TIMES = {
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS"),
    };

    private Values() {
    }

    /** Orders two stored values; nulls first (as SQLite, which Mistral's recordings ran on). */
    static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof Instant x && b instanceof Instant y) {
            return x.compareTo(y);
        }
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString()));
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return Boolean.compare(x, y);
        }
        return text(a).compareTo(text(b));
    }

    /** Orders a stored value against a filter text converted to the stored value's type. */
    static int compareToText(Object stored, String filterText, String field) {
        return compare(stored, convert(stored, filterText, field));
    }

    static boolean equalsText(Object stored, String filterText, String field) {
        if (stored == null) {
            return false;
        }
        return compare(stored, convert(stored, filterText, field)) == 0;
    }

    static Object convert(Object stored, String filterText, String field) {
        if (stored instanceof Instant) {
            return parseTime(filterText, field);
        }
        if (stored instanceof Boolean) {
            return switch (filterText.trim().toLowerCase(Locale.ROOT)) {
                case "true", "1", "yes", "on", "t", "y" -> Boolean.TRUE;
                default -> Boolean.FALSE;
            };
        }
        if (stored instanceof Number) {
            try {
                return new BigDecimal(filterText.trim());
            } catch (NumberFormatException e) {
                throw HttpError.badRequest("Invalid input for field/attribute " + field + ". Value: '" + filterText
                        + "'. unable to convert to number");
            }
        }
        return filterText;
    }

    static Instant parseTime(String text, String field) {
        String t = text.trim();
        for (DateTimeFormatter f : DATE_TIMES) {
            try {
                return LocalDateTime.parse(t, f).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                // try the next accepted form
            }
        }
        try {
            return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw HttpError.badRequest("Invalid filter value for " + field + ": '" + text
                    + "' is not a date (expected YYYY-MM-DD[ HH:MM:SS])");
        }
    }

    /** Text form of a stored value: JSON fields as their JSON text, like the column holds them. */
    static String text(Object v) {
        return switch (v) {
            case String s -> s;
            case Map<?, ?> m -> PyJson.dumps(m);
            case List<?> l -> PyJson.dumps(l);
            default -> String.valueOf(v);
        };
    }
}
