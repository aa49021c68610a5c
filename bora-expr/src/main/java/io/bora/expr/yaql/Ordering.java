package io.bora.expr.yaql;

import io.bora.expr.value.LazySeq;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * The result of orderBy: a stable sort by YAQL's {@code <}/{@code >} on the selector keys, which
 * thenBy/thenByDescending refine. Sorted on first access.
 */
final class Ordering extends AbstractList<Object> {
    private record Key(Lambda selector, boolean descending) {
    }

    private final List<Object> source;
    private final List<Key> keys;
    private List<Object> sorted;

    Ordering(List<Object> source, Lambda selector, boolean descending) {
        this(source, List.of(new Key(selector, descending)));
    }

    private Ordering(List<Object> source, List<Key> keys) {
        this.source = source;
        this.keys = keys;
    }

    Ordering then(Lambda selector, boolean descending) {
        List<Key> k = new ArrayList<>(keys);
        k.add(new Key(selector, descending));
        return new Ordering(source, k);
    }

    private List<Object> sorted() {
        if (sorted == null) {
            int n = source.size();
            List<Object[]> rows = new ArrayList<>(n);
            for (Object x : source) {
                Object[] row = new Object[keys.size() + 1];
                row[0] = x;
                for (int i = 0; i < keys.size(); i++) {
                    row[i + 1] = keys.get(i).selector.call(x);
                }
                rows.add(row);
            }
            rows.sort((a, b) -> {
                for (int i = 0; i < keys.size(); i++) {
                    int c = compare(a[i + 1], b[i + 1]);
                    if (c != 0) {
                        return keys.get(i).descending ? -c : c;
                    }
                }
                return 0;
            });
            List<Object> out = new ArrayList<>(n);
            for (Object[] row : rows) {
                out.add(row[0]);
            }
            sorted = out;
        }
        return sorted;
    }

    private static int compare(Object a, Object b) {
        if (Operators.compare("<", a, b)) {
            return -1;
        }
        return Operators.compare(">", a, b) ? 1 : 0;
    }

    @Override
    public Object get(int index) {
        return sorted().get(index);
    }

    @Override
    public int size() {
        return sorted().size();
    }

    LazySeq asLazy() {
        return new LazySeq(sorted().iterator());
    }
}
