package io.bora.engine.runtime;

import io.bora.engine.flow.StepChanges;
import io.bora.engine.model.ActionExecution;
import io.bora.engine.model.TaskExecution;
import io.bora.engine.model.WorkflowExecution;
import io.bora.engine.port.ExecutionRepository;
import io.bora.engine.port.JobQueue;

/** Writes one step's changes through the ports; called inside the step's transaction. */
final class ChangeWriter {
    private final ExecutionRepository executions;
    private final JobQueue jobs;

    ChangeWriter(ExecutionRepository executions, JobQueue jobs) {
        this.executions = executions;
        this.jobs = jobs;
    }

    void write(StepChanges changes) {
        write(changes, null);
    }

    /** @param local decides which new jobs this node runs itself; null = all go to the shared queue */
    void write(StepChanges changes, LocalJobs local) {
        for (WorkflowExecution w : changes.newWorkflows()) executions.insertWorkflow(w);
        for (WorkflowExecution w : changes.updatedWorkflows()) executions.updateWorkflow(w);
        for (TaskExecution t : changes.newTasks()) executions.insertTask(t);
        for (TaskExecution t : changes.updatedTasks()) executions.updateTask(t);
        for (ActionExecution a : changes.newActions()) executions.insertAction(a);
        for (ActionExecution a : changes.updatedActions()) executions.updateAction(a);
        if (local != null) local.enqueue(jobs, changes.jobs());
        else if (!changes.jobs().isEmpty()) jobs.enqueueAll(changes.jobs());
        for (String id : changes.completedJobs()) jobs.complete(id);
    }
}
