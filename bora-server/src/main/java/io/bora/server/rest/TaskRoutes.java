package io.bora.server.rest;

import io.bora.engine.api.ExecutionService;
import io.bora.engine.model.ActionExecution;
import io.bora.engine.model.State;
import io.bora.engine.model.TaskExecution;
import io.bora.engine.model.WorkflowExecution;
import io.bora.engine.port.ExecutionRepository;
import io.bora.engine.port.ListQuery;
import io.bora.server.rest.query.CollectionRequest;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code /v2/tasks}: reads, rerun ({@code PUT}), and what a task started. */
final class TaskRoutes {
    private static final Set<String> ATTRIBUTES = Set.of("id", "name", "type", "workflow_name", "workflow_namespace",
            "workflow_id", "workflow_execution_id", "tags", "state", "state_info", "project_id", "runtime_context",
            "result", "published", "published_global", "processed", "created_at", "updated_at", "started_at",
            "finished_at", "reset", "env");

    static final Set<String> NARROWING = Set.of("workflow_execution_id", "workflow_name", "workflow_id",
            "state", "name");

    private final ExecutionService executions;
    private final ExecutionRepository reads;
    private final ExecutionTree tree;

    TaskRoutes(ExecutionService executions, ExecutionRepository reads, ExecutionTree tree) {
        this.executions = executions;
        this.reads = reads;
        this.tree = tree;
    }

    void register(RoutesConfig routes) {
        routes.get("/v2/tasks", this::list);
        routes.get("/v2/tasks/{id}", this::get);
        routes.put("/v2/tasks/{id}", this::rerun);
        routes.get("/v2/tasks/{id}/action_executions", this::actions);
        routes.get("/v2/tasks/{id}/action_executions/{ae}", this::action);
        routes.get("/v2/tasks/{id}/workflow_executions", this::workflowExecutions);
        routes.get("/v2/tasks/{id}/executions", this::executions);
    }

    private void list(Context ctx) {
        CollectionRequest request = Collections.request(ctx, TaskJson.SCHEMA);
        Responses.json(ctx, 200, Collections.stored(ctx, TaskJson.SCHEMA, request, NARROWING, reads::listTasks,
                TaskJson.ACCESS, t -> TaskJson.of(t, false)));
    }

    private void get(Context ctx) {
        Responses.onlyParams(ctx);
        Responses.json(ctx, 200, TaskJson.of(find(ctx.pathParam("id")), true));
    }

    /** Mistral's checks, in Mistral's order, before the engine reruns the task. */
    private void rerun(Context ctx) {
        JsonBody body = JsonBody.read(ctx, "task", ATTRIBUTES);
        Boolean reset = body.bool("reset");
        if (reset == null) {
            throw HttpError.badRequest("Invalid input for field/attribute reset. Value: 'None'. Mandatory field missing.");
        }
        Map<String, Object> env = body.object("env", true);
        TaskExecution task = find(ctx.pathParam("id"));
        String name = body.text("name");
        if (name != null && !name.equals(task.name())) {
            throw HttpError.badRequest("Task name does not match.");
        }
        String workflowName = body.text("workflow_name");
        if (workflowName != null && !workflowName.equals(task.workflowName())) {
            throw HttpError.badRequest("Workflow name does not match.");
        }
        if (!State.RUNNING.name().equals(body.text("state"))) {
            throw HttpError.badRequest("Invalid task state. Only updating task to rerun is supported.");
        }
        if (task.state() != State.ERROR) {
            throw HttpError.badRequest("The current task execution must be in ERROR for rerun. "
                    + "Only updating task to rerun is supported.");
        }
        boolean withItems = task.runtimeContext() != null && task.runtimeContext().containsKey("with_items");
        if (!withItems && !reset) {
            throw HttpError.badRequest("Only with-items task has the option to not reset.");
        }
        TaskExecution rerun = executions.rerunTask(task.id(), reset, env);
        Responses.json(ctx, 200, TaskJson.of(rerun, true));
    }

    private void actions(Context ctx) {
        String id = ctx.pathParam("id");
        CollectionRequest request = Collections.request(ctx, ActionExecutionJson.SCHEMA);
        boolean withOutput = request.flag("include_output")
                || request.fields() != null && request.fields().contains("output");
        // a with-items task can have 100,000 action executions: the store reads only the page it can
        ListQuery.Filter ofTask = ListQuery.Filter.eq("task_execution_id", id);
        Responses.json(ctx, 200, Collections.stored(ctx, ActionExecutionJson.SCHEMA, request,
                ActionExecutionRoutes.NARROWING, q -> reads.listActions(q.with(ofTask)), ActionExecutionJson.ACCESS,
                a -> ActionExecutionJson.of(a, withOutput, true)));
    }

    private void action(Context ctx) {
        Responses.onlyParams(ctx);
        String aeId = ctx.pathParam("ae");
        ActionExecution a = reads.findAction(aeId)
                .filter(x -> ctx.pathParam("id").equals(x.taskExecutionId()))
                .orElseThrow(() -> HttpError.notFound("ActionExecution not found [id=" + aeId + "]"));
        Responses.json(ctx, 200, ActionExecutionJson.of(a, true, true));
    }

    /** The sub-workflow executions the task started (a short form without params, input, output). */
    private void workflowExecutions(Context ctx) {
        Responses.onlyParams(ctx);
        TaskExecution task = find(ctx.pathParam("id"));
        List<Map<String, Object>> items = new ArrayList<>();
        for (WorkflowExecution ex : reads.findWorkflowsByTask(task.id())) {
            items.add(ExecutionJson.of(ex, ExecutionJson.Shape.SUMMARY));
        }
        Responses.json(ctx, 200, Map.of("executions", items));
    }

    private void executions(Context ctx) {
        Responses.onlyParams(ctx, "errors_only", "max_depth", "include_output");
        TaskExecution task = find(ctx.pathParam("id"));
        boolean withOutput = ExecutionRoutes.flag(ctx, "include_output");
        List<Map<String, Object>> items = new ArrayList<>();
        for (WorkflowExecution ex : tree.ofTask(task, ExecutionRoutes.maxDepth(ctx),
                ExecutionRoutes.flag(ctx, "errors_only"))) {
            items.add(ExecutionJson.of(ex, withOutput ? ExecutionJson.Shape.WITH_OUTPUT : ExecutionJson.Shape.LIST));
        }
        Responses.json(ctx, 200, Map.of("executions", items));
    }

    private TaskExecution find(String id) {
        return reads.findTask(id).orElseThrow(() -> HttpError.notFound("Task execution not found [id=" + id + "]"));
    }
}
