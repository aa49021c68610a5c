package io.bora.server.rest;

import io.bora.engine.cron.EventTriggerService;
import io.bora.engine.port.ListQuery;
import io.bora.server.rest.query.CollectionRequest;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code /v2/event_triggers} (spec §11): CRUD by id. The triggers are stored and served but never
 * fire: they wait for OpenStack notifications, and Bora has no OpenStack message bus.
 */
final class EventTriggerRoutes {
    private static final Set<String> ATTRIBUTES = Set.copyOf(EventTriggerJson.FIELDS);
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}");
    private final EventTriggerService triggers;

    /** @param triggers null: the routes are not served (404) */
    EventTriggerRoutes(EventTriggerService triggers) {
        this.triggers = triggers;
    }

    void register(RoutesConfig routes) {
        if (triggers == null) {
            return;
        }
        routes.post("/v2/event_triggers", this::create);
        routes.get("/v2/event_triggers", this::list);
        routes.get("/v2/event_triggers/{id}", this::get);
        routes.put("/v2/event_triggers/{id}", this::update);
        routes.delete("/v2/event_triggers/{id}", this::delete);
    }

    private void create(Context ctx) {
        JsonBody body = JsonBody.read(ctx, "event_trigger", ATTRIBUTES);
        Responses.json(ctx, 201, EventTriggerJson.of(triggers.create(body.text("name"), body.text("workflow_id"),
                body.object("workflow_input", false), body.object("workflow_params", false), body.text("exchange"),
                body.text("topic"), body.text("event"), body.text("scope"))));
    }

    private void update(Context ctx) {
        String id = uuid(ctx);
        JsonBody body = JsonBody.read(ctx, "event_trigger", ATTRIBUTES);
        Map<String, Object> changes = new LinkedHashMap<>();
        for (String key : new String[]{"exchange", "topic", "event", "name", "scope"}) {
            if (body.has(key)) {
                changes.put(key, body.text(key));
            }
        }
        for (String key : new String[]{"workflow_input", "workflow_params"}) {
            if (body.has(key)) {
                changes.put(key, body.object(key, false));
            }
        }
        Responses.json(ctx, 200, EventTriggerJson.of(triggers.update(id, changes)));
    }

    private void get(Context ctx) {
        Responses.onlyParams(ctx);
        Responses.json(ctx, 200, EventTriggerJson.of(triggers.get(uuid(ctx))));
    }

    private void delete(Context ctx) {
        Responses.onlyParams(ctx);
        triggers.delete(uuid(ctx));
        Responses.noContent(ctx);
    }

    private void list(Context ctx) {
        CollectionRequest request = Collections.request(ctx, EventTriggerJson.SCHEMA);
        Responses.json(ctx, 200, Collections.page(ctx, EventTriggerJson.SCHEMA, request,
                triggers.list(ListQuery.all()), EventTriggerJson.ACCESS, EventTriggerJson::of, true));
    }

    /** The path id, which WSME types as a uuid. */
    private static String uuid(Context ctx) {
        String id = ctx.pathParam("id");
        if (!UUID_TEXT.matcher(id).matches()) {
            throw HttpError.badRequest("Invalid input for field/attribute id. Value: '" + id
                    + "'. unable to convert to uuid. Error: Expected a uuid but received " + id + ".");
        }
        return id;
    }
}
