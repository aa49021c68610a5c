package io.bora.expr.value;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's {@code json.loads}, for YAQL's and Jinja's {@code json_parse}: ints of any size stay
 * ints, objects keep their key order and the last of duplicate keys, {@code NaN} and
 * {@code Infinity} are accepted, and errors carry Python's message with line, column and char.
 */
public final class JsonReader {
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][-+]?\\d+)?");

    private JsonReader() {
    }

    /** {@code json.loads(text)}. */
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

        /** Four hex digits at {@code at} (Integer.parseInt alone would take a sign). */
        private boolean hex4(int at) {
            for (int k = at; k < at + 4; k++) {
                if (Character.digit(s.charAt(k), 16) < 0) return false;
            }
            return true;
        }

        boolean peek(char c) {
            return i < s.length() && s.charAt(i) == c;
        }

        Object number() {
            Matcher m = NUMBER.matcher(s).region(i, s.length());
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
                    int backslash = i - 1;
                    if (i >= s.length()) {
                        i = start;
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
                            if (i + 4 > s.length() || !hex4(i)) {
                                i = backslash + 1; // Python points at the 'u'
                                throw error("Invalid \\uXXXX escape");
                            }
                            sb.append((char) Integer.parseInt(s, i, i + 4, 16));
                            i += 4;
                        }
                        default -> {
                            i = backslash;
                            throw error("Invalid \\escape");
                        }
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
