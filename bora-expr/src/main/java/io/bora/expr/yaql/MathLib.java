package io.bora.expr.yaql;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;
import io.bora.expr.value.Py;
import io.bora.expr.value.PyMath;
import io.bora.expr.value.PyText;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** Math functions (spec §8.3). */
final class MathLib {
    private static final Pattern FLOAT_TEXT = Pattern.compile(
            "[+-]?((\\d(_?\\d)*)?\\.?\\d(_?\\d)*|\\d(_?\\d)*\\.)([eE][+-]?\\d(_?\\d)*)?");
    private static final Pattern SPECIAL_FLOAT = Pattern.compile("[+-]?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);

    private MathLib() {
    }

    static void register(Registry r) {
        r.add("abs", "F", "op:num", a -> PyMath.abs(a.get(0)));
        r.add("int", "F", "value:any", a -> toInt(a.get(0)));
        r.add("float", "F", "value:any", a -> toFloat(a.get(0)));
        r.add("round", "F", "number:num, ndigits:int=0", a -> PyMath.round(a.get(0), a.integer(1)));
        r.add("pow", "F", "a:num, b:num, c:num?=null", a -> {
            if (a.get(2) == null) {
                return PyMath.pow(a.get(0), a.get(1));
            }
            if (!Py.isInt(a.get(0)) || !Py.isInt(a.get(1)) || !Py.isInt(a.get(2))) {
                throw new ExpressionException(ErrorCategory.TYPE,
                        "pow() 3rd argument not allowed unless all arguments are integers");
            }
            BigInteger m = Py.big(a.get(2));
            if (m.signum() == 0) {
                throw new ExpressionException(ErrorCategory.VALUE, "pow() 3rd argument cannot be 0");
            }
            BigInteger res = Py.big(a.get(0)).modPow(Py.big(a.get(1)), m.abs());
            if (m.signum() < 0 && res.signum() != 0) {
                res = res.add(m);
            }
            return Py.normalize(res);
        });
        r.add("sign", "F", "num:num", a -> {
            Object n = a.get(0);
            int s = n instanceof Double d ? (d > 0 ? 1 : d < 0 ? -1 : 0) : Py.big(n).signum();
            return (long) s;
        });
        r.add("max", "F", "a:any, b:any", a -> Operators.compare(">", a.get(1), a.get(0)) ? a.get(1) : a.get(0));
        r.add("min", "F", "a:any, b:any", a -> Operators.compare(">", a.get(1), a.get(0)) ? a.get(0) : a.get(1));
        r.add("bitwiseAnd", "F", "left:int, right:int", a -> Py.normalize(Py.big(a.get(0)).and(Py.big(a.get(1)))));
        r.add("bitwiseOr", "F", "left:int, right:int", a -> Py.normalize(Py.big(a.get(0)).or(Py.big(a.get(1)))));
        r.add("bitwiseXor", "F", "left:int, right:int", a -> Py.normalize(Py.big(a.get(0)).xor(Py.big(a.get(1)))));
        r.add("bitwiseNot", "F", "arg:int", a -> Py.normalize(Py.big(a.get(0)).not()));
        r.add("shiftBitsLeft", "F", "value:int, bitsNumber:int", a -> {
            long n = shiftCount(a.get(1));
            io.bora.expr.value.Limits.checkCollection((int) Math.min(Integer.MAX_VALUE, n / 64));
            return Py.normalize(Py.big(a.get(0)).shiftLeft((int) n));
        });
        r.add("shiftBitsRight", "F", "value:int, bitsNumber:int", a -> {
            long n = shiftCount(a.get(1));
            return Py.normalize(Py.big(a.get(0)).shiftRight((int) Math.min(n, Integer.MAX_VALUE)));
        });
        r.add("random", "F", "", a -> ThreadLocalRandom.current().nextDouble());
        r.add("random", "F", "from:any, to:any", a -> {
            long from = Py.toLong(a.get(0));
            long to = Py.toLong(a.get(1));
            if (to < from) {
                throw new ExpressionException(ErrorCategory.VALUE, "empty range for randrange()");
            }
            return ThreadLocalRandom.current().nextLong(from, to + 1);
        });
    }

    private static long shiftCount(Object o) {
        BigInteger n = Py.big(o);
        if (n.signum() < 0) {
            throw new ExpressionException(ErrorCategory.VALUE, "negative shift count");
        }
        if (n.bitLength() > 31) {
            throw new ExpressionException(ErrorCategory.LIMIT, "shift count too large");
        }
        return n.longValue();
    }

    /** Python int(). */
    static Object toInt(Object v) {
        if (v == null) {
            return 0L;
        }
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (Py.isInt(v)) {
            return v;
        }
        if (v instanceof Double d) {
            if (d.isNaN()) {
                throw new ExpressionException(ErrorCategory.VALUE, "cannot convert float NaN to integer");
            }
            if (d.isInfinite()) {
                throw new ExpressionException(ErrorCategory.VALUE, "cannot convert float infinity to integer");
            }
            return Py.normalize(new BigDecimal(d).toBigInteger());
        }
        if (v instanceof String s) {
            String t = s.strip();
            String digits = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
            boolean ok = !digits.isEmpty() && !digits.startsWith("_") && !digits.endsWith("_")
                    && !digits.contains("__");
            StringBuilder sb = new StringBuilder();
            if (t.startsWith("-")) {
                sb.append('-');
            }
            for (int i = 0; ok && i < digits.length(); ) {
                int cp = digits.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == '_') {
                    continue;
                }
                int d = Character.digit(cp, 10);
                if (d < 0 || !Character.isDigit(cp)) {
                    ok = false;
                } else {
                    sb.append(d);
                }
            }
            if (!ok) {
                throw new ExpressionException(ErrorCategory.VALUE,
                        "invalid literal for int() with base 10: " + PyText.stringRepr(s));
            }
            return Py.normalize(new BigInteger(sb.toString()));
        }
        throw new ExpressionException(ErrorCategory.TYPE, "int() argument must be a string, a bytes-like object "
                + "or a real number, not '" + Py.typeName(v) + "'");
    }

    /** Python float(). */
    static Object toFloat(Object v) {
        if (v == null) {
            return 0.0;
        }
        if (v instanceof Boolean || Py.isNumber(v)) {
            return Py.toDouble(v);
        }
        if (v instanceof String s) {
            String t = s.strip();
            if (SPECIAL_FLOAT.matcher(t).matches()) {
                boolean neg = t.startsWith("-");
                String w = t.replaceFirst("^[+-]", "").toLowerCase();
                return w.equals("nan") ? Double.NaN : neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            if (!FLOAT_TEXT.matcher(t).matches()) {
                throw new ExpressionException(ErrorCategory.VALUE,
                        "could not convert string to float: " + PyText.stringRepr(s));
            }
            return Double.parseDouble(t.replace("_", ""));
        }
        if (v instanceof List || v instanceof Map) {
            throw new ExpressionException(ErrorCategory.TYPE,
                    "float() argument must be a string or a real number, not '" + Py.typeName(v) + "'");
        }
        throw new ExpressionException(ErrorCategory.TYPE,
                "float() argument must be a string or a real number, not '" + Py.typeName(v) + "'");
    }
}
