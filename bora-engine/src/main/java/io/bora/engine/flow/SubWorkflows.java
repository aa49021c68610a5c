package io.bora.engine.flow;

import io.bora.engine.model.EngineKeys;
import io.bora.engine.model.State;
import io.bora.engine.model.WorkflowDefinition;
import io.bora.engine.model.WorkflowExecution;
import io.bora.lang.spec.InputParam;
import io.bora.lang.spec.TaskSpec;
import io.bora.lang.spec.WorkflowSpec;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Workflow tasks: starting the sub-workflow (spec §3.3) and taking its outcome back to the task. */
final class SubWorkflows {
    private final StepContext c;
    private final WorkflowRun run;

    SubWorkflows(StepContext c, WorkflowRun run) {
        this.c = c;
        this.run = run;
    }

    void start(TaskRun task, TaskSpec spec, Map<String, Object> input, Evaluation eval, Map<String, Object> ctx, int index) {
        String name = spec.workflow();
        if (io.bora.expr.Expressions.containsExpression(name)) name = String.valueOf(eval.evaluate(name, ctx));
        String namespace = namespace(run.execution());
        WorkflowDefinition def = resolve(name, namespace).orElseThrow(() -> new TaskLauncher.TaskFailure(
                "Failed to find workflow [name=" + spec.workflow() + "] [namespace=" + namespace + "]"));
        WorkflowSpec childSpec = c.specs().workflow(def.definition());
        Set<String> declared = new HashSet<>();
        for (InputParam p : childSpec.input()) declared.add(p.name());
        Map<String, Object> childInput = new LinkedHashMap<>();
        Map<String, Object> params = new LinkedHashMap<>();
        for (var e : input.entrySet()) {
            if (declared.contains(e.getKey())) childInput.put(e.getKey(), e.getValue());
            else params.put(e.getKey(), e.getValue());
        }
        try {
            childInput = InputCheck.validate(childSpec, def.name(), childInput);
        } catch (InputCheck.InvalidInput e) {
            throw new TaskLauncher.TaskFailure(e.getMessage());
        }
        WorkflowExecution parent = run.execution();
        params.put("namespace", namespace);
        params.put("env", run.env());
        params.put("root_execution_id", parent.rootExecutionId() != null ? parent.rootExecutionId() : parent.id());
        params.put("task_execution_id", task.id);
        params.put(EngineKeys.PARENT_EXECUTION_ID, parent.id());
        params.put("index", index);
        WorkflowExecution child = new WorkflowExecution(Ids.next(), def.id(), def.name(), def.namespace(),
                "sub-workflow execution", childSpec.tags(), def.definition(), State.IDLE, null, childInput,
                new LinkedHashMap<>(), params, new LinkedHashMap<>(), task.id,
                parent.rootExecutionId() != null ? parent.rootExecutionId() : parent.id(), parent.projectId(),
                c.now(), null);
        run.changes().newWorkflows.put(child.id(), child);
        WorkflowRun childRun = new WorkflowRun(child, childSpec, List.of(), run.changes());
        new WorkflowStarter(c, childRun).start();
    }

    /** Workbook workflows look up {@code <workbook>.<name>} first; a namespace falls back to "". */
    private Optional<WorkflowDefinition> resolve(String name, String namespace) {
        String wfName = run.execution().workflowName();
        if (!wfName.equals(run.spec().name()) && wfName.contains(".")) {
            String prefix = wfName.substring(0, wfName.lastIndexOf('.') + 1);
            Optional<WorkflowDefinition> local = lookup(prefix + name, namespace);
            if (local.isPresent()) return local;
        }
        return lookup(name, namespace);
    }

    private Optional<WorkflowDefinition> lookup(String name, String namespace) {
        Optional<WorkflowDefinition> d = c.definitions().findWorkflow(name, namespace);
        if (d.isEmpty() && !namespace.isEmpty()) d = c.definitions().findWorkflow(name, "");
        return d;
    }

    static String namespace(WorkflowExecution ex) {
        Object ns = ex.params() == null ? null : ex.params().get("namespace");
        return ns == null ? "" : ns.toString();
    }
}
