package io.bora.server.rest;

import io.bora.engine.model.ActionDefinition;
import io.bora.lang.DslException;
import io.bora.server.rest.query.CollectionRequest;
import io.bora.server.rest.query.Filter;
import io.bora.engine.port.ListQuery;
import io.bora.server.service.ActionCatalog;
import io.bora.server.service.CatalogAction;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /v2/actions}: system and ad-hoc actions merged, filtered and sorted in memory (default
 * {@code name}); the marker is an action id, which for system actions is the name. As in
 * Mistral, lists ignore {@code fields} and always filter on a namespace (default the empty one).
 */
final class ActionRoutes {
    private final ActionCatalog catalog;

    ActionRoutes(ActionCatalog catalog) {
        this.catalog = catalog;
    }

    void register(RoutesConfig routes) {
        routes.post("/v2/actions", this::create);
        routes.put("/v2/actions", this::update);
        routes.get("/v2/actions", this::list);
        routes.post("/v2/actions/validate", this::validate);
        routes.get("/v2/actions/{name}", this::get);
        routes.delete("/v2/actions/{name}", this::delete);
    }

    private void create(Context ctx) {
        ErrorMapper.usePlainErrors(ctx);
        List<ActionDefinition> created = catalog.create(ctx.body(), ctx.queryParam("namespace"), ctx.queryParam("scope"));
        Responses.json(ctx, 201, Map.of("actions", written(created)));
    }

    private void update(Context ctx) {
        ErrorMapper.usePlainErrors(ctx);
        List<ActionDefinition> updated = catalog.update(ctx.body(), ctx.queryParam("namespace"), ctx.queryParam("scope"));
        Responses.json(ctx, 200, Map.of("actions", written(updated)));
    }

    private void get(Context ctx) {
        Responses.onlyParams(ctx, "namespace");
        Responses.json(ctx, 200, ActionJson.of(catalog.get(ctx.pathParam("name"), ctx.queryParam("namespace")), false));
    }

    private void delete(Context ctx) {
        Responses.onlyParams(ctx, "namespace");
        catalog.delete(ctx.pathParam("name"), ctx.queryParam("namespace"));
        Responses.noContent(ctx);
    }

    private void list(Context ctx) {
        CollectionRequest request = CollectionRequest.parse(ctx.queryParamMap(), ActionJson.SCHEMA, false);
        if (request.param("namespace") == null) {
            request = request.plus(new Filter("namespace", ListQuery.Op.EQ, ""));
        }
        Responses.json(ctx, 200, Collections.page(ctx, ActionJson.SCHEMA, withoutFields(request), catalog.list(),
                ActionJson.ACCESS, a -> ActionJson.of(a, false), false));
    }

    private static CollectionRequest withoutFields(CollectionRequest r) {
        return new CollectionRequest(r.filters(), r.sort(), r.marker(), r.limit(), null, r.params());
    }

    private void validate(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        try {
            catalog.validate(ctx.body());
            body.put("valid", true);
        } catch (DslException e) {
            body.put("valid", false);
            body.put("error", ErrorMapper.withPosition(e));
        }
        Responses.json(ctx, 200, body);
    }

    private static List<Map<String, Object>> written(List<ActionDefinition> actions) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ActionDefinition a : actions) {
            out.add(ActionJson.of(new CatalogAction(a, false), true));
        }
        return out;
    }
}
