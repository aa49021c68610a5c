package io.bora.server.rest;

import io.bora.engine.model.State;
import io.bora.engine.model.TaskExecution;
import io.bora.engine.model.WorkflowExecution;
import io.bora.engine.port.ExecutionRepository;

import java.util.ArrayList;
import java.util.List;

/** Walks sub-workflow executions: execution -> its tasks -> executions those tasks started. */
final class ExecutionTree {
    private final ExecutionRepository reads;

    ExecutionTree(ExecutionRepository reads) {
        this.reads = reads;
    }

    /**
     * Descendants of an execution, depth first in task order.
     *
     * @param maxDepth   levels below the root to include, -1 for all
     * @param errorsOnly keep only descendants in ERROR (the walk still goes through the others)
     */
    List<WorkflowExecution> descendants(String executionId, int maxDepth, boolean errorsOnly) {
        List<WorkflowExecution> out = new ArrayList<>();
        collect(executionId, 1, maxDepth, errorsOnly, out);
        return out;
    }

    /** Sub-workflow executions started by a task and everything below them. */
    List<WorkflowExecution> ofTask(String taskExecutionId, int maxDepth, boolean errorsOnly) {
        List<WorkflowExecution> out = new ArrayList<>();
        collectTask(taskExecutionId, 1, maxDepth, errorsOnly, out);
        return out;
    }

    private void collect(String executionId, int depth, int maxDepth, boolean errorsOnly, List<WorkflowExecution> out) {
        if (maxDepth >= 0 && depth > maxDepth) {
            return;
        }
        for (TaskExecution task : reads.findTasksByWorkflow(executionId)) {
            collectTask(task.id(), depth, maxDepth, errorsOnly, out);
        }
    }

    private void collectTask(String taskId, int depth, int maxDepth, boolean errorsOnly, List<WorkflowExecution> out) {
        if (maxDepth >= 0 && depth > maxDepth) {
            return;
        }
        for (WorkflowExecution sub : reads.findWorkflowsByTask(taskId)) {
            if (!errorsOnly || sub.state() == State.ERROR) {
                out.add(sub);
            }
            collect(sub.id(), depth + 1, maxDepth, errorsOnly, out);
        }
    }
}
