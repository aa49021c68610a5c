package io.bora.expr.value;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Conversions at the boundary between the plain value model the engine uses and the internal
 * model: input normalisation (Integer to Long, BigDecimal to Double, ...), finalisation (yaql's
 * output conversion: lazy sequences materialised, tuples to lists) and persistence (Mistral's
 * {@code to_json_str}: sets to lists, dict keys to strings, datetimes to ISO text).
 */
public final class Values {
    private static final DateTimeFormatter ISO_MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

    private Values() {
    }

    /** Normalises data coming from outside into the internal model (copying containers). */
    public static Object fromPlain(Object o) {
        if (o == null || o instanceof String || o instanceof Boolean || o instanceof Long || o instanceof Double) {
            return o;
        }
        if (o instanceof Integer || o instanceof Short || o instanceof Byte) {
            return ((Number) o).longValue();
        }
        if (o instanceof BigInteger b) {
            return Py.normalize(b);
        }
        if (o instanceof Float f) {
            return Double.valueOf(f.toString());
        }
        if (o instanceof BigDecimal d) {
            return d.doubleValue();
        }
        if (o instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.put(e.getKey(), fromPlain(e.getValue()));
            }
            return out;
        }
        if (o instanceof Iterable<?> it && !(o instanceof PySet) && !(o instanceof LazySeq)) {
            List<Object> out = new ArrayList<>();
            for (Object x : it) {
                out.add(fromPlain(x));
            }
            return out;
        }
        if (o instanceof Object[] arr) {
            return fromPlain(List.of(arr));
        }
        if (o instanceof Character c) {
            return c.toString();
        }
        return o;
    }

    /**
     * YAQL's output conversion: lazy sequences fully consumed into lists, containers converted
     * recursively; sets stay sets, dict keys unchanged.
     */
    public static Object finalizeValue(Object o) {
        if (o instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object x : l) {
                out.add(finalizeValue(x));
            }
            return out;
        }
        if (o instanceof LazySeq seq) {
            return finalizeValue(seq.materialize());
        }
        if (o instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.put(e.getKey(), finalizeValue(e.getValue()));
            }
            return out;
        }
        if (o instanceof PySet s) {
            PySet out = new PySet();
            for (Object x : s) {
                Object f = finalizeValue(x);
                if (f instanceof List || f instanceof Map || f instanceof PySet) {
                    // Output conversion turns inner tuples, frozen dicts and frozensets into mutable
                    // (unhashable) containers, so the enclosing set cannot be rebuilt.
                    throw new ExpressionException(ErrorCategory.TYPE, "unhashable type: '"
                            + (f instanceof List ? "list" : f instanceof Map ? "dict" : "set") + "'");
                }
                out.add(f);
            }
            return out;
        }
        return o;
    }

    /** Mistral's persisted JSON form of a finalised value, in the plain value model. */
    public static Object toPlain(Object o) {
        if (o == null || o instanceof String || o instanceof Boolean || o instanceof Long || o instanceof Double
                || o instanceof BigInteger) {
            return o;
        }
        if (o instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object x : l) {
                out.add(toPlain(x));
            }
            return out;
        }
        if (o instanceof PySet s) {
            return toPlain(s.toList());
        }
        if (o instanceof LazySeq seq) {
            return toPlain(seq.materialize());
        }
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.put(jsonKey(e.getKey()), toPlain(e.getValue()));
            }
            return out;
        }
        if (o instanceof PyDateTime dt) {
            return dt.value().format(ISO_MICROS);
        }
        if (o instanceof Duration || o instanceof PyRegex) {
            throw new ExpressionException(ErrorCategory.TYPE,
                    "Object of type " + Py.typeName(o) + " is not JSON serializable");
        }
        return o;
    }

    /** How Python's json module writes a non-string dict key. */
    public static String jsonKey(Object k) {
        if (k instanceof String s) {
            return s;
        }
        if (k == null) {
            return "null";
        }
        if (k instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (k instanceof Double d) {
            return PyText.floatRepr(d);
        }
        if (Py.isInt(k)) {
            return k.toString();
        }
        throw new ExpressionException(ErrorCategory.TYPE,
                "keys must be str, int, float, bool or None, not " + Py.typeName(k));
    }
}
