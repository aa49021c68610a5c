package io.bora.server.rest;

import io.bora.engine.cron.CronTriggerRequest;
import io.bora.engine.cron.CronTriggerService;
import io.bora.engine.port.ListQuery;
import io.bora.server.rest.query.CollectionRequest;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Set;

/** {@code /v2/cron_triggers} (spec §9): create, get and delete by name or id, list. No update, as in Mistral. */
final class CronTriggerRoutes {
    private static final Set<String> ATTRIBUTES = Set.copyOf(CronTriggerJson.FIELDS);
    private final CronTriggerService triggers;

    /** @param triggers null: the routes are not served (404), as before cron triggers existed */
    CronTriggerRoutes(CronTriggerService triggers) {
        this.triggers = triggers;
    }

    void register(RoutesConfig routes) {
        if (triggers == null) {
            return;
        }
        routes.post("/v2/cron_triggers", this::create);
        routes.get("/v2/cron_triggers", this::list);
        routes.get("/v2/cron_triggers/{identifier}", this::get);
        routes.delete("/v2/cron_triggers/{identifier}", this::delete);
    }

    private void create(Context ctx) {
        JsonBody body = JsonBody.read(ctx, "cron_trigger", ATTRIBUTES);
        CronTriggerRequest request = new CronTriggerRequest(body.text("name"), body.text("pattern"),
                body.text("workflow_name"), body.text("workflow_id"), null,
                body.object("workflow_input", false), body.object("workflow_params", false),
                body.text("first_execution_time"), count(body), body.text("scope"));
        Responses.json(ctx, 201, CronTriggerJson.of(triggers.create(request), true));
    }

    /** {@code remaining_executions}: WSME's integer, given as a number or as digits. */
    private static Integer count(JsonBody body) {
        Object v = body.raw("remaining_executions");
        if (v == null) {
            return null;
        }
        if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.intValue();
        }
        try {
            return Integer.valueOf(String.valueOf(v).trim());
        } catch (NumberFormatException e) {
            throw HttpError.badRequest("Invalid input for field/attribute remaining_executions. Value: '" + v
                    + "'. Wrong type. Expected '<class 'int'>', got '<class 'str'>'");
        }
    }

    private void get(Context ctx) {
        Responses.onlyParams(ctx);
        Responses.json(ctx, 200, CronTriggerJson.of(triggers.get(ctx.pathParam("identifier")), false));
    }

    private void delete(Context ctx) {
        Responses.onlyParams(ctx);
        triggers.delete(ctx.pathParam("identifier"));
        Responses.noContent(ctx);
    }

    private void list(Context ctx) {
        CollectionRequest request = Collections.request(ctx, CronTriggerJson.SCHEMA);
        Responses.json(ctx, 200, Collections.page(ctx, CronTriggerJson.SCHEMA, request,
                triggers.list(ListQuery.all()), CronTriggerJson.ACCESS, t -> CronTriggerJson.of(t, false), true));
    }
}
