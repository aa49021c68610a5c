package io.bora.expr.jinja;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Python's stable sort with {@code <} semantics (TypeError across incomparable types). */
final class Sorting {
    private Sorting() {
    }

    static List<Object> sorted(List<?> items, Function<Object, Object> key, boolean reverse) {
        List<Object[]> keyed = new ArrayList<>(items.size());
        for (Object item : items) {
            keyed.add(new Object[] {key.apply(item), item});
        }
        keyed.sort((a, b) -> {
            int c = PyOps.compare(b[0], a[0], "<") < 0 ? 1 : PyOps.compare(a[0], b[0], "<") < 0 ? -1 : 0;
            return reverse ? -c : c;
        });
        List<Object> out = new ArrayList<>(items.size());
        for (Object[] k : keyed) {
            out.add(k[1]);
        }
        return out;
    }
}
