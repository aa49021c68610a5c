package io.bora.actions;

import io.bora.py.PyRepr;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Typed, Python-minded reads of an action's prepared input, so actions do not each re-implement
 * Mistral's conversions ({@code float(delay)}, {@code int(seconds)}, truthiness).
 */
public final class ActionInput {

    private final Map<String, Object> values;

    public ActionInput(Map<String, Object> values) {
        this.values = values == null ? Map.of() : values;
    }

    public Object get(String name) {
        return values.get(name);
    }

    public boolean has(String name) {
        return values.get(name) != null;
    }

    /** The value as text, or null when absent; non-strings are rendered with Python's str(). */
    public String string(String name) {
        Object v = values.get(name);
        return v == null ? null : PyRepr.str(v);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> map(String name) {
        Object v = values.get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new ActionException("Parameter '" + name + "' must be a dict, got " + PyRepr.repr(v));
    }

    /** A string or a list of strings as a list; null stays null. */
    public List<String> stringList(String name) {
        Object v = values.get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof List<?> list) {
            return list.stream().map(PyRepr::str).toList();
        }
        return List.of(PyRepr.str(v));
    }

    /** Python's float(v) for numbers, booleans and numeric strings; {@code fallback} when not convertible. */
    public double floatOr(String name, double fallback) {
        Double d = toDouble(values.get(name));
        return d == null ? fallback : d;
    }

    /** Python's int(v): numbers truncate, strings must be integral; {@code fallback} when not convertible. */
    public long intOr(String name, long fallback) {
        Object v = values.get(name);
        return switch (v) {
            case Boolean b -> b ? 1 : 0;
            case BigInteger big -> big.bitLength() < 64 ? big.longValue() : fallback;
            case Double d -> d.isNaN() || d.isInfinite() ? fallback : (long) d.doubleValue();
            case Float f -> (long) f.floatValue();
            case Number n -> n.longValue();
            case String s -> {
                try {
                    yield Long.parseLong(s.strip().replace("_", ""));
                } catch (NumberFormatException e) {
                    yield fallback;
                }
            }
            case null, default -> fallback;
        };
    }

    /** Python truthiness of the named input value. */
    public boolean truthy(String name) {
        return isTruthy(values.get(name));
    }

    /** Python truthiness of a plain-model value. */
    public static boolean isTruthy(Object v) {
        return switch (v) {
            case null -> false;
            case Boolean b -> b;
            case String s -> !s.isEmpty();
            case Double d -> d != 0.0;
            case Float f -> f != 0.0f;
            case BigInteger big -> big.signum() != 0;
            case Number n -> n.longValue() != 0;
            case Map<?, ?> m -> !m.isEmpty();
            case List<?> l -> !l.isEmpty();
            default -> true;
        };
    }

    private static Double toDouble(Object v) {
        return switch (v) {
            case Boolean b -> b ? 1.0 : 0.0;
            case Number n -> n.doubleValue();
            case String s -> {
                try {
                    yield Double.parseDouble(s.strip());
                } catch (NumberFormatException e) {
                    yield null;
                }
            }
            case null, default -> null;
        };
    }
}
