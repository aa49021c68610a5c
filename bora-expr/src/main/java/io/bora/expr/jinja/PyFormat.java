package io.bora.expr.jinja;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/** Python's {@code %}-formatting, {@code str.format} and the format-spec mini-language. */
final class PyFormat {
    private PyFormat() {
    }

    // ------------------------------------------------------------------ printf style

    /** {@code fmt % args}: a tuple supplies positional values, a dict named ones. */
    static String percent(String fmt, Object args) {
        Undefined.strict(args);
        List<?> positional = args instanceof PyTuple t ? t : java.util.Collections.singletonList(args);
        Map<?, ?> named = args instanceof Map<?, ?> m ? m : null;
        StringBuilder out = new StringBuilder();
        int next = 0;
        int i = 0;
        int n = fmt.length();
        while (i < n) {
            char c = fmt.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i >= n) {
                throw PyErrors.value("incomplete format");
            }
            Object value = null;
            boolean haveValue = false;
            if (fmt.charAt(i) == '(') {
                int close = fmt.indexOf(')', i);
                if (close < 0) {
                    throw PyErrors.value("incomplete format key");
                }
                if (named == null) {
                    throw PyErrors.type("format requires a mapping");
                }
                String key = fmt.substring(i + 1, close);
                if (!named.containsKey(key)) {
                    throw PyErrors.key(key);
                }
                value = named.get(key);
                haveValue = true;
                i = close + 1;
            }
            int specStart = i;
            while (i < n && "-+ 0#".indexOf(fmt.charAt(i)) >= 0) {
                i++;
            }
            String flags = fmt.substring(specStart, i);
            int widthStart = i;
            while (i < n && Character.isDigit(fmt.charAt(i))) {
                i++;
            }
            String width = fmt.substring(widthStart, i);
            String precision = null;
            if (i < n && fmt.charAt(i) == '.') {
                int p = ++i;
                while (i < n && Character.isDigit(fmt.charAt(i))) {
                    i++;
                }
                precision = fmt.substring(p, i).isEmpty() ? "0" : fmt.substring(p, i);
            }
            if (i >= n) {
                throw PyErrors.value("incomplete format");
            }
            char type = fmt.charAt(i++);
            if (type == '%') {
                out.append('%');
                continue;
            }
            if (!haveValue) {
                if (named != null && !(args instanceof PyTuple)) {
                    value = args;
                    next++;
                } else {
                    if (next >= positional.size()) {
                        throw PyErrors.type("not enough arguments for format string");
                    }
                    value = positional.get(next++);
                }
            }
            out.append(percentOne(value, flags, width, precision, type));
        }
        if (named == null && next < positional.size()) {
            throw PyErrors.type("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private static String percentOne(Object value, String flags, String width, String precision, char type) {
        Undefined.strict(value);
        String body;
        switch (type) {
            case 's' -> body = PyText.str(value);
            case 'r', 'a' -> body = PyText.repr(value);
            case 'd', 'i', 'u' -> {
                if (!PyNum.isNumber(value)) {
                    throw PyErrors.type("%" + type + " format: a real number is required, not " + PyText.typeName(value));
                }
                Object iv = PyNum.isInt(value) ? PyNum.intValue(value) : PyNum.truncate(PyNum.dbl(value));
                body = PyNum.big(iv).toString();
                if (flags.contains(" ") && !flags.contains("+") && !body.startsWith("-")) {
                    body = " " + body;
                }
            }
            case 'c' -> {
                if (value instanceof String s && PyStrings.length(s) == 1) {
                    body = s;
                } else if (PyNum.isInt(value)) {
                    body = new String(Character.toChars(PyNum.big(value).intValue()));
                } else {
                    throw PyErrors.type("%c requires int or char");
                }
            }
            case 'f', 'F', 'e', 'E', 'g', 'G', 'x', 'X', 'o' -> {
                String spec = (flags.contains("+") ? "+" : flags.contains(" ") ? " " : "")
                        + (flags.contains("#") ? "#" : "") + (precision != null ? "." + precision : "") + type;
                if ("xXo".indexOf(type) >= 0 && PyNum.isFloat(value)) {
                    throw PyErrors.type("%" + type + " format: an integer is required, not float");
                }
                body = spec(value, spec);
            }
            default -> throw PyErrors.value("unsupported format character '" + type + "'");
        }
        if ((type == 'd' || type == 'i' || type == 'u') && flags.contains("+") && !body.startsWith("-")) {
            body = "+" + body;
        }
        if (precision != null && (type == 's' || type == 'r')) {
            body = PyStrings.slice(body, 0, Integer.parseInt(precision));
        }
        int w = width.isEmpty() ? 0 : Integer.parseInt(width);
        int len = body.codePointCount(0, body.length());
        if (len < w) {
            if (flags.contains("-")) {
                body = body + " ".repeat(w - len);
            } else if (flags.contains("0") && type != 's' && type != 'r') {
                boolean sign = body.startsWith("-") || body.startsWith("+");
                body = (sign ? body.substring(0, 1) : "") + "0".repeat(w - len) + (sign ? body.substring(1) : body);
            } else {
                body = " ".repeat(w - len) + body;
            }
        }
        return body;
    }

    // ------------------------------------------------------------------ str.format

    /** {@code fmt.format(*args, **kwargs)} with the sandbox's attribute rules for {@code {0.attr}}. */
    static String format(String fmt, List<Object> args, Map<String, Object> kwargs) {
        return format(fmt, args, kwargs, new int[] {0});
    }

    /** {@code auto[0]}: next automatic field number, shared with nested specs; -1 once manual numbering is used. */
    private static String format(String fmt, List<Object> args, Map<String, Object> kwargs, int[] autoNumber) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = fmt.length();
        while (i < n) {
            char c = fmt.charAt(i);
            if (c == '{') {
                if (i + 1 < n && fmt.charAt(i + 1) == '{') {
                    out.append('{');
                    i += 2;
                    continue;
                }
                int depth = 1;
                int j = i + 1;
                while (j < n && depth > 0) {
                    char d = fmt.charAt(j);
                    if (d == '{') {
                        depth++;
                    } else if (d == '}') {
                        depth--;
                    }
                    j++;
                }
                if (depth > 0) {
                    throw PyErrors.value("expected '}' before end of string");
                }
                String field = fmt.substring(i + 1, j - 1);
                String conversion = null;
                String spec = "";
                int colon = indexOutsideBrackets(field, ':');
                if (colon >= 0) {
                    spec = field.substring(colon + 1);
                    field = field.substring(0, colon);
                }
                int bang = indexOutsideBrackets(field, '!');
                if (bang >= 0) {
                    conversion = field.substring(bang + 1);
                    field = field.substring(0, bang);
                }
                int end = firstAccessor(field);
                String head = field.substring(0, end);
                Object value;
                if (head.isEmpty()) {
                    if (autoNumber[0] < 0) {
                        throw PyErrors.value("cannot switch from manual field specification to automatic field numbering");
                    }
                    value = positional(args, autoNumber[0]++);
                } else if (head.chars().allMatch(Character::isDigit)) {
                    if (autoNumber[0] > 0) {
                        throw PyErrors.value("cannot switch from automatic field numbering to manual field specification");
                    }
                    autoNumber[0] = -1;
                    value = positional(args, Integer.parseInt(head));
                } else {
                    if (!kwargs.containsKey(head)) {
                        throw PyErrors.key(head);
                    }
                    value = kwargs.get(head);
                }
                if (spec.contains("{")) {
                    spec = format(spec, args, kwargs, autoNumber);
                }
                value = accessors(value, field.substring(end));
                if (conversion != null) {
                    value = switch (conversion) {
                        case "r", "a" -> PyText.repr(value);
                        case "s" -> PyText.str(value);
                        default -> throw PyErrors.value("Unknown conversion specifier " + conversion);
                    };
                }
                out.append(spec(value, spec));
                i = j;
            } else if (c == '}') {
                if (i + 1 < n && fmt.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw PyErrors.value("Single '}' encountered in format string");
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int indexOutsideBrackets(String s, char target) {
        boolean inBracket = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[') {
                inBracket = true;
            } else if (c == ']') {
                inBracket = false;
            } else if (c == target && !inBracket) {
                return i;
            }
        }
        return -1;
    }

    private static int firstAccessor(String field) {
        for (int i = 0; i < field.length(); i++) {
            if (field.charAt(i) == '.' || field.charAt(i) == '[') {
                return i;
            }
        }
        return field.length();
    }

    private static Object positional(List<Object> args, int index) {
        if (index >= args.size()) {
            throw PyErrors.index("Replacement index " + index + " out of range for positional args tuple");
        }
        return args.get(index);
    }

    private static Object accessors(Object value, String rest) {
        int i = 0;
        while (i < rest.length()) {
            char c = rest.charAt(i);
            if (c == '.') {
                int end = i + 1;
                while (end < rest.length() && rest.charAt(end) != '.' && rest.charAt(end) != '[') {
                    end++;
                }
                String attr = rest.substring(i + 1, end);
                // the sandbox's formatter looks attributes up like templates do: a miss is undefined
                value = Undefined.strict(Access.getattr(value, attr));
                i = end;
            } else {
                int close = rest.indexOf(']', i);
                if (close < 0) {
                    throw PyErrors.value("Missing ']' in format string");
                }
                String key = rest.substring(i + 1, close);
                Object k = key.chars().allMatch(Character::isDigit) && !key.isEmpty() ? (Object) Long.parseLong(key) : key;
                value = Undefined.strict(Access.getitem(value, k));
                i = close + 1;
            }
        }
        return value;
    }

    // ------------------------------------------------------------------ format spec

    /** Python's {@code format(value, spec)}. */
    static String spec(Object value, String spec) {
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
