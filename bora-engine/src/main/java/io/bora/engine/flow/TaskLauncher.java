package io.bora.engine.flow;

import io.bora.engine.model.ActionExecution;
import io.bora.engine.model.EngineKeys;
import io.bora.engine.model.Job;
import io.bora.engine.model.JobKind;
import io.bora.engine.model.State;
import io.bora.engine.model.TaskType;
import io.bora.lang.spec.Policies;
import io.bora.lang.spec.TaskSpec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts a task: applies the before-start policies (pause-before, wait-before, timeout), then
 * schedules its action(s) — one, or one per with-items iteration — as RUN_ACTION jobs, or starts
 * its sub-workflow(s). Errors while doing so are Mistral's "forced failures": the task and the
 * whole workflow fail at once.
 */
final class TaskLauncher {
    static final String DEFAULT_ACTION = "std.noop";
    static final String ATTEMPT_STARTED = EngineKeys.ATTEMPT_STARTED;

    private final StepContext c;
    private final WorkflowRun run;
    private final Evaluation eval;

    TaskLauncher(StepContext c, WorkflowRun run) {
        this.c = c;
        this.run = run;
        this.eval = new Evaluation(c.expressions(), new EngineFunctions(run, c.executions()));
    }

    /** A task cannot start; the message becomes the {@code error=} part of "Failed to run task". */
    static final class TaskFailure extends RuntimeException {
        TaskFailure(String message) {
            super(message);
        }
    }

    /** Returns false when the task failed to start (the workflow has then failed too). */
    boolean launch(TaskRun task) {
        TaskSpec spec = run.taskSpec(task.name);
        try {
            Map<String, Object> ctx = DataFlow.taskContext(run, task, null);
            Policies policies = run.policies(spec);
            PolicyValues pv = new PolicyValues(eval, ctx);
            if (!skipped(task, EngineKeys.PAUSE_BEFORE_POLICY) && pv.flag(policies.pauseBefore())) {
                task.runtimeContext.put(EngineKeys.PAUSE_BEFORE_POLICY, Map.of("skip", true));
                task.moveTo(State.IDLE, "Set by 'pause-before' policy", c.now());
                task.startedAt = null;
                run.touch(task);
                run.update(run.execution().withState(State.PAUSED, null, c.now()));
                return true;
            }
            long waitBefore = pv.seconds(policies.waitBefore(), "WaitBeforePolicy");
            if (waitBefore > 0 && !skipped(task, "wait_before_policy")) {
                task.runtimeContext.put("wait_before_policy", Map.of("skip", true));
                task.moveTo(State.DELAYED, "Delayed by 'wait-before' policy [delay=" + waitBefore + "]", c.now());
                run.touch(task);
                Timers.arm(c, run, task, Timers.WAIT_BEFORE, waitBefore, Retries.attempt(task));
                return true;
            }
            if (task.state != State.RUNNING) {
                task.moveTo(State.RUNNING, null, c.now());
                run.touch(task);
            }
            startAttempt(task);
            return true;
        } catch (Evaluation.Failure | TaskFailure e) {
            new WorkflowEnding(c, run).forceFail(task, Messages.failedToRunTask(e.getMessage(), run, task));
            return false;
        }
    }

    /** Runs the task's work once more (first attempt, or a retry): timeout timer, then action(s). */
    void startAttempt(TaskRun task) {
        TaskSpec spec = run.taskSpec(task.name);
        Map<String, Object> ctx = DataFlow.taskContext(run, task, null);
        Policies policies = run.policies(spec);
        PolicyValues pv = new PolicyValues(eval, ctx);
        task.runtimeContext.put(ATTEMPT_STARTED, c.now().toString());
        long timeout = pv.seconds(policies.timeout(), "TimeoutPolicy");
        if (timeout > 0) Timers.arm(c, run, task, Timers.TIMEOUT, timeout, Retries.attempt(task));
        if (spec.hasWithItems()) {
            List<Map<String, Object>> items = WithItems.iterations(spec, eval, ctx);
            c.items().put(ItemCache.key(task), items);
            long concurrency = pv.seconds(policies.concurrency(), "ConcurrencyPolicy");
            Map<String, Object> progress = WithItems.begin(task, items.size(), concurrency);
            run.touch(task);
            if (items.isEmpty()) {
                task.result = List.of();
                task.hasResult = true;
                task.moveTo(State.SUCCESS, null, c.now());
                new TaskCompletion(c, run).complete(task, spec.action());
                return;
            }
            int first = (int) Math.min(items.size(), WithItems.get(progress, "capacity"));
            for (int i = 0; i < first; i++) startItem(task, spec, items.get(i), i);
            progress.put("next", first);
        } else {
            startItem(task, spec, null, 0);
        }
    }

    /** Schedules the next with-items iteration, if any is left (called when one finished). */
    void startNextItem(TaskRun task) {
        Map<String, Object> progress = WithItems.progress(task);
        int next = WithItems.get(progress, "next");
        if (next >= WithItems.get(progress, "count")) return;
        TaskSpec spec = run.taskSpec(task.name);
        try {
            startItem(task, spec, iterations(task, spec).get(next), next);
            progress.put("next", next + 1);
            run.touch(task);
        } catch (Evaluation.Failure | TaskFailure e) {
            new WorkflowEnding(c, run).forceFail(task, Messages.failedToRunTask(e.getMessage(), run, task));
        }
    }

    private List<Map<String, Object>> iterations(TaskRun task, TaskSpec spec) {
        List<Map<String, Object>> items = c.items().get(ItemCache.key(task));
        if (items == null) {
            items = WithItems.iterations(spec, eval, DataFlow.taskContext(run, task, null));
            c.items().put(ItemCache.key(task), items);
        }
        return items;
    }

    /** Rerun without reset: only the given iterations start again. */
    void restartItems(TaskRun task, List<Integer> indices) {
        TaskSpec spec = run.taskSpec(task.name);
        try {
            List<Map<String, Object>> items = iterations(task, spec);
            for (int i : indices) if (i < items.size()) startItem(task, spec, items.get(i), i);
        } catch (Evaluation.Failure | TaskFailure e) {
            new WorkflowEnding(c, run).forceFail(task, Messages.failedToRunTask(e.getMessage(), run, task));
        }
    }

    private void startItem(TaskRun task, TaskSpec spec, Map<String, Object> binding, int index) {
        Map<String, Object> ctx = DataFlow.taskContext(run, task,
                binding == null ? null : WithItems.extraLayer(binding, task.inContext));
        Map<String, Object> input = evaluateInput(spec, task, ctx);
        if (spec.isWorkflowTask()) {
            task.type = TaskType.WORKFLOW;
            new SubWorkflows(c, run).start(task, spec, input, eval, ctx, index);
        } else {
            scheduleAction(task, spec, ctx, input, index);
        }
    }

    private void scheduleAction(TaskRun task, TaskSpec spec, Map<String, Object> ctx, Map<String, Object> input, int index) {
        String name = actionName(spec, ctx);
        input = withEnvDefaults(name, input);
        AdhocActions.Resolved action = new AdhocActions(c, eval, workbookPrefix(), SubWorkflows.namespace(run.execution()))
                .resolve(name, input);
        if (!action.outputs().isEmpty()) task.runtimeContext.put(EngineKeys.ACTION_OUTPUTS, action.outputs());
        ActionExecution ax = new ActionExecution(Ids.next(), action.name(), task.id, task.name, run.execution().id(),
                run.execution().workflowName(), run.execution().workflowNamespace(), State.RUNNING, null, false,
                action.recordedInput(), null, null, "", null, index, action.async(), null, c.now(),
                run.execution().projectId(), c.now(), null);
        run.changes().newActions.put(ax.id(), ax);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("action_execution_id", ax.id());
        payload.put("action", action.base());
        payload.put("input", action.baseInput());
        Policies policies = run.policies(spec);
        PolicyValues pv = new PolicyValues(eval, ctx);
        if (policies.safeRerun() != null) payload.put("safe_rerun", pv.flag(policies.safeRerun()));
        long timeout = pv.seconds(policies.timeout(), "TimeoutPolicy");
        if (timeout > 0) payload.put("timeout", timeout);
        String target = policies.target() == null ? null : String.valueOf(eval.evaluate(policies.target(), ctx));
        run.changes().jobs.add(new Job(Ids.next(), JobKind.RUN_ACTION, run.execution().id(), payload, c.now(),
                target, 0, run.execution().projectId(), c.now()));
    }

    private static boolean skipped(TaskRun task, String policy) {
        return task.runtimeContext.get(policy) instanceof Map<?, ?> m && Boolean.TRUE.equals(m.get("skip"));
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

    /** Workbook workflows resolve short action names inside their workbook first. */
    private String workbookPrefix() {
        String wfName = run.execution().workflowName();
        if (!wfName.equals(run.spec().name()) && wfName.contains(".")) {
            return wfName.substring(0, wfName.lastIndexOf('.') + 1);
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> evaluateInput(TaskSpec spec, TaskRun task, Map<String, Object> ctx) {
        if (spec.inputExpression() != null) {
            Object v = eval.evaluate(spec.inputExpression(), ctx);
            if (!(v instanceof Map<?, ?>)) {
                throw new TaskFailure("Wrong dynamic input for task: " + task.name + ". Dict type is expected. Actual type: "
                        + "<class '" + Messages.pyType(v) + "'>. Actual value: " + PyText.str(v));
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
}
