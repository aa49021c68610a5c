package io.bora.expr.jinja;

import java.util.List;
import java.util.Map;

/** Python's {@code %}-formatting and {@code str.format}; the format specs themselves are in FormatSpec. */
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
            String width;
            if (i < n && fmt.charAt(i) == '*') {
                // the width comes from the next argument
                i++;
                if (next >= positional.size()) {
                    throw PyErrors.type("not enough arguments for format string");
                }
                Object w = positional.get(next++);
                if (!PyNum.isInt(w)) {
                    throw PyErrors.type("* wants int");
                }
                long wv = PyNum.big(w).longValue();
                if (wv < 0) {
                    flags = flags + "-";
                    wv = -wv;
                }
                width = String.valueOf(wv);
            } else {
                while (i < n && Character.isDigit(fmt.charAt(i))) {
                    i++;
                }
                width = fmt.substring(widthStart, i);
            }
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
                body = FormatSpec.apply(value, spec);
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
                out.append(FormatSpec.apply(value, spec));
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
}
