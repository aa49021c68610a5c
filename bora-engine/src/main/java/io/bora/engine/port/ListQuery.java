package io.bora.engine.port;

import java.util.List;

/**
 * A collection query as the REST API expresses it: filters, sort, page.
 * Field names are the REST resource's field names ({@code workflow_name}, {@code created_at});
 * the store maps them to columns and rejects unknown ones with {@link InvalidQueryException}.
 *
 * @param marker id of the last item of the previous page (the page starts after it in sort order)
 * @param limit  page size, null for all
 */
public record ListQuery(List<Filter> filters, List<Sort> sort, String marker, Integer limit) {

    public static ListQuery all() {
        return new ListQuery(List.of(), List.of(), null, null);
    }

    public static ListQuery where(Filter... filters) {
        return new ListQuery(List.of(filters), List.of(), null, null);
    }

    /** This query narrowed by one more filter (a nested collection: the tasks of one execution). */
    public ListQuery with(Filter filter) {
        List<Filter> all = new java.util.ArrayList<>(filters);
        all.add(filter);
        return new ListQuery(List.copyOf(all), sort, marker, limit);
    }

    public enum Op { EQ, NEQ, GT, GTE, LT, LTE, IN, NIN, HAS, IS_NULL }

    /** {@code value} is a String (or a List of Strings for IN/NIN); the store converts per column. */
    public record Filter(String field, Op op, Object value) {
        public static Filter eq(String field, Object value) {
            return new Filter(field, Op.EQ, value);
        }
    }

    public record Sort(String field, boolean ascending) {
    }
}
