package io.bora.server.rest;

import io.bora.engine.api.ExecutionService;
import io.bora.engine.api.ExecutionUpdate;
import io.bora.engine.api.StartExecution;
import io.bora.engine.model.State;
import io.bora.engine.model.WorkflowExecution;
import io.bora.engine.port.ExecutionRepository;
import io.bora.engine.port.ListQuery;
import io.bora.server.rest.query.CollectionRequest;
import io.bora.server.rest.query.Filter;
import io.bora.server.service.EnvironmentCatalog;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code /v2/executions}: start, read, control, delete; sub-executions, tasks and report. */
final class ExecutionRoutes {
    /** WSME accepts every resource attribute in a body, plus the request-only source id. */
    private static final Set<String> ATTRIBUTES = Set.of("id", "workflow_id", "workflow_name", "workflow_namespace",
            "description", "tags", "params", "task_execution_id", "root_execution_id", "source_execution_id", "state",
            "state_info", "input", "output", "created_at", "updated_at", "project_id", "published_global");
    private static final Set<State> SETTABLE =
            EnumSet.of(State.RUNNING, State.PAUSED, State.SUCCESS, State.ERROR, State.CANCELLED);
    private static final Set<State> ENV_UPDATABLE = EnumSet.of(State.IDLE, State.PAUSED, State.ERROR);

    private static final Set<String> NARROWING = Set.of("workflow_name", "workflow_id", "workflow_namespace",
            "task_execution_id", "root_execution_id", "state");

    private final ExecutionService executions;
    private final ExecutionRepository reads;
    private final EnvironmentCatalog environments;
    private final ExecutionTree tree;
    private final ExecutionReport report;

    ExecutionRoutes(ExecutionService executions, ExecutionRepository reads, EnvironmentCatalog environments,
                    ExecutionTree tree, ExecutionReport report) {
        this.executions = executions;
        this.reads = reads;
        this.environments = environments;
        this.tree = tree;
        this.report = report;
    }

    void register(RoutesConfig routes) {
        routes.post("/v2/executions", this::start);
        routes.get("/v2/executions", this::list);
        routes.get("/v2/executions/{id}", this::get);
        routes.put("/v2/executions/{id}", this::update);
        routes.delete("/v2/executions/{id}", this::delete);
        routes.get("/v2/executions/{id}/tasks", this::tasks);
        routes.get("/v2/executions/{id}/executions", this::descendants);
        routes.get("/v2/executions/{id}/report", this::report);
    }

    private void start(Context ctx) {
        JsonBody body = JsonBody.read(ctx, "wf_ex", ATTRIBUTES);
        Map<String, Object> input = body.object("input", true);
        Map<String, Object> params = body.object("params", true);
        String workflowId = body.text("workflow_id");
        String workflowName = body.text("workflow_name");
        String source = body.text("source_execution_id");
        if (workflowId == null && workflowName == null && source == null) {
            throw HttpError.badRequest("Workflow ID or workflow name must be provided. Workflow ID is recommended.");
        }
        String namespace = body.text("workflow_namespace");
        String description = body.text("description");
        if (source != null) {
            // Mistral 15 takes only the workflow from the source execution: input and params
            // come from the request, the description names the source
            WorkflowExecution from = find(source);
            if (workflowId == null && workflowName == null) {
                workflowId = from.workflowId();
                namespace = namespace == null ? from.workflowNamespace() : namespace;
            }
            description = (description == null ? "" : description + " ")
                    + "Based on the execution '" + source + "'";
        }
        WorkflowExecution ex = executions.start(new StartExecution(workflowId, workflowName, namespace, input,
                resolveEnv(params), description, body.text("id"), null));
        Responses.json(ctx, 201, ExecutionJson.of(ex, ExecutionJson.Shape.WITH_OUTPUT));
    }

    /** {@code params.env} may name a stored environment: the execution keeps its variables. */
    private Map<String, Object> resolveEnv(Map<String, Object> params) {
        if (params != null && params.get("env") instanceof String name) {
            Map<String, Object> resolved = new LinkedHashMap<>(params);
            resolved.put("env", environments.get(name).variables());
            return resolved;
        }
        return params;
    }

    private void get(Context ctx) {
        Responses.onlyParams(ctx);
        Responses.json(ctx, 200, ExecutionJson.of(find(ctx.pathParam("id")), ExecutionJson.Shape.FULL));
    }

    private void update(Context ctx) {
        String id = ctx.pathParam("id");
        JsonBody body = JsonBody.read(ctx, "wf_ex", ATTRIBUTES);
        Map<String, Object> params = body.object("params", true);
        Object envValue = params == null ? null : params.get("env");
        Map<String, Object> env = envValue == null ? null : JsonObjects.decode(envValue, null);
        String stateText = body.text("state");
        boolean hasDescription = body.given("description");
        if (stateText == null && !hasDescription && env == null) {
            throw HttpError.badRequest("The property state, description, or env is not provided for update.");
        }
        if (hasDescription && stateText != null) {
            throw HttpError.badRequest("The property description must be updated separately from state.");
        }
        State state = stateText == null ? null : settableState(stateText);
        if (env != null && state != null && state != State.RUNNING) {
            throw HttpError.badRequest(
                    "The property env can only be updated when workflow execution is not running or on resume from pause.");
        }
        WorkflowExecution current = find(id);
        if (env != null && state == null && !ENV_UPDATABLE.contains(current.state())) {
            throw new HttpError(403,
                    "Updating env to workflow execution is only permitted if it is in IDLE, PAUSED, or ERROR state.");
        }
        WorkflowExecution updated = executions.update(id, new ExecutionUpdate(state, body.text("state_info"),
                hasDescription ? body.text("description") : null, env));
        ExecutionJson.Shape shape = hasDescription ? ExecutionJson.Shape.DESCRIPTION_ONLY
                : state == null ? ExecutionJson.Shape.NO_INPUT_OUTPUT : ExecutionJson.Shape.WITH_OUTPUT;
        Responses.json(ctx, 200, ExecutionJson.of(updated, shape));
    }

    private static State settableState(String text) {
        State state = null;
        try {
            state = State.valueOf(text);
        } catch (IllegalArgumentException ignored) {
            // reported below with the allowed states
        }
        if (state == null || !SETTABLE.contains(state)) {
            throw HttpError.badRequest("Cannot change state to " + text
                    + ". Allowed states are: 'RUNNING, PAUSED, SUCCESS, ERROR, CANCELLED");
        }
        return state;
    }

    private void delete(Context ctx) {
        Responses.onlyParams(ctx, "force");
        String id = ctx.pathParam("id");
        boolean force = "true".equalsIgnoreCase(ctx.queryParam("force"));
        WorkflowExecution ex = find(id);
        if (!force && !ex.state().isTerminal()) {
            throw new HttpError(403, "Only completed executions can be deleted. Use --force to override this. "
                    + "Execution " + id + " is in " + ex.state().name() + " state");
        }
        executions.delete(id, force);
        Responses.noContent(ctx);
    }

    private void list(Context ctx) {
        CollectionRequest request = Collections.request(ctx, ExecutionJson.SCHEMA);
        request = withNulls(request);
        boolean withOutput = request.flag("include_output")
                || request.fields() != null && request.fields().contains("output");
        ExecutionJson.Shape shape = withOutput ? ExecutionJson.Shape.WITH_OUTPUT : ExecutionJson.Shape.LIST;
        // A list that shows, filters and sorts on none of the large fields (bench.py's and the
        // dashboards' "fields=id,state" polls) need not read them from the store.
        boolean summaries = !withOutput && request.fields() != null && java.util.Collections.disjoint(request.fields(), LARGE_FIELDS)
                && request.filters().stream().noneMatch(f -> LARGE_FIELDS.contains(f.field()))
                && request.sort().stream().noneMatch(k -> LARGE_FIELDS.contains(k.field()));
        Responses.json(ctx, 200, Collections.stored(ctx, ExecutionJson.SCHEMA, request, NARROWING,
                summaries ? reads::listWorkflowSummaries : reads::listWorkflows,
                ExecutionJson.ACCESS, ex -> ExecutionJson.of(ex, shape)));
    }

    /** Fields made from the columns that {@link ExecutionRepository#listWorkflowSummaries} may leave out. */
    private static final Set<String> LARGE_FIELDS = Set.of("input", "output", "params", "published_global", "spec", "context");

    /** {@code nulls=a,b}: those fields must be unset. */
    private static CollectionRequest withNulls(CollectionRequest request) {
        String nulls = request.param("nulls");
        if (nulls == null || nulls.isBlank()) {
            return request;
        }
        for (String f : nulls.split(",")) {
            String field = f.trim();
            if (!ExecutionJson.SCHEMA.fields().contains(field)) {
                throw HttpError.badRequest("'" + field + "' is not a valid field name.");
            }
            request = request.plus(new Filter(field, ListQuery.Op.IS_NULL, null));
        }
        return request;
    }

    private void tasks(Context ctx) {
        String id = ctx.pathParam("id");
        CollectionRequest request = Collections.request(ctx, TaskJson.SCHEMA);
        ListQuery.Filter ofExecution = ListQuery.Filter.eq("workflow_execution_id", id);
        Responses.json(ctx, 200, Collections.stored(ctx, TaskJson.SCHEMA, request, TaskRoutes.NARROWING,
                q -> reads.listTasks(q.with(ofExecution)), TaskJson.ACCESS, t -> TaskJson.of(t, false)));
    }

    private void descendants(Context ctx) {
        Responses.onlyParams(ctx, "errors_only", "max_depth", "include_output");
        WorkflowExecution root = find(ctx.pathParam("id"));
        boolean errorsOnly = flag(ctx, "errors_only");
        boolean withOutput = flag(ctx, "include_output");
        List<WorkflowExecution> all = tree.fromExecution(root, maxDepth(ctx), errorsOnly);
        List<Map<String, Object>> items = new ArrayList<>();
        for (WorkflowExecution ex : all) {
            items.add(ExecutionJson.of(ex, withOutput ? ExecutionJson.Shape.WITH_OUTPUT : ExecutionJson.Shape.LIST));
        }
        Responses.json(ctx, 200, Map.of("executions", items));
    }

    private void report(Context ctx) {
        Responses.onlyParams(ctx, "errors_only", "max_depth", "statistics_only");
        WorkflowExecution root = find(ctx.pathParam("id"));
        Responses.json(ctx, 200, report.build(root, flag(ctx, "errors_only"), maxDepth(ctx),
                flag(ctx, "statistics_only")));
    }

    static boolean flag(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v != null && (v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes"));
    }

    static int maxDepth(Context ctx) {
        String v = ctx.queryParam("max_depth");
        if (v == null || v.isBlank()) {
            return -1;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw HttpError.badRequest("Invalid input for field/attribute max_depth. Value: '" + v
                    + "'. unable to convert to int");
        }
    }

    private WorkflowExecution find(String id) {
        return reads.findWorkflow(id).orElseThrow(
                () -> HttpError.notFound("WorkflowExecution not found [id=" + id + "]"));
    }
}
