package io.bora.py;

import java.math.BigDecimal;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code json.dumps} of plain values, by default with its defaults: {@code ", "} and
 * {@code ": "} separators, everything outside printable ASCII escaped as {@code \\uXXXX} (astral
 * characters as their surrogate pairs), Python's float text, {@code NaN} and {@code Infinity}.
 * Mistral answers JSON-typed fields (input, output, params...) as strings written this way, and
 * the CLI prints them so.
 */
public final class PyJson {
    private PyJson() {
    }

    /** {@code json.dumps(value)}: one line. */
    public static String dumps(Object value) {
        return dumps(value, -1);
    }

    /** {@code json.dumps(value, indent=indent)}; a negative indent means None (one line). */
    public static String dumps(Object value, int indent) {
        return new Writer(indent, false, true).dump(value);
    }

    /** {@code json.dumps(value, sort_keys=sortKeys, ensure_ascii=ensureAscii)}: one line. */
    public static String dumps(Object value, boolean sortKeys, boolean ensureAscii) {
        return new Writer(-1, sortKeys, ensureAscii).dump(value);
    }

    /** One dump's settings. Keys sort by code point, as Python compares str. */
    private record Writer(int indent, boolean sortKeys, boolean ascii) {

        String dump(Object value) {
            StringBuilder out = new StringBuilder();
            write(out, value, 0);
            return out.toString();
        }

        private void write(StringBuilder out, Object value, int level) {
            switch (value) {
                case null -> out.append("null");
                case Boolean b -> out.append(b ? "true" : "false");
                case String s -> PyJson.quote(out, s, ascii);
                case Double d -> out.append(floatText(d));
                case Float f -> out.append(floatText(f.doubleValue()));
                case BigDecimal d -> out.append(floatText(d.doubleValue()));
                case Number n -> out.append(n);
                case Map<?, ?> map -> {
                    List<Map.Entry<String, Object>> entries = new ArrayList<>(map.size());
                    map.forEach((k, v) -> entries.add(new SimpleEntry<>(key(k), v)));
                    if (sortKeys) entries.sort(Map.Entry.comparingByKey(PyJson::compareCodePoints));
                    Iterator<Map.Entry<String, Object>> it = entries.iterator();
                    container(out, '{', '}', it.hasNext(), level, () -> {
                        Map.Entry<String, Object> e = it.next();
                        PyJson.quote(out, e.getKey(), ascii);
                        out.append(": ");
                        write(out, e.getValue(), level + 1);
                        return it.hasNext();
                    });
                }
                case List<?> list -> {
                    Iterator<?> it = list.iterator();
                    container(out, '[', ']', it.hasNext(), level, () -> {
                        write(out, it.next(), level + 1);
                        return it.hasNext();
                    });
                }
                default -> PyJson.quote(out, value.toString(), ascii);
            }
        }

        private void container(StringBuilder out, char open, char close, boolean any, int level, Item item) {
            out.append(open);
            if (!any) {
                out.append(close);
                return;
            }
            boolean more = true;
            while (more) {
                if (indent >= 0) out.append('\n').append(" ".repeat(indent * (level + 1)));
                more = item.writeNext();
                if (more) out.append(indent >= 0 ? "," : ", ");
            }
            if (indent >= 0) out.append('\n').append(" ".repeat(indent * level));
            out.append(close);
        }
    }

    /**
     * A JSON string as Python writes it: with {@code ensureAscii} everything outside printable
     * ASCII is escaped as {@code \\uXXXX}; without, only quotes, backslashes and control characters.
     */
    public static void quote(StringBuilder out, String s, boolean ensureAscii) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || ensureAscii && c > 0x7e) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }

    /** Writes one item and tells whether another follows. */
    @FunctionalInterface
    private interface Item {
        boolean writeNext();
    }

    /** Python turns keys into strings: {@code 1 -> "1"}, {@code True -> "true"}, {@code None -> "null"}. */
    private static String key(Object k) {
        return switch (k) {
            case null -> "null";
            case String s -> s;
            case Boolean b -> b ? "true" : "false";
            case Double d -> floatText(d);
            case Float f -> floatText(f.doubleValue());
            default -> k.toString();
        };
    }

    private static String floatText(double d) {
        if (Double.isNaN(d)) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? "Infinity" : "-Infinity";
        return PyRepr.floatRepr(d);
    }

    /** Python's order of str values: by code point (Java's compareTo orders UTF-16 units). */
    public static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) return Integer.compare(ca, cb);
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
