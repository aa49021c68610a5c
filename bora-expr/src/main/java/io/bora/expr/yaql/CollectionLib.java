package io.bora.expr.yaql;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;
import io.bora.expr.value.Dicts;
import io.bora.expr.value.LazySeq;
import io.bora.expr.value.Py;
import io.bora.expr.value.PySet;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lists, dicts and sets (spec §8.6). */
final class CollectionLib {
    private CollectionLib() {
    }

    static void register(Registry r) {
        r.add("list", "F", "*args:any", a -> spliced(a.list(0)));
        r.add("set", "F", "*args:any", a -> {
            PySet s = new PySet();
            for (Object x : spliced(a.list(0))) {
                s.add(hashable(x));
            }
            return s;
        });
        r.add("toList", "M", "collection:iter", a -> QueryLib.toList(a.iter(0)));
        r.add("toSet", "M", "collection:iter", a -> {
            PySet s = new PySet();
            for (Object x : a.iter(0)) {
                s.add(hashable(x));
            }
            return s;
        });
        r.add("flatten", "M", "collection:iter", a -> {
            List<Object> out = new ArrayList<>();
            flatten(a.iter(0), out);
            return new LazySeq(out.iterator());
        });
        r.add("dict", "F", "items:iter", a -> {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Object item : a.iter(0)) {
                if (!Py.isIterable(item)) {
                    throw new ExpressionException(ErrorCategory.TYPE, "cannot convert dictionary update sequence element");
                }
                Iterator<?> it = ((Iterable<?>) item).iterator();
                if (!it.hasNext()) {
                    throw QueryLib.empty();
                }
                Object k = it.next();
                if (!it.hasNext()) {
                    throw QueryLib.empty();
                }
                Dicts.put(out, hashable(k), it.next());
            }
            return out;
        });
        r.add("dict", "F", "*args:rule", a -> rulesToDict(a.list(0), new LinkedHashMap<>()));
        r.add("toDict", "M", "collection:iter, keySelector:lambda, valueSelector:lambda=null", a -> {
            Map<Object, Object> out = new LinkedHashMap<>();
            Lambda vs = (Lambda) a.get(2);
            for (Object x : a.iter(0)) {
                Dicts.put(out, hashable(a.lambda(1).call(x)), vs == null ? x : vs.call(x));
            }
            return out;
        });
        r.add("get", "M", "dict:map, key:any, default:any=null", a -> {
            Object v = Dicts.get(a.map(0), a.get(1));
            return v == Py.MISSING ? a.get(2) : v;
        });
        r.add("set", "M", "dict:map, *args:rule", a -> rulesToDict(a.list(1), Dicts.copy(a.map(0))));
        r.add("set", "M", "dict:map, replacements:map", a -> {
            Map<Object, Object> out = Dicts.copy(a.map(0));
            a.map(1).forEach((k, v) -> Dicts.put(out, k, v));
            return out;
        });
        r.add("set", "M", "dict:map, key:any, value:any", a -> {
            Map<Object, Object> out = Dicts.copy(a.map(0));
            Dicts.put(out, hashable(a.get(1)), a.get(2));
            return out;
        });
        r.add("keys", "M", "dict:map", a -> new PySet(a.map(0).keySet()).asView("KeysView", a.map(0)));
        r.add("values", "M", "dict:map", a -> new LazySeq(new ArrayList<>(a.map(0).values()).iterator(), true).viewOf(a.map(0)));
        r.add("items", "M", "dict:map", a -> {
            PySet s = new PySet();
            a.map(0).forEach((k, v) -> s.add(QueryLib.pair(k, v)));
            return s.asView("ItemsView", a.map(0));
        });
        r.add("delete", "M", "dict:map, *keys:any", a -> {
            Map<Object, Object> out = Dicts.copy(a.map(0));
            for (Object k : a.list(1)) {
                Dicts.remove(out, k);
            }
            return out;
        });
        r.add("deleteAll", "M", "dict:map, keys:iter", a -> {
            Map<Object, Object> out = Dicts.copy(a.map(0));
            for (Object k : a.iter(1)) {
                Dicts.remove(out, k);
            }
            return out;
        });
        r.add("containsKey", "M", "dict:map, key:any", a -> Dicts.containsKey(a.map(0), a.get(1)));
        r.add("containsValue", "M", "dict:map, value:any", a -> {
            for (Object v : a.map(0).values()) {
                if (Py.eq(v, a.get(1))) {
                    return true;
                }
            }
            return false;
        });
        r.add("len", "FM", "string:str", a -> (long) Py.len(a.str(0)));
        r.add("len", "FM", "collection:iterator", a -> (long) ((LazySeq) a.get(0)).materialize().size());
        r.add("len", "FM", "set:set", a -> (long) ((PySet) a.get(0)).size());
        r.add("len", "FM", "dict:map", a -> (long) a.map(0).size());
        r.add("len", "FM", "sequence:seq", a -> (long) a.list(0).size());
        r.add("union", "M", "left:set, right:set", a -> {
            PySet s = new PySet((PySet) a.get(0));
            for (Object x : (PySet) a.get(1)) {
                s.add(x);
            }
            return s;
        });
        r.add("intersect", "M", "left:set, right:set", a -> {
            PySet s = new PySet();
            PySet right = (PySet) a.get(1);
            for (Object x : (PySet) a.get(0)) {
                if (right.contains(x)) {
                    s.add(x);
                }
            }
            return s;
        });
        r.add("difference", "M", "left:set, right:set", a -> Operators.binary("-", a.get(0), a.get(1)));
        r.add("symmetricDifference", "M", "left:set, right:set", a -> {
            PySet l = (PySet) a.get(0);
            PySet rr = (PySet) a.get(1);
            PySet s = new PySet();
            for (Object x : l) {
                if (!rr.contains(x)) {
                    s.add(x);
                }
            }
            for (Object x : rr) {
                if (!l.contains(x)) {
                    s.add(x);
                }
            }
            return s;
        });
        r.add("add", "M", "set:set, *values:any", a -> {
            PySet s = new PySet((PySet) a.get(0));
            for (Object x : a.list(1)) {
                s.add(hashable(x));
            }
            return s;
        });
        r.add("remove", "M", "set:set, *values:any", a -> {
            PySet s = new PySet((PySet) a.get(0));
            for (Object x : a.list(1)) {
                s.remove(x);
            }
            return s;
        });
        r.add("contains", "M", "collection:iter, value:any", a -> {
            if (a.get(0) instanceof PySet s) {
                return s.contains(a.get(1));
            }
            for (Object x : a.iter(0)) {
                if (Py.eq(x, a.get(1))) {
                    return true;
                }
            }
            return false;
        });
        r.add("insert", "M", "collection:seq, position:int, value:any", a -> {
            List<Object> l = new ArrayList<>(a.list(0));
            long p = a.integer(1);
            l.add((int) QueryLib.pyIndex(p, l.size()), a.get(2));
            return l;
        });
        r.add("insert", "M", "collection:iter, position:int, value:any", a -> {
            List<Object> l = QueryLib.toList(a.iter(0));
            long p = a.integer(1);
            if (p < 0) {
                return new LazySeq(l.iterator());
            }
            l.add((int) Math.min(p, l.size()), a.get(2));
            return new LazySeq(l.iterator());
        });
        r.add("insertMany", "M", "collection:iter, position:int, values:iter", a -> {
            List<Object> l = QueryLib.toList(a.iter(0));
            long p = a.integer(1);
            int at = p < 0 ? 0 : (int) Math.min(p, l.size());
            l.addAll(at, QueryLib.toList(a.iter(2)));
            return new LazySeq(l.iterator());
        });
        r.add("delete", "M", "collection:iter, position:int, count:int=1", a -> {
            List<Object> l = QueryLib.toList(a.iter(0));
            long p = a.integer(1);
            long c = a.integer(2);
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < l.size(); i++) {
                boolean inRange = p >= 0 && i >= p && (c < 0 || i < p + c);
                if (!inRange) {
                    out.add(l.get(i));
                }
            }
            return new LazySeq(out.iterator());
        });
        r.add("replace", "M", "collection:iter, position:int, value:any, count:int=1",
                a -> replaceRange(a, single(a.get(2))));
        r.add("replaceMany", "M", "collection:iter, position:int, values:iter, count:int=1",
                a -> replaceRange(a, QueryLib.toList(a.iter(2))));
    }

    private static List<Object> single(Object v) {
        List<Object> l = new ArrayList<>(1);
        l.add(v);
        return l;
    }

    private static Object replaceRange(Args a, List<Object> values) {
        List<Object> l = QueryLib.toList(a.iter(0));
        long p = a.integer(1);
        long c = a.integer(3);
        List<Object> out = new ArrayList<>();
        boolean inserted = false;
        for (int i = 0; i < l.size(); i++) {
            boolean inRange = p >= 0 && i >= p && (c < 0 || i < p + c);
            if (inRange) {
                if (!inserted) {
                    out.addAll(values);
                    inserted = true;
                }
            } else {
                out.add(l.get(i));
            }
        }
        return new LazySeq(out.iterator());
    }

    private static Map<Object, Object> rulesToDict(List<Object> rules, Map<Object, Object> out) {
        for (Object o : rules) {
            MappingRule rule = (MappingRule) o;
            Dicts.put(out, hashable(rule.keyValue()), rule.valueValue());
        }
        return out;
    }

    /** Dict keys and set elements must be hashable; YAQL's tuples and frozen dicts are. */
    static Object hashable(Object x) {
        if (x instanceof PySet s && s.viewName() != null) {
            throw new ExpressionException(ErrorCategory.TYPE, "unhashable type: '" + s.viewName() + "'");
        }
        return x;
    }

    /** list()/set() arguments: lazy sequences are spliced in, everything else kept as one item. */
    private static List<Object> spliced(List<Object> args) {
        List<Object> out = new ArrayList<>();
        for (Object x : args) {
            if (x instanceof LazySeq seq && !seq.isView()) {
                out.addAll(seq.materialize());
            } else {
                out.add(x);
            }
        }
        return out;
    }

    private static void flatten(Iterable<?> items, List<Object> out) {
        for (Object x : items) {
            if (Py.isIterable(x)) {
                flatten((Iterable<?>) x, out);
            } else {
                out.add(x);
            }
        }
    }
}
