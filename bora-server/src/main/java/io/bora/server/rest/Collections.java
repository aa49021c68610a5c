package io.bora.server.rest;

import io.bora.server.rest.query.CollectionRequest;
import io.bora.server.rest.query.FieldAccess;
import io.bora.server.rest.query.NextLink;
import io.bora.server.rest.query.QueryEngine;
import io.bora.server.rest.query.ResourceSchema;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Answers a collection GET: query, page, projection, {@code next} link. */
final class Collections {
    private Collections() {
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
