package io.bora.expr.mistral;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;
import io.bora.expr.value.Dicts;
import io.bora.expr.value.LazySeq;
import io.bora.expr.value.Limits;
import io.bora.expr.value.Py;
import io.bora.expr.value.PyDateTime;
import io.bora.expr.value.PySet;
import io.bora.expr.value.PyText;
import io.bora.expr.value.Values;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Python's {@code json.dumps}/{@code json.loads} as Mistral calls them. */
public final class JsonText {
    private JsonText() {
    }

    /**
     * JSON text with Python's separators and float forms. {@code yaqlDepthQuirk}: a dict with three
     * enclosing dicts is written as null (oslo's to_primitive depth limit on YAQL's frozen dicts).
     */
    public static String dump(Object value, int indent, boolean yaqlDepthQuirk) {
        StringBuilder sb = new StringBuilder();
        write(sb, value, indent, 0, yaqlDepthQuirk ? 0 : Integer.MIN_VALUE);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object v, int indent, int level, int dictDepth) {
        Limits.checkOutput(sb.length());
        if (v == null) {
            sb.append("null");
        } else if (v instanceof Boolean b) {
            sb.append(b ? "true" : "false");
        } else if (v instanceof Long || v instanceof BigInteger) {
            sb.append(v);
        } else if (v instanceof Double d) {
            sb.append(d.isNaN() ? "NaN" : d.isInfinite() ? (d > 0 ? "Infinity" : "-Infinity") : PyText.floatRepr(d));
        } else if (v instanceof String s) {
            quote(sb, s);
        } else if (v instanceof Map<?, ?> m) {
            if (dictDepth >= 3) {
                sb.append("null");
                return;
            }
            if (m.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(first ? "" : ",");
                first = false;
                newline(sb, indent, level + 1);
                quote(sb, Values.jsonKey(e.getKey()));
                sb.append(": ");
                write(sb, e.getValue(), indent, level + 1, dictDepth + 1);
            }
            newline(sb, indent, level);
            sb.append('}');
        } else if (v instanceof List || v instanceof PySet || v instanceof LazySeq) {
            List<Object> items = new ArrayList<>();
            for (Object x : (Iterable<?>) v) {
                items.add(x);
            }
            if (items.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append('[');
            boolean first = true;
            for (Object x : items) {
                sb.append(first ? "" : ",");
                first = false;
                newline(sb, indent, level + 1);
                write(sb, x, indent, level + 1, dictDepth);
            }
            newline(sb, indent, level);
            sb.append(']');
        } else if (v instanceof PyDateTime) {
            quote(sb, (String) Values.toPlain(v));
        } else if (v instanceof java.time.Duration) {
            // oslo's to_primitive walks a timedelta's attributes until its depth guard trips.
            throw new ExpressionException(ErrorCategory.VALUE, "Circular reference detected");
        } else {
            throw new ExpressionException(ErrorCategory.TYPE, "Object of type " + Py.typeName(v)
                    + " is not JSON serializable");
        }
    }

    private static void newline(StringBuilder sb, int indent, int level) {
        if (indent >= 0) {
            sb.append('\n').append(" ".repeat(indent * level));
        }
    }

    static void quote(StringBuilder sb, String s) {
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
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /** Python json.loads: NaN/Infinity accepted, duplicate keys keep the last value. */
    public static Object parse(String text) {
        Reader r = new Reader(text);
        r.ws();
        Object v = r.value();
        r.ws();
        if (r.i < text.length()) {
            throw r.error("Extra data");
        }
        return v;
    }

    private static final class Reader {
        final String s;
        int i;

        Reader(String s) {
            this.s = s;
        }

        ExpressionException error(String what) {
            int line = 1;
            int col = 1;
            for (int k = 0; k < i && k < s.length(); k++) {
                if (s.charAt(k) == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            return new ExpressionException(ErrorCategory.VALUE,
                    what + ": line " + line + " column " + col + " (char " + i + ")");
        }

        void ws() {
            while (i < s.length() && " \t\n\r".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
        }

        Object value() {
            Limits.enter();
            try {
                return valueInner();
            } finally {
                Limits.exit();
            }
        }

        private Object valueInner() {
            if (i >= s.length()) {
                throw error("Expecting value");
            }
            char c = s.charAt(i);
            if (c == '{') {
                i++;
                Map<Object, Object> m = new LinkedHashMap<>();
                ws();
                if (peek('}')) {
                    i++;
                    return m;
                }
                while (true) {
                    ws();
                    if (!peek('"')) {
                        throw error("Expecting property name enclosed in double quotes");
                    }
                    String k = string();
                    ws();
                    if (!peek(':')) {
                        throw error("Expecting ':' delimiter");
                    }
                    i++;
                    ws();
                    Dicts.put(m, k, value());
                    ws();
                    if (peek(',')) {
                        i++;
                        continue;
                    }
                    if (peek('}')) {
                        i++;
                        return m;
                    }
                    throw error("Expecting ',' delimiter");
                }
            }
            if (c == '[') {
                i++;
                List<Object> l = new ArrayList<>();
                ws();
                if (peek(']')) {
                    i++;
                    return l;
                }
                while (true) {
                    ws();
                    l.add(value());
                    ws();
                    if (peek(',')) {
                        i++;
                        continue;
                    }
                    if (peek(']')) {
                        i++;
                        return l;
                    }
                    throw error("Expecting ',' delimiter");
                }
            }
            if (c == '"') {
                return string();
            }
            if (s.startsWith("null", i)) {
                i += 4;
                return null;
            }
            if (s.startsWith("true", i)) {
                i += 4;
                return true;
            }
            if (s.startsWith("false", i)) {
                i += 5;
                return false;
            }
            if (s.startsWith("NaN", i)) {
                i += 3;
                return Double.NaN;
            }
            if (s.startsWith("Infinity", i)) {
                i += 8;
                return Double.POSITIVE_INFINITY;
            }
            if (s.startsWith("-Infinity", i)) {
                i += 9;
                return Double.NEGATIVE_INFINITY;
            }
            return number();
        }

        boolean peek(char c) {
            return i < s.length() && s.charAt(i) == c;
        }

        Object number() {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][-+]?\\d+)?")
                    .matcher(s).region(i, s.length());
            if (!m.lookingAt() || m.end() == i) {
                throw error("Expecting value");
            }
            i = m.end();
            String t = m.group();
            if (m.group(2) != null || m.group(3) != null) {
                return Double.parseDouble(t);
            }
            return Py.normalize(new BigInteger(t));
        }

        String string() {
            int start = i;
            i++;
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (i >= s.length()) {
                    i = start;
                    throw error("Unterminated string starting at");
                }
                char c = s.charAt(i++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c == '\\') {
                    if (i >= s.length()) {
                        throw error("Unterminated string starting at");
                    }
                    char e = s.charAt(i++);
                    switch (e) {
                        case '"' -> sb.append('"');
                        case '\\' -> sb.append('\\');
                        case '/' -> sb.append('/');
                        case 'b' -> sb.append('\b');
                        case 'f' -> sb.append('\f');
                        case 'n' -> sb.append('\n');
                        case 'r' -> sb.append('\r');
                        case 't' -> sb.append('\t');
                        case 'u' -> {
                            if (i + 4 > s.length()) {
                                throw error("Invalid \\uXXXX escape");
                            }
                            try {
                                sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            } catch (NumberFormatException ex) {
                                throw error("Invalid \\uXXXX escape");
                            }
                            i += 4;
                        }
                        default -> throw error("Invalid \\escape");
                    }
                } else if (c < 0x20) {
                    i--;
                    throw error("Invalid control character at");
                } else {
                    sb.append(c);
                }
            }
        }
    }
}
