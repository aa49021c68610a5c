package io.bora.expr.jinja;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The corpus README's strict comparison: int and float distinct, objects unordered, sets as multisets. */
final class StrictComparison {
    private StrictComparison() {
    }

    /** Null when equal, else a short reason. */
    static String difference(Object expected, Object actual, boolean unordered) {
        if (expected == null || actual == null) {
            return expected == actual ? null : "expected " + expected + " got " + describe(actual);
        }
        if (expected instanceof Boolean || expected instanceof String) {
            return expected.equals(actual) ? null : "expected " + describe(expected) + " got " + describe(actual);
        }
        if (expected instanceof Long || expected instanceof BigInteger) {
            if (!(actual instanceof Long || actual instanceof Integer || actual instanceof BigInteger)) {
                return "expected int " + expected + " got " + describe(actual);
            }
            return new BigInteger(expected.toString()).equals(new BigInteger(actual.toString())) ? null
                    : "expected " + expected + " got " + actual;
        }
        if (expected instanceof Double e) {
            if (!(actual instanceof Double a)) {
                return "expected float " + expected + " got " + describe(actual);
            }
            boolean eq = e.doubleValue() == a.doubleValue()
                    || Math.abs(e - a) <= 1e-12 * Math.max(Math.abs(e), Math.abs(a));
            return eq ? null : "expected " + e + " got " + a;
        }
        if (expected instanceof List<?> e) {
            if (!(actual instanceof List<?> a) || a.size() != e.size()) {
                return "expected list " + expected + " got " + describe(actual);
            }
            if (unordered) {
                List<Object> remaining = new ArrayList<>(a);
                for (Object x : e) {
                    int match = -1;
                    for (int i = 0; i < remaining.size() && match < 0; i++) {
                        if (difference(x, remaining.get(i), true) == null) {
                            match = i;
                        }
                    }
                    if (match < 0) {
                        return "no match for " + x + " in " + actual;
                    }
                    remaining.remove(match);
                }
                return null;
            }
            for (int i = 0; i < e.size(); i++) {
                String d = difference(e.get(i), a.get(i), false);
                if (d != null) {
                    return "[" + i + "] " + d;
                }
            }
            return null;
        }
        if (expected instanceof Map<?, ?> e) {
            if (!(actual instanceof Map<?, ?> a) || !a.keySet().equals(e.keySet())) {
                return "expected map " + expected + " got " + describe(actual);
            }
            for (Map.Entry<?, ?> entry : e.entrySet()) {
                String d = difference(entry.getValue(), a.get(entry.getKey()), unordered);
                if (d != null) {
                    return "." + entry.getKey() + " " + d;
                }
            }
            return null;
        }
        return "unexpected expected value " + expected;
    }

    private static String describe(Object v) {
        return v == null ? "null" : v.getClass().getSimpleName() + " " + (v instanceof String s ? "'" + s + "'" : v);
    }
}
