package io.bora.it.conformance;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The few Python idioms the case format is defined by ({@code dict.get}, truthiness, lists). */
final class Py {
    private Py() {
    }

    /** {@code d.get(key, default)}: the default only when the key is absent (not when it is null). */
    static Object get(Map<String, Object> d, String key, Object dflt) {
        return d != null && d.containsKey(key) ? d.get(key) : dflt;
    }

    static boolean truthy(Object v) {
        if (v == null) return false;
        if (v instanceof Boolean b) return b;
        if (v instanceof Number n) return n.doubleValue() != 0;
        if (v instanceof String s) return !s.isEmpty();
        if (v instanceof Collection<?> c) return !c.isEmpty();
        if (v instanceof Map<?, ?> m) return !m.isEmpty();
        return true;
    }

    /** The runner's {@code _as_list}: null is empty, a scalar becomes a one-element list. */
    static List<Object> asList(Object v) {
        if (v == null) return List.of();
        if (v instanceof List<?> l) return new java.util.ArrayList<>(l);
        return List.of(v);
    }

    static double number(Object v) {
        if (v instanceof Number n) return n.doubleValue();
        if (v instanceof Boolean b) return b ? 1 : 0;
        return Double.parseDouble(String.valueOf(v).strip());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object v) {
        return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static String str(Object v) {
        return v == null ? null : String.valueOf(v);
    }
}
