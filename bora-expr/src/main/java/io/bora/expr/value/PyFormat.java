package io.bora.expr.value;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code str.format} with the format-spec mini-language. Values are rendered the way
 * YAQL holds them (lists as tuples) when {@code yaqlForms} is set.
 */
public final class PyFormat {
    private final List<Object> args;
    private final Map<String, Object> kwargs;
    private final boolean yaqlForms;
    private int auto;
    private boolean manual;

    private PyFormat(List<Object> args, Map<String, Object> kwargs, boolean yaqlForms) {
        this.args = args;
        this.kwargs = kwargs;
        this.yaqlForms = yaqlForms;
    }

    public static String format(String template, List<Object> args, Map<String, Object> kwargs, boolean yaqlForms) {
        return new PyFormat(args, kwargs, yaqlForms).render(template, 0);
    }

    private static ExpressionException value(String m) {
        return new ExpressionException(ErrorCategory.VALUE, m);
    }

    private String render(String t, int depth) {
        if (depth > 2) {
            throw value("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = t.length();
        while (i < n) {
            char c = t.charAt(i);
            if (c == '{') {
                if (i + 1 < n && t.charAt(i + 1) == '{') {
                    out.append('{');
                    i += 2;
                    continue;
                }
                int level = 1;
                int j = i + 1;
                while (j < n && level > 0) {
                    char d = t.charAt(j);
                    if (d == '{') {
                        level++;
                    } else if (d == '}') {
                        level--;
                    }
                    j++;
                }
                if (level > 0) {
                    throw value("expected '}' before end of string");
                }
                out.append(field(t.substring(i + 1, j - 1), depth));
                Limits.checkOutput(out.length());
                i = j;
            } else if (c == '}') {
                if (i + 1 < n && t.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw value("Single '}' encountered in format string");
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private String field(String f, int depth) {
        int colon = -1;
        int bang = -1;
        int bracket = 0;
        for (int k = 0; k < f.length(); k++) {
            char c = f.charAt(k);
            if (c == '[') {
                bracket++;
            } else if (c == ']') {
                bracket--;
            } else if (bracket == 0 && c == '!' && bang < 0) {
                bang = k;
            } else if (bracket == 0 && c == ':') {
                colon = k;
                break;
            }
        }
        String spec = colon >= 0 ? f.substring(colon + 1) : "";
        String head = colon >= 0 ? f.substring(0, colon) : f;
        String conv = null;
        if (bang >= 0 && (colon < 0 || bang < colon)) {
            conv = head.substring(bang + 1);
            head = head.substring(0, bang);
            if (conv.length() != 1 || "rsa".indexOf(conv.charAt(0)) < 0) {
                throw value("Unknown conversion specifier " + conv);
            }
        }
        Object v = lookup(head);
        if (conv != null) {
            v = conv.equals("s") ? text(v) : ascii(PyText.repr(v, yaqlForms));
        }
        if (spec.indexOf('{') >= 0) {
            spec = render(spec, depth + 1);
        }
        return formatValue(v, spec, yaqlForms);
    }

    private static String ascii(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp < 128) {
                sb.appendCodePoint(cp);
            } else if (cp < 0x100) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.toString();
    }

    private String text(Object v) {
        return yaqlForms ? PyText.strYaql(v) : PyText.str(v);
    }

    private Object lookup(String head) {
        int k = 0;
        while (k < head.length() && head.charAt(k) != '.' && head.charAt(k) != '[') {
            k++;
        }
        String first = head.substring(0, k);
        Object v;
        if (first.isEmpty()) {
            if (manual) {
                throw value("cannot switch from manual field specification to automatic field numbering");
            }
            v = positional(auto++);
        } else if (first.chars().allMatch(Character::isDigit)) {
            if (auto > 0) {
                throw value("cannot switch from automatic field numbering to manual field specification");
            }
            manual = true;
            v = positional(Integer.parseInt(first));
        } else {
            if (!kwargs.containsKey(first)) {
                throw new ExpressionException(ErrorCategory.KEY, "'" + first + "'");
            }
            v = kwargs.get(first);
        }
        while (k < head.length()) {
            char c = head.charAt(k);
            if (c == '.') {
                int e = k + 1;
                while (e < head.length() && head.charAt(e) != '.' && head.charAt(e) != '[') {
                    e++;
                }
                String attr = head.substring(k + 1, e);
                throw new ExpressionException(ErrorCategory.ATTRIBUTE,
                        "'" + Py.typeName(v) + "' object has no attribute '" + attr + "'");
            }
            int close = head.indexOf(']', k);
            if (close < 0) {
                throw value("Missing ']' in format string");
            }
            String key = head.substring(k + 1, close);
            v = item(v, key);
            k = close + 1;
        }
        return v;
    }

    private Object positional(int i) {
        if (i >= args.size()) {
            throw new ExpressionException(ErrorCategory.INDEX,
                    "Replacement index " + i + " out of range for positional args tuple");
        }
        return args.get(i);
    }

    private static Object item(Object v, String key) {
        boolean digits = !key.isEmpty() && key.chars().allMatch(Character::isDigit);
        if (v instanceof List<?> l) {
            if (!digits) {
                throw new ExpressionException(ErrorCategory.TYPE, "tuple indices must be integers or slices, not str");
            }
            int i = Integer.parseInt(key);
            if (i >= l.size()) {
                throw new ExpressionException(ErrorCategory.INDEX, "tuple index out of range");
            }
            return l.get(i);
        }
        if (v instanceof Map<?, ?> m) {
            Object r = Dicts.get(m, digits ? (Object) Long.parseLong(key) : key);
            if (r == Py.MISSING) {
                throw new ExpressionException(ErrorCategory.KEY, digits ? key : "'" + key + "'");
            }
            return r;
        }
        throw new ExpressionException(ErrorCategory.TYPE, "'" + Py.typeName(v) + "' object is not subscriptable");
    }

    /** Python {@code format(value, spec)}. */
    public static String formatValue(Object v, String spec, boolean yaqlForms) {
        if (spec.isEmpty()) {
            return yaqlForms ? PyText.strYaql(v) : PyText.str(v);
        }
        Spec s = Spec.parse(spec);
        if (v instanceof String str) {
            if (s.type != 0 && s.type != 's') {
                throw value("Unknown format code '" + s.type + "' for object of type 'str'");
            }
            if (s.sign != 0) {
                throw value("Sign not allowed in string format specifier");
            }
            String body = s.precision >= 0 && Py.len(str) > s.precision
                    ? str.substring(0, str.offsetByCodePoints(0, s.precision)) : str;
            return pad(body, s, '<');
        }
        if (v instanceof Boolean b && s.type == 0) {
            v = b ? 1L : 0L;
        }
        if (Py.isIntOrBool(v)) {
            return formatInt(Py.big(v), s);
        }
        if (v instanceof Double d) {
            return formatFloat(d, s);
        }
        throw new ExpressionException(ErrorCategory.TYPE,
                "unsupported format string passed to " + Py.typeName(v) + ".__format__");
    }

    private static final class Spec {
        char fill = ' ';
        char align;
        char sign;
        boolean alt;
        boolean zero;
        int width = -1;
        char grouping;
        int precision = -1;
        char type;

        static Spec parse(String spec) {
            Spec s = new Spec();
            int i = 0;
            int n = spec.length();
            if (n >= 2 && "<>=^".indexOf(spec.charAt(1)) >= 0) {
                s.fill = spec.charAt(0);
                s.align = spec.charAt(1);
                i = 2;
            } else if (n >= 1 && "<>=^".indexOf(spec.charAt(0)) >= 0) {
                s.align = spec.charAt(0);
                i = 1;
            }
            if (i < n && "+- ".indexOf(spec.charAt(i)) >= 0) {
                s.sign = spec.charAt(i++);
            }
            if (i < n && spec.charAt(i) == '#') {
                s.alt = true;
                i++;
            }
            if (i < n && spec.charAt(i) == '0') {
                s.zero = true;
                i++;
            }
            int w = i;
            while (i < n && Character.isDigit(spec.charAt(i))) {
                i++;
            }
            if (i > w) {
                s.width = Integer.parseInt(spec.substring(w, i));
            }
            if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
                s.grouping = spec.charAt(i++);
            }
            if (i < n && spec.charAt(i) == '.') {
                int p = ++i;
                while (i < n && Character.isDigit(spec.charAt(i))) {
                    i++;
                }
                if (i == p) {
                    throw value("Format specifier missing precision");
                }
                s.precision = Integer.parseInt(spec.substring(p, i));
            }
            if (i < n) {
                s.type = spec.charAt(i++);
            }
            if (i < n) {
                throw value("Invalid format specifier '" + spec + "'");
            }
            if (s.zero && s.align == 0) {
                s.fill = '0';
                s.align = '=';
            }
            return s;
        }
    }

    private static String pad(String body, Spec s, char defaultAlign) {
        return padSigned("", body, s, defaultAlign);
    }

    private static String padSigned(String sign, String body, Spec s, char defaultAlign) {
        int len = Py.len(sign) + Py.len(body);
        if (s.width <= len) {
            return sign + body;
        }
        int padding = s.width - len;
        String fill = String.valueOf(s.fill);
        char align = s.align == 0 ? defaultAlign : s.align;
        return switch (align) {
            case '<' -> sign + body + fill.repeat(padding);
            case '^' -> fill.repeat(padding / 2) + sign + body + fill.repeat(padding - padding / 2);
            case '=' -> sign + fill.repeat(padding) + body;
            default -> fill.repeat(padding) + sign + body;
        };
    }

    private static String signOf(boolean negative, Spec s) {
        if (negative) {
            return "-";
        }
        return s.sign == '+' ? "+" : s.sign == ' ' ? " " : "";
    }

    private static String group(String digits, char sep, int every) {
        if (sep == 0) {
            return digits;
        }
        StringBuilder sb = new StringBuilder();
        int first = digits.length() % every;
        if (first == 0) {
            first = every;
        }
        sb.append(digits, 0, Math.min(first, digits.length()));
        for (int i = first; i < digits.length(); i += every) {
            sb.append(sep).append(digits, i, i + every);
        }
        return sb.toString();
    }

    private static String formatInt(BigInteger v, Spec s) {
        char t = s.type;
        if ("eEfFgG%".indexOf(t) >= 0 && t != 0) {
            return formatFloat(v.doubleValue(), s);
        }
        if (s.precision >= 0) {
            throw value("Precision not allowed in integer format specifier");
        }
        String digits;
        String prefix = "";
        BigInteger abs = v.abs();
        switch (t) {
            case 0, 'd', 'n' -> digits = group(abs.toString(), s.grouping, 3);
            case 'b' -> {
                digits = group(abs.toString(2), s.grouping, 4);
                prefix = s.alt ? "0b" : "";
            }
            case 'o' -> {
                digits = group(abs.toString(8), s.grouping, 4);
                prefix = s.alt ? "0o" : "";
            }
            case 'x', 'X' -> {
                digits = group(abs.toString(16), s.grouping, 4);
                prefix = s.alt ? "0x" : "";
                if (t == 'X') {
                    digits = digits.toUpperCase();
                    prefix = prefix.toUpperCase();
                }
            }
            case 'c' -> {
                return pad(new String(Character.toChars(v.intValue())), s, '<');
            }
            case 's' -> throw value("Unknown format code 's' for object of type 'int'");
            default -> throw value("Unknown format code '" + t + "' for object of type 'int'");
        }
        return padSigned(signOf(v.signum() < 0, s) + prefix, digits, s, '>');
    }

    private static String formatFloat(double d, Spec s) {
        char t = s.type;
        if (t == 's' || "bcdoxXn".indexOf(t) >= 0 && t != 0) {
            throw value("Unknown format code '" + t + "' for object of type 'float'");
        }
        boolean neg = d < 0 || (d == 0 && 1 / d < 0);
        double a = Math.abs(d);
        String body;
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            body = Double.isNaN(d) ? "nan" : "inf";
            if (Character.isUpperCase(t)) {
                body = body.toUpperCase();
            }
        } else {
            int p = s.precision < 0 ? 6 : s.precision;
            switch (t) {
                case 'f', 'F' -> body = fixed(a, p, s);
                case 'e', 'E' -> body = exp(a, p, t == 'E', s.alt);
                case '%' -> body = fixed(a * 100, p, s) + "%";
                case 'g', 'G' -> body = general(a, s.precision < 0 ? 6 : Math.max(1, s.precision), t == 'G', s.alt, false);
                default -> {
                    if (s.precision < 0) {
                        body = PyText.floatRepr(a);
                        if (s.grouping != 0) {
                            int dot = body.indexOf('.');
                            body = group(body.substring(0, dot), s.grouping, 3) + body.substring(dot);
                        }
                    } else {
                        body = general(a, Math.max(1, s.precision), false, s.alt, true);
                    }
                }
            }
        }
        return padSigned(signOf(neg, s), body, s, '>');
    }

    private static String fixed(double a, int p, Spec s) {
        String r = new BigDecimal(a).setScale(p, RoundingMode.HALF_EVEN).toPlainString();
        if (s.grouping != 0) {
            int dot = r.indexOf('.');
            String ip = dot < 0 ? r : r.substring(0, dot);
            r = group(ip, s.grouping, 3) + (dot < 0 ? "" : r.substring(dot));
        }
        if (s.alt && p == 0) {
            r += ".";
        }
        return r;
    }

    private static String exp(double a, int p, boolean upper, boolean alt) {
        String mant;
        int e;
        if (a == 0) {
            mant = p == 0 ? "0" : "0." + "0".repeat(p);
            e = 0;
        } else {
            BigDecimal bd = new BigDecimal(a).round(new java.math.MathContext(p + 1, RoundingMode.HALF_EVEN));
            String digits = bd.unscaledValue().toString();
            e = digits.length() - 1 - bd.scale();
            digits = (digits + "0".repeat(p + 1)).substring(0, p + 1);
            mant = p == 0 ? digits : digits.charAt(0) + "." + digits.substring(1);
        }
        if (alt && p == 0) {
            mant += ".";
        }
        String es = String.format("%s%02d", e < 0 ? "-" : "+", Math.abs(e));
        return mant + (upper ? "E" : "e") + es;
    }

    private static String general(double a, int p, boolean upper, boolean alt, boolean noType) {
        if (a == 0) {
            return noType ? "0.0" : alt ? "0." + "0".repeat(p - 1) : "0";
        }
        BigDecimal bd = new BigDecimal(a).round(new java.math.MathContext(p, RoundingMode.HALF_EVEN));
        String digits = bd.unscaledValue().toString();
        int e = digits.length() - 1 - bd.scale();
        String r;
        if (e < -4 || e >= p) {
            r = exp(a, p - 1, upper, alt);
            if (!alt) {
                int ei = r.indexOf(upper ? 'E' : 'e');
                String m = r.substring(0, ei);
                if (m.contains(".")) {
                    m = m.replaceAll("0+$", "").replaceAll("\\.$", "");
                }
                r = m + r.substring(ei);
            }
        } else {
            r = new BigDecimal(a).setScale(Math.max(0, p - 1 - e), RoundingMode.HALF_EVEN).toPlainString();
            if (!alt && r.contains(".")) {
                r = r.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
            if (noType && !r.contains(".")) {
                r += ".0";
            }
        }
        return r;
    }
}
