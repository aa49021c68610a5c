package io.bora.expr.value;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Dict operations with Python key equality ({@code {1: 'a'}[True]} finds the entry) on plain
 * insertion-ordered maps. String keys, by far the common case, take the hash-map fast path.
 */
public final class Dicts {
    private Dicts() {
    }

    /** The value for {@code key}, or {@link Py#MISSING}. */
    public static Object get(Map<?, ?> map, Object key) {
        if (key instanceof String || key == null) {
            if (map.containsKey(key)) {
                return map.get(key);
            }
            if (key instanceof String) {
                return Py.MISSING;
            }
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (Py.eq(e.getKey(), key)) {
                return e.getValue();
            }
        }
        return Py.MISSING;
    }

    public static boolean containsKey(Map<?, ?> map, Object key) {
        return get(map, key) != Py.MISSING;
    }

    /** Python {@code d[k] = v}: an equal existing key keeps its position and representative. */
    @SuppressWarnings("unchecked")
    public static void put(Map<?, ?> map, Object key, Object value) {
        Map<Object, Object> m = (Map<Object, Object>) map;
        if (key instanceof String && (m.containsKey(key) || allStringKeys(m))) {
            m.put(key, value);
            return;
        }
        for (Map.Entry<Object, Object> e : m.entrySet()) {
            if (Py.eq(e.getKey(), key)) {
                e.setValue(value);
                return;
            }
        }
        m.put(key, value);
    }

    private static boolean allStringKeys(Map<Object, Object> m) {
        for (Object k : m.keySet()) {
            if (!(k instanceof String)) {
                return false;
            }
        }
        return true;
    }

    public static Map<Object, Object> copy(Map<?, ?> map) {
        return new LinkedHashMap<>(map);
    }

    /** A copy without the keys Python-equal to {@code key}. */
    public static void remove(Map<Object, Object> map, Object key) {
        map.keySet().removeIf(k -> Py.eq(k, key));
    }
}
