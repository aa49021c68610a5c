package io.bora.expr.jinja;

import java.util.ArrayList;
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
            args.add(Markup.unwrap(a));
        }
        Map<String, int[]> arities = self instanceof String ? STR_ARITY : self instanceof Map ? DICT_ARITY
                : self instanceof List ? LIST_ARITY : Map.of();
        if (!name.equals("split") && !name.equals("rsplit")) {
            checkArity(arities, name, args);
        }
        args.forEach(Undefined::strict);
        if (self instanceof String s) {
            return StrMethods.call(s, name, new CallArgs(name, args, kwargs));
        }
        if (self instanceof Map<?, ?> m) {
            @SuppressWarnings("unchecked")
            Map<Object, Object> map = (Map<Object, Object>) m;
            return CollectionMethods.dict(map, name, new CallArgs(name, args, kwargs));
        }
        if (self instanceof List<?> l) {
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) l;
            return CollectionMethods.list(list, name, new CallArgs(name, args, kwargs));
        }
        return CollectionMethods.number(self, name);
    }
}
