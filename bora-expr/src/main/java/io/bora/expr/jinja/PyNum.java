package io.bora.expr.jinja;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Python numbers on Java values: int is Long or BigInteger (bool counts as int), float is Double. */
final class PyNum {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private PyNum() {
    }

    /** A BigInteger as Long when it fits, so common values stay cheap. */
    static Object normalize(BigInteger v) {
        return v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0 ? (Object) v.longValue() : v;
    }

    /** True for Python int values, bool included. */
    static boolean isInt(Object v) {
        return v instanceof Long || v instanceof Integer || v instanceof BigInteger || v instanceof Boolean
                || v instanceof Short || v instanceof Byte;
    }

    static boolean isFloat(Object v) {
        return v instanceof Double || v instanceof Float || v instanceof BigDecimal;
    }

    static boolean isNumber(Object v) {
        return isInt(v) || isFloat(v);
    }

    /** An int, bool excluded (Jinja's {@code integer} test, JSON output). */
    static boolean isPlainInt(Object v) {
        return isInt(v) && !(v instanceof Boolean);
    }

    static BigInteger big(Object v) {
        if (v instanceof BigInteger b) {
            return b;
        }
        if (v instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return BigInteger.valueOf(((Number) v).longValue());
    }

    static double dbl(Object v) {
        if (v instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        return ((Number) v).doubleValue();
    }

    /** Canonical int value (Long/BigInteger) of an int-like value. */
    static Object intValue(Object v) {
        if (v instanceof Long) {
            return v;
        }
        return normalize(big(v));
    }

    static Object fromDouble(double d) {
        return d;
    }

    /** Python's int(float): truncation towards zero, exact for large values. */
    static Object truncate(double d) {
        if (Double.isNaN(d)) {
            throw PyErrors.value("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PyErrors.overflow("cannot convert float infinity to integer");
        }
        return normalize(new BigDecimal(d).toBigInteger());
    }

    /** Exact comparison of two numbers as Python does it (int vs float without rounding). */
    static int compare(Object a, Object b) {
        if (isInt(a) && isInt(b)) {
            if (a instanceof Long x && b instanceof Long y) {
                return Long.compare(x, y);
            }
            return big(a).compareTo(big(b));
        }
        double x = dbl(a);
        double y = dbl(b);
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || Double.isInfinite(y)
                || isFloat(a) && isFloat(b)) {
            return Double.compare(x, y);
        }
        return exact(a).compareTo(exact(b));
    }

    private static BigDecimal exact(Object v) {
        return isInt(v) ? new BigDecimal(big(v)) : new BigDecimal(dbl(v));
    }

    /** Python's repr() of a float: shortest round-trip digits, exponent form outside [1e-4, 1e16). */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal bd = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        if (bd.precision() == 2) {
            // Java keeps two digits where one may already round-trip (4.9E-324 vs Python's 5e-324)
            BigDecimal one = new BigDecimal(Math.abs(d)).round(new java.math.MathContext(1));
            if (one.doubleValue() == Math.abs(d)) {
                bd = one.stripTrailingZeros();
            }
        }
        String digits = bd.unscaledValue().toString();
        int exp = digits.length() - 1 - bd.scale();
        String sign = d < 0 ? "-" : "";
        if (exp >= -4 && exp < 16) {
            String plain;
            if (exp < 0) {
                plain = "0." + "0".repeat(-exp - 1) + digits;
            } else if (digits.length() <= exp + 1) {
                plain = digits + "0".repeat(exp + 1 - digits.length()) + ".0";
            } else {
                plain = digits.substring(0, exp + 1) + "." + digits.substring(exp + 1);
            }
            return sign + plain;
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String e = String.valueOf(Math.abs(exp));
        return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
    }
}
