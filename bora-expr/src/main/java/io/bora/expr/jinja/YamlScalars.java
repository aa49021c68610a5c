package io.bora.expr.jinja;

import java.math.BigInteger;
import java.util.regex.Pattern;

/** PyYAML's implicit resolvers: which plain scalars are null, bool, int or float (YAML 1.1). */
final class YamlScalars {
    private static final Pattern BOOL_TRUE = Pattern.compile("yes|Yes|YES|true|True|TRUE|on|On|ON");
    private static final Pattern BOOL_FALSE = Pattern.compile("no|No|NO|false|False|FALSE|off|Off|OFF");
    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
    private static final Pattern INT = Pattern.compile(
            "[-+]?(0b[0-1_]+|0[0-7_]+|(0|[1-9][0-9_]*)|0x[0-9a-fA-F_]+|[1-9][0-9_]*(:[0-5]?[0-9])+)");
    private static final Pattern FLOAT = Pattern.compile(
            "[-+]?[0-9][0-9_]*\\.[0-9_]*([eE][-+][0-9]+)?|\\.[0-9_]+([eE][-+][0-9]+)?"
                    + "|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

    private YamlScalars() {
    }

    /** YAML 1.1 implicit typing of a plain scalar, as PyYAML's SafeLoader resolves it. */
    static Object resolve(String plain) {
        if (NULL.matcher(plain).matches()) {
            return null;
        }
        if (BOOL_TRUE.matcher(plain).matches()) {
            return true;
        }
        if (BOOL_FALSE.matcher(plain).matches()) {
            return false;
        }
        if (INT.matcher(plain).matches()) {
            String t = plain.replace("_", "");
            int sign = 1;
            if (t.startsWith("-") || t.startsWith("+")) {
                sign = t.startsWith("-") ? -1 : 1;
                t = t.substring(1);
            }
            BigInteger v;
            if (t.equals("0")) {
                v = BigInteger.ZERO;
            } else if (t.startsWith("0b")) {
                v = new BigInteger(t.substring(2), 2);
            } else if (t.startsWith("0x")) {
                v = new BigInteger(t.substring(2), 16);
            } else if (t.startsWith("0")) {
                v = new BigInteger(t.substring(1), 8);
            } else if (t.contains(":")) {
                v = BigInteger.ZERO;
                for (String part : t.split(":")) {
                    v = v.multiply(BigInteger.valueOf(60)).add(new BigInteger(part));
                }
            } else {
                v = new BigInteger(t);
            }
            return PyNum.normalize(sign < 0 ? v.negate() : v);
        }
        if (FLOAT.matcher(plain).matches()) {
            String t = plain.replace("_", "").toLowerCase();
            if (t.endsWith(".inf")) {
                return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            if (t.endsWith(".nan")) {
                return Double.NaN;
            }
            if (t.contains(":")) {
                double sign = t.startsWith("-") ? -1 : 1;
                double v = 0;
                for (String part : t.replaceFirst("^[-+]", "").split(":")) {
                    v = v * 60 + Double.parseDouble(part);
                }
                return sign * v;
            }
            return Double.parseDouble(t.equals(".") ? "0" : t);
        }
        return plain;
    }
}
