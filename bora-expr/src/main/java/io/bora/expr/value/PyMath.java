package io.bora.expr.value;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Python numeric semantics: unbounded ints (long fast path, BigInteger on overflow), int/float
 * promotion, floor division and floored modulo, banker's rounding. Bools count as ints where
 * Python allows it; callers decide whether a bool is acceptable.
 */
public final class PyMath {
    private PyMath() {
    }

    private static boolean isFloat(Object a, Object b) {
        return a instanceof Double || b instanceof Double;
    }

    public static Object add(Object a, Object b) {
        if (isFloat(a, b)) {
            return Py.toDouble(a) + Py.toDouble(b);
        }
        if (a instanceof Long x && b instanceof Long y) {
            long r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) {
                return r;
            }
        }
        return Py.normalize(Py.big(a).add(Py.big(b)));
    }

    public static Object sub(Object a, Object b) {
        if (isFloat(a, b)) {
            return Py.toDouble(a) - Py.toDouble(b);
        }
        if (a instanceof Long x && b instanceof Long y) {
            long r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) {
                return r;
            }
        }
        return Py.normalize(Py.big(a).subtract(Py.big(b)));
    }

    public static Object mul(Object a, Object b) {
        if (isFloat(a, b)) {
            return Py.toDouble(a) * Py.toDouble(b);
        }
        if (a instanceof Long x && b instanceof Long y) {
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return lo;
            }
        }
        return Py.normalize(Py.big(a).multiply(Py.big(b)));
    }

    static ExpressionException zeroDivision(String what) {
        return new ExpressionException(ErrorCategory.ZERO_DIVISION, what);
    }

    /** Python {@code a // b}. */
    public static Object floorDiv(Object a, Object b) {
        if (isFloat(a, b)) {
            double y = Py.toDouble(b);
            if (y == 0) {
                throw zeroDivision("float floor division by zero");
            }
            return Math.floor(Py.toDouble(a) / y);
        }
        BigInteger y = Py.big(b);
        if (y.signum() == 0) {
            throw zeroDivision("integer division or modulo by zero");
        }
        if (a instanceof Long x && b instanceof Long yl && !(x == Long.MIN_VALUE && yl == -1)) {
            return Math.floorDiv(x, yl);
        }
        BigInteger[] qr = Py.big(a).divideAndRemainder(y);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && (qr[1].signum() != y.signum())) {
            q = q.subtract(BigInteger.ONE);
        }
        return Py.normalize(q);
    }

    /** Python true division {@code a / b} (always a float). */
    public static Object trueDiv(Object a, Object b) {
        double y = Py.toDouble(b);
        if (y == 0) {
            throw zeroDivision(isFloat(a, b) ? "float division by zero" : "division by zero");
        }
        if (!isFloat(a, b) && (a instanceof BigInteger || b instanceof BigInteger)) {
            return new BigDecimal(Py.big(a)).divide(new BigDecimal(Py.big(b)), java.math.MathContext.DECIMAL64).doubleValue();
        }
        return Py.toDouble(a) / y;
    }

    /** Python {@code a % b}: the result has the sign of the divisor. */
    public static Object mod(Object a, Object b) {
        if (isFloat(a, b)) {
            double x = Py.toDouble(a);
            double y = Py.toDouble(b);
            if (y == 0) {
                throw zeroDivision("float modulo");
            }
            double r = x % y;
            if (r != 0) {
                if ((y < 0) != (r < 0)) {
                    r += y;
                }
            } else {
                r = Math.copySign(0.0, y);
            }
            return r;
        }
        BigInteger y = Py.big(b);
        if (y.signum() == 0) {
            throw zeroDivision("integer division or modulo by zero");
        }
        if (a instanceof Long x && b instanceof Long yl) {
            return Math.floorMod(x, yl);
        }
        BigInteger r = Py.big(a).mod(y.abs());
        if (y.signum() < 0 && r.signum() != 0) {
            r = r.add(y);
        }
        return Py.normalize(r);
    }

    public static Object neg(Object a) {
        if (a instanceof Double d) {
            return -d;
        }
        if (a instanceof Long l && l != Long.MIN_VALUE) {
            return -l;
        }
        return Py.normalize(Py.big(a).negate());
    }

    public static Object abs(Object a) {
        if (a instanceof Double d) {
            return Math.abs(d);
        }
        return Py.normalize(Py.big(a).abs());
    }

    /** Numeric comparison (ints exactly, mixed int/float exactly as Python does). */
    public static int compare(Object a, Object b) {
        if (isFloat(a, b)) {
            if (a instanceof BigInteger || b instanceof BigInteger) {
                return toBigDecimal(a).compareTo(toBigDecimal(b));
            }
            return Double.compare(Py.toDouble(a) + 0.0, Py.toDouble(b) + 0.0);
        }
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        return Py.big(a).compareTo(Py.big(b));
    }

    private static BigDecimal toBigDecimal(Object o) {
        return o instanceof Double d ? new BigDecimal(d) : new BigDecimal(Py.big(o));
    }

    /** Python {@code pow(a, b)} for numbers. */
    public static Object pow(Object a, Object b) {
        if (!isFloat(a, b)) {
            BigInteger e = Py.big(b);
            if (e.signum() >= 0) {
                if (e.bitLength() > 31) {
                    throw new ExpressionException(ErrorCategory.LIMIT, "exponent too large");
                }
                BigInteger base = Py.big(a);
                long bits = (long) base.bitLength() * e.intValue();
                Limits.checkCollection((int) Math.min(Integer.MAX_VALUE, bits / 64));
                return Py.normalize(base.pow(e.intValue()));
            }
            if (Py.big(a).signum() == 0) {
                throw zeroDivision("0.0 cannot be raised to a negative power");
            }
        }
        double x = Py.toDouble(a);
        double y = Py.toDouble(b);
        if (x == 0 && y < 0) {
            throw zeroDivision("0.0 cannot be raised to a negative power");
        }
        double r = Math.pow(x, y);
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw new ExpressionException(ErrorCategory.VALUE, "math domain error (complex result)");
        }
        return r;
    }

    /** Python {@code round(x, ndigits)} with ndigits given: float stays float, int stays int. */
    public static Object round(Object x, long ndigits) {
        if (x instanceof Double d) {
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return d;
            }
            if (ndigits > 300) {
                return d;
            }
            BigDecimal exact = new BigDecimal(d);
            BigDecimal r = exact.setScale((int) Math.max(ndigits, -400), RoundingMode.HALF_EVEN);
            double out = r.doubleValue();
            if (out == 0 && (d < 0 || (1 / d) < 0)) {
                return -0.0;
            }
            return out;
        }
        if (ndigits >= 0) {
            return Py.normalize(Py.big(x));
        }
        BigDecimal r = new BigDecimal(Py.big(x)).setScale((int) ndigits, RoundingMode.HALF_EVEN);
        return Py.normalize(r.toBigInteger());
    }
}
