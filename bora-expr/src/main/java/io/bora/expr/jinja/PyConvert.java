package io.bora.expr.jinja;

import java.math.BigInteger;
import java.util.Locale;

/** Python's int() and float() constructors. */
final class PyConvert {
    private PyConvert() {
    }

    static Object toFloat(Object v) {
        Undefined.strict(v);
        if (PyNum.isNumber(v)) {
            return PyNum.dbl(v);
        }
        if (v instanceof String s) {
            String t = PyStrings.strip(s, null, true, true);
            String lower = t.toLowerCase(Locale.ROOT);
            String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
            boolean negative = lower.startsWith("-");
            if (unsigned.equals("inf") || unsigned.equals("infinity")) {
                return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            if (unsigned.equals("nan")) {
                return Double.NaN;
            }
            if (t.matches("[+-]?((\\d(_?\\d)*)?\\.?\\d(_?\\d)*|\\d(_?\\d)*\\.)([eE][+-]?\\d(_?\\d)*)?")) {
                return Double.parseDouble(t.replace("_", ""));
            }
            throw PyErrors.value("could not convert string to float: " + PyText.repr(s));
        }
        throw PyErrors.type("float() argument must be a string or a real number, not '" + PyText.typeName(v) + "'");
    }

    static Object toInt(Object v) {
        Undefined.strict(v);
        if (PyNum.isInt(v)) {
            return PyNum.intValue(v);
        }
        if (PyNum.isFloat(v)) {
            return PyNum.truncate(PyNum.dbl(v));
        }
        if (v instanceof String s) {
            return parseInt(s, 10);
        }
        throw PyErrors.type("int() argument must be a string, a bytes-like object or a real number, not '"
                + PyText.typeName(v) + "'");
    }

    /** Python's int(text, base), base prefixes and underscores included. */
    static Object parseInt(String text, int base) {
        String t = PyStrings.strip(text, null, true, true).toLowerCase(Locale.ROOT);
        boolean negative = t.startsWith("-");
        if (t.startsWith("-") || t.startsWith("+")) {
            t = t.substring(1);
        }
        int b = base;
        if (t.length() > 1 && t.charAt(0) == '0' && "box".indexOf(t.charAt(1)) >= 0) {
            int prefixBase = t.charAt(1) == 'b' ? 2 : t.charAt(1) == 'o' ? 8 : 16;
            if (base == 0 || base == prefixBase) {
                b = prefixBase;
                t = t.substring(2);
                if (t.startsWith("_")) {
                    t = t.substring(1);
                }
            }
        } else if (base == 0) {
            b = 10;
            if (t.length() > 1 && t.chars().allMatch(c -> c == '0' || c == '_') == false && t.startsWith("0")) {
                throw invalid(text, base);
            }
        }
        if (b < 2 || b > 36) {
            throw PyErrors.value("int() base must be >= 2 and <= 36, or 0");
        }
        if (t.isEmpty() || t.startsWith("_") || t.endsWith("_") || t.contains("__")) {
            throw invalid(text, base);
        }
        try {
            return PyNum.normalize(new BigInteger(t.replace("_", ""), b).multiply(negative ? BigInteger.ONE.negate()
                    : BigInteger.ONE));
        } catch (NumberFormatException e) {
            throw invalid(text, base);
        }
    }

    private static RuntimeException invalid(String text, int base) {
        return PyErrors.value("invalid literal for int() with base " + base + ": " + PyText.repr(text));
    }
}
