package io.bora.engine.flow;

import io.bora.engine.model.ActionExecution;
import io.bora.engine.model.State;
import io.bora.engine.port.ActionRunner.Outcome;

import java.util.LinkedHashMap;
import java.util.Map;

/** An action execution finished: record its result and, when it decides its task, complete the task. */
public final class ActionCompletion {
    private final StepContext c;
    private final WorkflowRun run;

    public ActionCompletion(StepContext c, WorkflowRun run) {
        this.c = c;
        this.run = run;
    }

    public void apply(ActionExecution action, Outcome outcome) {
        State state;
        Object value;
        switch (outcome) {
            case Outcome.Success s -> {
                state = State.SUCCESS;
                value = s.value();
            }
            case Outcome.Failure f -> {
                state = State.ERROR;
                value = f.error();
            }
            case Outcome.Pending p -> {
                return;
            }
        }
        apply(action, state, value);
    }

    /** Also used for results delivered through the API (state may then be CANCELLED). */
    public void apply(ActionExecution action, State state, Object value) {
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("result", value);
        ActionExecution done = new ActionExecution(action.id(), action.name(), action.taskExecutionId(), action.taskName(),
                action.workflowExecutionId(), action.workflowName(), action.workflowNamespace(), state,
                state == State.ERROR ? PyText.str(value) : null, true, action.input(), output, action.params(),
                action.description(), action.tags(), action.itemIndex(), action.async(), action.runner(),
                action.lastHeartbeat(), action.projectId(), action.createdAt(), c.now());
        run.changes().action(done);
        TaskRun task = run.task(action.taskExecutionId());
        if (task == null || task.isCompleted()) return;
        task.result = value;
        task.hasResult = true;
        switch (state) {
            case SUCCESS -> task.moveTo(State.SUCCESS, null, c.now());
            case ERROR -> task.moveTo(State.ERROR, PyText.str(value), c.now());
            case CANCELLED -> task.moveTo(State.CANCELLED, null, c.now());
            default -> {
                return;
            }
        }
        run.touch(task);
        if (state == State.CANCELLED) {
            task.processed = true;
            new WorkflowEnding(c, run).completeIfDone();
        } else {
            new TaskCompletion(c, run).complete(task, action.name());
        }
    }

    /** A sub-workflow of one of this run's tasks ended. */
    public void subWorkflowCompleted(String taskExecutionId, io.bora.engine.model.WorkflowExecution child) {
        TaskRun task = run.task(taskExecutionId);
        if (task != null) new SubWorkflows(c, run).completed(task, child);
    }
}
