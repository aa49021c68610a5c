package io.bora.expr.jinja;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/** Registry of Jinja2's built-in filters; the collection filters live here, text ones in TextFilters. */
final class Filters {
    @FunctionalInterface
    interface FilterFn {
        Object apply(Evaluation rt, Object value, CallArgs args);
    }

    private static final Map<String, FilterFn> FILTERS = new HashMap<>();
    /** Declared parameters (after the value) of filters with a fixed signature; absent = variadic. */
    private static final Map<String, List<String>> SIGNATURES = new HashMap<>();

    static {
        signature("abs capitalize count e escape forceescape first items last length list lower pprint random "
                + "reverse safe string striptags title upper urlencode wordcount");
        signature("attr", "name");
        signature("batch", "linecount", "fill_with");
        signature("center", "width");
        signature("default", "default_value", "boolean");
        signature("d", "default_value", "boolean");
        signature("dictsort", "case_sensitive", "by", "reverse");
        signature("filesizeformat", "binary");
        signature("float", "default");
        signature("groupby", "attribute", "default", "case_sensitive");
        signature("indent", "width", "first", "blank");
        signature("int", "default", "base");
        signature("join", "d", "attribute");
        signature("max", "case_sensitive", "attribute");
        signature("min", "case_sensitive", "attribute");
        signature("replace", "old", "new", "count");
        signature("round", "precision", "method");
        signature("slice", "slices", "fill_with");
        signature("sort", "reverse", "case_sensitive", "attribute");
        signature("sum", "attribute", "start");
        signature("tojson", "indent");
        signature("trim", "chars");
        signature("truncate", "length", "killwords", "end", "leeway");
        signature("unique", "case_sensitive", "attribute");
        signature("xmlattr", "autospace");
        signature("wordwrap", "width", "break_long_words", "wrapstring", "break_on_hyphens");
        signature("urlize", "trim_url_limit", "nofollow", "target", "rel", "extra_schemes");

        FILTERS.put("default", Filters::defaultFilter);
        FILTERS.put("d", Filters::defaultFilter);
        FILTERS.put("length", (rt, v, a) -> (long) PyOps.len(v));
        FILTERS.put("count", (rt, v, a) -> (long) PyOps.len(v));
        FILTERS.put("list", (rt, v, a) -> PyOps.iterate(v));
        FILTERS.put("first", (rt, v, a) -> {
            List<Object> items = PyOps.iterate(v);
            return items.isEmpty() ? Undefined.hint("No first item, sequence was empty.") : items.get(0);
        });
        FILTERS.put("last", (rt, v, a) -> {
            List<Object> items = reversed(v);
            return items.isEmpty() ? Undefined.hint("No last item, sequence was empty.") : items.get(0);
        });
        FILTERS.put("reverse", (rt, v, a) -> {
            if (v instanceof String s) {
                return String.join("", reversed(s).stream().map(Object::toString).toList());
            }
            if (!PyOps.isIterable(v)) {
                throw PyErrors.noFunction("argument must be iterable");
            }
            return reversed(v);
        });
        FILTERS.put("random", (rt, v, a) -> {
            List<Object> items = PyOps.iterate(v);
            if (items.isEmpty()) {
                return Undefined.hint("No random item, sequence was empty.");
            }
            return items.get(ThreadLocalRandom.current().nextInt(items.size()));
        });
        FILTERS.put("sort", Filters::sort);
        FILTERS.put("unique", Filters::unique);
        FILTERS.put("min", (rt, v, a) -> minOrMax(v, a, false));
        FILTERS.put("max", (rt, v, a) -> minOrMax(v, a, true));
        FILTERS.put("sum", Filters::sum);
        FILTERS.put("join", Filters::join);
        FILTERS.put("map", Filters::map);
        FILTERS.put("select", (rt, v, a) -> selectOrReject(rt, v, a, true, false));
        FILTERS.put("reject", (rt, v, a) -> selectOrReject(rt, v, a, false, false));
        FILTERS.put("selectattr", (rt, v, a) -> selectOrReject(rt, v, a, true, true));
        FILTERS.put("rejectattr", (rt, v, a) -> selectOrReject(rt, v, a, false, true));
        FILTERS.put("batch", Filters::batch);
        FILTERS.put("slice", Filters::slice);
        FILTERS.put("dictsort", Filters::dictsort);
        FILTERS.put("items", (rt, v, a) -> {
            if (v instanceof Undefined) {
                return new ArrayList<>();
            }
            if (!(v instanceof Map<?, ?> m)) {
                throw PyErrors.type("Can only get item pairs from a mapping.");
            }
            List<Object> out = new ArrayList<>();
            m.forEach((k, val) -> out.add(PyTuple.of(k, val)));
            return out;
        });
        FILTERS.put("groupby", Filters::groupby);
        FILTERS.put("attr", (rt, v, a) -> Access.attributeOnly(v, PyText.str(a.required(0, "name"))));
        TextFilters.register(FILTERS);
        MistralFunctions.registerFilters(FILTERS);
    }

    private Filters() {
    }

    private static void signature(String names, String... params) {
        for (String name : names.split(" ")) {
            SIGNATURES.put(name, List.of(params));
        }
    }

    /** Filters that look at an undefined value instead of failing on it. */
    private static final java.util.Set<String> UNDEFINED_AWARE = java.util.Set.of("default", "d", "items", "tojson",
            "json_dump", "json_pp", "yaml_dump");

    static boolean exists(String name) {
        return FILTERS.containsKey(name);
    }

    static Object apply(Evaluation rt, String name, Object value, CallArgs args) {
        FilterFn fn = FILTERS.get(name);
        if (fn == null) {
            throw PyErrors.noFunction("No filter named '" + name + "'.");
        }
        List<String> signature = SIGNATURES.get(name);
        if (signature != null) {
            args.check(signature);
        }
        boolean lenient = value instanceof Undefined u && u.isLenient();
        if (!UNDEFINED_AWARE.contains(name) && !lenient) {
            Undefined.strict(value);
        }
        if (!name.equals("escape") && !name.equals("e") && !name.equals("forceescape")) {
            value = Markup.unwrap(value);
        }
        return fn.apply(rt, value, args);
    }

    private static Object defaultFilter(Evaluation rt, Object v, CallArgs a) {
        Object dflt = a.get(0, "default_value", "");
        boolean bool = a.bool(1, "boolean", false);
        if (v instanceof Undefined || bool && !PyOps.truthy(v)) {
            return dflt;
        }
        return v;
    }

    private static List<Object> reversed(Object v) {
        List<Object> items = PyOps.iterate(v);
        Collections.reverse(items);
        return items;
    }

    /** Jinja's make_attrgetter: dotted path, integer parts as indexes, item-then-attribute lookup. */
    static Function<Object, Object> attrGetter(Object attribute, Function<Object, Object> post, Object dflt) {
        List<Object> parts = new ArrayList<>();
        if (attribute instanceof String s) {
            for (String p : s.split("\\.", -1)) {
                parts.add(!p.isEmpty() && p.chars().allMatch(Character::isDigit) ? (Object) Long.parseLong(p) : p);
            }
        } else if (attribute != null) {
            parts.add(attribute);
        }
        return item -> {
            Object v = item;
            for (Object part : parts) {
                v = Access.getitem(v, part);
                if (dflt != null && v instanceof Undefined) {
                    v = dflt;
                }
            }
            return post == null ? v : post.apply(v);
        };
    }

    static Object ignoreCase(Object v) {
        return v instanceof String s ? PyStrings.lower(s) : v;
    }

    private static Object sort(Evaluation rt, Object v, CallArgs a) {
        boolean reverse = a.bool(0, "reverse", false);
        boolean caseSensitive = a.bool(1, "case_sensitive", false);
        Object attribute = a.get(2, "attribute", null);
        Function<Object, Object> post = caseSensitive ? null : Filters::ignoreCase;
        Function<Object, Object> key;
        if (attribute instanceof String s && s.contains(",")) {
            List<Function<Object, Object>> getters = new ArrayList<>();
            for (String part : s.split(",")) {
                getters.add(attrGetter(part, post, null));
            }
            key = item -> {
                List<Object> k = new ArrayList<>();
                for (Function<Object, Object> g : getters) {
                    k.add(g.apply(item));
                }
                return k;
            };
        } else {
            key = attrGetter(attribute, post, null);
        }
        return Sorting.sorted(PyOps.iterate(v), key, reverse);
    }

    private static Object unique(Evaluation rt, Object v, CallArgs a) {
        boolean caseSensitive = a.bool(0, "case_sensitive", false);
        Function<Object, Object> key = attrGetter(a.get(1, "attribute", null), caseSensitive ? null : Filters::ignoreCase, null);
        List<Object> out = new ArrayList<>();
        List<Object> seen = new ArrayList<>();
        for (Object item : PyOps.iterate(v)) {
            Object k = key.apply(item);
            if (k instanceof Map || k instanceof List && !(k instanceof PyTuple)) {
                throw PyErrors.type("unhashable type: '" + PyText.typeName(k) + "'");
            }
            if (seen.stream().noneMatch(s -> PyOps.eq(s, k))) {
                seen.add(k);
                out.add(item);
            }
        }
        return out;
    }

    private static Object minOrMax(Object v, CallArgs a, boolean max) {
        List<Object> items = PyOps.iterate(v);
        if (items.isEmpty()) {
            return Undefined.hint("No aggregated item, sequence was empty.");
        }
        boolean caseSensitive = a.bool(0, "case_sensitive", false);
        Function<Object, Object> key = attrGetter(a.get(1, "attribute", null), caseSensitive ? null : Filters::ignoreCase, null);
        Object best = items.get(0);
        Object bestKey = key.apply(best);
        for (int i = 1; i < items.size(); i++) {
            Object k = key.apply(items.get(i));
            boolean better = max ? PyOps.compare(k, bestKey, ">") > 0 : PyOps.compare(k, bestKey, "<") < 0;
            if (better) {
                best = items.get(i);
                bestKey = k;
            }
        }
        return best;
    }

    private static Object sum(Evaluation rt, Object v, CallArgs a) {
        Object attribute = a.get(0, "attribute", null);
        Object total = a.get(1, "start", 0L);
        Function<Object, Object> key = attrGetter(attribute, null, null);
        for (Object item : PyOps.iterate(v)) {
            Object x = Undefined.strict(key.apply(item));
            if (total instanceof String || x instanceof String && PyNum.isNumber(total)) {
                throw PyErrors.type("unsupported operand type(s) for +: '" + PyText.typeName(total) + "' and '"
                        + PyText.typeName(x) + "'");
            }
            total = PyOps.add(total, x);
        }
        return total;
    }

    private static Object join(Evaluation rt, Object v, CallArgs a) {
        String sep = PyText.str(a.get(0, "d", ""));
        Function<Object, Object> key = attrGetter(a.get(1, "attribute", null), null, null);
        StringBuilder sb = new StringBuilder();
        List<Object> items = PyOps.iterate(v);
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(PyText.str(key.apply(items.get(i))));
        }
        return sb.toString();
    }

    private static Object map(Evaluation rt, Object v, CallArgs a) {
        // Jinja's map/select iterate only a truthy value: none | map(...) is empty
        List<Object> items = PyOps.truthy(v) ? PyOps.iterate(v) : new ArrayList<>();
        List<Object> out = new ArrayList<>(items.size());
        if (a.pos().isEmpty() && a.kw().containsKey("attribute")) {
            Function<Object, Object> getter = attrGetter(a.kw().get("attribute"), null, a.kw().get("default"));
            for (Object item : items) {
                out.add(getter.apply(item));
            }
            return out;
        }
        if (a.pos().isEmpty()) {
            throw PyErrors.noFunction("map requires a filter argument");
        }
        String name = PyText.str(a.pos().get(0));
        List<Object> rest = a.pos().subList(1, a.pos().size());
        for (Object item : items) {
            out.add(rt.filter(name, item, rest, a.kw()));
        }
        return out;
    }

    private static Object selectOrReject(Evaluation rt, Object v, CallArgs a, boolean select, boolean byAttribute) {
        List<Object> args = a.pos();
        Function<Object, Object> getter = x -> x;
        if (byAttribute) {
            if (args.isEmpty()) {
                throw PyErrors.type("Missing parameter for attribute name");
            }
            getter = attrGetter(args.get(0), null, null);
            args = args.subList(1, args.size());
        }
        String test = args.isEmpty() ? null : PyText.str(args.get(0));
        List<Object> testArgs = args.isEmpty() ? List.of() : args.subList(1, args.size());
        List<Object> out = new ArrayList<>();
        for (Object item : PyOps.truthy(v) ? PyOps.iterate(v) : List.of()) {
            Object probe = getter.apply(item);
            boolean ok = test == null ? PyOps.truthy(probe) : rt.test(test, probe, testArgs, a.kw());
            if (ok == select) {
                out.add(item);
            }
        }
        return out;
    }

    private static Object batch(Evaluation rt, Object v, CallArgs a) {
        int size = a.integer(0, "linecount", 1);
        Object fill = a.get(1, "fill_with", null);
        List<Object> out = new ArrayList<>();
        List<Object> current = new ArrayList<>();
        for (Object item : PyOps.iterate(v)) {
            if (current.size() == size) {
                out.add(current);
                current = new ArrayList<>();
            }
            current.add(item);
        }
        if (!current.isEmpty()) {
            while (fill != null && current.size() < size) {
                current.add(fill);
            }
            out.add(current);
        }
        return out;
    }

    private static Object slice(Evaluation rt, Object v, CallArgs a) {
        int slices = a.integer(0, "slices", 1);
        if (slices <= 0) {
            throw PyErrors.zeroDivision("integer division or modulo by zero");
        }
        Object fill = a.get(1, "fill_with", null);
        List<Object> seq = PyOps.iterate(v);
        int perSlice = seq.size() / slices;
        int withExtra = seq.size() % slices;
        int offset = 0;
        List<Object> out = new ArrayList<>();
        for (int n = 0; n < slices; n++) {
            int start = offset + n * perSlice;
            if (n < withExtra) {
                offset++;
            }
            int end = offset + (n + 1) * perSlice;
            List<Object> part = new ArrayList<>(seq.subList(start, end));
            if (fill != null && n >= withExtra) {
                part.add(fill);
            }
            out.add(part);
        }
        return out;
    }

    private static Object dictsort(Evaluation rt, Object v, CallArgs a) {
        if (!(v instanceof Map<?, ?> m)) {
            throw PyErrors.attribute("'" + PyText.typeName(v) + "' object has no attribute 'items'");
        }
        boolean caseSensitive = a.bool(0, "case_sensitive", false);
        String by = a.str(1, "by", "key");
        boolean reverse = a.bool(2, "reverse", false);
        int pos = switch (by) {
            case "key" -> 0;
            case "value" -> 1;
            default -> throw PyErrors.noFunction("You can only sort by either \"key\" or \"value\"");
        };
        List<Object> items = new ArrayList<>();
        m.forEach((k, val) -> items.add(PyTuple.of(k, val)));
        return Sorting.sorted(items, item -> {
            Object x = ((List<?>) item).get(pos);
            return caseSensitive ? x : ignoreCase(x);
        }, reverse);
    }

    private static Object groupby(Evaluation rt, Object v, CallArgs a) {
        Object attribute = a.required(0, "attribute");
        Object dflt = a.get(1, "default", null);
        boolean caseSensitive = a.bool(2, "case_sensitive", false);
        Function<Object, Object> key = attrGetter(attribute, caseSensitive ? null : Filters::ignoreCase, dflt);
        Function<Object, Object> display = attrGetter(attribute, null, dflt);
        List<Object> sorted = Sorting.sorted(PyOps.iterate(v), key, false);
        Map<Integer, List<Object>> groups = new LinkedHashMap<>();
        List<Object> out = new ArrayList<>();
        Object currentKey = null;
        List<Object> current = null;
        for (Object item : sorted) {
            Object k = key.apply(item);
            if (current == null || !PyOps.eq(k, currentKey)) {
                current = new ArrayList<>();
                currentKey = k;
                groups.put(groups.size(), current);
            }
            current.add(item);
        }
        for (List<Object> g : groups.values()) {
            out.add(new GroupTuple(display.apply(g.get(0)), g));
        }
        return out;
    }
}
