package io.bora.engine.runtime;

import io.bora.engine.api.BoraException;
import io.bora.engine.api.StartExecution;
import io.bora.engine.flow.Ids;
import io.bora.engine.flow.InputCheck;
import io.bora.engine.flow.SpecCache;
import io.bora.engine.model.Environment;
import io.bora.engine.model.State;
import io.bora.engine.model.WorkflowDefinition;
import io.bora.engine.model.WorkflowExecution;
import io.bora.engine.port.DefinitionRepository;
import io.bora.engine.port.ExecutionRepository;
import io.bora.expr.ExpressionException;
import io.bora.expr.Expressions;
import io.bora.expr.WorkflowFunctions;
import io.bora.lang.DslException;
import io.bora.lang.spec.WorkflowSpec;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a start request into a new execution record (spec §2.2, §6.1, §9): resolves the
 * workflow and the environment, validates the input, fills defaults and params. Nothing is
 * written here.
 */
final class StartRequests {
    static final String DEFAULT_PROJECT = "<default-project>";

    record Prepared(WorkflowExecution execution, WorkflowSpec spec) {
    }

    private final DefinitionRepository definitions;
    private final ExecutionRepository executions;
    private final Expressions expressions;
    private final SpecCache specs;

    StartRequests(DefinitionRepository definitions, ExecutionRepository executions, Expressions expressions, SpecCache specs) {
        this.definitions = definitions;
        this.executions = executions;
        this.expressions = expressions;
        this.specs = specs;
    }

    Prepared prepare(StartExecution req, Instant now) {
        req = mergeSource(req);
        String namespace = req.workflowNamespace() == null ? "" : req.workflowNamespace();
        if (req.workflowId() == null && req.workflowName() == null) {
            throw BoraException.badRequest("Workflow ID or workflow name must be provided. Workflow ID is recommended.");
        }
        WorkflowDefinition def = resolve(req, namespace);
        WorkflowSpec spec;
        try {
            spec = specs.workflow(def.definition());
        } catch (DslException e) {
            throw BoraException.badRequest(e.getMessage());
        }
        Map<String, Object> input;
        try {
            input = InputCheck.validate(spec, def.name(), req.input());
        } catch (InputCheck.InvalidInput e) {
            throw BoraException.badRequest(e.getMessage());
        }
        Map<String, Object> params = new LinkedHashMap<>(req.params() == null ? Map.of() : req.params());
        params.put("namespace", def.namespace() == null ? namespace : def.namespace());
        params.put("env", environment(params));
        if ("reverse".equals(spec.type())) {
            Object target = params.get("task_name");
            if (target == null || !spec.tasks().containsKey(target.toString())) {
                throw BoraException.badRequest("Invalid task name [wf_spec=" + spec.name() + ", task_name=" + target + "]");
            }
        }
        String id = req.id() != null ? req.id() : Ids.next();
        WorkflowExecution ex = new WorkflowExecution(id, def.id(), def.name(), def.namespace() == null ? "" : def.namespace(),
                req.description() == null ? "" : req.description(), spec.tags(), def.definition(), State.IDLE, null,
                input, new LinkedHashMap<>(), params, new LinkedHashMap<>(), null, null,
                def.projectId() == null ? DEFAULT_PROJECT : def.projectId(), now, null);
        return new Prepared(ex, spec);
    }

    /** Workflow, params and description come from the source; input only from the request (as Mistral 15 does). */
    private StartExecution mergeSource(StartExecution req) {
        if (req.sourceExecutionId() == null) return req;
        WorkflowExecution src = executions.findWorkflow(req.sourceExecutionId()).orElseThrow(() ->
                BoraException.notFound("WorkflowExecution not found [id=" + req.sourceExecutionId() + "]"));
        String description = req.description() != null ? req.description()
                : (src.description() == null ? "" : src.description()) + " Based on the execution '" + src.id() + "'";
        Map<String, Object> params = new LinkedHashMap<>(src.params() == null ? Map.of() : src.params());
        if (req.params() != null) params.putAll(req.params());
        return new StartExecution(
                req.workflowId() != null ? req.workflowId() : (req.workflowName() == null ? src.workflowId() : null),
                req.workflowName() != null ? req.workflowName() : src.workflowName(),
                req.workflowNamespace() != null ? req.workflowNamespace() : src.workflowNamespace(),
                req.input(), params, description, req.id(), null);
    }

    private WorkflowDefinition resolve(StartExecution req, String namespace) {
        Optional<WorkflowDefinition> def;
        if (req.workflowId() != null) {
            def = definitions.findWorkflowById(req.workflowId());
        } else {
            def = definitions.findWorkflow(req.workflowName(), namespace);
            if (def.isEmpty() && !namespace.isEmpty()) def = definitions.findWorkflow(req.workflowName(), "");
        }
        String identifier = req.workflowId() != null ? req.workflowId() : req.workflowName();
        return def.orElseThrow(() -> BoraException.notFound(
                "Workflow not found [workflow_identifier=" + identifier + ", namespace=" + namespace + "]"));
    }

    /** params.env: a map, or the name of a stored environment; expressions in it are evaluated once. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> environment(Map<String, Object> params) {
        Object env = params.get("env");
        Map<String, Object> vars;
        if (env == null) {
            vars = new LinkedHashMap<>();
        } else if (env instanceof String name) {
            Environment e = definitions.findEnvironment(name)
                    .orElseThrow(() -> BoraException.badRequest("Environment is not found: " + name));
            vars = new LinkedHashMap<>(e.variables() == null ? Map.of() : e.variables());
        } else if (env instanceof Map<?, ?> m) {
            vars = new LinkedHashMap<>((Map<String, Object>) m);
        } else {
            throw BoraException.badRequest("Unexpected value type for environment [env=" + env + ", type="
                    + env.getClass().getSimpleName() + "]");
        }
        if (Boolean.FALSE.equals(params.get("evaluate_env"))) return vars;
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("__env", vars);
        try {
            Object evaluated = expressions.evaluate(vars, ctx, WorkflowFunctions.NONE);
            return evaluated instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m) : vars;
        } catch (ExpressionException e) {
            throw BoraException.badRequest(e.getMessage());
        }
    }
}
