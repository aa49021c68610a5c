package io.bora.engine.flow;

import io.bora.engine.model.ActionExecution;
import io.bora.engine.model.Job;
import io.bora.engine.model.JobKind;
import io.bora.engine.model.TaskExecution;
import io.bora.engine.model.WorkflowExecution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one engine step decided: rows to insert or update and jobs to enqueue. The step
 * computes it without I/O; the engine writes it in one transaction and dispatches the jobs after
 * the commit.
 */
public final class StepChanges {
    final Map<String, WorkflowExecution> newWorkflows = new LinkedHashMap<>();
    final Map<String, WorkflowExecution> updatedWorkflows = new LinkedHashMap<>();
    final Map<String, TaskRun> newTasks = new LinkedHashMap<>();
    final Map<String, TaskRun> updatedTasks = new LinkedHashMap<>();
    final Map<String, ActionExecution> newActions = new LinkedHashMap<>();
    final Map<String, ActionExecution> updatedActions = new LinkedHashMap<>();
    final List<Job> jobs = new ArrayList<>();
    final List<String> completedJobs = new ArrayList<>();
    final List<JobCancel> cancelledJobs = new ArrayList<>();

    /** Pending jobs of an execution to drop: those of {@code kind} whose payload has {@code key} = {@code value}. */
    public record JobCancel(String executionId, JobKind kind, String key, String value) {
    }

    public List<WorkflowExecution> newWorkflows() {
        return List.copyOf(newWorkflows.values());
    }

    public List<WorkflowExecution> updatedWorkflows() {
        List<WorkflowExecution> out = new ArrayList<>();
        for (var e : updatedWorkflows.entrySet()) {
            if (!newWorkflows.containsKey(e.getKey())) out.add(e.getValue());
        }
        return out;
    }

    public List<TaskExecution> newTasks() {
        return newTasks.values().stream().map(TaskRun::toRecord).toList();
    }

    public List<TaskExecution> updatedTasks() {
        return updatedTasks.values().stream().filter(t -> !newTasks.containsKey(t.id)).map(TaskRun::toRecord).toList();
    }

    public List<ActionExecution> newActions() {
        return List.copyOf(newActions.values());
    }

    public List<ActionExecution> updatedActions() {
        return updatedActions.values().stream().filter(a -> !newActions.containsKey(a.id())).toList();
    }

    public List<Job> jobs() {
        return List.copyOf(jobs);
    }

    public List<String> completedJobs() {
        return List.copyOf(completedJobs);
    }

    /** Written before the step's new jobs, so that a cancel never drops one of them. */
    public List<JobCancel> cancelledJobs() {
        return List.copyOf(cancelledJobs);
    }

    public void addWorkflow(WorkflowExecution ex) {
        newWorkflows.put(ex.id(), ex);
    }

    void workflow(WorkflowExecution ex) {
        if (newWorkflows.containsKey(ex.id())) newWorkflows.put(ex.id(), ex);
        else updatedWorkflows.put(ex.id(), ex);
    }

    void task(TaskRun t) {
        if (!newTasks.containsKey(t.id)) updatedTasks.put(t.id, t);
    }

    void action(ActionExecution a) {
        if (newActions.containsKey(a.id())) newActions.put(a.id(), a);
        else updatedActions.put(a.id(), a);
    }

    /** The action as this step has changed or created it so far, if it has. */
    public java.util.Optional<ActionExecution> changedAction(String id) {
        ActionExecution a = updatedActions.get(id);
        return java.util.Optional.ofNullable(a != null ? a : newActions.get(id));
    }

    public void completeJob(String jobId) {
        if (jobId != null) completedJobs.add(jobId);
    }
}
