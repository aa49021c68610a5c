package io.bora.expr.jinja;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts evaluation results to the plain value model the rest of Bora uses, the way Mistral
 * persists them: tuples, ranges and generators become lists, dict keys become strings
 * ({@code 1 -> "1"}, {@code True -> "true"}, {@code None -> "null"}).
 */
final class PlainValues {
    private PlainValues() {
    }

    static Object toPlain(Object v) {
        if (v == null || v instanceof Boolean || v instanceof String || v instanceof Double) {
            return v;
        }
        if (PyNum.isInt(v)) {
            return PyNum.intValue(v);
        }
        if (PyNum.isFloat(v)) {
            return PyNum.dbl(v);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object item : l) {
                out.add(toPlain(item));
            }
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, val) -> out.put(key(k), toPlain(val)));
            return out;
        }
        if (v instanceof Markup m) {
            return m.text();
        }
        if (v instanceof Undefined u) {
            if (u.isLenient()) {
                // Mistral's serialiser walks an iterable object: Jinja's Undefined iterates as empty
                return new ArrayList<>();
            }
            throw u.fail();
        }
        throw PyErrors.type("Object of type " + PyText.typeName(v) + " is not JSON serializable");
    }

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
        return PyText.repr(k);
    }
}
