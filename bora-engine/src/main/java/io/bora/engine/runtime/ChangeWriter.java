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
        executions.insertWorkflows(changes.newWorkflows());
        for (WorkflowExecution w : changes.updatedWorkflows()) executions.updateWorkflow(w);
        executions.insertTasks(changes.newTasks());
        executions.updateTasks(changes.updatedTasks());
        executions.insertActions(changes.newActions());
        executions.updateActions(changes.updatedActions());
        for (StepChanges.JobCancel c : changes.cancelledJobs()) jobs.cancel(c.executionId(), c.kind(), c.key(), c.value());
        if (local != null) local.enqueue(jobs, changes.jobs(), changes.newActions());
        else if (!changes.jobs().isEmpty()) jobs.enqueueAll(changes.jobs());
        if (!changes.completedJobs().isEmpty()) jobs.completeAll(changes.completedJobs());
    }
}
