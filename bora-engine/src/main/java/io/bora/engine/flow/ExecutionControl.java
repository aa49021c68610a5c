package io.bora.engine.flow;

import io.bora.engine.model.ActionExecution;
import io.bora.engine.model.State;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Changes asked for from outside (spec §5.5-5.6): pause, resume, cancel, force end, env, rerun. */
public final class ExecutionControl {
    private final StepContext c;
    private final WorkflowRun run;

    public ExecutionControl(StepContext c, WorkflowRun run) {
        this.c = c;
        this.run = run;
    }

    public void pause() {
        if (run.execution().state() == State.RUNNING) {
            run.update(run.execution().withState(State.PAUSED, null, c.now()));
        }
    }

    /** Resume from PAUSED (or IDLE): continue transitions of tasks that completed meanwhile, start IDLE tasks. */
    public void resume(Map<String, Object> env) {
        State s = run.execution().state();
        if (s != State.PAUSED && s != State.IDLE) return;
        if (env != null) mergeEnv(env);
        run.update(run.execution().withState(State.RUNNING, null, c.now()));
        for (TaskRun t : run.tasks().toArray(new TaskRun[0])) {
            if (!run.isRunning()) return;
            if (t.isCompleted() && !t.processed && t.state != State.CANCELLED) {
                new TaskCompletion(c, run).continueTransitions(t);
            } else if (t.state == State.IDLE) {
                t.moveTo(State.RUNNING, null, c.now());
                run.touch(t);
                new TaskLauncher(c, run).launch(t);
            }
        }
        if (!run.isRunning()) return;
        if (ReverseWorkflow.isReverse(run)) new ReverseWorkflow(c, run).startReady();
        new Joins(c, run).evaluateAll();
        new WorkflowEnding(c, run).completeIfDone();
    }

    /** Cancel: the workflow ends CANCELLED; running tasks and actions are left as they are (Mistral). */
    public void cancel(String stateInfo) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("result", stateInfo);
        new WorkflowEnding(c, run).finish(State.CANCELLED, stateInfo, out);
    }

    public void forceError(String stateInfo) {
        new WorkflowEnding(c, run).fail(stateInfo);
    }

    public void forceSuccess(String stateInfo) {
        new WorkflowEnding(c, run).succeed(stateInfo);
    }

    public void describe(String description) {
        run.update(run.execution().withDescription(description, c.now()));
    }

    public void mergeEnv(Map<String, Object> env) {
        Map<String, Object> params = new LinkedHashMap<>(run.execution().params());
        params.put("env", DataFlow.deepMerge(run.env(), env));
        run.update(run.execution().withParams(params, c.now()));
    }

    /**
     * Reruns a failed task in place (spec §5.6). With reset, every action runs again and the
     * previous executions stop counting; without reset (with-items only), only the iterations
     * that failed or were cancelled run again and successful results are kept.
     */
    public boolean rerun(String taskId, boolean reset, Map<String, Object> env) {
        TaskRun task = run.task(taskId);
        if (task == null) return false;
        if (env != null) mergeEnv(env);
        List<Integer> failedItems = new ArrayList<>();
        for (ActionExecution a : new WorkflowEnding(c, run).actionsOf(task)) {
            if (!a.accepted()) continue;
            boolean keep = !reset && a.state() == State.SUCCESS;
            if (!keep) {
                run.changes().action(Retries.withAccepted(a, false, c));
                failedItems.add(a.itemIndex());
            }
        }
        run.update(run.execution().withState(State.RUNNING, null, c.now()));
        task.moveTo(State.RUNNING, null, c.now());
        task.finishedAt = null;
        task.processed = false;
        task.errorHandled = false;
        task.nextTasks.clear();
        task.published = new LinkedHashMap<>();
        task.result = null;
        task.hasResult = false;
        run.touch(task);
        Timers.disarmAll(run, task);
        if (!reset && WithItems.isWithItems(task)) {
            Map<String, Object> progress = WithItems.progress(task);
            progress.put("done", WithItems.get(progress, "count") - failedItems.size());
            progress.put("failed", 0);
            progress.put("cancelled", 0);
            new TaskLauncher(c, run).restartItems(task, failedItems);
            return true;
        }
        task.runtimeContext.clear();
        new TaskLauncher(c, run).launch(task);
        return true;
    }

    /** A sub-workflow of this task is rerun: the workflow and the task run again while it does. */
    public void reopen(String taskId) {
        TaskRun task = run.task(taskId);
        if (task == null) return;
        run.update(run.execution().withState(State.RUNNING, null, c.now()));
        task.moveTo(State.RUNNING, null, c.now());
        task.finishedAt = null;
        task.processed = false;
        task.errorHandled = false;
        run.touch(task);
    }

    /**
     * The integrity checker's repair of a RUNNING execution that nothing moves any more: transitions
     * of completed tasks that were never processed, joins that can be decided, and the completion of
     * an execution with no incomplete task. Returns what was repaired (empty: nothing).
     */
    public List<String> repair() {
        List<String> repaired = new ArrayList<>();
        if (!run.isRunning()) return repaired;
        for (TaskRun t : run.tasks().toArray(new TaskRun[0])) {
            if (!run.isRunning()) break;
            if (t.isCompleted() && !t.processed && t.state != State.CANCELLED) {
                repaired.add("transitions of task " + t.name + " [" + t.id + "]");
                new TaskCompletion(c, run).continueTransitions(t);
            }
        }
        if (!run.isRunning()) return repaired;
        State before = run.execution().state();
        new Joins(c, run).evaluateAll();
        new WorkflowEnding(c, run).completeIfDone();
        if (run.execution().state() != before) repaired.add("completion (" + run.execution().state() + ")");
        return repaired;
    }

    public WorkflowRun run() {
        return run;
    }
}
