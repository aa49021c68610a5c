package io.bora.expr.jinja;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The Python methods of str, list, tuple, dict and numbers that templates may call. */
final class PyMethods {
    private static final Set<String> STR = Set.of("capitalize", "casefold", "center", "count", "endswith", "find",
            "format", "index", "isalnum", "isalpha", "isdecimal", "isdigit", "islower", "isnumeric", "isspace",
            "istitle", "isupper", "join", "ljust", "lower", "lstrip", "partition", "replace", "rfind", "rindex",
            "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase",
            "title", "upper", "zfill", "removeprefix", "removesuffix", "format_map");
    private static final Set<String> LIST = Set.of("append", "clear", "copy", "count", "extend", "index", "insert",
            "pop", "remove", "reverse", "sort");
    private static final Set<String> TUPLE = Set.of("count", "index");
    private static final Set<String> DICT = Set.of("clear", "copy", "get", "items", "keys", "pop", "popitem",
            "setdefault", "update", "values");
    private static final Set<String> NUMBER = Set.of("bit_length", "conjugate", "is_integer");

    /** Positional argument bounds {min, max} of methods; absent = no fixed bound (format). */
    private static final Map<String, int[]> STR_ARITY = new java.util.HashMap<>();
    private static final Map<String, int[]> LIST_ARITY = new java.util.HashMap<>();
    private static final Map<String, int[]> DICT_ARITY = new java.util.HashMap<>();

    static {
        arity(STR_ARITY, 0, 0, "capitalize casefold isalnum isalpha isdecimal isdigit islower isnumeric isspace "
                + "istitle isupper lower swapcase title upper");
        arity(STR_ARITY, 1, 2, "center ljust rjust");
        arity(STR_ARITY, 1, 3, "count endswith find index rfind rindex startswith");
        arity(STR_ARITY, 1, 1, "join partition rpartition zfill removeprefix removesuffix format_map");
        arity(STR_ARITY, 0, 1, "lstrip rstrip strip splitlines");
        arity(STR_ARITY, 0, 2, "split rsplit");
        arity(STR_ARITY, 2, 3, "replace");
        arity(LIST_ARITY, 1, 1, "append count extend remove");
        arity(LIST_ARITY, 0, 0, "clear copy reverse sort");
        arity(LIST_ARITY, 1, 3, "index");
        arity(LIST_ARITY, 2, 2, "insert");
        arity(LIST_ARITY, 0, 1, "pop");
        arity(DICT_ARITY, 0, 0, "clear copy items keys popitem values");
        arity(DICT_ARITY, 1, 2, "get pop setdefault");
        arity(DICT_ARITY, 0, 1, "update");
    }

    private PyMethods() {
    }

    private static void arity(Map<String, int[]> table, int min, int max, String names) {
        for (String n : names.split(" ")) {
            table.put(n, new int[] {min, max});
        }
    }

    private static void checkArity(Map<String, int[]> table, String name, List<Object> args) {
        int[] bounds = table.get(name);
        if (bounds == null) {
            return;
        }
        if (args.size() > bounds[1]) {
            throw PyErrors.type(bounds[1] == 0 ? name + "() takes no arguments (" + args.size() + " given)"
                    : name + " expected at most " + bounds[1] + " arguments, got " + args.size());
        }
        if (args.size() < bounds[0]) {
            throw PyErrors.type(name + " expected at least " + bounds[0] + " argument, got " + args.size());
        }
    }

    /** A method bound to its receiver, e.g. {@code 'x'.upper}. */
    record Bound(Object self, String name) implements PyFunction {
        @Override
        public Object call(List<Object> args, Map<String, Object> kwargs) {
            return invoke(self, name, args, kwargs);
        }

        @Override
        public String typeName() {
            return "builtin_function_or_method";
        }
    }

    static boolean has(Object obj, String name) {
        if (obj instanceof String) {
            return STR.contains(name);
        }
        if (obj instanceof PyTuple || obj instanceof PyRange) {
            return TUPLE.contains(name);
        }
        if (obj instanceof List) {
            return LIST.contains(name);
        }
        if (obj instanceof Map) {
            return DICT.contains(name);
        }
        if (PyNum.isNumber(obj)) {
            return NUMBER.contains(name) && !(name.equals("is_integer") && PyNum.isInt(obj));
        }
        return false;
    }

    static Object invoke(Object self, String name, List<Object> rawArgs, Map<String, Object> kwargs) {
        self = Markup.unwrap(self);
        List<Object> args = new ArrayList<>(rawArgs.size());
        for (Object a : rawArgs) {
            args.add(Markup.unwrap(Undefined.strict(a)));
        }
        if (self instanceof String s) {
            if (!name.equals("split") && !name.equals("rsplit") && !name.equals("format")) {
                checkArity(STR_ARITY, name, args);
            }
            return str(s, name, new CallArgs(name, args, kwargs));
        }
        if (self instanceof Map<?, ?> m) {
            @SuppressWarnings("unchecked")
            Map<Object, Object> map = (Map<Object, Object>) m;
            checkArity(DICT_ARITY, name, args);
            return dict(map, name, new CallArgs(name, args, kwargs));
        }
        if (self instanceof List<?> l) {
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) l;
            checkArity(LIST_ARITY, name, args);
            return list(list, name, new CallArgs(name, args, kwargs));
        }
        return number(self, name);
    }

    private static String needStr(Object v, String fn) {
        if (!(v instanceof String s)) {
            throw PyErrors.type(fn + " arg must be str, not " + PyText.typeName(v));
        }
        return s;
    }

    private static Object str(String s, String name, CallArgs a) {
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

    private static Object list(List<Object> l, String name, CallArgs a) {
        switch (name) {
            case "count": {
                Object x = a.required(0, "value");
                return l.stream().filter(o -> PyOps.eq(o, x)).count();
            }
            case "index": {
                Object x = a.required(0, "value");
                for (int i = 0; i < l.size(); i++) {
                    if (PyOps.eq(l.get(i), x)) {
                        return (long) i;
                    }
                }
                throw PyErrors.value(PyText.repr(x) + " is not in list");
            }
            case "copy":
                return new ArrayList<>(l);
            default:
                return mutate(l, name, a);
        }
    }

    private static Object mutate(List<Object> l, String name, CallArgs a) {
        try {
            switch (name) {
                case "append" -> l.add(a.required(0, "object"));
                case "extend" -> l.addAll(PyOps.iterate(a.required(0, "iterable")));
                case "insert" -> {
                    int i = a.integer(0, "index", 0);
                    int size = l.size();
                    l.add(Math.max(0, Math.min(size, i < 0 ? i + size : i)), a.required(1, "object"));
                }
                case "pop" -> {
                    if (l.isEmpty()) {
                        throw PyErrors.index("pop from empty list");
                    }
                    int i = a.integer(0, "index", -1);
                    int at = i < 0 ? i + l.size() : i;
                    if (at < 0 || at >= l.size()) {
                        throw PyErrors.index("pop index out of range");
                    }
                    return l.remove(at);
                }
                case "remove" -> {
                    Object x = a.required(0, "value");
                    for (int i = 0; i < l.size(); i++) {
                        if (PyOps.eq(l.get(i), x)) {
                            l.remove(i);
                            return null;
                        }
                    }
                    throw PyErrors.value("list.remove(x): x not in list");
                }
                case "reverse" -> Collections.reverse(l);
                case "clear" -> l.clear();
                case "sort" -> {
                    boolean reverse = PyOps.truthy(a.kw().getOrDefault("reverse", false));
                    List<Object> sorted = Sorting.sorted(l, v -> v, reverse);
                    l.clear();
                    l.addAll(sorted);
                }
                default -> throw PyErrors.noFunction("'list' object has no attribute '" + name + "'");
            }
            return null;
        } catch (UnsupportedOperationException e) {
            throw PyErrors.type("this list cannot be modified");
        }
    }

    private static Object dict(Map<Object, Object> m, String name, CallArgs a) {
        try {
            switch (name) {
                case "get": {
                    Object k = a.required(0, "key");
                    return m.containsKey(k) ? m.get(k) : a.get(1, "default", null);
                }
                case "keys":
                    return new ArrayList<>(m.keySet());
                case "values":
                    return new ArrayList<>(m.values());
                case "items": {
                    List<Object> out = new ArrayList<>();
                    m.forEach((k, v) -> out.add(PyTuple.of(k, v)));
                    return out;
                }
                case "copy":
                    return new LinkedHashMap<>(m);
                case "pop": {
                    Object k = a.required(0, "key");
                    if (m.containsKey(k)) {
                        return m.remove(k);
                    }
                    if (a.pos().size() > 1) {
                        return a.pos().get(1);
                    }
                    throw PyErrors.key(k);
                }
                case "popitem": {
                    if (m.isEmpty()) {
                        throw PyErrors.key("popitem(): dictionary is empty");
                    }
                    Object last = null;
                    for (Object k : m.keySet()) {
                        last = k;
                    }
                    return PyTuple.of(last, m.remove(last));
                }
                case "setdefault": {
                    Object k = a.required(0, "key");
                    if (!m.containsKey(k)) {
                        m.put(k, a.get(1, "default", null));
                    }
                    return m.get(k);
                }
                case "update": {
                    if (!a.pos().isEmpty()) {
                        Object src = a.pos().get(0);
                        if (src instanceof Map<?, ?> other) {
                            m.putAll(other);
                        } else {
                            for (Object pair : PyOps.iterate(src)) {
                                List<Object> kv = PyOps.iterate(pair);
                                m.put(kv.get(0), kv.get(1));
                            }
                        }
                    }
                    m.putAll(a.kw());
                    return null;
                }
                case "clear":
                    m.clear();
                    return null;
                default:
                    throw PyErrors.noFunction("'dict' object has no attribute '" + name + "'");
            }
        } catch (UnsupportedOperationException e) {
            throw PyErrors.type("this dict cannot be modified");
        }
    }

    private static Object number(Object self, String name) {
        return switch (name) {
            case "bit_length" -> (long) PyNum.big(self).abs().bitLength();
            case "conjugate" -> PyNum.isInt(self) ? PyNum.intValue(self) : PyNum.dbl(self);
            case "is_integer" -> PyNum.dbl(self) == Math.rint(PyNum.dbl(self));
            default -> throw PyErrors.noFunction("no method " + name);
        };
    }
}
