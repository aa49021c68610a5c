package io.bora.expr.jinja;

import java.util.Map;

/** Python dict key semantics on Java maps: {@code 1}, {@code 1.0} and {@code True} are the same key. */
final class Dicts {
    static final Object ABSENT = new Object();

    private Dicts() {
    }

    /** The key of {@code m} equal to {@code key} in Python's sense, or ABSENT. */
    static Object findKey(Map<?, ?> m, Object key) {
        if (m.containsKey(key)) {
            return key;
        }
        if (PyNum.isNumber(key)) {
            for (Object k : m.keySet()) {
                if (PyNum.isNumber(k) && PyOps.eq(k, key)) {
                    return k;
                }
            }
        }
        return ABSENT;
    }

    /** {@code m[key] = value}, keeping the first spelling of an equal key as Python does. */
    static void put(Map<Object, Object> m, Object key, Object value) {
        Object existing = findKey(m, key);
        m.put(existing == ABSENT ? key : existing, value);
    }
}
