package io.bora.it.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * JSON values as the reference runner (Python) sees them: plain maps, lists, strings, numbers,
 * booleans and null, with Python's {@code json.loads}, {@code json.dumps(sort_keys=True,
 * ensure_ascii=False)} and {@code ==}. The recorded expectations sort task executions and action
 * lists by that exact text, so the canonical form must be Python's byte for byte.
 */
final class PyJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            // json.loads("1 x") fails, so a string with trailing text stays a string
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Orders strings by code point, as Python compares str. */
    static final Comparator<String> CODE_POINT_ORDER = io.bora.py.PyJson::compareCodePoints;

    /** Orders values by their canonical text (the runner's {@code key=canon}). */
    static final Comparator<Object> CANON_ORDER = (a, b) -> io.bora.py.PyJson.compareCodePoints(canon(a), canon(b));

    private PyJson() {
    }

    /** {@code json.loads}; throws on anything that is not one JSON document. */
    static Object parse(String text) throws JsonProcessingException {
        return MAPPER.readValue(text, Object.class);
    }

    /** The runner's {@code jparse}: a string holding JSON becomes its value, anything else stays. */
    static Object parseIfJson(Object value) {
        if (value instanceof String s) {
            try {
                return parse(s);
            } catch (JsonProcessingException notJson) {
                return s;
            }
        }
        return value;
    }

    /** Serialises for the wire (request bodies); the server does not care about the layout. */
    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON-serialisable: " + value, e);
        }
    }

    /** Deep copy of a parsed JSON value (maps keep their order). */
    @SuppressWarnings("unchecked")
    static Object copy(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            ((Map<String, Object>) m).forEach((k, v) -> out.put(k, copy(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object x : l) out.add(copy(x));
            return out;
        }
        return value;
    }

    /** {@code json.dumps(v, sort_keys=True, ensure_ascii=False)}. */
    static String canon(Object value) {
        return io.bora.py.PyJson.dumps(value, true, false);
    }

    /** {@code json.dumps(v)}: keys in insertion order, non-ASCII escaped (the fixture's bodies). */
    static String canonUnsorted(Object value) {
        return io.bora.py.PyJson.dumps(value);
    }

    /** Python's {@code ==} on JSON values: True == 1 == 1.0, dicts ignore order. */
    static boolean pyEquals(Object a, Object b) {
        if (a == null || b == null) return a == b;
        if (isNumeric(a) && isNumeric(b)) return numericCompare(a, b) == 0;
        if (a instanceof String sa && b instanceof String sb) return sa.equals(sb);
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            if (la.size() != lb.size()) return false;
            for (int i = 0; i < la.size(); i++) if (!pyEquals(la.get(i), lb.get(i))) return false;
            return true;
        }
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            if (ma.size() != mb.size()) return false;
            for (Map.Entry<?, ?> e : ma.entrySet()) {
                if (!mb.containsKey(e.getKey()) || !pyEquals(e.getValue(), mb.get(e.getKey()))) return false;
            }
            return true;
        }
        return false;
    }

    /** Python's {@code type(a) == type(b)} for JSON values (int and float are different types). */
    static boolean sameType(Object a, Object b) {
        return typeName(a).equals(typeName(b));
    }

    static String typeName(Object v) {
        if (v == null) return "NoneType";
        if (v instanceof Boolean) return "bool";
        if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) return "float";
        if (v instanceof Number) return "int";
        if (v instanceof String) return "str";
        if (v instanceof List) return "list";
        if (v instanceof Map) return "dict";
        return v.getClass().getSimpleName();
    }

    /** bool is a subclass of int in Python, so it takes part in numeric equality. */
    private static boolean isNumeric(Object v) {
        return v instanceof Number || v instanceof Boolean;
    }

    private static int numericCompare(Object a, Object b) {
        BigDecimal x = toDecimal(a);
        BigDecimal y = toDecimal(b);
        if (x == null || y == null) {
            return Double.compare(toDouble(a), toDouble(b)) == 0 && !Double.isNaN(toDouble(a)) ? 0 : 1;
        }
        return x.compareTo(y);
    }

    private static BigDecimal toDecimal(Object v) {
        if (v instanceof Boolean b) return b ? BigDecimal.ONE : BigDecimal.ZERO;
        if (v instanceof BigDecimal d) return d;
        if (v instanceof BigInteger i) return new BigDecimal(i);
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return Double.isFinite(d) ? new BigDecimal(d) : null;
        }
        return BigDecimal.valueOf(((Number) v).longValue());
    }

    private static double toDouble(Object v) {
        return v instanceof Boolean b ? (b ? 1 : 0) : ((Number) v).doubleValue();
    }
}
