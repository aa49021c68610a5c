package io.bora.server.rest;

import io.bora.engine.model.Environment;
import io.bora.server.rest.query.CollectionRequest;
import io.bora.server.service.EnvironmentCatalog;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** {@code /v2/environments}: JSON bodies; PUT replaces the attributes it names. */
final class EnvironmentRoutes {
    private static final Set<String> ATTRIBUTES = Set.of("name", "description", "variables", "scope");
    private final EnvironmentCatalog catalog;

    EnvironmentRoutes(EnvironmentCatalog catalog) {
        this.catalog = catalog;
    }

    void register(RoutesConfig routes) {
        routes.post("/v2/environments", this::create);
        routes.put("/v2/environments", this::update);
        routes.get("/v2/environments", this::list);
        routes.get("/v2/environments/{name}", this::get);
        routes.delete("/v2/environments/{name}", this::delete);
    }

    private void create(Context ctx) {
        JsonBody body = JsonBody.read(ctx, "env", ATTRIBUTES);
        Environment env = catalog.create(body.text("name"), body.text("description"),
                body.object("variables", false), body.text("scope"));
        Responses.json(ctx, 201, EnvironmentJson.of(env, true));
    }

    private void update(Context ctx) {
        JsonBody body = JsonBody.read(ctx, "env", ATTRIBUTES);
        String name = body.text("name");
        if (name == null) {
            throw HttpError.badRequest("Name of the environment is not provided.");
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        if (body.has("description")) {
            changes.put("description", body.text("description"));
        }
        if (body.has("variables")) {
            changes.put("variables", body.object("variables", false));
        }
        if (body.has("scope")) {
            changes.put("scope", body.text("scope"));
        }
        Responses.json(ctx, 200, EnvironmentJson.of(catalog.update(name, changes), false));
    }

    private void get(Context ctx) {
        Responses.onlyParams(ctx);
        Responses.json(ctx, 200, EnvironmentJson.of(catalog.get(ctx.pathParam("name")), false));
    }

    private void delete(Context ctx) {
        Responses.onlyParams(ctx);
        catalog.delete(ctx.pathParam("name"));
        Responses.noContent(ctx);
    }

    private void list(Context ctx) {
        CollectionRequest request = Collections.request(ctx, EnvironmentJson.SCHEMA);
        Responses.json(ctx, 200, Collections.page(ctx, EnvironmentJson.SCHEMA, request, catalog.list(),
                EnvironmentJson.ACCESS, e -> EnvironmentJson.of(e, false), true));
    }
}
