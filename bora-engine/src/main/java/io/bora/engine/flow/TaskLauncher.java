package io.bora.engine.flow;

import io.bora.engine.model.ActionExecution;
import io.bora.engine.model.Job;
import io.bora.engine.model.JobKind;
import io.bora.engine.model.State;
import io.bora.engine.model.TaskType;
import io.bora.engine.port.ActionCatalog;
import io.bora.lang.spec.Policies;
import io.bora.lang.spec.TaskSpec;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Starts a task that has just been created RUNNING: evaluates its action name and input and
 * schedules the action (a RUN_ACTION job), or starts its sub-workflow. Errors while doing so are
 * Mistral's "forced failures": the task and the whole workflow fail at once.
 */
final class TaskLauncher {
    static final String DEFAULT_ACTION = "std.noop";

    private final StepContext c;
    private final WorkflowRun run;
    private final Evaluation eval;

    TaskLauncher(StepContext c, WorkflowRun run) {
        this.c = c;
        this.run = run;
        this.eval = new Evaluation(c.expressions(), new EngineFunctions(run, c.executions()));
    }

    /** Returns false when the task failed to start (the workflow has then failed too). */
    boolean launch(TaskRun task) {
        TaskSpec spec = run.taskSpec(task.name);
        try {
            Map<String, Object> ctx = DataFlow.taskContext(run, task, null);
            if (spec.isWorkflowTask()) {
                task.type = TaskType.WORKFLOW;
                new SubWorkflows(c, run).start(task, spec, evaluateInput(spec, task, ctx), eval, ctx);
            } else {
                scheduleAction(task, spec, ctx);
            }
            return true;
        } catch (Evaluation.Failure | TaskFailure e) {
            new WorkflowEnding(c, run).forceFail(task, Messages.failedToRunTask(e.getMessage(), run, task));
            return false;
        }
    }

    private void scheduleAction(TaskRun task, TaskSpec spec, Map<String, Object> ctx) {
        String name = actionName(spec, ctx);
        Map<String, Object> input = evaluateInput(spec, task, ctx);
        input = withEnvDefaults(name, input);
        ActionCatalog.ActionInfo info = c.actions().find(name)
                .orElseThrow(() -> new TaskFailure("Failed to find action [action_name=" + name + ", namespace="
                        + namespace() + "]"));
        Map<String, Object> prepared;
        try {
            prepared = c.actions().prepareInput(name, input);
        } catch (IllegalArgumentException e) {
            throw new TaskFailure(e.getMessage());
        }
        ActionExecution ax = new ActionExecution(Ids.next(), name, task.id, task.name, run.execution().id(),
                run.execution().workflowName(), run.execution().workflowNamespace(), State.RUNNING, null, false,
                input, null, null, "", null, 0, info.async(), null, null, run.execution().projectId(), c.now(), null);
        run.changes().newActions.put(ax.id(), ax);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("action_execution_id", ax.id());
        payload.put("action", name);
        payload.put("input", prepared);
        Policies policies = policies(spec);
        if (policies.safeRerun() != null) payload.put("safe_rerun", eval.truthy(policies.safeRerun(), ctx));
        run.changes().jobs.add(new Job(Ids.next(), JobKind.RUN_ACTION, run.execution().id(), payload, c.now(),
                null, 0, run.execution().projectId(), c.now()));
    }

    /** The task's policies with task-defaults filled in. */
    Policies policies(TaskSpec spec) {
        var defaults = run.spec().taskDefaults();
        return spec.policies().orDefaults(defaults == null ? null : defaults.policies());
    }

    private String actionName(TaskSpec spec, Map<String, Object> ctx) {
        String name = spec.action();
        if (name == null) return DEFAULT_ACTION;
        if (io.bora.expr.Expressions.containsExpression(name)) {
            Object v = eval.evaluate(name, ctx);
            name = v == null ? "" : String.valueOf(v);
        }
        return name.isEmpty() ? DEFAULT_ACTION : name;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> evaluateInput(TaskSpec spec, TaskRun task, Map<String, Object> ctx) {
        if (spec.inputExpression() != null) {
            Object v = eval.evaluate(spec.inputExpression(), ctx);
            if (!(v instanceof Map<?, ?>)) {
                throw new TaskFailure("Wrong dynamic input for task: " + task.name + ". Dict type is expected. Actual type: "
                        + io.bora.expr.value.Py.typeName(v) + ". Actual value: " + PyText.str(v));
            }
            Map<String, Object> merged = new LinkedHashMap<>((Map<String, Object>) v);
            Object inline = eval.evaluate(spec.input(), ctx);
            if (inline instanceof Map<?, ?> m) merged.putAll((Map<String, Object>) m);
            return merged;
        }
        Object v = eval.evaluate(spec.input(), ctx);
        return v instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
    }

    /** env.__actions.<action> holds default inputs; explicit input wins. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> withEnvDefaults(String action, Map<String, Object> input) {
        Object actions = run.env().get("__actions");
        if (actions instanceof Map<?, ?> am && am.get(action) instanceof Map<?, ?> defaults) {
            Map<String, Object> out = new LinkedHashMap<>((Map<String, Object>) defaults);
            out.putAll(input);
            return out;
        }
        return input;
    }

    private String namespace() {
        Object ns = run.execution().params() == null ? null : run.execution().params().get("namespace");
        return ns == null ? "" : ns.toString();
    }

    /** A task cannot start; the message becomes the {@code error=} part of "Failed to run task". */
    static final class TaskFailure extends RuntimeException {
        TaskFailure(String message) {
            super(message);
        }
    }
}
