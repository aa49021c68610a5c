package io.bora.server.rest;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Probes for load balancers and orchestrators. {@code /health} (liveness) answers as long as
 * the process serves HTTP; {@code /ready} also asks the database, so traffic goes elsewhere
 * while this node cannot reach it. Migrations need no check of their own: a node opens its
 * store (and so migrates) before it serves anything.
 */
final class HealthRoutes {
    private final BooleanSupplier databaseReady;

    /** @param databaseReady true when the database answers; null = nothing to check */
    HealthRoutes(BooleanSupplier databaseReady) {
        this.databaseReady = databaseReady;
    }

    void register(RoutesConfig routes) {
        routes.get("/health", ctx -> Responses.json(ctx, 200, Map.of("status", "ok")));
        routes.get("/ready", this::ready);
    }

    private void ready(Context ctx) {
        boolean reachable;
        try {
            reachable = databaseReady == null || databaseReady.getAsBoolean();
        } catch (RuntimeException e) {
            reachable = false;
        }
        if (reachable) {
            Responses.json(ctx, 200, Map.of("status", "ok"));
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "unavailable");
        body.put("reason", "the database does not answer");
        Responses.json(ctx, 503, body);
    }
}
