package io.bora.server.rest;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Services, expression evaluation, and the admin-only resources Bora answers as Mistral's policy does. */
final class MiscRoutes {
    private final ServiceDirectory services;
    private final ExpressionEvaluation expressions;

    MiscRoutes(ServiceDirectory services, ExpressionEvaluation expressions) {
        this.services = services;
        this.expressions = expressions;
    }

    void register(RoutesConfig routes) {
        routes.get("/v2/services", this::services);
        routes.post("/v2/expressions/evaluate", this::evaluate);
        for (String admin : List.of("/v2/code_sources", "/v2/dynamic_actions")) {
            routes.get(admin, MiscRoutes::forbidden);
            routes.post(admin, MiscRoutes::forbidden);
            routes.put(admin, MiscRoutes::forbidden);
            routes.get(admin + "/{id}", MiscRoutes::forbidden);
            routes.put(admin + "/{id}", MiscRoutes::forbidden);
            routes.delete(admin + "/{id}", MiscRoutes::forbidden);
        }
    }

    private void services(Context ctx) {
        if (services == null) {
            throw new HttpError(406, "Service API is not supported.");
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (ServiceDirectory.Service s : services.services()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.name());
            m.put("type", s.type());
            items.add(m);
        }
        Responses.json(ctx, 200, Map.of("services", items));
    }

    /**
     * Body {@code {"expression": "<% 1 + 2 %>", "context": {...}}} or {@code {"expression": ...,
     * "execution_id": "<id>"}}; answer {@code {"result": 3}}.
     */
    private void evaluate(Context ctx) {
        if (expressions == null) {
            throw new HttpError(501, "Expression evaluation is not available on this node.");
        }
        JsonBody body = JsonBody.read(ctx, "expression", Set.of("expression", "context", "execution_id"));
        String expression = body.text("expression");
        if (expression == null) {
            throw HttpError.badRequest("Invalid input for field/attribute expression. Value: 'None'. Mandatory field missing.");
        }
        Map<String, Object> context = body.object("context", false);
        String executionId = body.text("execution_id");
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("result", executionId != null ? expressions.evaluateOnExecution(expression, executionId)
                : expressions.evaluate(expression, context == null ? Map.of() : context));
        Responses.json(ctx, 200, result);
    }

    private static void forbidden(Context ctx) {
        throw new HttpError(403, "Operation forbidden (insufficient permissions)");
    }
}
