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

    /**
     * Equality filters on plain columns, for the store to narrow what it loads (executions can be
     * many); the full request is applied in memory afterwards, so this is only an optimisation.
     */
    static <T> List<T> load(CollectionRequest request, Set<String> columns, Function<ListQuery, List<T>> list) {
        List<ListQuery.Filter> narrow = new ArrayList<>();
        for (Filter f : request.filters()) {
            if (columns.contains(f.field()) && f.op() == ListQuery.Op.EQ && f.value() instanceof String v) {
                narrow.add(ListQuery.Filter.eq(f.field(), v));
            }
        }
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
        QueryEngine.Page<T> page = QueryEngine.apply(all, access, request, schema);
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
