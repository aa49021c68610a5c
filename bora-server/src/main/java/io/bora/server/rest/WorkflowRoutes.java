package io.bora.server.rest;

import io.bora.engine.model.WorkflowDefinition;
import io.bora.lang.DslException;
import io.bora.server.rest.query.CollectionRequest;
import io.bora.server.service.WorkflowCatalog;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /v2/workflows}: text/plain uploads, lookups by name or id, lists, validation. */
final class WorkflowRoutes {
    private final WorkflowCatalog catalog;

    WorkflowRoutes(WorkflowCatalog catalog) {
        this.catalog = catalog;
    }

    void register(RoutesConfig routes) {
        routes.post("/v2/workflows", this::create);
        routes.put("/v2/workflows", this::update);
        routes.get("/v2/workflows", this::list);
        routes.post("/v2/workflows/validate", this::validate);
        routes.get("/v2/workflows/{id}", this::get);
        routes.put("/v2/workflows/{id}", this::updateById);
        routes.delete("/v2/workflows/{id}", this::delete);
        routes.get("/v2/workflows/{id}/members", MemberRoutes::unsupported);
        routes.post("/v2/workflows/{id}/members", MemberRoutes::unsupported);
        routes.get("/v2/workflows/{id}/members/{member}", MemberRoutes::unsupported);
        routes.put("/v2/workflows/{id}/members/{member}", MemberRoutes::unsupported);
        routes.delete("/v2/workflows/{id}/members/{member}", MemberRoutes::unsupported);
    }

    private void create(Context ctx) {
        ErrorMapper.usePlainErrors(ctx);
        List<WorkflowDefinition> created = catalog.create(ctx.body(), ctx.queryParam("namespace"),
                ctx.queryParam("scope"));
        Responses.json(ctx, 201, Map.of("workflows", written(created)));
    }

    private void update(Context ctx) {
        ErrorMapper.usePlainErrors(ctx);
        List<WorkflowDefinition> updated = catalog.update(ctx.body(), ctx.queryParam("namespace"),
                ctx.queryParam("scope"));
        Responses.json(ctx, 200, Map.of("workflows", written(updated)));
    }

    private void updateById(Context ctx) {
        ErrorMapper.usePlainErrors(ctx);
        WorkflowDefinition wf = catalog.updateById(ctx.pathParam("id"), ctx.body(), ctx.queryParam("namespace"),
                ctx.queryParam("scope"));
        Responses.json(ctx, 200, WorkflowJson.of(wf, catalog.describe(wf), true));
    }

    private void get(Context ctx) {
        Responses.onlyParams(ctx, "namespace");
        WorkflowDefinition wf = catalog.get(ctx.pathParam("id"), ctx.queryParam("namespace"));
        Responses.json(ctx, 200, WorkflowJson.of(wf, catalog.describe(wf), false));
    }

    private void delete(Context ctx) {
        Responses.onlyParams(ctx, "namespace");
        catalog.delete(ctx.pathParam("id"), ctx.queryParam("namespace"));
        Responses.noContent(ctx);
    }

    private void list(Context ctx) {
        CollectionRequest request = Collections.request(ctx, WorkflowJson.SCHEMA);
        Responses.json(ctx, 200, Collections.page(ctx, WorkflowJson.SCHEMA, request, catalog.list(),
                WorkflowJson.access(catalog), wf -> WorkflowJson.of(wf, catalog.describe(wf), false), true));
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

    private List<Map<String, Object>> written(List<WorkflowDefinition> wfs) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (WorkflowDefinition wf : wfs) {
            out.add(WorkflowJson.of(wf, catalog.describe(wf), true));
        }
        return out;
    }
}
