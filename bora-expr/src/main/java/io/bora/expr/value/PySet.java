package io.bora.expr.value;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable-by-convention Python (frozen)set: membership by Python equality, the first-seen
 * representative kept. Iteration follows insertion order (Python's order is a hash accident;
 * the corpus compares sets as multisets).
 */
public final class PySet implements Iterable<Object> {
    private final Map<Key, Object> items = new LinkedHashMap<>();
    /** For dict views ({@code keys()}, {@code items()}): the view's Python name and its dict, for str(). */
    private String viewName;
    private Map<?, ?> viewOf;

    public PySet() {
    }

    public PySet(Iterable<?> values) {
        for (Object v : values) {
            add(v);
        }
    }

    /** Adds unless an equal element exists; returns true when added. */
    public boolean add(Object v) {
        Key k = new Key(v);
        if (items.containsKey(k)) {
            return false;
        }
        items.put(k, v);
        return true;
    }

    public boolean contains(Object v) {
        return items.containsKey(new Key(v));
    }

    public boolean containsAll(PySet other) {
        for (Object v : other) {
            if (!contains(v)) {
                return false;
            }
        }
        return true;
    }

    public void remove(Object v) {
        items.remove(new Key(v));
    }

    public int size() {
        return items.size();
    }

    /** Marks this set as a view of {@code dict} ({@code KeysView}, {@code ItemsView}). */
    public PySet asView(String name, Map<?, ?> dict) {
        this.viewName = name;
        this.viewOf = dict;
        return this;
    }

    public String viewName() {
        return viewName;
    }

    public Map<?, ?> viewOf() {
        return viewOf;
    }

    public List<Object> toList() {
        return new ArrayList<>(items.values());
    }

    @Override
    public Iterator<Object> iterator() {
        return items.values().iterator();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PySet s && Py.eq(this, s);
    }

    @Override
    public int hashCode() {
        return Py.hash(this);
    }

    /** Wraps a value so Java hash containers use Python equality. */
    public record Key(Object value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Py.eq(value, k.value);
        }

        @Override
        public int hashCode() {
            return Py.hash(value);
        }
    }
}
