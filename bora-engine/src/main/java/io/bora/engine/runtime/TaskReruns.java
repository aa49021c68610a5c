package io.bora.engine.runtime;

import io.bora.engine.api.BoraException;
import io.bora.engine.model.State;
import io.bora.engine.model.TaskExecution;
import io.bora.engine.model.WorkflowExecution;
import io.bora.engine.port.ExecutionRepository;

import java.util.Map;

/** {@code PUT /v2/tasks/<id>} with state RUNNING: rerun of a failed task (spec §5.6). */
final class TaskReruns {
    private final Engine engine;
    private final ExecutionRepository executions;

    TaskReruns(Engine engine, ExecutionRepository executions) {
        this.engine = engine;
        this.executions = executions;
    }

    TaskExecution rerun(String taskId, boolean reset, Map<String, Object> env) {
        TaskExecution task = executions.findTask(taskId)
                .orElseThrow(() -> BoraException.notFound("Task execution not found [id=" + taskId + "]"));
        if (task.state() == State.SUCCESS) {
            throw BoraException.badRequest("Rerunning succeeded tasks is not supported.");
        }
        if (task.state() != State.ERROR) {
            throw BoraException.badRequest("The current task execution must be in ERROR for rerun. "
                    + "Only updating task to rerun is supported.");
        }
        WorkflowExecution wf = executions.findWorkflow(task.workflowExecutionId()).orElseThrow();
        if (!reset && !isWithItems(task)) {
            throw BoraException.badRequest("Only with-items task has the option to not reset.");
        }
        if (wf.state() == State.PAUSED) return task;
        reopenParents(wf);
        // The answer is the task as the rerun left it (RUNNING): read back after the commit, its
        // action may already have run on this node and ended it again.
        TaskExecution[] rerun = new TaskExecution[1];
        engine.control(wf.id(), (ctl, run) -> {
            ctl.rerun(taskId, reset, env);
            rerun[0] = run.changes().updatedTasks().stream().filter(t -> t.id().equals(taskId)).findFirst().orElse(null);
        });
        return rerun[0] != null ? rerun[0] : executions.findTask(taskId).orElseThrow();
    }

    private static boolean isWithItems(TaskExecution task) {
        return task.runtimeContext() != null && task.runtimeContext().containsKey("with_items");
    }

    /** A rerun inside a sub-workflow puts its parents (and their tasks) back to RUNNING too. */
    private void reopenParents(WorkflowExecution wf) {
        if (wf.taskExecutionId() == null) return;
        TaskExecution parentTask = executions.findTask(wf.taskExecutionId()).orElse(null);
        if (parentTask == null) return;
        WorkflowExecution parent = executions.findWorkflow(parentTask.workflowExecutionId()).orElse(null);
        if (parent == null) return;
        reopenParents(parent);
        engine.control(parent.id(), (ctl, run) -> ctl.reopen(parentTask.id()));
    }
}
