package io.bora.expr.jinja;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Python's list, tuple, dict and number methods; the mutating ones change the value in place, as in Python. */
final class CollectionMethods {
    private CollectionMethods() {
    }

    static Object list(List<Object> l, String name, CallArgs a) {
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

    static Object dict(Map<Object, Object> m, String name, CallArgs a) {
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

    static Object number(Object self, String name) {
        return switch (name) {
            case "bit_length" -> (long) PyNum.big(self).abs().bitLength();
            case "conjugate" -> PyNum.isInt(self) ? PyNum.intValue(self) : PyNum.dbl(self);
            case "is_integer" -> PyNum.dbl(self) == Math.rint(PyNum.dbl(self));
            default -> throw PyErrors.noFunction("no method " + name);
        };
    }
}
