package io.bora.actions;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code repr()} and {@code str()} of plain-model values, because Mistral's messages embed them
 * (e.g. {@code missing=['output']}).
 */
public final class PythonRepr {

    private PythonRepr() {
    }

    public static String of(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    /** Python {@code str()}: strings as they are, everything else as repr. */
    public static String str(Object value) {
        return value instanceof String s ? s : of(value);
    }

    private static void append(StringBuilder out, Object value) {
        switch (value) {
            case null -> out.append("None");
            case Boolean b -> out.append(b ? "True" : "False");
            case String s -> quote(out, s);
            case Double d -> out.append(floatRepr(d));
            case Float f -> out.append(floatRepr(f.doubleValue()));
            case Number n -> out.append(n);
            case Map<?, ?> map -> appendMap(out, map);
            case List<?> list -> appendSeq(out, list.iterator());
            default -> out.append(value);
        }
    }

    private static void appendMap(StringBuilder out, Map<?, ?> map) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            append(out, e.getKey());
            out.append(": ");
            append(out, e.getValue());
        }
        out.append('}');
    }

    private static void appendSeq(StringBuilder out, Iterator<?> items) {
        out.append('[');
        boolean first = true;
        while (items.hasNext()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            append(out, items.next());
        }
        out.append(']');
    }

    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e16) {
            return String.valueOf((long) d) + ".0";
        }
        String text = Double.toString(d);
        double abs = Math.abs(d);
        if (abs >= 1e-4 && abs < 1e16) {
            // Python keeps positional notation down to 1e-4, Java switches below 1e-3
            return new java.math.BigDecimal(text).stripTrailingZeros().toPlainString();
        }
        // Java writes 1.0E-5 where Python writes 1e-05
        int e = text.indexOf('E');
        if (e < 0) {
            return text;
        }
        String mantissa = text.substring(0, e);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        int exp = Integer.parseInt(text.substring(e + 1));
        return mantissa + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    /** Python picks single quotes unless the text has a single quote and no double quote. */
    private static void quote(StringBuilder out, String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        out.append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c == q) {
                        out.append('\\').append(c);
                    } else if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append(q);
    }
}
