package io.bora.server.rest;

import io.bora.engine.api.BoraException;
import io.bora.engine.api.ExecutionService;
import io.bora.engine.api.ExecutionUpdate;
import io.bora.engine.api.StartExecution;
import io.bora.engine.model.ActionExecution;
import io.bora.engine.model.State;
import io.bora.engine.model.TaskExecution;
import io.bora.engine.model.WorkflowDefinition;
import io.bora.engine.model.WorkflowExecution;
import io.bora.engine.port.ExecutionRepository;
import io.bora.server.service.DefinitionService;
import io.bora.server.service.Projects;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A stand-in for the engine: records what the API asked and applies it to the real store
 * without running anything (executions stay RUNNING until a test moves them).
 */
final class FakeEngine implements ExecutionService {
    final List<String> calls = new ArrayList<>();
    private final ExecutionRepository executions;
    private final DefinitionService definitions;

    FakeEngine(ExecutionRepository executions, DefinitionService definitions) {
        this.executions = executions;
        this.definitions = definitions;
    }

    @Override
    public WorkflowExecution start(StartExecution r) {
        calls.add("start");
        if (r.id() != null) {
            var existing = executions.findWorkflow(r.id());
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        WorkflowDefinition wf = r.workflowId() != null
                ? definitions.workflows().findById(r.workflowId()).orElseThrow(
                        () -> BoraException.notFound("Workflow not found [workflow_identifier=" + r.workflowId()
                                + ", namespace=]"))
                : definitions.workflows().get(r.workflowName(), r.workflowNamespace());
        Map<String, Object> params = new LinkedHashMap<>(r.params() == null ? Map.of() : r.params());
        params.putIfAbsent("namespace", wf.namespace());
        params.putIfAbsent("env", Map.of());
        Instant now = now();
        WorkflowExecution ex = new WorkflowExecution(r.id() != null ? r.id() : UUID.randomUUID().toString(), wf.id(),
                wf.name(), wf.namespace(), r.description() == null ? "" : r.description(), wf.tags(),
                wf.definition(), State.RUNNING, null, r.input() == null ? Map.of() : r.input(), Map.of(), params,
                Map.of("__execution", Map.of("id", "x")), null, null, Projects.DEFAULT, now, now);
        executions.insertWorkflow(ex);
        return ex;
    }

    @Override
    public WorkflowExecution update(String id, ExecutionUpdate u) {
        calls.add("update " + (u.state() == null ? "-" : u.state()));
        WorkflowExecution ex = executions.findWorkflow(id).orElseThrow();
        Instant now = now();
        if (u.description() != null) {
            ex = ex.withDescription(u.description(), now);
        }
        if (u.env() != null) {
            Map<String, Object> params = new LinkedHashMap<>(ex.params());
            Map<String, Object> env = new LinkedHashMap<>();
            if (params.get("env") instanceof Map<?, ?> old) {
                old.forEach((k, v) -> env.put(String.valueOf(k), v));
            }
            env.putAll(u.env());
            params.put("env", env);
            ex = ex.withParams(params, now);
        }
        if (u.state() != null && ex.state().canMoveTo(u.state())) {
            ex = ex.withState(u.state(), u.stateInfo(), now);
        }
        executions.updateWorkflow(ex);
        return ex;
    }

    @Override
    public void delete(String id, boolean force) {
        calls.add("delete " + force);
        executions.deleteWorkflow(id);
    }

    @Override
    public TaskExecution rerunTask(String taskExecutionId, boolean reset, Map<String, Object> env) {
        calls.add("rerun " + reset);
        TaskExecution t = executions.findTask(taskExecutionId).orElseThrow();
        TaskExecution rerun = new TaskExecution(t.id(), t.name(), t.workflowExecutionId(), t.workflowId(),
                t.workflowName(), t.workflowNamespace(), t.type(), t.tags(), State.RUNNING, null, t.runtimeContext(),
                t.inContext(), t.published(), null, false, List.of(), false, false, t.uniqueKey(), t.projectId(),
                t.createdAt(), now(), t.startedAt(), null);
        executions.updateTask(rerun);
        return rerun;
    }

    @Override
    public ActionExecution updateAction(String id, State state, Object output) {
        calls.add("updateAction " + state);
        ActionExecution a = executions.findAction(id).orElseThrow();
        ActionExecution done = new ActionExecution(a.id(), a.name(), a.taskExecutionId(), a.taskName(),
                a.workflowExecutionId(), a.workflowName(), a.workflowNamespace(), state == null ? a.state() : state,
                null, true, a.input(), output == null ? a.output() : Map.of("result", output), a.params(),
                a.description(), a.tags(), a.itemIndex(), a.async(), a.runner(), a.lastHeartbeat(), a.projectId(),
                a.createdAt(), now());
        executions.updateAction(done);
        return done;
    }

    @Override
    public ActionExecution runAction(String name, String namespace, Map<String, Object> input,
                                     Map<String, Object> params, String description) {
        calls.add("runAction " + name);
        if (!name.startsWith("std.")) {
            throw BoraException.badRequest("Failed to find action [action_name=" + name + "]");
        }
        return new ActionExecution(null, name, null, null, null, null, null, State.SUCCESS, null, false, input,
                Map.of("result", input.getOrDefault("output", "")), params, null, null, 0, false, null, null,
                null, null, null);
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
