package io.bora.server.rest;

import io.bora.engine.model.Workbook;
import io.bora.lang.DslException;
import io.bora.server.rest.query.CollectionRequest;
import io.bora.server.service.WorkbookCatalog;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code /v2/workbooks}. */
final class WorkbookRoutes {
    private final WorkbookCatalog catalog;

    WorkbookRoutes(WorkbookCatalog catalog) {
        this.catalog = catalog;
    }

    void register(RoutesConfig routes) {
        routes.post("/v2/workbooks", this::create);
        routes.put("/v2/workbooks", this::update);
        routes.get("/v2/workbooks", this::list);
        routes.post("/v2/workbooks/validate", this::validate);
        routes.get("/v2/workbooks/{name}", this::get);
        routes.delete("/v2/workbooks/{name}", this::delete);
    }

    private void create(Context ctx) {
        ErrorMapper.usePlainErrors(ctx);
        Workbook wb = catalog.create(ctx.body(), ctx.queryParam("namespace"), ctx.queryParam("scope"));
        Responses.json(ctx, 201, WorkbookJson.of(wb, true));
    }

    private void update(Context ctx) {
        ErrorMapper.usePlainErrors(ctx);
        Workbook wb = catalog.update(ctx.body(), ctx.queryParam("namespace"), ctx.queryParam("scope"));
        Responses.json(ctx, 200, WorkbookJson.of(wb, true));
    }

    private void get(Context ctx) {
        Responses.onlyParams(ctx, "namespace");
        Responses.json(ctx, 200, WorkbookJson.of(catalog.get(ctx.pathParam("name"), ctx.queryParam("namespace")), false));
    }

    private void delete(Context ctx) {
        Responses.onlyParams(ctx, "namespace");
        catalog.delete(ctx.pathParam("name"), ctx.queryParam("namespace"));
        Responses.noContent(ctx);
    }

    private void list(Context ctx) {
        CollectionRequest request = Collections.request(ctx, WorkbookJson.SCHEMA);
        Responses.json(ctx, 200, Collections.page(ctx, WorkbookJson.SCHEMA, request, catalog.list(),
                WorkbookJson.ACCESS, wb -> WorkbookJson.of(wb, false), true));
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
}
