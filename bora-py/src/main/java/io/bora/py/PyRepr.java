package io.bora.py;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code repr()} and {@code str()} of plain values (null, Boolean, String, numbers, Map,
 * List). Mistral's messages embed them ({@code missing=['output']}, jsonschema messages, input
 * defaults), and clients compare those strings, so quoting, spacing and float forms must match.
 */
public final class PyRepr {
    private PyRepr() {
    }

    /** {@code repr(value)}: {@code None}, {@code True}, {@code 'text'}, {@code [1, 'a']}, {@code {'k': 1.5}}. */
    public static String repr(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    /** {@code str(value)}: strings as they are, everything else as its repr. */
    public static String str(Object value) {
        return value instanceof String s ? s : repr(value);
    }

    private static void append(StringBuilder out, Object value) {
        switch (value) {
            case null -> out.append("None");
            case Boolean b -> out.append(b ? "True" : "False");
            case String s -> quote(out, s);
            case Double d -> out.append(floatRepr(d));
            case Float f -> out.append(floatRepr(f.doubleValue()));
            case BigDecimal d -> out.append(floatRepr(d.doubleValue()));
            case Number n -> out.append(n);
            case Map<?, ?> map -> {
                out.append('{');
                Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
                while (it.hasNext()) {
                    Map.Entry<?, ?> e = it.next();
                    append(out, e.getKey());
                    out.append(": ");
                    append(out, e.getValue());
                    if (it.hasNext()) out.append(", ");
                }
                out.append('}');
            }
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) out.append(", ");
                    append(out, list.get(i));
                }
                out.append(']');
            }
            default -> out.append(value);
        }
    }

    /** Single quotes unless the text holds a single quote and no double quote, as Python picks. */
    private static void quote(StringBuilder out, String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        out.append(quote);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c == quote) out.append('\\').append(c);
                    else if (c < 0x20 || c == 0x7f) out.append(String.format("\\x%02x", (int) c));
                    else out.append(c);
                }
            }
        }
        out.append(quote);
    }

    /**
     * Python's float repr: the shortest digits that round-trip (as Java's {@code Double.toString}
     * since JDK 19), positional for exponents -4..15, {@code 1e-05} and {@code 1e+16} beyond.
     */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return 1 / d < 0 ? "-0.0" : "0.0";
        BigDecimal exact = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = exact.unscaledValue().toString();
        int exponent = digits.length() - 1 - exact.scale();
        String sign = d < 0 ? "-" : "";
        if (exponent < -4 || exponent >= 16) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
        }
        String plain = exact.toPlainString();
        return sign + (plain.contains(".") ? plain : plain + ".0");
    }
}
