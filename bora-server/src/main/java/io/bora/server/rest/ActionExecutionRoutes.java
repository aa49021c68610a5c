package io.bora.server.rest;

import io.bora.engine.api.ExecutionService;
import io.bora.engine.model.ActionExecution;
import io.bora.engine.model.State;
import io.bora.engine.port.ExecutionRepository;
import io.bora.engine.port.ListQuery;
import io.bora.server.rest.query.CollectionRequest;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** {@code /v2/action_executions}: run-action, result delivery, reads. */
final class ActionExecutionRoutes {
    private static final Set<String> ATTRIBUTES = Set.of("id", "workflow_name", "workflow_namespace", "task_name",
            "task_execution_id", "state", "state_info", "tags", "name", "description", "project_id", "accepted",
            "input", "output", "params", "created_at", "updated_at");
    private static final Set<State> DELIVERABLE =
            EnumSet.of(State.SUCCESS, State.ERROR, State.CANCELLED, State.PAUSED, State.RUNNING);

    static final Set<String> NARROWING = Set.of("task_execution_id", "workflow_name", "name", "state");

    private final ExecutionService executions;
    private final ExecutionRepository reads;

    ActionExecutionRoutes(ExecutionService executions, ExecutionRepository reads) {
        this.executions = executions;
        this.reads = reads;
    }

    void register(RoutesConfig routes) {
        routes.post("/v2/action_executions", this::run);
        routes.get("/v2/action_executions", this::list);
        routes.get("/v2/action_executions/{id}", this::get);
        routes.put("/v2/action_executions/{id}", this::update);
        routes.delete("/v2/action_executions/{id}", this::delete);
    }

    private void run(Context ctx) {
        JsonBody body = JsonBody.read(ctx, "action_ex", ATTRIBUTES);
        Map<String, Object> input = body.object("input", true);
        Map<String, Object> params = body.object("params", true);
        String name = body.text("name");
        if (name == null || name.isEmpty()) {
            throw HttpError.badRequest("Please provide at least action name to run action.");
        }
        ActionExecution a = executions.runAction(name, body.text("workflow_namespace"),
                input == null ? Map.of() : input, params == null ? Map.of() : params, body.text("description"));
        Responses.json(ctx, 201, ActionExecutionJson.of(a, true, false));
    }

    private void update(Context ctx) {
        String id = ctx.pathParam("id");
        JsonBody body = JsonBody.read(ctx, "action_ex", ATTRIBUTES);
        String stateText = body.text("state");
        State state = null;
        if (stateText != null) {
            try {
                state = State.valueOf(stateText);
            } catch (IllegalArgumentException ignored) {
                // reported below
            }
            if (state == null || !DELIVERABLE.contains(state)) {
                throw HttpError.badRequest("Error. Expected one of ['SUCCESS', 'ERROR', 'CANCELLED', 'PAUSED', "
                        + "'RUNNING'], actual: " + stateText);
            }
        }
        Map<String, Object> output = body.object("output", true);
        find(id);
        ActionExecution a = executions.updateAction(id, state, output);
        Responses.json(ctx, 200, ActionExecutionJson.of(a, true, false));
    }

    private void get(Context ctx) {
        Responses.onlyParams(ctx);
        Responses.json(ctx, 200, ActionExecutionJson.of(find(ctx.pathParam("id")), true, true));
    }

    private void list(Context ctx) {
        CollectionRequest request = Collections.request(ctx, ActionExecutionJson.SCHEMA);
        boolean withOutput = request.flag("include_output")
                || request.fields() != null && request.fields().contains("output");
        Responses.json(ctx, 200, Collections.stored(ctx, ActionExecutionJson.SCHEMA, request, NARROWING,
                reads::listActions, ActionExecutionJson.ACCESS, a -> ActionExecutionJson.of(a, withOutput, true)));
    }

    /** Mistral's default {@code [api] allow_action_execution_deletion = False}. */
    private void delete(Context ctx) {
        throw new HttpError(403, "Action execution deletion is not allowed.");
    }

    private ActionExecution find(String id) {
        return reads.findAction(id).orElseThrow(() -> HttpError.notFound("ActionExecution not found [id=" + id + "]"));
    }
}
