package io.bora.engine.flow;

import io.bora.engine.model.ActionExecution;
import io.bora.engine.model.EngineKeys;
import io.bora.engine.model.State;
import io.bora.lang.spec.Policies;
import io.bora.lang.spec.TaskDefaults;
import io.bora.lang.spec.TaskSpec;
import io.bora.lang.spec.Transition;
import io.bora.lang.spec.Transitions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What happens after a task reached SUCCESS or ERROR (spec §3.6-3.9, §4.1.2, §7.4): wait-after,
 * publishing, fail-on, retry, keep-result, then the transitions that fire, engine commands, new
 * task executions, and the workflow's completion.
 */
final class TaskCompletion {
    static final String ON_SUCCESS = "on-success";
    static final String ON_ERROR = "on-error";
    static final String ON_COMPLETE = "on-complete";
    private static final String RESUME_FROM = EngineKeys.RESUME_TRANSITIONS_FROM;
    private static final String WAIT_AFTER = "wait_after_policy";

    private final StepContext c;
    private final WorkflowRun run;
    private final Evaluation eval;

    TaskCompletion(StepContext c, WorkflowRun run) {
        this.c = c;
        this.run = run;
        this.eval = new Evaluation(c.expressions(), new EngineFunctions(run, c.executions()));
    }

    /** @param action name of the task's action (for error messages) */
    void complete(TaskRun task, String action) {
        TaskSpec spec = run.taskSpec(task.name);
        Policies policies = run.policies(spec);
        try {
            publish(task, spec, clauses(spec));
            long waitAfter = new PolicyValues(eval, DataFlow.taskContext(run, task, null))
                    .seconds(policies.waitAfter(), "WaitAfterPolicy");
            if (waitAfter > 0 && !(task.runtimeContext.get(WAIT_AFTER) instanceof Map<?, ?>)) {
                // As Mistral: the policy key says it was applied; the outcome to restore is ours.
                Map<String, Object> pending = new LinkedHashMap<>();
                pending.put("state", task.state.name());
                pending.put("state_info", task.stateInfo);
                task.runtimeContext.put(WAIT_AFTER, Map.of("skip", true));
                task.runtimeContext.put(EngineKeys.WAIT_AFTER_PENDING, pending);
                task.moveTo(State.DELAYED, "Delayed by 'wait-after' policy [delay=" + waitAfter + "]", c.now());
                task.finishedAt = null;
                run.touch(task);
                Timers.arm(c, run, task, Timers.WAIT_AFTER, waitAfter, Retries.attempt(task));
                return;
            }
        } catch (Evaluation.Failure | TaskLauncher.TaskFailure e) {
            new WorkflowEnding(c, run).forceFail(task, Messages.failedToHandleCompletion(e.getMessage(), run, task,
                    action != null ? action : spec.action()));
            return;
        }
        finish(task, action, policies);
    }

    /** The wait-after delay is over: the task takes its real outcome and goes on. */
    @SuppressWarnings("unchecked")
    void afterWait(TaskRun task) {
        Object stored = task.runtimeContext.remove(EngineKeys.WAIT_AFTER_PENDING);
        // a wait begun by an older version kept the outcome under the policy's own key
        Map<String, Object> pending = (Map<String, Object>) (stored != null ? stored : task.runtimeContext.get(WAIT_AFTER));
        task.moveTo(State.valueOf((String) pending.get("state")), (String) pending.get("state_info"), c.now());
        run.touch(task);
        finish(task, null, run.policies(run.taskSpec(task.name)));
    }

    private void finish(TaskRun task, String action, Policies policies) {
        TaskSpec spec = run.taskSpec(task.name);
        List<Fired> fired;
        try {
            Clauses clauses = clauses(spec);
            if (task.state == State.SUCCESS && policies.failOn() != null
                    && new PolicyValues(eval, DataFlow.transitionContext(run, task)).flag(policies.failOn())) {
                task.moveTo(State.ERROR, "Failed by 'fail-on' policy", c.now());
            }
            if (Retries.retryIfDue(c, run, task, policies.retry(), eval)) return;
            if (policies.keepResult() != null
                    && !new PolicyValues(eval, DataFlow.taskContext(run, task, null)).flag(policies.keepResult())) {
                dropResult(task);
            }
            fired = firedTransitions(task, clauses);
        } catch (Evaluation.Failure | TaskLauncher.TaskFailure e) {
            new WorkflowEnding(c, run).forceFail(task, Messages.failedToHandleCompletion(e.getMessage(), run, task,
                    action != null ? action : spec.action()));
            return;
        }
        run.touch(task);
        if (!run.isRunning()) {
            // Transitions of a task that completed while the workflow was paused run on resume.
            task.processed = run.execution().state() != State.PAUSED;
            return;
        }
        applyTransitions(task, fired, 0);
        afterTask(task);
    }

    /** On resume: the transitions of a task that completed while paused, or after a pause command. */
    void continueTransitions(TaskRun task) {
        List<Fired> fired;
        try {
            fired = firedTransitions(task, clauses(run.taskSpec(task.name)));
        } catch (Evaluation.Failure | TaskLauncher.TaskFailure e) {
            new WorkflowEnding(c, run).forceFail(task, Messages.failedToHandleCompletion(e.getMessage(), run, task, null));
            return;
        }
        Object from = task.runtimeContext.remove(RESUME_FROM);
        applyTransitions(task, fired, from instanceof Number n ? n.intValue() : 0);
        afterTask(task);
    }

    /** Reverse workflows start what became possible; joins re-check; the workflow may be done. */
    private void afterTask(TaskRun task) {
        if (!run.isRunning()) return;
        if (ReverseWorkflow.isReverse(run)) new ReverseWorkflow(c, run).afterTask(task);
        new Joins(c, run).evaluateAll();
        new WorkflowEnding(c, run).completeIfDone();
    }

    /** keep-result false: publishing saw the result; afterwards it reads as null (spec §3.9). */
    private void dropResult(TaskRun task) {
        if (task.result instanceof List<?> l && WithItems.isWithItems(task)) {
            task.result = new ArrayList<>(Collections.nCopies(l.size(), null));
        } else {
            task.result = null;
        }
        for (ActionExecution a : new WorkflowEnding(c, run).actionsOf(task)) {
            run.changes().action(new ActionExecution(a.id(), a.name(), a.taskExecutionId(), a.taskName(),
                    a.workflowExecutionId(), a.workflowName(), a.workflowNamespace(), a.state(), a.stateInfo(),
                    a.accepted(), a.input(), new LinkedHashMap<>(), a.params(), a.description(), a.tags(),
                    a.itemIndex(), a.async(), a.runner(), a.lastHeartbeat(), a.projectId(), a.createdAt(), c.now()));
        }
    }

    private record Clauses(Transitions onSuccess, Transitions onError, Transitions onComplete) {
    }

    private Clauses clauses(TaskSpec spec) {
        TaskDefaults defaults = run.spec().taskDefaults();
        return new Clauses(EffectiveTransitions.onSuccess(spec, defaults), EffectiveTransitions.onError(spec, defaults),
                EffectiveTransitions.onComplete(spec, defaults));
    }

    private void publish(TaskRun task, TaskSpec spec, Clauses clauses) {
        boolean success = task.state == State.SUCCESS;
        if (!success && task.state != State.ERROR) return;
        Transitions clause = success ? clauses.onSuccess : clauses.onError;
        Map<String, Object> branch = new LinkedHashMap<>();
        Map<String, Object> own = success ? spec.publish() : spec.publishOnError();
        if (own != null) branch.putAll(own);
        Map<String, Object> global = new LinkedHashMap<>();
        // Mistral merges clause-specific publish over the task's, and on-complete's over both.
        for (Transitions tr : new Transitions[]{clause, clauses.onComplete}) {
            if (tr == null) continue;
            if (tr.publish() != null) branch.putAll(tr.publish());
            if (tr.publishGlobal() != null) global.putAll(tr.publishGlobal());
        }
        Map<String, Object> ctx = DataFlow.publishContext(run, task);
        if (branch.isEmpty()) {
            task.published = global.isEmpty() ? new LinkedHashMap<>() : null;
        } else {
            task.published = asMap(eval.evaluate(branch, ctx));
        }
        if (!global.isEmpty()) {
            Map<String, Object> values = asMap(eval.evaluate(global, ctx));
            Map<String, Object> wfCtx = new LinkedHashMap<>(run.execution().context());
            wfCtx.putAll(values);
            run.update(run.execution().withContext(wfCtx, c.now()));
        }
    }

    private record Fired(Transition transition, String event, Map<String, Object> params) {
    }

    private List<Fired> firedTransitions(TaskRun task, Clauses clauses) {
        List<Fired> fired = new ArrayList<>();
        Map<String, Object> ctx = DataFlow.transitionContext(run, task);
        if (task.state == State.ERROR) collect(clauses.onError, ON_ERROR, ctx, fired);
        if (task.state == State.SUCCESS) collect(clauses.onSuccess, ON_SUCCESS, ctx, fired);
        if (task.state == State.SUCCESS || task.state == State.ERROR) collect(clauses.onComplete, ON_COMPLETE, ctx, fired);
        task.errorHandled = fired.stream().anyMatch(f -> f.event.equals(ON_ERROR));
        return fired;
    }

    private void collect(Transitions clause, String event, Map<String, Object> ctx, List<Fired> into) {
        if (clause == null) return;
        for (Transition t : clause.next()) {
            if (t.condition() != null && !eval.truthy(t.condition(), ctx)) continue;
            Map<String, Object> params = t.params() == null || t.params().isEmpty() ? Map.of() : asMap(eval.evaluate(t.params(), ctx));
            into.add(new Fired(t, event, params));
        }
    }

    private void applyTransitions(TaskRun task, List<Fired> fired, int from) {
        task.processed = true;
        List<TaskRun> toLaunch = new ArrayList<>();
        Joins joins = new Joins(c, run);
        for (int i = from; i < fired.size(); i++) {
            Fired f = fired.get(i);
            String target = f.transition.target();
            if (run.spec().tasks().containsKey(target)) {
                task.nextTasks.add(List.of(target, f.event));
                if (run.taskSpec(target).join() != null) {
                    joins.arrive(task, target, f.event);
                } else {
                    toLaunch.add(newTask(task, target, f.event));
                }
            } else if ("pause".equals(target)) {
                run.update(run.execution().withState(State.PAUSED, null, c.now()));
                task.processed = false;
                task.runtimeContext.put(RESUME_FROM, i + 1);
                break;
            } else if (!applyCommand(target, f.params)) {
                break;
            }
        }
        run.touch(task);
        for (TaskRun next : toLaunch) {
            if (!run.isRunning()) break;
            if (!new TaskLauncher(c, run).launch(next)) return;
        }
    }

    private TaskRun newTask(TaskRun from, String name, String event) {
        TaskRun next = new WorkflowStarter(c, run).newTask(name, from.outboundContext(), null);
        Map<String, Object> trigger = new LinkedHashMap<>();
        trigger.put("task_id", from.id);
        trigger.put("event", event);
        next.runtimeContext.put("triggered_by", new ArrayList<>(List.of(trigger)));
        return next;
    }

    /** Applies engine command fail, succeed or noop; returns false when the workflow stopped running. */
    private boolean applyCommand(String command, Map<String, Object> params) {
        Object msg = params.get("msg");
        String text = msg == null ? null : (msg instanceof String s ? s : PyText.str(msg));
        switch (command) {
            case "fail" -> {
                new WorkflowEnding(c, run).fail(text);
                return false;
            }
            case "succeed" -> {
                new WorkflowEnding(c, run).succeed(text);
                return false;
            }
            default -> {
                return true; // noop
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object v) {
        return v instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
    }
}
