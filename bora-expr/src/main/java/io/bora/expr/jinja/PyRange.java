package io.bora.expr.jinja;

import java.util.AbstractList;
import java.util.RandomAccess;

/** Python's range object: lazy, rendered as {@code range(0, 3)}, serialised as a list. */
final class PyRange extends AbstractList<Object> implements RandomAccess {
    final long start;
    final long stop;
    final long step;
    private final int size;

    PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        long n = step > 0 ? (stop - start + step - 1) / step : (start - stop - step - 1) / -step;
        this.size = (int) Math.max(0, n);
    }

    @Override
    public Object get(int index) {
        return start + index * step;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean equals(Object o) {
        return o == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return step == 1 ? "range(" + start + ", " + stop + ")" : "range(" + start + ", " + stop + ", " + step + ")";
    }
}
