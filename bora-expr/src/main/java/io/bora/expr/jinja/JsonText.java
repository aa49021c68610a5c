package io.bora.expr.jinja;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON text as Python's json module writes and reads it (ensure_ascii, indent, sort_keys). */
final class JsonText {
    private JsonText() {
    }

    /**
     * {@code json.dumps(value, indent=indent, sort_keys=sortKeys)}; indent -1 means None
     * (one line with {@code ", "} separators).
     */
    static String dump(Object value, boolean sortKeys, int indent, boolean ensureAscii) {
        StringBuilder sb = new StringBuilder();
        write(value, sb, sortKeys, indent, ensureAscii, 0);
        return sb.toString();
    }

    private static void write(Object v, StringBuilder sb, boolean sortKeys, int indent, boolean ascii, int level) {
        v = Markup.unwrap(v);
        if (v == null) {
            sb.append("null");
        } else if (v instanceof Boolean b) {
            sb.append(b ? "true" : "false");
        } else if (PyNum.isInt(v)) {
            sb.append(PyNum.big(v));
        } else if (PyNum.isFloat(v)) {
            double d = PyNum.dbl(v);
            sb.append(Double.isNaN(d) ? "NaN" : Double.isInfinite(d) ? (d > 0 ? "Infinity" : "-Infinity")
                    : PyNum.floatRepr(d));
        } else if (v instanceof String s) {
            string(s, sb, ascii);
        } else if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                sb.append("{}");
                return;
            }
            List<Map.Entry<String, Object>> entries = new ArrayList<>();
            m.forEach((k, val) -> entries.add(Map.entry(key(k), val == null ? NULL : val)));
            if (sortKeys) {
                entries.sort((x, y) -> PyOps.compareCodePoints(x.getKey(), y.getKey()));
            }
            sb.append('{');
            for (int i = 0; i < entries.size(); i++) {
                if (i > 0) {
                    sb.append(indent >= 0 ? "," : ", ");
                }
                newline(sb, indent, level + 1);
                string(entries.get(i).getKey(), sb, ascii);
                sb.append(": ");
                Object val = entries.get(i).getValue();
                write(val == NULL ? null : val, sb, sortKeys, indent, ascii, level + 1);
            }
            newline(sb, indent, level);
            sb.append('}');
        } else if (v instanceof List<?> l && !(v instanceof PyRange)) {
            if (l.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(indent >= 0 ? "," : ", ");
                }
                newline(sb, indent, level + 1);
                write(l.get(i), sb, sortKeys, indent, ascii, level + 1);
            }
            newline(sb, indent, level);
            sb.append(']');
        } else {
            throw PyErrors.type("Object of type " + PyText.typeName(v) + " is not JSON serializable");
        }
    }

    private static final Object NULL = new Object();

    private static String key(Object k) {
        if (k instanceof String s) {
            return s;
        }
        if (k == null) {
            return "null";
        }
        if (k instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (PyNum.isNumber(k)) {
            return PyText.repr(k);
        }
        throw PyErrors.type("keys must be str, int, float, bool or None, not " + PyText.typeName(k));
    }

    private static void newline(StringBuilder sb, int indent, int level) {
        if (indent >= 0) {
            sb.append('\n').append(" ".repeat(indent * level));
        }
    }

    private static void string(String s, StringBuilder sb, boolean ascii) {
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
                    if (c < 0x20 || ascii && c > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    // ------------------------------------------------------------------ parsing

    /** {@code json.loads(text)}: ints stay ints (arbitrary size), objects keep key order. */
    static Object parse(String text) {
        Reader r = new Reader(text);
        r.ws();
        Object v = r.value();
        r.ws();
        if (r.pos < text.length()) {
            throw r.error("Extra data");
        }
        return v;
    }

    private static final class Reader {
        private final String s;
        private int pos;

        Reader(String s) {
            this.s = s;
        }

        RuntimeException error(String what) {
            int line = 1;
            int col = 1;
            for (int i = 0; i < pos && i < s.length(); i++) {
                if (s.charAt(i) == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            return PyErrors.value(what + ": line " + line + " column " + col + " (char " + pos + ")");
        }

        void ws() {
            while (pos < s.length() && " \t\n\r".indexOf(s.charAt(pos)) >= 0) {
                pos++;
            }
        }

        Object value() {
            if (pos >= s.length()) {
                throw error("Expecting value");
            }
            char c = s.charAt(pos);
            switch (c) {
                case '{' -> {
                    pos++;
                    Map<String, Object> m = new LinkedHashMap<>();
                    ws();
                    if (peek('}')) {
                        pos++;
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
                        pos++;
                        ws();
                        m.put(k, value());
                        ws();
                        if (peek(',')) {
                            pos++;
                        } else if (peek('}')) {
                            pos++;
                            return m;
                        } else {
                            throw error("Expecting ',' delimiter");
                        }
                    }
                }
                case '[' -> {
                    pos++;
                    List<Object> l = new ArrayList<>();
                    ws();
                    if (peek(']')) {
                        pos++;
                        return l;
                    }
                    while (true) {
                        ws();
                        l.add(value());
                        ws();
                        if (peek(',')) {
                            pos++;
                        } else if (peek(']')) {
                            pos++;
                            return l;
                        } else {
                            throw error("Expecting ',' delimiter");
                        }
                    }
                }
                case '"' -> {
                    return string();
                }
                default -> {
                    if (s.startsWith("true", pos)) {
                        pos += 4;
                        return true;
                    }
                    if (s.startsWith("false", pos)) {
                        pos += 5;
                        return false;
                    }
                    if (s.startsWith("null", pos)) {
                        pos += 4;
                        return null;
                    }
                    if (s.startsWith("NaN", pos)) {
                        pos += 3;
                        return Double.NaN;
                    }
                    if (s.startsWith("Infinity", pos)) {
                        pos += 8;
                        return Double.POSITIVE_INFINITY;
                    }
                    if (s.startsWith("-Infinity", pos)) {
                        pos += 9;
                        return Double.NEGATIVE_INFINITY;
                    }
                    return number();
                }
            }
        }

        private boolean peek(char c) {
            return pos < s.length() && s.charAt(pos) == c;
        }

        private Object number() {
            int start = pos;
            if (peek('-')) {
                pos++;
            }
            if (peek('0')) {
                pos++;
            } else if (pos < s.length() && s.charAt(pos) >= '1' && s.charAt(pos) <= '9') {
                while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    pos++;
                }
            } else {
                pos = start;
                throw error("Expecting value");
            }
            boolean isFloat = false;
            if (peek('.') && pos + 1 < s.length() && Character.isDigit(s.charAt(pos + 1))) {
                isFloat = true;
                pos++;
                while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    pos++;
                }
            }
            if (peek('e') || peek('E')) {
                int save = pos;
                pos++;
                if (peek('+') || peek('-')) {
                    pos++;
                }
                if (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    isFloat = true;
                    while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                        pos++;
                    }
                } else {
                    pos = save;
                }
            }
            String t = s.substring(start, pos);
            return isFloat ? (Object) Double.parseDouble(t) : PyNum.normalize(new BigInteger(t));
        }

        private String string() {
            pos++;
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (pos >= s.length()) {
                    throw error("Unterminated string starting at");
                }
                char c = s.charAt(pos++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c == '\\') {
                    if (pos >= s.length()) {
                        throw error("Unterminated string starting at");
                    }
                    char e = s.charAt(pos++);
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
                            if (pos + 4 > s.length()) {
                                throw error("Invalid \\uXXXX escape");
                            }
                            try {
                                sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                            } catch (NumberFormatException ex) {
                                throw error("Invalid \\uXXXX escape");
                            }
                            pos += 4;
                        }
                        default -> throw error("Invalid \\escape");
                    }
                } else if (c < 0x20) {
                    throw error("Invalid control character at");
                } else {
                    sb.append(c);
                }
            }
        }
    }
}
