package io.bora.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes JSON exactly as Python's {@code json.dumps} does with default settings, because the
 * mistral CLI prints inputs, outputs and results that way: {@code ", "} and {@code ": "} separators,
 * ASCII-only output with {@code \\uXXXX} escapes, Python float text ({@code 1.0}, {@code 1e+16}).
 */
public final class PyJson {
    private PyJson() {
    }

    /** Compact form: {@code {"a": 1, "b": [1, 2]}}. */
    public static String dumps(JsonNode node) {
        StringBuilder sb = new StringBuilder();
        write(sb, node, -1, 0);
        return sb.toString();
    }

    /** Indented form, like {@code json.dumps(x, indent=n)}. */
    public static String dumps(JsonNode node, int indent) {
        StringBuilder sb = new StringBuilder();
        write(sb, node, indent, 0);
        return sb.toString();
    }

    private static void write(StringBuilder sb, JsonNode node, int indent, int level) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            sb.append("null");
        } else if (node.isTextual()) {
            string(sb, node.asText());
        } else if (node.isBoolean()) {
            sb.append(node.asBoolean() ? "true" : "false");
        } else if (node.isIntegralNumber()) {
            sb.append(node.bigIntegerValue());
        } else if (node.isNumber()) {
            sb.append(PyFloat.repr(node.doubleValue()));
        } else if (node.isArray()) {
            container(sb, node.elements(), null, indent, level, '[', ']');
        } else if (node.isObject()) {
            container(sb, null, node.fields(), indent, level, '{', '}');
        } else {
            string(sb, node.asText());
        }
    }

    private static void container(StringBuilder sb, Iterator<JsonNode> items, Iterator<Map.Entry<String, JsonNode>> fields,
                                  int indent, int level, char open, char close) {
        boolean empty = items != null ? !items.hasNext() : !fields.hasNext();
        if (empty) {
            sb.append(open).append(close);
            return;
        }
        sb.append(open);
        boolean first = true;
        while (items != null ? items.hasNext() : fields.hasNext()) {
            if (!first) {
                sb.append(indent < 0 ? ", " : ",");
            }
            first = false;
            if (indent >= 0) {
                sb.append('\n').append(" ".repeat(indent * (level + 1)));
            }
            if (items != null) {
                write(sb, items.next(), indent, level + 1);
            } else {
                Map.Entry<String, JsonNode> e = fields.next();
                string(sb, e.getKey());
                sb.append(": ");
                write(sb, e.getValue(), indent, level + 1);
            }
        }
        if (indent >= 0) {
            sb.append('\n').append(" ".repeat(indent * level));
        }
        sb.append(close);
    }

    static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    // Java chars are UTF-16 units, so astral characters come out as surrogate pairs,
                    // which is exactly what Python's ensure_ascii produces.
                    if (c < 0x20 || c > 0x7e && c != 0x7f) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /** Python's repr() of a float, which json.dumps uses. */
    static final class PyFloat {
        private PyFloat() {
        }

        static String repr(double d) {
            if (Double.isNaN(d)) {
                return "NaN";
            }
            if (Double.isInfinite(d)) {
                return d > 0 ? "Infinity" : "-Infinity";
            }
            if (d == 0) {
                return (1 / d < 0) ? "-0.0" : "0.0";
            }
            // Double.toString gives the shortest digits that round-trip, as Python's repr does;
            // only the layout (fixed vs scientific, exponent form) differs.
            BigDecimal exact = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
            String digits = exact.unscaledValue().toString();
            int exponent = digits.length() - 1 - exact.scale();
            String sign = d < 0 ? "-" : "";
            if (exponent < -4 || exponent >= 16) {
                String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
                String exp = String.format("%02d", Math.abs(exponent));
                return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
            }
            String plain = exact.toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
    }
}
