package io.bora.engine.flow;

import io.bora.engine.model.ActionExecution;
import io.bora.engine.model.EngineKeys;
import io.bora.engine.model.ItemResult;
import io.bora.engine.model.State;
import io.bora.engine.model.WorkflowExecution;
import io.bora.engine.port.ActionRunner.Outcome;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An action execution (or a sub-workflow) finished: record its result and, when that decides its
 * task — the only action, or the last with-items iteration — complete the task.
 */
public final class ActionCompletion {
    private final StepContext c;
    private final WorkflowRun run;

    public ActionCompletion(StepContext c, WorkflowRun run) {
        this.c = c;
        this.run = run;
    }

    public void apply(ActionExecution action, Outcome outcome) {
        switch (outcome) {
            case Outcome.Success s -> apply(action, State.SUCCESS, s.value());
            case Outcome.Failure f -> apply(action, State.ERROR, f.error());
            case Outcome.Pending p -> { }
        }
    }

    /** Also used for results delivered through the API (state may then be CANCELLED). */
    public void apply(ActionExecution action, State state, Object value) {
        TaskRun task = run.task(action.taskExecutionId());
        boolean current = task != null && !task.isCompleted() && !stale(task, action.createdAt());
        String transformError = null;
        if (current && state == State.SUCCESS) {
            try {
                value = transformOutput(task, value);
            } catch (Evaluation.Failure e) {
                transformError = e.getMessage();
            }
        }
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("result", value);
        run.changes().action(new ActionExecution(action.id(), action.name(), action.taskExecutionId(), action.taskName(),
                action.workflowExecutionId(), action.workflowName(), action.workflowNamespace(), state,
                null, current, action.input(), output, action.params(),
                action.description(), action.tags(), action.itemIndex(), action.async(), action.runner(),
                action.lastHeartbeat(), action.projectId(), action.createdAt(), c.now()));
        if (!current || (task.state != State.RUNNING && task.state != State.PAUSED)) return;
        if (transformError != null) {
            new WorkflowEnding(c, run).forceFail(task, Messages.failedToHandleCompletion(transformError, run, task, action.name()));
            return;
        }
        if (WithItems.isWithItems(task)) {
            itemFinished(task, state, action.name());
        } else {
            finishTask(task, state, value, action.name());
        }
    }

    /** An async action was paused or resumed through the API: its task and the workflow follow. */
    public void stateChanged(ActionExecution a, State state) {
        run.changes().action(new ActionExecution(a.id(), a.name(), a.taskExecutionId(), a.taskName(),
                a.workflowExecutionId(), a.workflowName(), a.workflowNamespace(), state, a.stateInfo(), a.accepted(),
                a.input(), a.output(), a.params(), a.description(), a.tags(), a.itemIndex(), a.async(), a.runner(),
                a.lastHeartbeat(), a.projectId(), a.createdAt(), c.now()));
        TaskRun task = run.task(a.taskExecutionId());
        if (task == null || task.isCompleted()) return;
        if (state == State.PAUSED && task.state == State.RUNNING) {
            task.moveTo(State.PAUSED, null, c.now());
            run.touch(task);
            if (run.isRunning()) run.update(run.execution().withState(State.PAUSED, null, c.now()));
        } else if (state == State.RUNNING && task.state == State.PAUSED) {
            task.moveTo(State.RUNNING, null, c.now());
            run.touch(task);
            if (run.execution().state() == State.PAUSED) new ExecutionControl(c, run).resume(null);
        }
    }

    /** A sub-workflow of one of this run's tasks ended. */
    public void subWorkflowCompleted(String taskExecutionId, WorkflowExecution child) {
        TaskRun task = run.task(taskExecutionId);
        if (task == null || task.isCompleted() || task.state != State.RUNNING || stale(task, child.createdAt())) return;
        Map<String, Object> out = child.output() == null ? Map.of() : child.output();
        State state = child.state();
        if (!state.isTerminal()) return;
        if (WithItems.isWithItems(task)) {
            itemFinished(task, state, child.workflowName());
        } else if (state == State.CANCELLED) {
            finishTask(task, State.CANCELLED, null, child.workflowName());
        } else {
            task.stateInfo = state == State.ERROR ? child.stateInfo() : null;
            finishTask(task, state, out, child.workflowName());
        }
    }

    private void finishTask(TaskRun task, State state, Object result, String action) {
        task.result = result;
        task.hasResult = state != State.CANCELLED;
        String info = switch (state) {
            case ERROR -> task.type == io.bora.engine.model.TaskType.WORKFLOW ? task.stateInfo : PyText.str(result);
            default -> null;
        };
        task.moveTo(state, info, c.now());
        run.touch(task);
        if (state == State.CANCELLED) {
            task.processed = true;
            new WorkflowEnding(c, run).completeIfDone();
        } else {
            new TaskCompletion(c, run).complete(task, action);
        }
    }

    private void itemFinished(TaskRun task, State state, String action) {
        Map<String, Object> progress = WithItems.progress(task);
        progress.put("done", WithItems.get(progress, "done") + 1);
        if (state == State.ERROR) progress.put("failed", WithItems.get(progress, "failed") + 1);
        if (state == State.CANCELLED) progress.put("cancelled", WithItems.get(progress, "cancelled") + 1);
        run.touch(task);
        int done = WithItems.get(progress, "done");
        int count = WithItems.get(progress, "count");
        if (done < count) {
            new TaskLauncher(c, run).startNextItem(task);
            return;
        }
        List<Object> results = itemResults(task, count);
        task.result = results;
        task.hasResult = true;
        if (WithItems.get(progress, "cancelled") > 0) {
            task.moveTo(State.CANCELLED, "One or more actions was cancelled.", c.now());
            task.processed = true;
            run.touch(task);
            new WorkflowEnding(c, run).completeIfDone();
        } else if (WithItems.get(progress, "failed") > 0) {
            task.moveTo(State.ERROR, "One or more actions had failed.", c.now());
            run.touch(task);
            new TaskCompletion(c, run).complete(task, action);
        } else {
            task.moveTo(State.SUCCESS, null, c.now());
            run.touch(task);
            new TaskCompletion(c, run).complete(task, action);
        }
    }

    /** The with-items result: each iteration's accepted result, ordered by index. */
    private List<Object> itemResults(TaskRun task, int count) {
        List<Object> results = new ArrayList<>(java.util.Collections.nCopies(count, null));
        if (task.type == io.bora.engine.model.TaskType.WORKFLOW) {
            List<WorkflowExecution> subs = new ArrayList<>(new WorkflowEnding(c, run).subWorkflowsOf(task));
            subs.removeIf(w -> stale(task, w.createdAt()));
            subs.sort(Comparator.comparing(WorkflowExecution::createdAt));
            for (WorkflowExecution w : subs) {
                Object idx = w.params() == null ? null : w.params().get("index");
                int i = idx instanceof Number n ? n.intValue() : 0;
                if (i < count) results.set(i, w.output());
            }
            return results;
        }
        // Only index, acceptance and result of each action are read: a task may have 100,000 items.
        Map<String, ItemResult> byAction = new LinkedHashMap<>();
        if (!run.changes().newTasks.containsKey(task.id)) {
            for (ItemResult r : c.executions().findItemResults(task.id)) byAction.put(r.actionExecutionId(), r);
        }
        for (ActionExecution a : run.changes().updatedActions.values()) {
            if (task.id.equals(a.taskExecutionId())) byAction.put(a.id(), ItemResult.of(a));
        }
        for (ActionExecution a : run.changes().newActions.values()) {
            if (task.id.equals(a.taskExecutionId())) byAction.put(a.id(), ItemResult.of(a));
        }
        // Oldest first, so that of two accepted results for one item the later one counts, as before.
        List<ItemResult> inOrder = new ArrayList<>(byAction.values());
        inOrder.sort(Comparator.comparing(ItemResult::createdAt, Comparator.nullsFirst(Comparator.naturalOrder())));
        for (ItemResult r : inOrder) {
            if (r.accepted() && r.itemIndex() < count) results.set(r.itemIndex(), r.result());
        }
        return results;
    }

    /** Results of an attempt that a retry or rerun superseded do not count. */
    static boolean stale(TaskRun task, Instant created) {
        Object started = task.runtimeContext.get(TaskLauncher.ATTEMPT_STARTED);
        return started instanceof String s && created != null && created.isBefore(Instants.parse(s));
    }

    @SuppressWarnings("unchecked")
    private Object transformOutput(TaskRun task, Object value) {
        Object outputs = task.runtimeContext.get(EngineKeys.ACTION_OUTPUTS);
        if (!(outputs instanceof List<?> list) || list.isEmpty()) return value;
        Evaluation eval = new Evaluation(c.expressions(), new EngineFunctions(run, c.executions()));
        return AdhocActions.transform(eval, (List<Object>) list, value);
    }
}
