package io.bora.expr;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The corpus README's strict comparison: int vs float distinct, floats to 1e-12 relative. */
final class StrictComparison {
    private StrictComparison() {
    }

    static boolean equal(Object expected, Object actual, boolean unordered) {
        if (expected == null || actual == null) {
            return expected == actual;
        }
        if (expected instanceof Boolean || expected instanceof String) {
            return expected.equals(actual);
        }
        if (expected instanceof Long || expected instanceof BigInteger) {
            return (actual instanceof Long || actual instanceof Integer || actual instanceof BigInteger)
                    && new BigInteger(expected.toString()).equals(new BigInteger(actual.toString()));
        }
        if (expected instanceof Double e) {
            if (!(actual instanceof Double a)) {
                return false;
            }
            return e.doubleValue() == a.doubleValue()
                    || Math.abs(e - a) <= 1e-12 * Math.max(Math.abs(e), Math.abs(a));
        }
        if (expected instanceof List<?> le) {
            if (!(actual instanceof List<?> la) || la.size() != le.size()) {
                return false;
            }
            if (unordered) {
                List<Object> rest = new ArrayList<>(la);
                outer:
                for (Object x : le) {
                    for (int i = 0; i < rest.size(); i++) {
                        if (equal(x, rest.get(i), true)) {
                            rest.remove(i);
                            continue outer;
                        }
                    }
                    return false;
                }
                return true;
            }
            for (int i = 0; i < le.size(); i++) {
                if (!equal(le.get(i), la.get(i), false)) {
                    return false;
                }
            }
            return true;
        }
        if (expected instanceof Map<?, ?> me) {
            if (!(actual instanceof Map<?, ?> ma) || ma.size() != me.size()) {
                return false;
            }
            for (Map.Entry<?, ?> e : me.entrySet()) {
                if (!ma.containsKey(e.getKey()) || !equal(e.getValue(), ma.get(e.getKey()), unordered)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
