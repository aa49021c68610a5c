package io.bora.expr.jinja;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Jinja2's built-in tests ({@code x is defined}, {@code x is divisibleby 3}, ...). */
final class Tests {
    @FunctionalInterface
    interface TestFn {
        boolean test(Object value, CallArgs args);
    }

    /** Tests that inspect a value without touching it, so an undefined value does not raise. */
    private static final Set<String> UNDEFINED_SAFE = Set.of("defined", "undefined", "none", "number", "string",
            "mapping", "boolean", "true", "false", "float", "integer", "callable", "escaped", "sameas", "filter", "test",
            "sequence");

    private static final Map<String, TestFn> TESTS = new HashMap<>();

    static {
        TESTS.put("defined", (v, a) -> !(v instanceof Undefined));
        TESTS.put("undefined", (v, a) -> v instanceof Undefined);
        TESTS.put("none", (v, a) -> v == null);
        TESTS.put("boolean", (v, a) -> v instanceof Boolean);
        TESTS.put("true", (v, a) -> Boolean.TRUE.equals(v));
        TESTS.put("false", (v, a) -> Boolean.FALSE.equals(v));
        TESTS.put("number", (v, a) -> PyNum.isNumber(v));
        TESTS.put("integer", (v, a) -> PyNum.isPlainInt(v));
        TESTS.put("float", (v, a) -> PyNum.isFloat(v));
        TESTS.put("string", (v, a) -> v instanceof String);
        TESTS.put("mapping", (v, a) -> v instanceof Map);
        TESTS.put("sequence", (v, a) -> v instanceof String || v instanceof List || v instanceof Map);
        TESTS.put("iterable", (v, a) -> PyOps.isIterable(v));
        // Jinja's Undefined defines __call__, so even a missing value is "callable"
        TESTS.put("callable", (v, a) -> v instanceof PyFunction || v instanceof Undefined);
        TESTS.put("escaped", (v, a) -> v instanceof Markup);
        TESTS.put("lower", (v, a) -> (Boolean) PyMethods.invoke(PyText.str(v), "islower", List.of(), Map.of()));
        TESTS.put("upper", (v, a) -> (Boolean) PyMethods.invoke(PyText.str(v), "isupper", List.of(), Map.of()));
        TESTS.put("even", (v, a) -> PyOps.eq(PyOps.mod(v, 2L), 0L));
        TESTS.put("odd", (v, a) -> PyOps.eq(PyOps.mod(v, 2L), 1L));
        TESTS.put("divisibleby", (v, a) -> PyOps.eq(PyOps.mod(v, a.required(0, "num")), 0L));
        TESTS.put("sameas", (v, a) -> sameAs(v, a.required(0, "other")));
        TESTS.put("in", (v, a) -> PyOps.contains(a.required(0, "seq"), v));
        TESTS.put("filter", (v, a) -> v instanceof String s && Filters.exists(s));
        TESTS.put("test", (v, a) -> v instanceof String s && TESTS.containsKey(s));
        comparison("==", "eq", "equalto");
        comparison("!=", "ne");
        comparison("<", "lt", "lessthan");
        comparison("<=", "le");
        comparison(">", "gt", "greaterthan");
        comparison(">=", "ge");
    }

    private Tests() {
    }

    private static void comparison(String op, String... names) {
        TestFn fn = (v, a) -> Interpreter.compareOnce(op, v, a.required(0, "other"));
        TESTS.put(op, fn);
        for (String n : names) {
            TESTS.put(n, fn);
        }
    }

    private static boolean sameAs(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        // CPython caches small ints; other equal values are distinct objects
        if (PyNum.isPlainInt(a) && PyNum.isPlainInt(b)) {
            java.math.BigInteger x = PyNum.big(a);
            return x.equals(PyNum.big(b)) && x.compareTo(java.math.BigInteger.valueOf(-5)) >= 0
                    && x.compareTo(java.math.BigInteger.valueOf(256)) <= 0;
        }
        return false;
    }

    static boolean exists(String name) {
        return TESTS.containsKey(name);
    }

    static boolean apply(String name, Object value, CallArgs args) {
        TestFn fn = TESTS.get(name);
        if (fn == null) {
            throw PyErrors.noFunction("No test named '" + name + "'.");
        }
        if (!UNDEFINED_SAFE.contains(name) && !(value instanceof Undefined u && u.isLenient())) {
            Undefined.strict(value);
        }
        if (!name.equals("escaped")) {
            value = Markup.unwrap(value);
        }
        return fn.test(value, args);
    }
}
