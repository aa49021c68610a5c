package io.bora.expr.jinja;

import io.bora.expr.value.JsonReader;
import io.bora.py.PyJson;

import java.util.ArrayList;
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
            PyJson.quote(sb, s, ascii);
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
                PyJson.quote(sb, entries.get(i).getKey(), ascii);
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

    /** {@code json.loads(text)}: ints stay ints (arbitrary size), objects keep key order. */
    static Object parse(String text) {
        return JsonReader.parse(text);
    }
}
