package io.bora.expr.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Python value semantics over the internal value model: null, Boolean, Long/BigInteger (ints,
 * BigInteger only beyond the long range), Double, String, List (tuple/list), Map (dict),
 * {@link PySet}, {@link LazySeq}, {@link PyDateTime}, Duration (timedelta), {@link PyRegex}.
 * Equality and hashing follow Python: {@code True == 1 == 1.0}.
 */
public final class Py {
    /** Marker for "no value" (absent key, absent optional argument). */
    public static final Object MISSING = new Object() {
        @Override
        public String toString() {
            return "<NoValue>";
        }
    };

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private Py() {
    }

    public static boolean isInt(Object o) {
        return o instanceof Long || o instanceof BigInteger;
    }

    /** Python int including bool (bool is a subclass of int). */
    public static boolean isIntOrBool(Object o) {
        return isInt(o) || o instanceof Boolean;
    }

    public static boolean isNumber(Object o) {
        return isInt(o) || o instanceof Double;
    }

    public static boolean isIterable(Object o) {
        return o instanceof List || o instanceof PySet || o instanceof LazySeq;
    }

    public static Object normalize(BigInteger b) {
        return b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0 ? (Object) b.longValue() : b;
    }

    public static BigInteger big(Object o) {
        if (o instanceof Long l) {
            return BigInteger.valueOf(l);
        }
        if (o instanceof BigInteger b) {
            return b;
        }
        if (o instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        throw new IllegalArgumentException("not an int: " + o);
    }

    public static double toDouble(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof BigInteger b) {
            return b.doubleValue();
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw new IllegalArgumentException("not a number: " + o);
    }

    /** Python int value of an int or bool that fits a Java int (indexes, counts). */
    public static long toLong(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        BigInteger b = (BigInteger) o;
        return b.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
    }

    public static boolean truthy(Object o) {
        if (o == null) {
            return false;
        }
        if (o instanceof Boolean b) {
            return b;
        }
        if (o instanceof Long l) {
            return l != 0;
        }
        if (o instanceof BigInteger b) {
            return b.signum() != 0;
        }
        if (o instanceof Double d) {
            return d != 0.0;
        }
        if (o instanceof String s) {
            return !s.isEmpty();
        }
        if (o instanceof List<?> l) {
            return !l.isEmpty();
        }
        if (o instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        if (o instanceof PySet s) {
            return s.size() > 0;
        }
        if (o instanceof Duration d) {
            return !d.isZero();
        }
        return true;
    }

    /** Python {@code ==}. */
    public static boolean eq(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        boolean an = isNumeric(a);
        boolean bn = isNumeric(b);
        if (an || bn) {
            return an && bn && numEq(a, b);
        }
        if (a instanceof String || b instanceof String) {
            return a.equals(b);
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            if (la.size() != lb.size()) {
                return false;
            }
            Iterator<?> ia = la.iterator();
            Iterator<?> ib = lb.iterator();
            while (ia.hasNext()) {
                if (!eq(ia.next(), ib.next())) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            if (ma.size() != mb.size()) {
                return false;
            }
            for (Map.Entry<?, ?> e : ma.entrySet()) {
                Object other = Dicts.get(mb, e.getKey());
                if (other == MISSING || !eq(e.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof PySet sa && b instanceof PySet sb) {
            return sa.size() == sb.size() && sa.containsAll(sb);
        }
        if (a instanceof LazySeq || b instanceof LazySeq) {
            return false;
        }
        return a.equals(b);
    }

    private static boolean isNumeric(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Double || o instanceof Boolean;
    }

    private static boolean numEq(Object a, Object b) {
        if (a instanceof Double || b instanceof Double) {
            double x = toDouble(a);
            double y = toDouble(b);
            if (a instanceof BigInteger || b instanceof BigInteger) {
                Object i = a instanceof Double ? b : a;
                double d = a instanceof Double ? x : y;
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    return false;
                }
                return new BigDecimal(d).compareTo(new BigDecimal(big(i))) == 0;
            }
            return x == y;
        }
        return big(a).equals(big(b));
    }

    /** A hash consistent with {@link #eq}. */
    public static int hash(Object o) {
        if (o == null) {
            return 0;
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof Long l) {
            return Long.hashCode(l);
        }
        if (o instanceof BigInteger b) {
            return b.hashCode();
        }
        if (o instanceof Double d) {
            if (d == Math.rint(d) && !Double.isInfinite(d)) {
                if (Math.abs(d) < 9.0e18) {
                    return Long.hashCode((long) (double) d);
                }
                return hash(normalize(new BigDecimal(d).toBigInteger()));
            }
            return d.hashCode();
        }
        if (o instanceof List<?> l) {
            int h = 1;
            for (Object x : l) {
                h = 31 * h + hash(x);
            }
            return h;
        }
        if (o instanceof Map<?, ?> m) {
            int h = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                h += hash(e.getKey()) ^ hash(e.getValue());
            }
            return h;
        }
        if (o instanceof PySet s) {
            int h = 0;
            for (Object x : s) {
                h += hash(x);
            }
            return h;
        }
        return Objects.hashCode(o);
    }

    /** Python type name, for error messages. */
    public static String typeName(Object o) {
        if (o == null) {
            return "NoneType";
        }
        if (o instanceof Boolean) {
            return "bool";
        }
        if (isInt(o)) {
            return "int";
        }
        if (o instanceof Double) {
            return "float";
        }
        if (o instanceof String) {
            return "str";
        }
        if (o instanceof List) {
            return "tuple";
        }
        if (o instanceof Map) {
            return "dict";
        }
        if (o instanceof PySet) {
            return "frozenset";
        }
        if (o instanceof LazySeq) {
            return "generator";
        }
        if (o instanceof PyDateTime) {
            return "datetime";
        }
        if (o instanceof Duration) {
            return "timedelta";
        }
        if (o instanceof PyRegex) {
            return "Pattern";
        }
        return o.getClass().getSimpleName();
    }

    /** Code-point length of a string. */
    public static int len(String s) {
        return s.codePointCount(0, s.length());
    }
}
