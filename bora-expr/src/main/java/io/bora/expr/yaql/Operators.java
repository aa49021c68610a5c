package io.bora.expr.yaql;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;
import io.bora.expr.value.Dicts;
import io.bora.expr.value.LazySeq;
import io.bora.expr.value.Py;
import io.bora.expr.value.PyDateTime;
import io.bora.expr.value.PyMath;
import io.bora.expr.value.PyRegex;
import io.bora.expr.value.PySet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** YAQL's binary and unary operator overloads (spec §7), with Python semantics. */
final class Operators {
    private Operators() {
    }

    static ExpressionException noMatch(String op) {
        return new ExpressionException(ErrorCategory.NO_MATCHING_OVERLOAD,
                "No function \"#operator_" + op + "\" matches supplied arguments");
    }

    static ExpressionException noMatch(String op, Object l, Object r) {
        return new ExpressionException(ErrorCategory.NO_MATCHING_OVERLOAD,
                "No function \"#operator_" + op + "\" matches supplied arguments (" + Py.typeName(l) + ", "
                        + Py.typeName(r) + ")");
    }

    static Object binary(String op, Object l, Object r) {
        return switch (op) {
            case "+" -> plus(l, r);
            case "-" -> minus(l, r);
            case "*" -> times(l, r);
            case "/" -> divide(l, r);
            case "mod" -> {
                if (Py.isNumber(l) && Py.isNumber(r)) {
                    yield PyMath.mod(l, r);
                }
                throw noMatch(op, l, r);
            }
            case "<", ">", "<=", ">=" -> compare(op, l, r);
            case "in" -> in(l, r);
            case "=~" -> matches(l, r, op);
            case "!~" -> !matches(l, r, op);
            default -> throw noMatch(op, l, r);
        };
    }

    private static Object plus(Object l, Object r) {
        if (Py.isNumber(l) && Py.isNumber(r)) {
            return PyMath.add(l, r);
        }
        if (l instanceof String a && r instanceof String b) {
            String s = a + b;
            io.bora.expr.value.Limits.checkOutput(s.length());
            return s;
        }
        if (l instanceof Map<?, ?> a && r instanceof Map<?, ?> b) {
            Map<Object, Object> out = Dicts.copy(a);
            for (Map.Entry<?, ?> e : b.entrySet()) {
                Dicts.put(out, e.getKey(), e.getValue());
            }
            return out;
        }
        if (l instanceof PyDateTime dt && r instanceof Duration d) {
            return new PyDateTime(dt.value().plus(d));
        }
        if (l instanceof Duration d && r instanceof PyDateTime dt) {
            return new PyDateTime(dt.value().plus(d));
        }
        if (l instanceof Duration a && r instanceof Duration b) {
            return a.plus(b);
        }
        if (Py.isIterable(l) && Py.isIterable(r)) {
            List<Object> out = new ArrayList<>();
            for (Object x : (Iterable<?>) l) {
                out.add(x);
            }
            for (Object x : (Iterable<?>) r) {
                out.add(x);
            }
            io.bora.expr.value.Limits.checkCollection(out.size());
            return out;
        }
        throw noMatch("+", l, r);
    }

    private static Object minus(Object l, Object r) {
        if (Py.isNumber(l) && Py.isNumber(r)) {
            return PyMath.sub(l, r);
        }
        if (l instanceof PySet a && r instanceof PySet b) {
            PySet out = new PySet();
            for (Object x : a) {
                if (!b.contains(x)) {
                    out.add(x);
                }
            }
            return out;
        }
        if (l instanceof PyDateTime dt && r instanceof Duration d) {
            return new PyDateTime(dt.value().minus(d));
        }
        if (l instanceof PyDateTime a && r instanceof PyDateTime b) {
            return Duration.between(b.value(), a.value());
        }
        if (l instanceof Duration a && r instanceof Duration b) {
            return a.minus(b);
        }
        throw noMatch("-", l, r);
    }

    private static Object times(Object l, Object r) {
        boolean repeatsSequence = (l instanceof String || l instanceof List) && r instanceof java.math.BigInteger
                || (r instanceof String || r instanceof List) && l instanceof java.math.BigInteger;
        if (repeatsSequence) {
            throw new ExpressionException(ErrorCategory.VALUE, "cannot fit 'int' into an index-sized integer");
        }
        if (Py.isIntOrBool(l) && r instanceof String s) {
            return repeat(s, Py.toLong(l));
        }
        if (l instanceof List<?> list && Py.isIntOrBool(r)) {
            return repeat(list, Py.toLong(r));
        }
        if (l instanceof Duration d && Py.isNumber(r)) {
            return scale(d, Py.toDouble(r));
        }
        if (Py.isIntOrBool(l) && r instanceof List<?> list) {
            return repeat(list, Py.toLong(l));
        }
        if (Py.isNumber(l) && r instanceof Duration d) {
            return scale(d, Py.toDouble(l));
        }
        if (Py.isNumber(l) && Py.isNumber(r)) {
            return PyMath.mul(l, r);
        }
        if (l instanceof String s && Py.isIntOrBool(r)) {
            return repeat(s, Py.toLong(r));
        }
        throw noMatch("*", l, r);
    }

    private static String repeat(String s, long n) {
        if (n <= 0 || s.isEmpty()) {
            return "";
        }
        io.bora.expr.value.Limits.checkOutput((long) Math.min(9e18, (double) s.length() * n));
        return s.repeat((int) n);
    }

    private static List<Object> repeat(List<?> l, long n) {
        List<Object> out = new ArrayList<>();
        if (n <= 0 || l.isEmpty()) {
            return out;
        }
        io.bora.expr.value.Limits.checkCollection((int) Math.min(Integer.MAX_VALUE, (double) l.size() * n));
        for (long i = 0; i < n; i++) {
            out.addAll(l);
        }
        return out;
    }

    static Duration scale(Duration d, double f) {
        double micros = (d.getSeconds() * 1e6 + d.getNano() / 1000.0) * f;
        long us = Math.round(micros);
        return Duration.ofSeconds(Math.floorDiv(us, 1_000_000L), Math.floorMod(us, 1_000_000L) * 1000L);
    }

    static long micros(Duration d) {
        return d.getSeconds() * 1_000_000L + d.getNano() / 1000;
    }

    private static Object divide(Object l, Object r) {
        if (l instanceof Duration a && r instanceof Duration b) {
            long mb = micros(b);
            if (mb == 0) {
                throw new ExpressionException(ErrorCategory.ZERO_DIVISION, "division by zero");
            }
            return (double) micros(a) / mb;
        }
        if (l instanceof Duration a && Py.isNumber(r)) {
            if (Py.toDouble(r) == 0) {
                throw new ExpressionException(ErrorCategory.ZERO_DIVISION, "division by zero");
            }
            return scale(a, 1.0 / Py.toDouble(r));
        }
        if (Py.isNumber(l) && Py.isNumber(r)) {
            if (l instanceof Double || r instanceof Double) {
                return PyMath.trueDiv(l, r);
            }
            return PyMath.floorDiv(l, r);
        }
        throw noMatch("/", l, r);
    }

    /** YAQL ordering comparisons: null is below everything; otherwise like types only. */
    static boolean compare(String op, Object l, Object r) {
        if (l == null || r == null) {
            int c = l == null && r == null ? 0 : l == null ? -1 : 1;
            return test(op, c);
        }
        int c;
        if (Py.isNumber(l) && Py.isNumber(r)) {
            c = PyMath.compare(l, r);
        } else if (l instanceof String a && r instanceof String b) {
            c = compareCodePoints(a, b);
        } else if (l instanceof PySet a && r instanceof PySet b) {
            boolean sub = b.containsAll(a);
            boolean sup = a.containsAll(b);
            return switch (op) {
                case "<" -> sub && a.size() < b.size();
                case "<=" -> sub;
                case ">" -> sup && a.size() > b.size();
                default -> sup;
            };
        } else if (l instanceof PyDateTime a && r instanceof PyDateTime b) {
            c = a.value().compareTo(b.value()) == 0 ? 0 : a.value().toInstant().compareTo(b.value().toInstant());
        } else if (l instanceof Duration a && r instanceof Duration b) {
            c = a.compareTo(b);
        } else {
            throw noMatch(op, l, r);
        }
        return test(op, c);
    }

    private static boolean test(String op, int c) {
        return switch (op) {
            case "<" -> c < 0;
            case ">" -> c > 0;
            case "<=" -> c <= 0;
            default -> c >= 0;
        };
    }

    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static boolean in(Object l, Object r) {
        if (l instanceof String a && r instanceof String b) {
            return b.contains(a);
        }
        if (r instanceof PySet s) {
            return s.contains(l);
        }
        if (r instanceof List || r instanceof LazySeq) {
            for (Object x : (Iterable<?>) r) {
                if (Py.eq(l, x)) {
                    return true;
                }
            }
            return false;
        }
        throw noMatch("in", l, r);
    }

    private static boolean matches(Object l, Object r, String op) {
        if (!(l instanceof String s)) {
            throw noMatch(op, l, r);
        }
        if (r instanceof String p) {
            return RegexLib.compile(p, 0).pattern().matcher(s).find();
        }
        if (r instanceof PyRegex re) {
            return re.pattern().matcher(s).find();
        }
        throw noMatch(op, l, r);
    }

    static Object unary(String op, Object v) {
        if (op.equals("not")) {
            return !Py.truthy(v);
        }
        if (Py.isNumber(v)) {
            return op.equals("-") ? PyMath.neg(v) : v;
        }
        if (v instanceof Duration d) {
            return op.equals("-") ? d.negated() : d;
        }
        throw new ExpressionException(ErrorCategory.NO_MATCHING_OVERLOAD,
                "No function \"#unary_operator_" + op + "\" matches supplied arguments");
    }

    /** {@code a[i]}, {@code d[k]}, {@code d[k, default]}. */
    static Object index(Object target, List<Object> keys) {
        if (keys.size() == 1 && target instanceof List<?> l && Py.isIntOrBool(keys.get(0))) {
            long i = Py.toLong(keys.get(0));
            long n = l.size();
            long k = i < 0 ? i + n : i;
            if (k < 0 || k >= n) {
                throw new ExpressionException(ErrorCategory.INDEX, "tuple index out of range");
            }
            return l.get((int) k);
        }
        if (target instanceof Map<?, ?> m && (keys.size() == 1 || keys.size() == 2)) {
            Object v = Dicts.get(m, keys.get(0));
            if (v == Py.MISSING) {
                if (keys.size() == 2) {
                    return keys.get(1);
                }
                throw keyError(keys.get(0));
            }
            return v;
        }
        throw new ExpressionException(ErrorCategory.NO_MATCHING_OVERLOAD,
                "No function \"#indexer\" matches supplied arguments");
    }

    static ExpressionException keyError(Object key) {
        // Python's str(KeyError(k)) is repr(k): Mistral shows error='undefined_var'.
        return new ExpressionException(ErrorCategory.KEY, io.bora.expr.value.PyText.repr(key, true));
    }

    static List<Object> emptyList() {
        return Collections.emptyList();
    }
}
