package io.bora.engine.flow;

import io.bora.engine.model.State;
import io.bora.lang.spec.TaskDefaults;
import io.bora.lang.spec.TaskSpec;
import io.bora.lang.spec.Transition;
import io.bora.lang.spec.Transitions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What happens after a task reached SUCCESS or ERROR (spec §4.1.2, §7.4): publishing, the
 * transitions that fire, engine commands, new task executions, and the workflow's completion.
 */
final class TaskCompletion {
    private static final String ON_SUCCESS = "on-success";
    private static final String ON_ERROR = "on-error";
    private static final String ON_COMPLETE = "on-complete";

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
        TaskDefaults defaults = run.spec().taskDefaults();
        Transitions onSuccess = EffectiveTransitions.onSuccess(spec, defaults);
        Transitions onError = EffectiveTransitions.onError(spec, defaults);
        Transitions onComplete = EffectiveTransitions.onComplete(spec, defaults);
        List<Fired> fired;
        try {
            publish(task, spec, onSuccess, onError, onComplete);
            fired = firedTransitions(task, onSuccess, onError, onComplete);
        } catch (Evaluation.Failure e) {
            new WorkflowEnding(c, run).forceFail(task, Messages.failedToHandleCompletion(e.getMessage(), run, task, action));
            return;
        }
        run.touch(task);
        if (!run.isRunning()) {
            // Transitions of a task that completed while the workflow was paused run on resume.
            task.processed = run.execution().state() != State.PAUSED;
            return;
        }
        applyTransitions(task, fired);
        new WorkflowEnding(c, run).completeIfDone();
    }

    private void publish(TaskRun task, TaskSpec spec, Transitions onSuccess, Transitions onError, Transitions onComplete) {
        boolean success = task.state == State.SUCCESS;
        Transitions clause = success ? onSuccess : onError;
        Map<String, Object> branch = new LinkedHashMap<>();
        Map<String, Object> own = success ? spec.publish() : spec.publishOnError();
        if (own != null) branch.putAll(own);
        Map<String, Object> global = new LinkedHashMap<>();
        // Mistral merges clause-specific publish over the task's, and on-complete's over both.
        for (Transitions tr : new Transitions[]{clause, onComplete}) {
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

    private List<Fired> firedTransitions(TaskRun task, Transitions onSuccess, Transitions onError, Transitions onComplete) {
        List<Fired> fired = new ArrayList<>();
        Map<String, Object> ctx = DataFlow.transitionContext(run, task);
        if (task.state == State.ERROR) collect(onError, ON_ERROR, ctx, fired);
        if (task.state == State.SUCCESS) collect(onSuccess, ON_SUCCESS, ctx, fired);
        if (task.state == State.SUCCESS || task.state == State.ERROR) collect(onComplete, ON_COMPLETE, ctx, fired);
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

    private void applyTransitions(TaskRun task, List<Fired> fired) {
        task.processed = true;
        List<TaskRun> toLaunch = new ArrayList<>();
        for (Fired f : fired) {
            String target = f.transition.target();
            if (run.spec().tasks().containsKey(target)) {
                task.nextTasks.add(List.of(target, f.event));
                toLaunch.add(newTask(task, target, f.event));
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
        next.runtimeContext.put("triggered_by", List.of(trigger));
        return next;
    }

    /** Applies an engine command; returns false when the workflow stopped running. */
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
            case "pause" -> {
                run.update(run.execution().withState(State.PAUSED, text, c.now()));
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
