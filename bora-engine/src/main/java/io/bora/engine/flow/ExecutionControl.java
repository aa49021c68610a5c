package io.bora.engine.flow;

import io.bora.engine.model.ActionExecution;
import io.bora.engine.model.State;

import java.util.LinkedHashMap;
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
     * Reruns a failed task in place (reset = every action again): its previous action executions
     * stop counting, the workflow goes back to RUNNING, and the task starts again.
     */
    public boolean rerun(String taskId, Map<String, Object> env) {
        TaskRun task = run.task(taskId);
        if (task == null) return false;
        if (env != null) mergeEnv(env);
        for (ActionExecution a : new WorkflowEnding(c, run).actionsOf(task)) {
            if (a.accepted()) {
                run.changes().action(new ActionExecution(a.id(), a.name(), a.taskExecutionId(), a.taskName(),
                        a.workflowExecutionId(), a.workflowName(), a.workflowNamespace(), a.state(), a.stateInfo(),
                        false, a.input(), a.output(), a.params(), a.description(), a.tags(), a.itemIndex(), a.async(),
                        a.runner(), a.lastHeartbeat(), a.projectId(), a.createdAt(), c.now()));
            }
        }
        run.update(run.execution().withState(State.RUNNING, null, c.now()));
        task.moveTo(State.RUNNING, null, c.now());
        task.finishedAt = null;
        task.processed = false;
        task.errorHandled = false;
        task.nextTasks.clear();
        task.published = null;
        task.result = null;
        task.hasResult = false;
        task.runtimeContext.clear();
        run.touch(task);
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

    public WorkflowRun run() {
        return run;
    }
}
