package io.bora.expr.yaql;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;
import io.bora.expr.value.Dicts;
import io.bora.expr.value.Py;
import io.bora.expr.value.PySet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** yaql's {@code dict.mergeWith}: deep merge with list and item mergers and a level limit. */
final class Merge {
    private Merge() {
    }

    static Map<Object, Object> merge(Map<Object, Object> left, Map<Object, Object> right, Lambda listMerger,
                                     Lambda itemMerger, long maxLevels) {
        return merge(left, right, listMerger, itemMerger, maxLevels, 1);
    }

    private static Map<Object, Object> merge(Map<?, ?> left, Map<?, ?> right, Lambda listMerger, Lambda itemMerger,
                                             long maxLevels, long level) {
        Map<Object, Object> out = new LinkedHashMap<>(left);
        for (Map.Entry<?, ?> e : right.entrySet()) {
            Object existing = Dicts.get(out, e.getKey());
            Object value = e.getValue();
            if (existing == Py.MISSING) {
                Dicts.put(out, e.getKey(), value);
                continue;
            }
            Dicts.put(out, e.getKey(), mergeValues(existing, value, listMerger, itemMerger, maxLevels, level));
        }
        return out;
    }

    private static Object mergeValues(Object a, Object b, Lambda listMerger, Lambda itemMerger, long maxLevels,
                                      long level) {
        boolean deeper = maxLevels == 0 || level < maxLevels;
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            return deeper ? merge(ma, mb, listMerger, itemMerger, maxLevels, level + 1) : item(a, b, itemMerger);
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            if (listMerger != null) {
                return listMerger.call(a, b);
            }
            List<Object> all = new ArrayList<>(la);
            all.addAll(lb);
            PySet seen = new PySet();
            List<Object> out = new ArrayList<>();
            for (Object x : all) {
                if (seen.add(x)) {
                    out.add(x);
                }
            }
            return out;
        }
        boolean aContainer = a instanceof Map || a instanceof List;
        boolean bContainer = b instanceof Map || b instanceof List;
        if (aContainer && bContainer || aContainer && b != null && !isScalar(b) || bContainer) {
            throw new ExpressionException(ErrorCategory.TYPE, "Cannot merge " + Py.typeName(a) + " with "
                    + Py.typeName(b));
        }
        return item(a, b, itemMerger);
    }

    private static boolean isScalar(Object o) {
        return !(o instanceof Map || o instanceof List || o instanceof PySet);
    }

    private static Object item(Object a, Object b, Lambda itemMerger) {
        return itemMerger == null ? b : itemMerger.call(a, b);
    }
}
