package io.bora.expr.jinja;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Python semantics of truth, equality, ordering, arithmetic, membership, length and iteration. */
final class PyOps {
    /** Bound on the size of a string or list built by repetition or exponentiation. */
    static final int MAX_SIZE = 10_000_000;

    private PyOps() {
    }

    static boolean truthy(Object v) {
        v = Markup.unwrap(v);
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (PyNum.isInt(v)) {
            return PyNum.big(v).signum() != 0;
        }
        if (PyNum.isFloat(v)) {
            return PyNum.dbl(v) != 0.0;
        }
        if (v instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (v instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        if (v instanceof Undefined u) {
            if (u.isLenient()) {
                return false;
            }
            throw u.fail();
        }
        return true;
    }

    static boolean eq(Object a, Object b) {
        a = Markup.unwrap(a);
        b = Markup.unwrap(b);
        if (a instanceof Undefined u && !u.isLenient()) {
            throw u.fail();
        }
        if (b instanceof Undefined u && !u.isLenient()) {
            throw u.fail();
        }
        if (a instanceof Undefined || b instanceof Undefined) {
            return a instanceof Undefined && b instanceof Undefined;
        }
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (PyNum.isNumber(a) && PyNum.isNumber(b)) {
            return PyNum.compare(a, b) == 0;
        }
        if (a instanceof String || b instanceof String) {
            return a.equals(b);
        }
        if (a instanceof PyRange || b instanceof PyRange) {
            return a instanceof PyRange && b instanceof PyRange && seqEq((List<?>) a, (List<?>) b);
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            return (a instanceof PyTuple) == (b instanceof PyTuple) && seqEq(x, y);
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (Map.Entry<?, ?> e : x.entrySet()) {
                if (!y.containsKey(e.getKey()) || !eq(e.getValue(), y.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    private static boolean seqEq(List<?> x, List<?> y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (!eq(x.get(i), y.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Python ordering; {@code op} names the operator for the TypeError message. */
    static int compare(Object a, Object b, String op) {
        a = Markup.unwrap(a);
        b = Markup.unwrap(b);
        Undefined.strict(a);
        Undefined.strict(b);
        if (PyNum.isNumber(a) && PyNum.isNumber(b)) {
            return PyNum.compare(a, b);
        }
        if (a instanceof String x && b instanceof String y) {
            return compareCodePoints(x, y);
        }
        if (a instanceof List<?> x && b instanceof List<?> y && !(a instanceof PyRange) && !(b instanceof PyRange)
                && (a instanceof PyTuple) == (b instanceof PyTuple)) {
            int n = Math.min(x.size(), y.size());
            for (int i = 0; i < n; i++) {
                if (!eq(x.get(i), y.get(i))) {
                    return compare(x.get(i), y.get(i), op);
                }
            }
            return Integer.compare(x.size(), y.size());
        }
        throw PyErrors.type("'" + op + "' not supported between instances of '" + PyText.typeName(a)
                + "' and '" + PyText.typeName(b) + "'");
    }

    static int compareCodePoints(String x, String y) {
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int a = x.codePointAt(i);
            int b = y.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Integer.compare(x.length() - i, y.length() - j);
    }

    static boolean contains(Object container, Object item) {
        container = Markup.unwrap(container);
        item = Markup.unwrap(item);
        if (container instanceof Undefined u && u.isLenient()) {
            return false;
        }
        Undefined.strict(container);
        Undefined.strict(item);
        if (container instanceof String s) {
            if (!(item instanceof String sub)) {
                throw PyErrors.type("'in <string>' requires string as left operand, not " + PyText.typeName(item));
            }
            return s.contains(sub);
        }
        if (container instanceof Map<?, ?> m) {
            for (Object k : m.keySet()) {
                if (eq(k, item)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof Collection<?> c) {
            for (Object o : c) {
                if (eq(o, item)) {
                    return true;
                }
            }
            return false;
        }
        throw PyErrors.type("argument of type '" + PyText.typeName(container) + "' is not iterable");
    }

    static int len(Object v) {
        v = Markup.unwrap(v);
        if (v instanceof Undefined u && u.isLenient()) {
            return 0;
        }
        Undefined.strict(v);
        if (v instanceof String s) {
            return s.codePointCount(0, s.length());
        }
        if (v instanceof Collection<?> c) {
            return c.size();
        }
        if (v instanceof Map<?, ?> m) {
            return m.size();
        }
        throw PyErrors.type("object of type '" + PyText.typeName(v) + "' has no len()");
    }

    /** The items of an iterable value: characters of a string, keys of a dict, items of a sequence. */
    static List<Object> iterate(Object v) {
        v = Markup.unwrap(v);
        if (v instanceof Undefined u && u.isLenient()) {
            return new ArrayList<>();
        }
        Undefined.strict(v);
        if (v instanceof String s) {
            return chars(s);
        }
        if (v instanceof Map<?, ?> m) {
            return new ArrayList<>(m.keySet());
        }
        if (v instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        throw PyErrors.type("'" + PyText.typeName(v) + "' object is not iterable");
    }

    static boolean isIterable(Object v) {
        return v instanceof String || v instanceof Map || v instanceof Collection;
    }

    static List<Object> chars(String s) {
        List<Object> out = new ArrayList<>(s.length());
        s.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
        return out;
    }

    // ------------------------------------------------------------------ arithmetic

    static Object add(Object a, Object b) {
        a = Markup.unwrap(a);
        b = Markup.unwrap(b);
        if (PyNum.isNumber(a) && PyNum.isNumber(b)) {
            if (PyNum.isInt(a) && PyNum.isInt(b)) {
                if (a instanceof Long x && b instanceof Long y) {
                    long r = x + y;
                    if (((x ^ r) & (y ^ r)) >= 0) {
                        return r;
                    }
                }
                return PyNum.normalize(PyNum.big(a).add(PyNum.big(b)));
            }
            return PyNum.dbl(a) + PyNum.dbl(b);
        }
        if (a instanceof String x && b instanceof String y) {
            return checkSize(x.length() + (long) y.length(), x + y);
        }
        if (a instanceof PyTuple x && b instanceof PyTuple y) {
            List<Object> out = new ArrayList<>(x);
            out.addAll(y);
            return new PyTuple(out);
        }
        if (a instanceof List<?> x && b instanceof List<?> y && isList(a) && isList(b)) {
            List<Object> out = new ArrayList<>(x);
            out.addAll(y);
            return out;
        }
        if (a instanceof String || isList(a) || a instanceof PyTuple) {
            throw PyErrors.type("can only concatenate " + PyText.typeName(a) + " (not \"" + PyText.typeName(b)
                    + "\") to " + PyText.typeName(a));
        }
        throw unsupported("+", a, b);
    }

    private static boolean isList(Object v) {
        return v instanceof List && !(v instanceof PyTuple) && !(v instanceof PyRange);
    }

    static Object sub(Object a, Object b) {
        requireNumbers("-", a, b);
        if (PyNum.isInt(a) && PyNum.isInt(b)) {
            return PyNum.normalize(PyNum.big(a).subtract(PyNum.big(b)));
        }
        return PyNum.dbl(a) - PyNum.dbl(b);
    }

    static Object mul(Object a, Object b) {
        a = Markup.unwrap(a);
        b = Markup.unwrap(b);
        if (PyNum.isNumber(a) && PyNum.isNumber(b)) {
            if (PyNum.isInt(a) && PyNum.isInt(b)) {
                return PyNum.normalize(PyNum.big(a).multiply(PyNum.big(b)));
            }
            return PyNum.dbl(a) * PyNum.dbl(b);
        }
        if (PyNum.isInt(b) && (a instanceof String || a instanceof List)) {
            return repeat(a, PyNum.big(b));
        }
        if (PyNum.isInt(a) && (b instanceof String || b instanceof List)) {
            return repeat(b, PyNum.big(a));
        }
        if (a instanceof String || a instanceof List || b instanceof String || b instanceof List) {
            throw PyErrors.type("can't multiply sequence by non-int of type '"
                    + PyText.typeName(a instanceof String || a instanceof List ? b : a) + "'");
        }
        throw unsupported("*", a, b);
    }

    private static Object repeat(Object seq, BigInteger times) {
        long n = times.signum() <= 0 ? 0 : times.min(BigInteger.valueOf(MAX_SIZE + 1L)).longValue();
        if (seq instanceof String s) {
            checkSize(s.length() * n, null);
            return s.repeat((int) n);
        }
        List<?> l = (List<?>) seq;
        checkSize(l.size() * n, null);
        List<Object> out = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            out.addAll(l);
        }
        return seq instanceof PyTuple ? new PyTuple(out) : out;
    }

    private static <T> T checkSize(long size, T value) {
        if (size > MAX_SIZE) {
            throw PyErrors.limit("result too large: " + size + " elements (limit " + MAX_SIZE + ")");
        }
        return value;
    }

    static Object truediv(Object a, Object b) {
        requireNumbers("/", a, b);
        double y = PyNum.dbl(b);
        if (y == 0) {
            throw PyErrors.zeroDivision(PyNum.isInt(a) && PyNum.isInt(b) ? "division by zero" : "float division by zero");
        }
        if (PyNum.isInt(a) && PyNum.isInt(b)) {
            BigInteger x = PyNum.big(a);
            BigInteger z = PyNum.big(b);
            if (x.bitLength() > 53 || z.bitLength() > 53) {
                return new BigDecimal(x).divide(new BigDecimal(z), java.math.MathContext.DECIMAL128).doubleValue();
            }
        }
        return PyNum.dbl(a) / y;
    }

    static Object floordiv(Object a, Object b) {
        requireNumbers("//", a, b);
        if (PyNum.isInt(a) && PyNum.isInt(b)) {
            BigInteger y = PyNum.big(b);
            if (y.signum() == 0) {
                throw PyErrors.zeroDivision("integer division or modulo by zero");
            }
            BigInteger[] qr = PyNum.big(a).divideAndRemainder(y);
            BigInteger q = qr[0];
            if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
                q = q.subtract(BigInteger.ONE);
            }
            return PyNum.normalize(q);
        }
        double y = PyNum.dbl(b);
        if (y == 0) {
            throw PyErrors.zeroDivision("float floor division by zero");
        }
        return Math.floor(PyNum.dbl(a) / y);
    }

    static Object mod(Object a, Object b) {
        a = Markup.unwrap(a);
        b = Markup.unwrap(b);
        if (a instanceof String s) {
            return PyFormat.percent(s, b);
        }
        requireNumbers("%", a, b);
        if (PyNum.isInt(a) && PyNum.isInt(b)) {
            BigInteger y = PyNum.big(b);
            if (y.signum() == 0) {
                throw PyErrors.zeroDivision("integer division or modulo by zero");
            }
            BigInteger r = PyNum.big(a).mod(y.abs());
            if (y.signum() < 0 && r.signum() != 0) {
                r = r.add(y);
            }
            return PyNum.normalize(r);
        }
        double x = PyNum.dbl(a);
        double y = PyNum.dbl(b);
        if (y == 0) {
            throw PyErrors.zeroDivision("float modulo");
        }
        double r = x % y;
        if (r != 0 && (r < 0) != (y < 0)) {
            r += y;
        }
        return r;
    }

    static Object pow(Object a, Object b) {
        requireNumbers("** or pow()", a, b);
        if (PyNum.isInt(a) && PyNum.isInt(b)) {
            BigInteger base = PyNum.big(a);
            BigInteger exp = PyNum.big(b);
            if (exp.signum() >= 0) {
                if (base.abs().compareTo(BigInteger.ONE) <= 0) {
                    return PyNum.normalize(base.signum() < 0 && exp.testBit(0) ? base : base.abs().pow(exp.signum() == 0 ? 0 : 1));
                }
                long bits = (long) base.bitLength() * exp.min(BigInteger.valueOf(Integer.MAX_VALUE)).longValue();
                if (bits > 64L * MAX_SIZE / 8) {
                    throw PyErrors.limit("integer result of ** too large");
                }
                return PyNum.normalize(base.pow(exp.intValue()));
            }
            if (base.signum() == 0) {
                throw PyErrors.zeroDivision("0.0 cannot be raised to a negative power");
            }
        }
        double x = PyNum.dbl(a);
        double y = PyNum.dbl(b);
        if (x == 0 && y < 0) {
            throw PyErrors.zeroDivision("0.0 cannot be raised to a negative power");
        }
        double r = Math.pow(x, y);
        if (Double.isNaN(r) && x < 0) {
            throw PyErrors.value("complex results are not supported");
        }
        return r;
    }

    static Object neg(Object a) {
        Undefined.strict(a);
        if (PyNum.isInt(a)) {
            return PyNum.normalize(PyNum.big(a).negate());
        }
        if (PyNum.isFloat(a)) {
            return -PyNum.dbl(a);
        }
        throw PyErrors.type("bad operand type for unary -: '" + PyText.typeName(a) + "'");
    }

    static Object pos(Object a) {
        Undefined.strict(a);
        if (PyNum.isInt(a)) {
            return PyNum.intValue(a);
        }
        if (PyNum.isFloat(a)) {
            return PyNum.dbl(a);
        }
        throw PyErrors.type("bad operand type for unary +: '" + PyText.typeName(a) + "'");
    }

    private static void requireNumbers(String op, Object a, Object b) {
        Undefined.strict(a);
        Undefined.strict(b);
        if (!PyNum.isNumber(a) || !PyNum.isNumber(b)) {
            throw unsupported(op, a, b);
        }
    }

    private static RuntimeException unsupported(String op, Object a, Object b) {
        Undefined.strict(a);
        Undefined.strict(b);
        return PyErrors.type("unsupported operand type(s) for " + op + ": '" + PyText.typeName(a) + "' and '"
                + PyText.typeName(b) + "'");
    }

    /** Python's round(x, n) for floats: exact value rounded half-to-even. */
    static double roundHalfEven(double x, int digits) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        return new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
    }
}
