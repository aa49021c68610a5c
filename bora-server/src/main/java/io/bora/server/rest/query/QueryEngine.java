package io.bora.server.rest.query;

import io.bora.engine.port.ListQuery.Op;
import io.bora.server.rest.HttpError;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Applies a {@link CollectionRequest} to the items of a collection: filters, sort (with {@code id}
 * last, so the order is total), the marker (the page starts after that item in sort order) and
 * the limit.
 */
public final class QueryEngine {
    private QueryEngine() {
    }

    /** One page and whether it is full (then Mistral offers a {@code next} link). */
    public record Page<T>(List<T> items, boolean full) {
    }

    public static <T> Page<T> apply(List<T> all, FieldAccess<T> access, CollectionRequest request,
                                    ResourceSchema schema) {
        List<T> matching = new ArrayList<>();
        for (T item : all) {
            if (matchesAll(item, access, request.filters())) {
                matching.add(item);
            }
        }
        Comparator<T> order = comparator(access, request.sort());
        matching.sort(order);
        if (request.marker() != null) {
            T marker = null;
            for (T item : all) {
                if (request.marker().equals(access.get(item, "id"))) {
                    marker = item;
                    break;
                }
            }
            if (marker == null) {
                throw HttpError.notFound(schema.markerNotFound().apply(request.marker()));
            }
            List<T> after = new ArrayList<>();
            for (T item : matching) {
                if (order.compare(item, marker) > 0) {
                    after.add(item);
                }
            }
            matching = after;
        }
        if (request.limit() != null && matching.size() > request.limit()) {
            return new Page<>(List.copyOf(matching.subList(0, request.limit())), true);
        }
        boolean full = request.limit() != null && matching.size() == request.limit();
        return new Page<>(List.copyOf(matching), full);
    }

    static <T> Comparator<T> comparator(FieldAccess<T> access, List<SortKey> sort) {
        Comparator<T> order = (a, b) -> 0;
        for (SortKey key : sort) {
            Comparator<T> one = (a, b) -> Values.compare(access.get(a, key.field()), access.get(b, key.field()));
            order = order.thenComparing(key.ascending() ? one : one.reversed());
        }
        return order;
    }

    static <T> boolean matchesAll(T item, FieldAccess<T> access, List<Filter> filters) {
        for (Filter f : filters) {
            if (!matches(access.get(item, f.field()), f)) {
                return false;
            }
        }
        return true;
    }

    static boolean matches(Object stored, Filter f) {
        if (f.op() == Op.IS_NULL) {
            return stored == null;
        }
        if (f.field().equals("tags") && f.op() == Op.EQ && f.value() instanceof List<?> wanted) {
            // tags=a,b: the resource carries all of them
            if (!(stored instanceof List<?> tags)) {
                return wanted.isEmpty();
            }
            return tags.stream().map(String::valueOf).toList().containsAll(wanted.stream().map(String::valueOf).toList());
        }
        if (stored == null) {
            return false;
        }
        return switch (f.op()) {
            case EQ -> Values.equalsText(stored, (String) f.value(), f.field());
            case NEQ -> !Values.equalsText(stored, (String) f.value(), f.field());
            case GT -> Values.compareToText(stored, (String) f.value(), f.field()) > 0;
            case GTE -> Values.compareToText(stored, (String) f.value(), f.field()) >= 0;
            case LT -> Values.compareToText(stored, (String) f.value(), f.field()) < 0;
            case LTE -> Values.compareToText(stored, (String) f.value(), f.field()) <= 0;
            case IN -> anyEqual(stored, (List<?>) f.value(), f.field());
            case NIN -> !anyEqual(stored, (List<?>) f.value(), f.field());
            case HAS -> hasText(stored, (String) f.value());
            case IS_NULL -> false;
        };
    }

    private static boolean hasText(Object stored, String part) {
        if (stored instanceof List<?> list && !list.isEmpty() && list.getFirst() instanceof String) {
            return list.stream().anyMatch(x -> Objects.toString(x).contains(part));
        }
        return Values.text(stored).contains(part);
    }

    private static boolean anyEqual(Object stored, List<?> candidates, String field) {
        for (Object c : candidates) {
            if (Values.equalsText(stored, String.valueOf(c), field)) {
                return true;
            }
        }
        return false;
    }
}
