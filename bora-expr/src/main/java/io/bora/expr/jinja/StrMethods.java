package io.bora.expr.jinja;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Python's str methods ({@code 'a,b'.split(',')}, {@code s.format(...)}), on code points. */
final class StrMethods {
    private StrMethods() {
    }

    private static String needStr(Object v, String fn) {
        if (!(v instanceof String s)) {
            throw PyErrors.type(fn + " arg must be str, not " + PyText.typeName(v));
        }
        return s;
    }

    static Object call(String s, String name, CallArgs a) {
        switch (name) {
            case "upper":
                return PyStrings.upper(s);
            case "lower":
            case "casefold":
                return PyStrings.lower(s);
            case "capitalize":
                return PyStrings.capitalize(s);
            case "title":
                return PyStrings.title(s);
            case "swapcase": {
                StringBuilder sb = new StringBuilder();
                s.codePoints().forEach(cp -> sb.appendCodePoint(Character.isUpperCase(cp) ? Character.toLowerCase(cp)
                        : Character.isLowerCase(cp) ? Character.toUpperCase(cp) : cp));
                return sb.toString();
            }
            case "strip":
                return PyStrings.strip(s, a.str(0, "chars", null), true, true);
            case "lstrip":
                return PyStrings.strip(s, a.str(0, "chars", null), true, false);
            case "rstrip":
                return PyStrings.strip(s, a.str(0, "chars", null), false, true);
            case "split":
                return PyStrings.split(s, a.str(0, "sep", null), a.integer(1, "maxsplit", -1));
            case "rsplit":
                return PyStrings.rsplit(s, a.str(0, "sep", null), a.integer(1, "maxsplit", -1));
            case "splitlines": {
                List<Object> out = new ArrayList<>();
                for (String line : s.split("\r\n|[\n\r\u000b\u000c\u001c\u001d\u001e\u0085\u2028\u2029]", -1)) {
                    out.add(line);
                }
                if (!out.isEmpty() && ((String) out.get(out.size() - 1)).isEmpty()) {
                    out.remove(out.size() - 1);
                }
                return out;
            }
            case "replace":
                return PyStrings.replace(s, needStr(a.required(0, "old"), "replace()"),
                        needStr(a.required(1, "new"), "replace()"), a.integer(2, "count", -1));
            case "startswith":
            case "endswith": {
                Object arg = a.required(0, "prefix");
                int[] range = range(s, a);
                String region = PyStrings.slice(s, range[0], range[1]);
                if (range[0] > PyStrings.length(s)) {
                    return false;
                }
                List<?> options = arg instanceof PyTuple t ? t : List.of(arg);
                for (Object o : options) {
                    String p = needStr(o, name);
                    if (name.equals("startswith") ? region.startsWith(p) : region.endsWith(p)) {
                        return true;
                    }
                }
                return false;
            }
            case "find":
            case "index":
            case "rfind":
            case "rindex": {
                String sub = needStr(a.required(0, "sub"), name);
                int[] range = range(s, a);
                String region = PyStrings.slice(s, range[0], range[1]);
                int at = name.startsWith("r") ? region.lastIndexOf(sub) : region.indexOf(sub);
                if (range[0] > PyStrings.length(s)) {
                    at = -1;
                }
                if (at < 0 && name.endsWith("index")) {
                    throw PyErrors.value("substring not found");
                }
                return at < 0 ? -1L : (long) (range[0] + PyStrings.cpIndex(region, at));
            }
            case "count": {
                int[] range = range(s, a);
                if (range[0] > PyStrings.length(s)) {
                    return 0L;
                }
                return (long) PyStrings.count(PyStrings.slice(s, range[0], range[1]), needStr(a.required(0, "sub"), "count"));
            }
            case "join": {
                StringBuilder sb = new StringBuilder();
                List<Object> items = PyOps.iterate(a.required(0, "iterable"));
                for (int i = 0; i < items.size(); i++) {
                    if (!(items.get(i) instanceof String part)) {
                        throw PyErrors.type("sequence item " + i + ": expected str instance, "
                                + PyText.typeName(items.get(i)) + " found");
                    }
                    if (i > 0) {
                        sb.append(s);
                    }
                    sb.append(part);
                }
                return sb.toString();
            }
            case "format":
                return PyFormat.format(s, a.pos(), a.kw());
            case "format_map": {
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) a.required(0, "mapping");
                return PyFormat.format(s, List.of(), m);
            }
            case "center":
                return PyStrings.center(s, a.integer(0, "width", 0), a.str(1, "fillchar", " "));
            case "ljust": {
                int w = a.integer(0, "width", 0);
                int len = PyStrings.length(s);
                return len >= w ? s : s + a.str(1, "fillchar", " ").repeat(w - len);
            }
            case "rjust": {
                int w = a.integer(0, "width", 0);
                int len = PyStrings.length(s);
                return len >= w ? s : a.str(1, "fillchar", " ").repeat(w - len) + s;
            }
            case "zfill": {
                int w = a.integer(0, "width", 0);
                int len = PyStrings.length(s);
                if (len >= w) {
                    return s;
                }
                boolean sign = s.startsWith("-") || s.startsWith("+");
                return (sign ? s.substring(0, 1) : "") + "0".repeat(w - len) + (sign ? s.substring(1) : s);
            }
            case "partition":
            case "rpartition": {
                String sep = needStr(a.required(0, "sep"), name);
                int i = name.equals("partition") ? s.indexOf(sep) : s.lastIndexOf(sep);
                if (i < 0) {
                    return name.equals("partition") ? PyTuple.of(s, "", "") : PyTuple.of("", "", s);
                }
                return PyTuple.of(s.substring(0, i), sep, s.substring(i + sep.length()));
            }
            case "removeprefix": {
                String p = needStr(a.required(0, "prefix"), name);
                return s.startsWith(p) ? s.substring(p.length()) : s;
            }
            case "removesuffix": {
                String p = needStr(a.required(0, "suffix"), name);
                return s.endsWith(p) && !p.isEmpty() ? s.substring(0, s.length() - p.length()) : s;
            }
            case "isdigit":
            case "isdecimal":
            case "isnumeric":
                return !s.isEmpty() && s.codePoints().allMatch(Character::isDigit);
            case "isalpha":
                return !s.isEmpty() && s.codePoints().allMatch(Character::isLetter);
            case "isalnum":
                return !s.isEmpty() && s.codePoints().allMatch(Character::isLetterOrDigit);
            case "isspace":
                return !s.isEmpty() && s.codePoints().allMatch(PyStrings::isPyWhitespace);
            case "islower":
                return s.codePoints().anyMatch(Character::isLowerCase) && s.codePoints().noneMatch(Character::isUpperCase);
            case "isupper":
                return s.codePoints().anyMatch(Character::isUpperCase) && s.codePoints().noneMatch(Character::isLowerCase);
            case "istitle":
                return !s.isEmpty() && PyStrings.title(s).equals(s) && s.codePoints().anyMatch(Character::isLetter);
            default:
                throw PyErrors.noFunction("'str' object has no attribute '" + name + "'");
        }
    }

    /** The code-point range {@code [start:end]} given by a method's 2nd and 3rd arguments. */
    private static int[] range(String s, CallArgs a) {
        int n = PyStrings.length(s);
        int start = bound(a.get(1, "start", null), n, 0);
        int end = bound(a.get(2, "end", null), n, n);
        return new int[] {start, Math.max(start, end)};
    }

    private static int bound(Object v, int n, int dflt) {
        if (v == null) {
            return dflt;
        }
        if (!PyNum.isInt(v)) {
            throw PyErrors.type("slice indices must be integers or None or have an __index__ method");
        }
        long i = PyNum.big(v).max(java.math.BigInteger.valueOf(-2L * n - 2))
                .min(java.math.BigInteger.valueOf(2L * n + 2)).longValue();
        if (i < 0) {
            i = Math.max(0, i + n);
        }
        return (int) i;
    }
}
