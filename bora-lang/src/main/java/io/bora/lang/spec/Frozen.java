package io.bora.lang.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deep, order-keeping immutable copies of the plain YAML value model. {@code List.copyOf} and
 * {@code Map.copyOf} cannot be used: YAML values may legitimately be null, and maps must keep
 * their document order.
 */
final class Frozen {
    private Frozen() {
    }

    static <T> List<T> list(List<T> source) {
        if (source == null) {
            return null;
        }
        List<T> copy = new ArrayList<>(source.size());
        for (T item : source) {
            copy.add(item);
        }
        return Collections.unmodifiableList(copy);
    }

    static <V> Map<String, V> map(Map<String, V> source) {
        if (source == null) {
            return null;
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(source));
    }

    /** Deep copy of a raw value: nested lists and maps become unmodifiable too. */
    @SuppressWarnings("unchecked")
    static Object value(Object raw) {
        if (raw instanceof Map<?, ?> m) {
            return rawMap((Map<String, Object>) m);
        }
        if (raw instanceof List<?> l) {
            List<Object> copy = new ArrayList<>(l.size());
            for (Object item : l) {
                copy.add(value(item));
            }
            return Collections.unmodifiableList(copy);
        }
        return raw;
    }

    static Map<String, Object> rawMap(Map<String, Object> source) {
        if (source == null) {
            return null;
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        source.forEach((k, v) -> copy.put(k, value(v)));
        return Collections.unmodifiableMap(copy);
    }
}
