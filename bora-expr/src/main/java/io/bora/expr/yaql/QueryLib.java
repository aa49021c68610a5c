package io.bora.expr.yaql;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;
import io.bora.expr.value.LazySeq;
import io.bora.expr.value.Limits;
import io.bora.expr.value.Py;
import io.bora.expr.value.PySet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Query methods over iterables (spec §8.7); lazy where yaql is lazy. */
final class QueryLib {
    private QueryLib() {
    }

    static Stream<Object> stream(Iterable<Object> it) {
        return StreamSupport.stream(it.spliterator(), false);
    }

    static LazySeq lazy(Stream<Object> s) {
        return new LazySeq(s.iterator());
    }

    static List<Object> toList(Iterable<?> it) {
        if (it instanceof LazySeq seq) {
            return new ArrayList<>(seq.materialize());
        }
        List<Object> out = new ArrayList<>();
        for (Object x : it) {
            out.add(x);
            if ((out.size() & 1023) == 0) {
                Limits.checkCollection(out.size());
            }
        }
        return out;
    }

    static ExpressionException empty() {
        return new ExpressionException(ErrorCategory.EMPTY, "StopIteration: the collection is empty");
    }

    static void register(Registry r) {
        r.add("select", "M", "collection:iter, selector:lambda", a -> lazy(stream(a.iter(0)).map(x -> a.lambda(1).call(x))));
        r.add("map", "M", "collection:iter, selector:lambda", a -> lazy(stream(a.iter(0)).map(x -> a.lambda(1).call(x))));
        r.add("where", "M", "collection:iter, predicate:lambda",
                a -> lazy(stream(a.iter(0)).filter(x -> Py.truthy(a.lambda(1).call(x)))));
        r.add("filter", "M", "collection:iter, predicate:lambda",
                a -> lazy(stream(a.iter(0)).filter(x -> Py.truthy(a.lambda(1).call(x)))));
        r.add("skip", "M", "collection:iter, count:int", a -> lazy(stream(a.iter(0)).skip(count(a, 1))));
        r.add("take", "M", "collection:iter, count:int", a -> lazy(stream(a.iter(0)).limit(count(a, 1))));
        r.add("limit", "M", "collection:iter, count:int", a -> lazy(stream(a.iter(0)).limit(count(a, 1))));
        r.add("append", "FM", "collection:iter, *args:any",
                a -> lazy(Stream.concat(stream(a.iter(0)), a.list(1).stream())));
        r.add("concat", "FM", "*collections:iter", a -> {
            Stream<Object> s = Stream.empty();
            for (Object c : a.list(0)) {
                @SuppressWarnings("unchecked")
                Iterable<Object> it = (Iterable<Object>) c;
                s = Stream.concat(s, stream(it));
            }
            return lazy(s);
        });
        r.add("distinct", "FM", "collection:iter, keySelector:lambda=null", a -> {
            Lambda key = (Lambda) a.get(1);
            PySet seen = new PySet();
            return lazy(stream(a.iter(0)).filter(x -> seen.add(key == null ? x : key.call(x))));
        });
        r.add("enumerate", "FM", "collection:iter, start:int?=0", a -> {
            if (a.get(1) == null) {
                throw new ExpressionException(ErrorCategory.TYPE, "'NoneType' object cannot be interpreted as an integer");
            }
            long[] i = {a.integer(1)};
            return lazy(stream(a.iter(0)).map(x -> pair(i[0]++, x)));
        });
        r.add("any", "FM", "collection:iter, predicate:lambda=null", a -> {
            Lambda p = (Lambda) a.get(1);
            for (Object x : a.iter(0)) {
                if (p == null || Py.truthy(p.call(x))) {
                    return true;
                }
            }
            return false;
        });
        r.add("all", "FM", "collection:iter, predicate:lambda=null", a -> {
            Lambda p = (Lambda) a.get(1);
            for (Object x : a.iter(0)) {
                if (!Py.truthy(p == null ? x : p.call(x))) {
                    return false;
                }
            }
            return true;
        });
        r.add("count", "M", "collection:iter", a -> (long) toList(a.iter(0)).size());
        r.add("memorize", "M", "collection:iter", a -> toList(a.iter(0)));
        r.add("sum", "M", "collection:iter, initial:any=?", a -> fold(a.iter(0), a.get(1), "sum",
                (x, y) -> Operators.binary("+", x, y)));
        r.add("max", "M", "collection:iter, initial:any=?", a -> fold(a.iter(0), a.get(1), "max",
                (x, y) -> Operators.compare(">", y, x) ? y : x));
        r.add("min", "M", "collection:iter, initial:any=?", a -> fold(a.iter(0), a.get(1), "min",
                (x, y) -> Operators.compare(">", y, x) ? x : y));
        r.add("first", "M", "collection:iter, default:any=?", a -> {
            Iterator<Object> it = a.iter(0).iterator();
            if (it.hasNext()) {
                return it.next();
            }
            if (a.has(1)) {
                return a.get(1);
            }
            throw empty();
        });
        r.add("last", "M", "collection:iter, default:any=?", a -> {
            List<Object> l = toList(a.iter(0));
            if (!l.isEmpty()) {
                return l.get(l.size() - 1);
            }
            if (a.has(1)) {
                return a.get(1);
            }
            throw empty();
        });
        r.add("single", "M", "collection:iter", a -> {
            Iterator<Object> it = a.iter(0).iterator();
            if (!it.hasNext()) {
                throw empty();
            }
            Object v = it.next();
            if (it.hasNext()) {
                throw new ExpressionException(ErrorCategory.EMPTY, "StopIteration: collection contains more than one item");
            }
            return v;
        });
        r.add("selectMany", "M", "collection:iter, selector:lambda", a -> lazy(stream(a.iter(0)).flatMap(x -> {
            Object v = a.lambda(1).call(x);
            if (Py.isIterable(v)) {
                @SuppressWarnings("unchecked")
                Iterable<Object> it = (Iterable<Object>) v;
                return stream(it);
            }
            return Stream.of(v);
        })));
        r.add("range", "F", "stop:int", a -> range(0, a.integer(0), 1));
        r.add("range", "F", "start:int, stop:int, step:int=1", a -> range(a.integer(0), a.integer(1), a.integer(2)));
        r.add("sequence", "F", "start:int=0, step:int=1", a -> {
            long start = a.integer(0);
            long step = a.integer(1);
            return lazy(Stream.iterate((Object) start, x -> (Long) x + step));
        });
        r.add("orderBy", "M", "collection:iter, selector:lambda", a -> new Ordering(toList(a.iter(0)), a.lambda(1), false));
        r.add("orderByDescending", "M", "collection:iter, selector:lambda",
                a -> new Ordering(toList(a.iter(0)), a.lambda(1), true));
        r.add("thenBy", "M", "collection:iter, selector:lambda", a -> thenBy(a, false));
        r.add("thenByDescending", "M", "collection:iter, selector:lambda", a -> thenBy(a, true));
        r.add("groupBy", "M", "collection:iter, keySelector:lambda, valueSelector:lambda=null, aggregator:lambda=null",
                QueryLib::groupBy);
        r.add("zip", "M", "*collections:iter", a -> zip(a.list(0), false, null));
        r.add("zipLongest", "M", "*collections:iter, **kwargs", a -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> kw = (Map<String, Object>) a.get(1);
            return zip(a.list(0), true, kw.get("default"));
        });
        r.add("join", "M", "collection1:iter, collection2:iter, predicate:lambda, selector:lambda", a -> {
            List<Object> right = toList(a.iter(1));
            List<Object> out = new ArrayList<>();
            for (Object x : a.iter(0)) {
                for (Object y : right) {
                    if (Py.truthy(a.lambda(2).call(x, y))) {
                        out.add(a.lambda(3).call(x, y));
                    }
                }
            }
            return new LazySeq(out.iterator());
        });
        r.add("repeat", "M", "value:any, times:int=-1", a -> {
            Object v = a.get(0);
            long n = a.integer(1);
            Stream<Object> s = Stream.generate(() -> v);
            return lazy(n < 0 ? s : s.limit(n));
        });
        r.add("cycle", "M", "collection:iter", a -> {
            List<Object> items = toList(a.iter(0));
            if (items.isEmpty()) {
                return new LazySeq(Collections.emptyIterator());
            }
            return new LazySeq(new Iterator<>() {
                int i;

                @Override
                public boolean hasNext() {
                    return true;
                }

                @Override
                public Object next() {
                    return items.get(i++ % items.size());
                }
            });
        });
        r.add("takeWhile", "M", "collection:iter, predicate:lambda",
                a -> lazy(stream(a.iter(0)).takeWhile(x -> Py.truthy(a.lambda(1).call(x)))));
        r.add("skipWhile", "M", "collection:iter, predicate:lambda",
                a -> lazy(stream(a.iter(0)).dropWhile(x -> Py.truthy(a.lambda(1).call(x)))));
        r.add("indexOf", "M", "collection:iter, item:any", a -> {
            long i = 0;
            for (Object x : a.iter(0)) {
                if (Py.eq(x, a.get(1))) {
                    return i;
                }
                i++;
            }
            return -1L;
        });
        r.add("lastIndexOf", "M", "collection:iter, item:any", a -> {
            List<Object> l = toList(a.iter(0));
            for (int i = l.size() - 1; i >= 0; i--) {
                if (Py.eq(l.get(i), a.get(1))) {
                    return (long) i;
                }
            }
            return -1L;
        });
        r.add("indexWhere", "M", "collection:iter, predicate:lambda", a -> {
            long i = 0;
            for (Object x : a.iter(0)) {
                if (Py.truthy(a.lambda(1).call(x))) {
                    return i;
                }
                i++;
            }
            return -1L;
        });
        r.add("lastIndexWhere", "M", "collection:iter, predicate:lambda", a -> {
            List<Object> l = toList(a.iter(0));
            long found = -1;
            for (int i = 0; i < l.size(); i++) {
                if (Py.truthy(a.lambda(1).call(l.get(i)))) {
                    found = i;
                }
            }
            return found;
        });
        r.add("slice", "M", "collection:iter, length:int", a -> {
            long n = a.integer(1);
            if (n < 0) {
                throw new ExpressionException(ErrorCategory.VALUE,
                        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
            }
            List<Object> l = toList(a.iter(0));
            List<Object> out = new ArrayList<>();
            if (n == 0) {
                return new LazySeq(out.iterator());
            }
            for (int i = 0; i < l.size(); i += (int) n) {
                out.add(new ArrayList<>(l.subList(i, (int) Math.min(l.size(), i + n))));
            }
            return new LazySeq(out.iterator());
        });
        r.add("splitWhere", "M", "collection:iter, predicate:lambda", a -> {
            List<Object> out = new ArrayList<>();
            List<Object> cur = new ArrayList<>();
            for (Object x : a.iter(0)) {
                if (Py.truthy(a.lambda(1).call(x))) {
                    out.add(cur);
                    cur = new ArrayList<>();
                } else {
                    cur.add(x);
                }
            }
            if (!cur.isEmpty()) {
                out.add(cur);
            }
            return new LazySeq(out.iterator());
        });
        r.add("sliceWhere", "M", "collection:iter, predicate:lambda", a -> {
            List<Object> out = new ArrayList<>();
            List<Object> cur = new ArrayList<>();
            Object prev = Py.MISSING;
            for (Object x : a.iter(0)) {
                Object key = a.lambda(1).call(x);
                if (prev != Py.MISSING && !Py.eq(prev, key)) {
                    out.add(cur);
                    cur = new ArrayList<>();
                }
                cur.add(x);
                prev = key;
            }
            if (!cur.isEmpty()) {
                out.add(cur);
            }
            return new LazySeq(out.iterator());
        });
        r.add("splitAt", "M", "collection:iter, index:int", a -> {
            List<Object> l = toList(a.iter(0));
            int i = (int) pyIndex(a.integer(1), l.size());
            return pair(new ArrayList<>(l.subList(0, i)), new ArrayList<>(l.subList(i, l.size())));
        });
        r.add("aggregate", "M", "collection:iter, selector:lambda, seed:any=?", QueryLib::aggregate);
        r.add("reduce", "M", "collection:iter, selector:lambda, seed:any=?", QueryLib::aggregate);
        r.add("accumulate", "M", "collection:iter, selector:lambda, seed:any=?", a -> {
            Iterator<Object> it = a.iter(0).iterator();
            List<Object> out = new ArrayList<>();
            Object acc;
            if (a.has(2)) {
                acc = a.get(2);
            } else if (it.hasNext()) {
                acc = it.next();
            } else {
                throw new ExpressionException(ErrorCategory.TYPE, "accumulate of an empty sequence with no seed");
            }
            out.add(acc);
            while (it.hasNext()) {
                acc = a.lambda(1).call(acc, it.next());
                out.add(acc);
            }
            return new LazySeq(out.iterator());
        });
        r.add("reverse", "M", "collection:iter", a -> {
            List<Object> l = toList(a.iter(0));
            Collections.reverse(l);
            return new LazySeq(l.iterator());
        });
        r.add("defaultIfEmpty", "M", "collection:iter, default:iter", a -> {
            Iterator<Object> it = a.iter(0).iterator();
            return it.hasNext() ? a.get(0) : a.get(1);
        });
        r.add("generate", "F", "initial:any, predicate:lambda, producer:lambda, selector:lambda=null, decycle:bool=false",
                QueryLib::generate);
        r.add("generateMany", "F",
                "initial:any, producer:lambda, selector:lambda=null, decycle:bool=false, depthFirst:bool=false",
                QueryLib::generateMany);
        r.add("mergeWith", "M", "dict:map, another:map, listMerger:lambda=null, itemMerger:lambda=null, maxLevels:int=0",
                a -> Merge.merge(a.map(0), a.map(1), (Lambda) a.get(2), (Lambda) a.get(3), a.integer(4)));
    }

    /** ArrayDeque cannot hold null; this box stands in for a null element. */
    enum NullBox {
        NULL;

        static Object unbox(Object o) {
            return o == NULL ? null : o;
        }
    }

    static long count(Args a, int i) {
        long n = a.integer(i);
        if (n < 0) {
            throw new ExpressionException(ErrorCategory.VALUE, "count must be a non-negative integer");
        }
        return n;
    }

    static long pyIndex(long i, int size) {
        if (i < 0) {
            i += size;
        }
        return Math.max(0, Math.min(size, i));
    }

    interface Fold {
        Object apply(Object acc, Object x);
    }

    private static Object fold(Iterable<Object> items, Object initial, String what, Fold f) {
        Iterator<Object> it = items.iterator();
        Object acc;
        if (initial != Py.MISSING) {
            acc = initial;
        } else if (it.hasNext()) {
            acc = it.next();
        } else {
            throw new ExpressionException(ErrorCategory.TYPE, what + "() of an empty sequence with no initial value");
        }
        while (it.hasNext()) {
            acc = f.apply(acc, it.next());
        }
        return acc;
    }

    private static Object aggregate(Args a) {
        return fold(a.iter(0), a.get(2), "reduce", (acc, x) -> a.lambda(1).call(acc, x));
    }

    private static LazySeq range(long start, long stop, long step) {
        if (step == 0) {
            throw new ExpressionException(ErrorCategory.VALUE, "range() arg 3 must not be zero");
        }
        return new LazySeq(new Iterator<>() {
            long cur = start;

            @Override
            public boolean hasNext() {
                return step > 0 ? cur < stop : cur > stop;
            }

            @Override
            public Object next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                long v = cur;
                cur += step;
                return v;
            }
        });
    }

    private static Object thenBy(Args a, boolean desc) {
        if (!(a.get(0) instanceof Ordering o)) {
            throw new ExpressionException(ErrorCategory.NO_MATCHING_OVERLOAD,
                    "No method \"thenBy\" matches supplied arguments");
        }
        return o.then(a.lambda(1), desc);
    }

    private static Object groupBy(Args a) {
        Lambda keySel = a.lambda(1);
        Lambda valSel = (Lambda) a.get(2);
        Lambda agg = (Lambda) a.get(3);
        Map<PySet.Key, List<Object>> groups = new LinkedHashMap<>();
        Map<PySet.Key, Object> keys = new LinkedHashMap<>();
        for (Object x : a.iter(0)) {
            Object k = keySel.call(x);
            PySet.Key hk = new PySet.Key(k);
            keys.putIfAbsent(hk, k);
            groups.computeIfAbsent(hk, z -> new ArrayList<>()).add(valSel == null ? x : valSel.call(x));
        }
        List<Object> out = new ArrayList<>();
        for (Map.Entry<PySet.Key, List<Object>> e : groups.entrySet()) {
            Object key = keys.get(e.getKey());
            if (agg == null) {
                out.add(pair(key, e.getValue()));
                continue;
            }
            try {
                out.add(pair(key, agg.call(e.getValue())));
            } catch (ExpressionException first) {
                if (first.category() != ErrorCategory.NO_MATCHING_OVERLOAD && first.category() != ErrorCategory.NO_FUNCTION
                        && first.category() != ErrorCategory.INDEX && first.category() != ErrorCategory.KEY) {
                    throw first;
                }
                try {
                    Object v = agg.call(pair(key, e.getValue()));
                    List<Object> p = v instanceof List<?> l ? new ArrayList<>(l) : toList((Iterable<?>) v);
                    if (p.size() != 2) {
                        throw first;
                    }
                    out.add(p);
                } catch (ExpressionException | ClassCastException second) {
                    throw first;
                }
            }
        }
        return out;
    }

    static List<Object> pair(Object a, Object b) {
        List<Object> p = new ArrayList<>(2);
        p.add(a);
        p.add(b);
        return p;
    }

    private static LazySeq zip(List<Object> colls, boolean longest, Object dflt) {
        List<Iterator<?>> its = new ArrayList<>();
        for (Object c : colls) {
            its.add(((Iterable<?>) c).iterator());
        }
        List<Object> out = new ArrayList<>();
        while (!its.isEmpty()) {
            List<Object> row = new ArrayList<>();
            boolean any = false;
            boolean all = true;
            for (Iterator<?> it : its) {
                if (it.hasNext()) {
                    row.add(it.next());
                    any = true;
                } else {
                    row.add(dflt);
                    all = false;
                }
            }
            if (longest ? !any : !all) {
                break;
            }
            out.add(row);
            Limits.checkCollection(out.size());
        }
        return new LazySeq(out.iterator());
    }

    private static Object generate(Args a) {
        Object x = a.get(0);
        Lambda pred = a.lambda(1);
        Lambda prod = a.lambda(2);
        Lambda sel = (Lambda) a.get(3);
        boolean decycle = a.bool(4);
        PySet seen = new PySet();
        List<Object> out = new ArrayList<>();
        while (Py.truthy(pred.call(x))) {
            if (decycle && !seen.add(x)) {
                break;
            }
            out.add(sel == null ? x : sel.call(x));
            Limits.checkCollection(out.size());
            x = prod.call(x);
        }
        return new LazySeq(out.iterator());
    }

    private static Object generateMany(Args a) {
        Lambda prod = a.lambda(1);
        Lambda sel = (Lambda) a.get(2);
        boolean decycle = a.bool(3);
        boolean depthFirst = a.bool(4);
        java.util.Deque<Object> queue = new java.util.ArrayDeque<>();
        List<Object> out = new ArrayList<>();
        PySet seen = new PySet();
        queue.add(a.get(0) == null ? NullBox.NULL : a.get(0));
        while (!queue.isEmpty()) {
            Object x = NullBox.unbox(queue.pollFirst());
            if (decycle && !seen.add(x)) {
                continue;
            }
            out.add(sel == null ? x : sel.call(x));
            Limits.checkCollection(out.size());
            Object produced = prod.call(x);
            List<Object> next = produced == null ? List.of() : toList((Iterable<?>) produced);
            if (depthFirst) {
                for (int i = next.size() - 1; i >= 0; i--) {
                    queue.addFirst(next.get(i) == null ? NullBox.NULL : next.get(i));
                }
            } else {
                for (Object n : next) {
                    queue.addLast(n == null ? NullBox.NULL : n);
                }
            }
        }
        return new LazySeq(out.iterator());
    }
}
