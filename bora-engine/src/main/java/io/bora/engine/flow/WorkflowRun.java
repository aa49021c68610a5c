package io.bora.engine.flow;

import io.bora.engine.model.State;
import io.bora.engine.model.TaskExecution;
import io.bora.engine.model.WorkflowExecution;
import io.bora.lang.spec.TaskSpec;
import io.bora.lang.spec.WorkflowSpec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** One workflow execution's working state during a step: the execution, its spec and its tasks. */
public final class WorkflowRun {
    private WorkflowExecution execution;
    private final WorkflowSpec spec;
    private final List<TaskRun> tasks = new ArrayList<>();
    private final StepChanges changes;

    public WorkflowRun(WorkflowExecution execution, WorkflowSpec spec, List<TaskExecution> tasks, StepChanges changes) {
        this.execution = execution;
        this.spec = spec;
        this.changes = changes;
        for (TaskExecution t : tasks) this.tasks.add(new TaskRun(t));
    }

    public WorkflowExecution execution() {
        return execution;
    }

    public WorkflowSpec spec() {
        return spec;
    }

    public StepChanges changes() {
        return changes;
    }

    List<TaskRun> tasks() {
        return Collections.unmodifiableList(tasks);
    }

    public TaskRun task(String id) {
        for (TaskRun t : tasks) if (t.id.equals(id)) return t;
        return null;
    }

    TaskSpec taskSpec(String name) {
        return spec.tasks().get(name);
    }

    /** A task's policies with the workflow's task-defaults filled in. */
    io.bora.lang.spec.Policies policies(TaskSpec task) {
        var defaults = spec.taskDefaults();
        return task.policies().orDefaults(defaults == null ? null : defaults.policies());
    }

    void update(WorkflowExecution ex) {
        execution = ex;
        changes.workflow(ex);
    }

    void addTask(TaskRun t) {
        tasks.add(t);
        changes.newTasks.put(t.id, t);
    }

    void touch(TaskRun t) {
        changes.task(t);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> env() {
        Object env = execution.params() == null ? null : execution.params().get("env");
        return env instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    boolean isRunning() {
        return execution.state() == State.RUNNING;
    }
}
