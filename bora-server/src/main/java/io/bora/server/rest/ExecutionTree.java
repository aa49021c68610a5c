package io.bora.server.rest;

import io.bora.engine.model.State;
import io.bora.engine.model.TaskExecution;
import io.bora.engine.model.WorkflowExecution;
import io.bora.engine.port.ExecutionRepository;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks sub-workflow executions (execution -> its tasks -> the executions those tasks started),
 * depth first in task order, as Mistral's sub-executions lists do: the depth counts executions
 * below the start, and {@code errorsOnly} follows only tasks in ERROR.
 */
final class ExecutionTree {
    private final ExecutionRepository reads;

    ExecutionTree(ExecutionRepository reads) {
        this.reads = reads;
    }

    /** The execution itself, then everything below it ({@code maxDepth} -1: no limit). */
    List<WorkflowExecution> fromExecution(WorkflowExecution root, int maxDepth, boolean errorsOnly) {
        List<WorkflowExecution> out = new ArrayList<>();
        execution(root, 0, maxDepth, errorsOnly, out);
        return out;
    }

    /** The executions a task started and everything below them. */
    List<WorkflowExecution> ofTask(TaskExecution task, int maxDepth, boolean errorsOnly) {
        List<WorkflowExecution> out = new ArrayList<>();
        task(task, 0, maxDepth, errorsOnly, out);
        return out;
    }

    private void execution(WorkflowExecution ex, int depth, int maxDepth, boolean errorsOnly, List<WorkflowExecution> out) {
        if (maxDepth >= 0 && depth > maxDepth) {
            return;
        }
        out.add(ex);
        for (TaskExecution t : reads.findTasksByWorkflow(ex.id())) {
            task(t, depth + 1, maxDepth, errorsOnly, out);
        }
    }

    private void task(TaskExecution t, int depth, int maxDepth, boolean errorsOnly, List<WorkflowExecution> out) {
        if (errorsOnly && t.state() != State.ERROR) {
            return;
        }
        for (WorkflowExecution sub : reads.findWorkflowsByTask(t.id())) {
            execution(sub, depth, maxDepth, errorsOnly, out);
        }
    }
}
