package io.bora.expr.jinja;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** Python's format-spec mini-language ({@code [[fill]align][sign][#][0][width][,][.precision][type]}). */
final class FormatSpec {
    private FormatSpec() {
    }


    /** Python's {@code format(value, spec)}. */
    static String apply(Object value, String spec) {
        Undefined.strict(value);
        if (spec.isEmpty()) {
            return PyText.str(value);
        }
        int i = 0;
        char fill = ' ';
        char align = 0;
        if (spec.length() >= 2 && "<>=^".indexOf(spec.charAt(1)) >= 0) {
            fill = spec.charAt(0);
            align = spec.charAt(1);
            i = 2;
        } else if ("<>=^".indexOf(spec.charAt(0)) >= 0) {
            align = spec.charAt(0);
            i = 1;
        }
        char sign = '-';
        if (i < spec.length() && "+- ".indexOf(spec.charAt(i)) >= 0) {
            sign = spec.charAt(i++);
        }
        boolean alt = false;
        if (i < spec.length() && spec.charAt(i) == '#') {
            alt = true;
            i++;
        }
        if (i < spec.length() && spec.charAt(i) == '0') {
            if (align == 0) {
                fill = '0';
                align = '=';
            }
            i++;
        }
        int ws = i;
        while (i < spec.length() && Character.isDigit(spec.charAt(i))) {
            i++;
        }
        int width = ws == i ? 0 : Integer.parseInt(spec.substring(ws, i));
        String grouping = null;
        if (i < spec.length() && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
            grouping = String.valueOf(spec.charAt(i++));
        }
        Integer precision = null;
        if (i < spec.length() && spec.charAt(i) == '.') {
            int ps = ++i;
            while (i < spec.length() && Character.isDigit(spec.charAt(i))) {
                i++;
            }
            if (ps == i) {
                throw PyErrors.value("Format specifier missing precision");
            }
            precision = Integer.parseInt(spec.substring(ps, i));
        }
        char type = 0;
        if (i < spec.length()) {
            type = spec.charAt(i++);
        }
        if (i < spec.length()) {
            throw PyErrors.value("Invalid format specifier '" + spec + "' for object of type '" + PyText.typeName(value) + "'");
        }
        String body;
        boolean numeric = PyNum.isNumber(value);
        if (value instanceof String s) {
            if (type != 0 && type != 's') {
                throw PyErrors.value("Unknown format code '" + type + "' for object of type 'str'");
            }
            body = precision != null ? PyStrings.slice(s, 0, precision) : s;
        } else if (numeric) {
            body = number(value, type, precision, alt, grouping);
            if (sign != '-' && !body.startsWith("-")) {
                body = sign + body;
            }
        } else {
            if (type != 0 && type != 's') {
                throw PyErrors.type("unsupported format string passed to " + PyText.typeName(value) + ".__format__");
            }
            body = PyText.str(value);
        }
        if (align == 0) {
            align = numeric ? '>' : '<';
        }
        int len = body.codePointCount(0, body.length());
        if (len >= width) {
            return body;
        }
        String pad = String.valueOf(fill).repeat(width - len);
        return switch (align) {
            case '<' -> body + pad;
            case '^' -> pad.substring(0, (width - len) / 2) + body + pad.substring((width - len) / 2);
            case '=' -> {
                boolean signed = body.startsWith("-") || body.startsWith("+") || body.startsWith(" ");
                yield signed ? body.charAt(0) + pad + body.substring(1) : pad + body;
            }
            default -> pad + body;
        };
    }

    private static String number(Object value, char type, Integer precision, boolean alt, String grouping) {
        if (type != 0 && "bcdoxXneEfFgG%".indexOf(type) < 0) {
            throw PyErrors.value("Unknown format code '" + type + "' for object of type '" + PyText.typeName(value) + "'");
        }
        if (PyNum.isInt(value) && (type == 0 || "dnbxXoc".indexOf(type) >= 0)) {
            if (precision != null) {
                throw PyErrors.value("Precision not allowed in integer format specifier");
            }
            BigInteger v = PyNum.big(value);
            return switch (type) {
                case 'b' -> (alt ? "0b" : "") + v.toString(2);
                case 'x' -> (alt ? "0x" : "") + v.toString(16);
                case 'X' -> (alt ? "0X" : "") + v.toString(16).toUpperCase();
                case 'o' -> (alt ? "0o" : "") + v.toString(8);
                case 'c' -> new String(Character.toChars(v.intValue()));
                default -> group(v.toString(), grouping);
            };
        }
        if ("dnbxXoc".indexOf(type) >= 0 && type != 0) {
            throw PyErrors.value("Unknown format code '" + type + "' for object of type 'float'");
        }
        double d = PyNum.dbl(value);
        if (type == 0 && precision == null) {
            return PyNum.floatRepr(d);
        }
        return switch (type) {
            case 'f' -> group(fixed(d, precision == null ? 6 : precision), grouping);
            case 'e', 'E' -> {
                String s = sci(d, precision == null ? 6 : precision);
                yield type == 'E' ? s.toUpperCase() : s;
            }
            case '%' -> fixed(d * 100, precision == null ? 6 : precision) + "%";
            case 'G' -> general(d, precision == null ? 6 : precision, alt, false).toUpperCase();
            case 'F' -> fixed(d, precision == null ? 6 : precision).toUpperCase();
            default -> general(d, precision == null ? 6 : precision, alt, type == 0);
        };
    }

    private static String group(String digits, String sep) {
        if (sep == null) {
            return digits;
        }
        int dot = digits.indexOf('.');
        String intPart = dot < 0 ? digits : digits.substring(0, dot);
        String frac = dot < 0 ? "" : digits.substring(dot);
        boolean neg = intPart.startsWith("-");
        if (neg) {
            intPart = intPart.substring(1);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < intPart.length(); i++) {
            if (i > 0 && (intPart.length() - i) % 3 == 0) {
                sb.append(sep);
            }
            sb.append(intPart.charAt(i));
        }
        return (neg ? "-" : "") + sb + frac;
    }

    static String fixed(double d, int precision) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return PyNum.floatRepr(d);
        }
        String s = new BigDecimal(d).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        if (d < 0 || (d == 0 && 1 / d < 0)) {
            if (!s.startsWith("-")) {
                s = "-" + s;
            }
        }
        return s;
    }

    static String sci(double d, int precision) {
        if (d == 0) {
            return (1 / d < 0 ? "-" : "") + "0" + (precision > 0 ? "." + "0".repeat(precision) : "") + "e+00";
        }
        BigDecimal bd = new BigDecimal(d).round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
        String digits = bd.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - bd.scale();
        while (digits.length() < precision + 1) {
            digits = digits + "0";
        }
        digits = digits.substring(0, precision + 1);
        String mantissa = precision > 0 ? digits.charAt(0) + "." + digits.substring(1) : digits;
        String e = String.valueOf(Math.abs(exp));
        return (d < 0 ? "-" : "") + mantissa + "e" + (exp < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
    }

    private static String general(double d, int precision, boolean alt, boolean noType) {
        int p = precision == 0 ? 1 : precision;
        if (d == 0) {
            return noType ? PyNum.floatRepr(d) : (1 / d < 0 ? "-0" : "0");
        }
        BigDecimal bd = new BigDecimal(d).round(new MathContext(p, RoundingMode.HALF_EVEN));
        int exp = bd.precision() - 1 - bd.scale();
        String s;
        if (exp >= -4 && exp < p) {
            s = fixed(d, p - 1 - exp);
        } else {
            s = sci(d, p - 1);
        }
        if (!alt) {
            int e = s.indexOf('e');
            String mant = e < 0 ? s : s.substring(0, e);
            String tail = e < 0 ? "" : s.substring(e);
            if (mant.contains(".")) {
                mant = mant.replaceAll("0+$", "");
                if (mant.endsWith(".")) {
                    mant = noType ? mant + "0" : mant.substring(0, mant.length() - 1);
                }
            } else if (noType && tail.isEmpty()) {
                mant = mant + ".0";
            }
            s = mant + tail;
        }
        return s;
    }
}
