package io.bora.server.service;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code str()} and {@code repr()} of plain values. Mistral renders workflow input
 * defaults, error messages and pagination links with them, and clients compare those strings.
 */
public final class PythonText {
    private PythonText() {
    }

    /** {@code str(value)}: strings as they are, everything else as its repr. */
    public static String str(Object value) {
        return value instanceof String s ? s : repr(value);
    }

    /** {@code repr(value)}: {@code None}, {@code True}, {@code 'text'}, {@code [1, 'a']}, {@code {'k': 'v'}}. */
    public static String repr(Object value) {
        StringBuilder out = new StringBuilder();
        appendRepr(out, value);
        return out.toString();
    }

    private static void appendRepr(StringBuilder out, Object value) {
        switch (value) {
            case null -> out.append("None");
            case Boolean b -> out.append(b ? "True" : "False");
            case String s -> appendQuoted(out, s);
            case Double d -> out.append(floatRepr(d));
            case Float f -> out.append(floatRepr(f.doubleValue()));
            case BigDecimal d -> out.append(floatRepr(d.doubleValue()));
            case Number n -> out.append(n.toString());
            case Map<?, ?> map -> {
                out.append('{');
                Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
                while (it.hasNext()) {
                    Map.Entry<?, ?> e = it.next();
                    appendRepr(out, e.getKey());
                    out.append(": ");
                    appendRepr(out, e.getValue());
                    if (it.hasNext()) out.append(", ");
                }
                out.append('}');
            }
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) out.append(", ");
                    appendRepr(out, list.get(i));
                }
                out.append(']');
            }
            default -> appendQuoted(out, value.toString());
        }
    }

    /** Python quotes with single quotes unless the text holds a single quote and no double quote. */
    private static void appendQuoted(StringBuilder out, String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        out.append(quote);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == quote || c == '\\') out.append('\\').append(c);
            else if (c == '\n') out.append("\\n");
            else if (c == '\r') out.append("\\r");
            else if (c == '\t') out.append("\\t");
            else if (c < 0x20 || c == 0x7f) out.append(String.format("\\x%02x", (int) c));
            else out.append(c);
        }
        out.append(quote);
    }

    /**
     * Python's float repr: the shortest round-tripping digits (as Java's), positional notation for
     * exponents -4..15 and {@code 1e+16} style beyond.
     */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0) ? "-0.0" : "0.0";
        BigDecimal exact = new BigDecimal(Double.toString(d));
        String digits = exact.unscaledValue().abs().toString().replaceAll("0+$", "");
        if (digits.isEmpty()) digits = "0";
        // exponent of the first digit: value = 0.d1d2... * 10^(pointPos)
        int pointPos = exact.precision() - exact.scale();
        int exp10 = pointPos - 1;
        String sign = d < 0 ? "-" : "";
        if (exp10 >= -4 && exp10 < 16) {
            String plain;
            if (pointPos <= 0) {
                plain = "0." + "0".repeat(-pointPos) + digits;
            } else if (pointPos >= digits.length()) {
                plain = digits + "0".repeat(pointPos - digits.length()) + ".0";
            } else {
                plain = digits.substring(0, pointPos) + "." + digits.substring(pointPos);
            }
            return sign + plain;
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String e = String.format("%02d", Math.abs(exp10));
        return sign + mantissa + "e" + (exp10 < 0 ? "-" : "+") + e;
    }
}
