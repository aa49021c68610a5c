package io.bora.store.query;

import io.bora.engine.port.InvalidQueryException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Converts the strings of REST filters into values the column can be compared with. */
final class FilterValues {

    private FilterValues() {
    }

    /** The items of an {@code in:}/{@code nin:}/tags value: a List, or a comma-separated String. */
    static List<String> items(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) out.add(String.valueOf(item));
        } else if (value != null) {
            for (String part : String.valueOf(value).split(",", -1)) out.add(part);
        }
        return out;
    }

    static Object convert(Field field, Object raw) {
        String text = raw == null ? null : String.valueOf(raw).trim();
        if (text == null) return null;
        return switch (field.type()) {
            case TEXT, JSON, TAGS -> String.valueOf(raw);
            case TIMESTAMP -> timestamp(field, text);
            case BOOLEAN -> bool(field, text);
            case INTEGER -> integer(field, text);
        };
    }

    /** {@code 2000-01-01}, {@code 2000-01-01 10:00}, {@code 2000-01-01 10:00:00[.ffffff]}, ISO with T or Z. */
    static LocalDateTime timestamp(Field field, String text) {
        String s = text.endsWith("Z") ? text.substring(0, text.length() - 1) : text;
        try {
            if (s.length() == 10) return LocalDate.parse(s).atStartOfDay();
            return LocalDateTime.parse(s.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException("Invalid input for field/attribute " + field.name()
                    + ". Value: '" + text + "'. Expected a date like 2000-01-01 or 2000-01-01 10:00:00.");
        }
    }

    private static Boolean bool(Field field, String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> Boolean.TRUE;
            case "false", "0", "no", "off" -> Boolean.FALSE;
            default -> throw new InvalidQueryException("Invalid input for field/attribute " + field.name()
                    + ". Value: '" + text + "'. Wrong type. Expected 'bool'.");
        };
    }

    private static Long integer(Field field, String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidQueryException("Invalid input for field/attribute " + field.name()
                    + ". Value: '" + text + "'. Wrong type. Expected 'int'.");
        }
    }

    /** A LIKE pattern matching {@code text} anywhere, with the pattern characters escaped by backslash. */
    static String containsPattern(String text) {
        StringBuilder b = new StringBuilder(text.length() + 2).append('%');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '%' || c == '_') b.append('\\');
            b.append(c);
        }
        return b.append('%').toString();
    }
}
