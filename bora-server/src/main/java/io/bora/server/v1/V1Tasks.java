package io.bora.server.v1;

import io.bora.engine.api.ExecutionService;
import io.bora.engine.model.ActionExecution;
import io.bora.engine.model.State;
import io.bora.engine.model.TaskExecution;
import io.bora.engine.port.ExecutionRepository;
import io.bora.lang.v1.V1Workbook;

import java.util.List;

/**
 * Tasks of a v1 execution, and v1's "convey task result" call: {@code PUT .../tasks/<id>} with
 * {@code state} SUCCESS or ERROR completes the task's running action (what an external system does
 * for an asynchronous action); RUNNING on a failed task reruns it.
 */
final class V1Tasks {
    private final V1Executions executions;
    private final ExecutionService engine;
    private final ExecutionRepository reads;

    V1Tasks(V1Executions executions, ExecutionService engine, ExecutionRepository reads) {
        this.executions = executions;
        this.engine = engine;
        this.reads = reads;
    }

    /** The execution's tasks, oldest first, without the mapping's synthetic start task. */
    List<TaskExecution> list(String workbook, String executionId) {
        executions.get(workbook, executionId);
        List<TaskExecution> out = new java.util.ArrayList<>();
        for (TaskExecution t : reads.findTasksByWorkflow(executionId)) {
            if (!V1Workbook.START_TASK.equals(t.name())) {
                out.add(t);
            }
        }
        return out;
    }

    TaskExecution get(String workbook, String executionId, String id) {
        executions.get(workbook, executionId);
        TaskExecution task = reads.findTask(id).orElse(null);
        if (task == null || !executionId.equals(task.workflowExecutionId())) {
            throw V1Error.notFound("Task not found [execution_id=" + executionId + ", id=" + id + "]");
        }
        return task;
    }

    /** @param result the task's result (SUCCESS) or error (ERROR), any JSON value; may be null */
    TaskExecution convey(String workbook, String executionId, String id, String v1State, Object result) {
        TaskExecution task = get(workbook, executionId, id);
        String wanted = v1State == null ? "" : v1State.strip().toUpperCase();
        switch (wanted) {
            case "SUCCESS", "ERROR" -> {
                engine.updateAction(runningAction(task).id(), State.valueOf(wanted), result);
            }
            case "RUNNING" -> {
                if (task.state() == State.RUNNING) {
                    break;
                }
                engine.rerunTask(task.id(), true, null);
            }
            default -> throw V1Error.badRequest("Invalid task state " + v1State + ", expected SUCCESS, ERROR or RUNNING");
        }
        return get(workbook, executionId, id);
    }

    private ActionExecution runningAction(TaskExecution task) {
        for (ActionExecution a : reads.findActionsByTask(task.id())) {
            if (a.state() == State.RUNNING) {
                return a;
            }
        }
        throw V1Error.badRequest("Task " + task.name() + " [id=" + task.id() + "] has no running action to complete"
                + " (state " + V1Executions.v1State(task.state()) + ")");
    }
}
