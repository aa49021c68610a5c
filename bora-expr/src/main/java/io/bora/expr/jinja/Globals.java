package io.bora.expr.jinja;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Jinja's default global names in the sandbox: range (bounded), dict, namespace, cycler, joiner. */
final class Globals {
    /** The sandbox's MAX_RANGE. */
    static final int MAX_RANGE = 100_000;

    private Globals() {
    }

    static void install(Scope scope) {
        scope.set("range", (PyFunction) (args, kw) -> range(args));
        scope.set("dict", (PyFunction) Globals::dict);
        scope.set("namespace", (PyFunction) (args, kw) -> {
            Namespace ns = new Namespace();
            for (Object a : args) {
                if (Undefined.strict(a) instanceof Map<?, ?> m) {
                    m.forEach((k, v) -> ns.attributes().put(PyText.str(k), v));
                }
            }
            ns.attributes().putAll(kw);
            return ns;
        });
        scope.set("lipsum", (PyFunction) (args, kw) -> Lipsum.generate(new CallArgs("generate_lorem_ipsum", args, kw)));
        scope.set("cycler", new TypeFunction((args, kw) -> new Cycler(args)));
        scope.set("joiner", new TypeFunction((args, kw) -> {
            String sep = args.isEmpty() ? (String) kw.getOrDefault("sep", ", ") : PyText.str(args.get(0));
            boolean[] used = {false};
            return (PyFunction) (a, k) -> {
                if (!used[0]) {
                    used[0] = true;
                    return "";
                }
                return sep;
            };
        }));
    }

    static PyRange range(List<Object> args) {
        if (args.isEmpty() || args.size() > 3) {
            throw PyErrors.type("range expected at least 1 argument, got " + args.size());
        }
        long[] v = new long[args.size()];
        for (int i = 0; i < v.length; i++) {
            Object a = args.get(i);
            if (!PyNum.isInt(a)) {
                throw PyErrors.type("'" + PyText.typeName(a) + "' object cannot be interpreted as an integer");
            }
            v[i] = PyNum.big(a).max(java.math.BigInteger.valueOf(Long.MIN_VALUE / 4))
                    .min(java.math.BigInteger.valueOf(Long.MAX_VALUE / 4)).longValue();
        }
        long start = v.length == 1 ? 0 : v[0];
        long stop = v.length == 1 ? v[0] : v[1];
        long step = v.length == 3 ? v[2] : 1;
        if (step == 0) {
            throw PyErrors.value("range() arg 3 must not be zero");
        }
        long n = step > 0 ? (stop - start + step - 1) / step : (start - stop - step - 1) / -step;
        if (n > MAX_RANGE) {
            throw PyErrors.overflow("Range too big. The sandbox blocks ranges larger than MAX_RANGE (" + MAX_RANGE + ").");
        }
        return new PyRange(start, stop, step);
    }

    private static Object dict(List<Object> args, Map<String, Object> kw) {
        Map<Object, Object> out = new LinkedHashMap<>();
        if (args.size() > 1) {
            throw PyErrors.type("dict expected at most 1 argument, got " + args.size());
        }
        if (!args.isEmpty()) {
            Object src = Undefined.strict(args.get(0));
            if (src instanceof Map<?, ?> m) {
                out.putAll(m);
            } else {
                int i = 0;
                for (Object pair : PyOps.iterate(src)) {
                    if (!PyOps.isIterable(pair)) {
                        throw PyErrors.type("cannot convert dictionary update sequence element #" + i + " to a sequence");
                    }
                    List<Object> kv = PyOps.iterate(pair);
                    if (kv.size() != 2) {
                        throw PyErrors.value("dictionary update sequence element #" + i + " has length "
                                + kv.size() + "; 2 is required");
                    }
                    out.put(kv.get(0), kv.get(1));
                    i++;
                }
            }
        }
        out.putAll(kw);
        return out;
    }

    /** A class object: callable, and {@code type} in sandbox messages. */
    private record TypeFunction(PyFunction ctor) implements PyFunction {
        @Override
        public Object call(List<Object> args, Map<String, Object> kwargs) {
            return ctor.call(args, kwargs);
        }

        @Override
        public String typeName() {
            return "type";
        }
    }

    /** Jinja's Cycler: {@code next()}, {@code current}, {@code reset()}. */
    private static final class Cycler implements PyObject {
        private final List<Object> items;
        private int pos;

        Cycler(List<Object> items) {
            if (items.isEmpty()) {
                throw PyErrors.type("at least one item has to be provided");
            }
            this.items = items;
        }

        @Override
        public boolean hasAttribute(String name) {
            return name.equals("next") || name.equals("current") || name.equals("reset") || name.equals("items");
        }

        @Override
        public Object attribute(String name) {
            return switch (name) {
                case "current" -> items.get(pos);
                case "items" -> items;
                case "reset" -> (PyFunction) (a, k) -> {
                    pos = 0;
                    return null;
                };
                default -> (PyFunction) (a, k) -> {
                    Object v = items.get(pos);
                    pos = (pos + 1) % items.size();
                    return v;
                };
            };
        }
    }
}
