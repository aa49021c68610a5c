package io.bora.engine.port;

import io.bora.engine.model.ActionExecution;
import io.bora.engine.model.ItemResult;
import io.bora.engine.model.TaskExecution;
import io.bora.engine.model.WorkflowExecution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Workflow, task and action executions. {@code lockWorkflow} is the per-execution writer lock
 * across nodes (SELECT ... FOR UPDATE); it must be called inside a transaction.
 */
public interface ExecutionRepository {
    void insertWorkflow(WorkflowExecution ex);
    void updateWorkflow(WorkflowExecution ex);
    Optional<WorkflowExecution> findWorkflow(String id);
    /** Locks the row until the transaction ends and returns its current content. */
    Optional<WorkflowExecution> lockWorkflow(String id);

    /** What an engine step starts from: the locked execution, its tasks, and the actions it asked for. */
    record StepState(WorkflowExecution execution, List<TaskExecution> tasks, List<ActionExecution> actions) {
    }

    /**
     * {@link #lockWorkflow}, then the execution's tasks (oldest first) and the action executions
     * with the given ids that exist. A store may do the three in one round trip.
     */
    default Optional<StepState> lockForStep(String id, Collection<String> actionIds) {
        return lockWorkflow(id).map(ex -> new StepState(ex, findTasksByWorkflow(id),
                actionIds.isEmpty() ? List.of() : findActions(actionIds)));
    }
    List<WorkflowExecution> listWorkflows(ListQuery query);

    /**
     * As {@link #listWorkflows}, for lists that show none of spec, input, output, params and
     * context: a store may leave those null and spare reading and decoding them.
     */
    default List<WorkflowExecution> listWorkflowSummaries(ListQuery query) {
        return listWorkflows(query);
    }
    /** Sub-workflow executions started by a task. */
    List<WorkflowExecution> findWorkflowsByTask(String taskExecutionId);
    /** Deletes the execution with its tasks, actions, sub-workflows and pending jobs. */
    boolean deleteWorkflow(String id);
    /** Ids of executions in RUNNING state (recovery on start). */
    List<String> findRunningWorkflowIds();

    void insertTask(TaskExecution task);
    void updateTask(TaskExecution task);
    Optional<TaskExecution> findTask(String id);
    /** All task executions of a workflow execution, oldest first. */
    List<TaskExecution> findTasksByWorkflow(String workflowExecutionId);
    List<TaskExecution> listTasks(ListQuery query);

    void insertAction(ActionExecution action);
    void updateAction(ActionExecution action);
    Optional<ActionExecution> findAction(String id);
    /** Action executions of a task, oldest first. */
    List<ActionExecution> findActionsByTask(String taskExecutionId);
    List<ActionExecution> listActions(ListQuery query);
    boolean deleteAction(String id);

    // Many rows at once: one engine step may touch dozens (a fan-out, with-items, combined
    // completions). A store may send each list in one round trip; these defaults do not.

    /** Inserts workflow executions whose ids were generated here (none can be taken). */
    default void insertWorkflows(List<WorkflowExecution> batch) {
        batch.forEach(this::insertWorkflow);
    }

    /** Inserts task executions without a unique key (join tasks go through {@link #insertTask}). */
    default void insertTasks(List<TaskExecution> batch) {
        batch.forEach(this::insertTask);
    }

    default void updateTasks(List<TaskExecution> batch) {
        batch.forEach(this::updateTask);
    }

    default void insertActions(List<ActionExecution> batch) {
        batch.forEach(this::insertAction);
    }

    default void updateActions(List<ActionExecution> batch) {
        batch.forEach(this::updateAction);
    }

    /** The item results of a task's action executions (with-items), in no particular order. */
    default List<ItemResult> findItemResults(String taskExecutionId) {
        return findActionsByTask(taskExecutionId).stream().map(ItemResult::of).toList();
    }

    /** The action executions with these ids that exist, in no particular order. */
    default List<ActionExecution> findActions(Collection<String> ids) {
        List<ActionExecution> out = new ArrayList<>();
        for (String id : ids) findAction(id).ifPresent(out::add);
        return out;
    }
}
