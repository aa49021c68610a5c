package io.bora.it.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The first few differences between a recorded view and an observed one, with the reference
 * runner's rules: dicts compare key by key, equal-length lists element by element, anything else
 * with Python's {@code ==} except that a bool never equals a number of another type. An empty
 * result means the case passes.
 */
final class ViewDiff {
    private static final int LIMIT = 4;

    private ViewDiff() {
    }

    static List<String> between(Object expected, Object actual) {
        List<String> acc = new ArrayList<>();
        walk(expected, actual, "", acc);
        return acc;
    }

    private static void walk(Object exp, Object act, String path, List<String> acc) {
        if (acc.size() >= LIMIT) return;
        if (exp instanceof Map<?, ?> e && act instanceof Map<?, ?> a) {
            List<Object> keys = new ArrayList<>(e.keySet());
            for (Object k : a.keySet()) if (!e.containsKey(k)) keys.add(k);
            for (Object k : keys) {
                String p = path.isEmpty() ? String.valueOf(k) : path + "." + k;
                if (!a.containsKey(k)) {
                    acc.add(p + ": missing (expected " + shorten(e.get(k), 120) + ")");
                } else if (!e.containsKey(k)) {
                    acc.add(p + ": unexpected " + shorten(a.get(k), 120));
                } else {
                    walk(e.get(k), a.get(k), p, acc);
                }
                if (acc.size() >= LIMIT) break;
            }
        } else if (exp instanceof List<?> e && act instanceof List<?> a && e.size() == a.size()) {
            for (int i = 0; i < e.size(); i++) walk(e.get(i), a.get(i), path + "[" + i + "]", acc);
        } else if (!PyJson.pyEquals(exp, act) || !PyJson.sameType(exp, act)) {
            boolean boolMismatch = (exp instanceof Boolean) != (act instanceof Boolean);
            if (boolMismatch || !PyJson.pyEquals(exp, act)) {
                acc.add((path.isEmpty() ? "<root>" : path) + ": expected " + shorten(exp, 160)
                        + ", got " + shorten(act, 160));
            }
        }
    }

    /** One-line rendering of a value for messages. */
    static String shorten(Object v, int max) {
        String s = v instanceof String str ? str : PyJson.canon(v);
        s = s.replace("\n", "\\n");
        return s.length() <= max ? s : s.substring(0, max) + "...";
    }
}
