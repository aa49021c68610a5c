package io.bora.expr.jinja;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/** A Python tuple: an immutable sequence that is never equal to a list. */
class PyTuple extends AbstractList<Object> implements RandomAccess {
    private final List<Object> items;

    PyTuple(List<Object> items) {
        this.items = items;
    }

    static PyTuple of(Object... items) {
        return new PyTuple(java.util.Arrays.asList(items));
    }

    @Override
    public Object get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyTuple && super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
