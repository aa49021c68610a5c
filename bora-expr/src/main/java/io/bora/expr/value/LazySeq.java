package io.bora.expr.value;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A lazily produced sequence (YAQL's iterators and generators). Elements are memoised as they are
 * pulled, so the sequence can be iterated again (yaql's iterators are single-pass, but everything
 * that observes the difference materialises anyway) and infinite sources still work with
 * {@code take}/{@code first}.
 */
public final class LazySeq implements Iterable<Object> {
    private final Iterator<Object> source;
    private final List<Object> seen = new ArrayList<>();
    private boolean exhausted;

    private final boolean view;

    public LazySeq(Iterator<Object> source) {
        this(source, false);
    }

    /** @param view true for dict views ({@code values()}): iterable, but not an iterator for {@code len}. */
    public LazySeq(Iterator<Object> source, boolean view) {
        this.source = source;
        this.view = view;
    }

    public boolean isView() {
        return view;
    }

    private Map<?, ?> viewOf;

    /** The dict this values() view shows, for str(). */
    public LazySeq viewOf(Map<?, ?> dict) {
        this.viewOf = dict;
        return this;
    }

    public Map<?, ?> viewSource() {
        return viewOf;
    }

    private boolean fill(int index) {
        while (seen.size() <= index && !exhausted) {
            if (source.hasNext()) {
                seen.add(source.next());
                Limits.checkCollection(seen.size());
            } else {
                exhausted = true;
            }
        }
        return index < seen.size();
    }

    /** All elements; fails with a LIMIT error when the sequence exceeds the collection limit. */
    public List<Object> materialize() {
        int i = 0;
        while (fill(i)) {
            i++;
        }
        return seen;
    }

    @Override
    public Iterator<Object> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return fill(next);
            }

            @Override
            public Object next() {
                if (!fill(next)) {
                    throw new NoSuchElementException();
                }
                return seen.get(next++);
            }
        };
    }

    /** Fails when an infinite source is forced into a list. */
    static ExpressionException tooLongUnused(int limit) {
        return new ExpressionException(ErrorCategory.LIMIT,
                "collection size limit exceeded: more than " + limit + " elements");
    }
}
