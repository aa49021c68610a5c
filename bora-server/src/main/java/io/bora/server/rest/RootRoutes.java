package io.bora.server.rest;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.List;
import java.util.Map;

/** {@code /}: API versions; {@code /v2} redirects to {@code /v2/}, which names the v2 root. */
final class RootRoutes {
    private RootRoutes() {
    }

    static void register(RoutesConfig routes) {
        routes.get("/", RootRoutes::versions);
        routes.get("/v2", RootRoutes::v2);
    }

    private static void versions(Context ctx) {
        String base = Responses.baseUrl(ctx);
        Map<String, Object> link = Map.of("href", base + "/v2", "target", "v2", "rel", "self");
        Map<String, Object> v2 = Map.of("id", "v2.0", "status", "CURRENT", "links", List.of(link));
        Responses.json(ctx, 200, Map.of("versions", List.of(v2)));
    }

    /** Routing ignores the trailing slash, so the raw path tells {@code /v2} from {@code /v2/}. */
    private static void v2(Context ctx) {
        String base = Responses.baseUrl(ctx);
        if (ctx.req().getRequestURI().endsWith("/")) {
            Responses.json(ctx, 200, Map.of("uri", base + "/v2"));
        } else {
            ctx.status(302).header("Location", base + "/v2/").result("");
        }
    }
}
