package io.bora.server.rest;

import io.bora.engine.port.InvalidQueryException;
import io.bora.engine.port.ListQuery;
import io.bora.server.rest.query.CollectionRequest;
import io.bora.server.rest.query.Filter;
import io.bora.server.rest.query.FieldAccess;
import io.bora.server.rest.query.NextLink;
import io.bora.server.rest.query.QueryEngine;
import io.bora.server.rest.query.ResourceSchema;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Answers a collection GET: query, page, projection, {@code next} link. */
final class Collections {
    private Collections() {
    }

    /** Sort keys the store orders exactly as {@link QueryEngine} does: instants, and ids as code points. */
    private static final Set<String> STORE_ORDERED = Set.of("created_at", "updated_at", "id");

    /**
     * A collection GET over rows of the store that can be counted in millions (executions, tasks,
     * action executions). When the store can answer the request exactly as {@link QueryEngine}
     * would — a limit, equality filters on {@code columns} only, sorted by time and id — it reads
     * only the page, through the creation-time index. Otherwise it reads what the equality
     * filters on {@code columns} leave, and the rest of the request is applied in memory.
     */
    static <T> Map<String, Object> stored(Context ctx, ResourceSchema schema, CollectionRequest request,
                                          Set<String> columns, Function<ListQuery, List<T>> list,
                                          FieldAccess<T> access, Function<T, Map<String, Object>> view) {
        List<ListQuery.Filter> narrow = narrowing(request, columns);
        boolean exact = request.limit() != null && narrow.size() == request.filters().size()
                && request.sort().stream().allMatch(k -> STORE_ORDERED.contains(k.field()));
        if (exact) {
            try {
                return body(ctx, schema, request, storePage(schema, request, narrow, list), access, view, true);
            } catch (InvalidQueryException e) {
                // a store that cannot answer this query still gets the right answer below, only slower
            }
        }
        return page(ctx, schema, request, load(narrow, list), access, view, true);
    }

    private static <T> QueryEngine.Page<T> storePage(ResourceSchema schema, CollectionRequest request,
                                                     List<ListQuery.Filter> filters, Function<ListQuery, List<T>> list) {
        if (request.marker() != null) {
            // as in memory: the marker must be one of the items the filters leave
            List<ListQuery.Filter> marker = new ArrayList<>(filters);
            marker.add(ListQuery.Filter.eq("id", request.marker()));
            if (list.apply(new ListQuery(marker, List.of(), null, 1)).isEmpty()) {
                throw HttpError.notFound(schema.markerNotFound().apply(request.marker()));
            }
        }
        List<ListQuery.Sort> sort = request.sort().stream().map(k -> new ListQuery.Sort(k.field(), k.ascending())).toList();
        List<T> items = list.apply(new ListQuery(filters, sort, request.marker(), request.limit()));
        return new QueryEngine.Page<>(items, items.size() == request.limit());
    }

    /** The request's equality filters on plain columns, which the store applies as QueryEngine would. */
    private static List<ListQuery.Filter> narrowing(CollectionRequest request, Set<String> columns) {
        List<ListQuery.Filter> narrow = new ArrayList<>();
        for (Filter f : request.filters()) {
            if (columns.contains(f.field()) && f.op() == ListQuery.Op.EQ && f.value() instanceof String v) {
                narrow.add(ListQuery.Filter.eq(f.field(), v));
            }
        }
        return narrow;
    }

    /** Everything the filters leave, for {@link QueryEngine}; a narrowing the store rejects is dropped. */
    private static <T> List<T> load(List<ListQuery.Filter> narrow, Function<ListQuery, List<T>> list) {
        if (narrow.isEmpty()) {
            return list.apply(ListQuery.all());
        }
        try {
            return list.apply(new ListQuery(narrow, List.of(), null, null));
        } catch (InvalidQueryException e) {
            // a store that cannot filter on a column still gets the right answer, only slower
            return list.apply(ListQuery.all());
        }
    }

    static CollectionRequest request(Context ctx, ResourceSchema schema) {
        return CollectionRequest.parse(ctx.queryParamMap(), schema, true);
    }

    static <T> Map<String, Object> page(Context ctx, ResourceSchema schema, CollectionRequest request, List<T> all,
                                        FieldAccess<T> access, Function<T, Map<String, Object>> view,
                                        boolean project) {
        return body(ctx, schema, request, QueryEngine.apply(all, access, request, schema), access, view, project);
    }

    private static <T> Map<String, Object> body(Context ctx, ResourceSchema schema, CollectionRequest request,
                                                QueryEngine.Page<T> page, FieldAccess<T> access,
                                                Function<T, Map<String, Object>> view, boolean project) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (T item : page.items()) {
            Map<String, Object> json = view.apply(item);
            items.add(project ? Projection.apply(json, request.fields()) : json);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(schema.collection(), items);
        if (page.full() && !page.items().isEmpty()) {
            String lastId = String.valueOf(access.get(page.items().getLast(), "id"));
            body.put("next", NextLink.build(Responses.baseUrl(ctx), schema, request, lastId));
        }
        return body;
    }
}
