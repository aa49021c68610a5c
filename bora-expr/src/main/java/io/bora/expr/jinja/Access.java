package io.bora.expr.jinja;

import java.util.List;
import java.util.Map;

/**
 * Attribute and item lookup as Jinja's SandboxedEnvironment does it: {@code a.b} tries the Python
 * attribute first, then the item; {@code a[b]} the item first, then the attribute. Attributes
 * starting with an underscore that exist on the object are refused (SecurityError); misses give
 * a StrictUndefined value.
 */
final class Access {
    private Access() {
    }

    static Object getattr(Object obj, String attr) {
        obj = Markup.unwrap(obj);
        if (obj instanceof Undefined u) {
            throw u.fail();
        }
        if (isUnsafe(obj, attr)) {
            return Undefined.unsafe(obj, attr);
        }
        Object attribute = pythonAttribute(obj, attr);
        if (attribute != NONE) {
            return attribute;
        }
        if (obj instanceof Map<?, ?> m && m.containsKey(attr)) {
            return m.get(attr);
        }
        if (obj instanceof Namespace ns) {
            return ns.attributes().containsKey(attr) ? ns.attributes().get(attr) : Undefined.attribute(obj, attr);
        }
        return Undefined.attribute(obj, attr);
    }

    /** Attribute lookup without the item fallback (the {@code attr} filter). */
    static Object attributeOnly(Object obj, String attr) {
        obj = Markup.unwrap(obj);
        if (obj instanceof Undefined u) {
            throw u.fail();
        }
        if (isUnsafe(obj, attr)) {
            return Undefined.unsafe(obj, attr);
        }
        Object attribute = pythonAttribute(obj, attr);
        if (attribute != NONE) {
            return attribute;
        }
        if (obj instanceof Namespace ns && ns.attributes().containsKey(attr)) {
            return ns.attributes().get(attr);
        }
        return Undefined.attribute(obj, attr);
    }

    static Object getitem(Object obj, Object key) {
        obj = Markup.unwrap(obj);
        key = Markup.unwrap(key);
        if (obj instanceof Undefined u) {
            throw u.fail();
        }
        Undefined.strict(key);
        if (key instanceof Slice s) {
            return slice(obj, s);
        }
        if (obj instanceof Map<?, ?> m) {
            Object k = Dicts.findKey(m, key);
            if (k != Dicts.ABSENT) {
                return m.get(k);
            }
        } else if (obj instanceof String s && PyNum.isInt(key)) {
            List<Object> chars = PyOps.chars(s);
            int i = index(chars.size(), key);
            if (i >= 0) {
                return chars.get(i);
            }
        } else if (obj instanceof List<?> l && PyNum.isInt(key)) {
            int i = index(l.size(), key);
            if (i >= 0) {
                return l.get(i);
            }
        }
        if (obj instanceof Namespace ns && key instanceof String k && ns.attributes().containsKey(k)) {
            return ns.attributes().get(k);
        }
        if (key instanceof String attr) {
            if (isUnsafe(obj, attr)) {
                return Undefined.unsafe(obj, attr);
            }
            Object attribute = pythonAttribute(obj, attr);
            if (attribute != NONE) {
                return attribute;
            }
            return Undefined.attribute(obj, attr);
        }
        return Undefined.element(obj, key);
    }

    /** Python {@code obj[key]} with Python's exceptions (used by str.format fields). */
    static Object strictItem(Object obj, Object key) {
        if (obj instanceof Map<?, ?> m) {
            if (!m.containsKey(key)) {
                throw PyErrors.key(key);
            }
            return m.get(key);
        }
        if (obj instanceof List<?> l && PyNum.isInt(key)) {
            int i = index(l.size(), key);
            if (i < 0) {
                throw PyErrors.index(PyText.typeName(obj) + " index out of range");
            }
            return l.get(i);
        }
        throw PyErrors.type("'" + PyText.typeName(obj) + "' object is not subscriptable");
    }

    /** Position of a Python index (negative counts from the end), or -1 when out of range. */
    private static int index(int size, Object key) {
        long i = PyNum.big(key).max(java.math.BigInteger.valueOf(-size - 1L))
                .min(java.math.BigInteger.valueOf(size)).longValue();
        if (i < 0) {
            i += size;
        }
        return i >= 0 && i < size ? (int) i : -1;
    }

    /** A {@code [start:stop:step]} subscript, evaluated. */
    record Slice(Object start, Object stop, Object step) { }

    static Object slice(Object obj, Slice s) {
        if (obj instanceof String str) {
            List<Object> chars = PyOps.chars(str);
            StringBuilder sb = new StringBuilder();
            for (int i : positions(chars.size(), s)) {
                sb.append((String) chars.get(i));
            }
            return sb.toString();
        }
        if (obj instanceof List<?> l) {
            List<Object> out = new java.util.ArrayList<>();
            for (int i : positions(l.size(), s)) {
                out.add(l.get(i));
            }
            return obj instanceof PyTuple ? new PyTuple(out) : out;
        }
        if (obj == null || obj instanceof Map) {
            throw PyErrors.type("unhashable type: 'slice'");
        }
        throw PyErrors.type("'" + PyText.typeName(obj) + "' object is not subscriptable");
    }

    private static int[] positions(int size, Slice s) {
        long step = s.step() == null ? 1 : sliceInt(s.step());
        if (step == 0) {
            throw PyErrors.value("slice step cannot be zero");
        }
        long start;
        long stop;
        if (step > 0) {
            start = s.start() == null ? 0 : clamp(sliceInt(s.start()), size, 0, size);
            stop = s.stop() == null ? size : clamp(sliceInt(s.stop()), size, 0, size);
        } else {
            start = s.start() == null ? size - 1 : clamp(sliceInt(s.start()), size, -1, size - 1);
            stop = s.stop() == null ? -1 : clamp(sliceInt(s.stop()), size, -1, size - 1);
        }
        java.util.ArrayList<Integer> out = new java.util.ArrayList<>();
        for (long i = start; step > 0 ? i < stop : i > stop; i += step) {
            out.add((int) i);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static long sliceInt(Object v) {
        if (!PyNum.isInt(v)) {
            throw PyErrors.type("slice indices must be integers or None or have an __index__ method");
        }
        return PyNum.big(v).max(java.math.BigInteger.valueOf(Integer.MIN_VALUE))
                .min(java.math.BigInteger.valueOf(Integer.MAX_VALUE)).longValue();
    }

    private static long clamp(long i, int size, long lo, long hi) {
        if (i < 0) {
            i += size;
        }
        return Math.max(lo, Math.min(hi, i));
    }

    private static final Object NONE = new Object();

    /**
     * The sandbox refuses underscore attributes that exist on the object: Python's dunders do on
     * every value, except {@code __dict__}, which builtin values and dicts lack.
     */
    private static boolean isUnsafe(Object obj, String attr) {
        if (!(attr.startsWith("__") && attr.endsWith("__") && attr.length() > 4)) {
            return false;
        }
        return !attr.equals("__dict__") || obj instanceof PyFunction || obj instanceof Namespace
                || obj instanceof PyObject;
    }

    /** The Python attribute {@code attr} of {@code obj} (a bound method or a data attribute), or NONE. */
    private static Object pythonAttribute(Object obj, String attr) {
        if (obj instanceof PyObject o) {
            return o.hasAttribute(attr) ? o.attribute(attr) : NONE;
        }
        if (obj instanceof GroupTuple g) {
            if (attr.equals("grouper")) {
                return g.grouper();
            }
            if (attr.equals("list")) {
                return g.list();
            }
        }
        if (PyNum.isNumber(obj)) {
            switch (attr) {
                case "real" -> {
                    return PyNum.isInt(obj) ? PyNum.intValue(obj) : PyNum.dbl(obj);
                }
                case "imag" -> {
                    return PyNum.isInt(obj) ? (Object) 0L : (Object) 0.0;
                }
                case "numerator" -> {
                    return PyNum.isInt(obj) ? PyNum.intValue(obj) : NONE;
                }
                case "denominator" -> {
                    return PyNum.isInt(obj) ? (Object) 1L : NONE;
                }
                default -> { }
            }
        }
        if (PyMethods.has(obj, attr)) {
            return new PyMethods.Bound(obj, attr);
        }
        return NONE;
    }
}
