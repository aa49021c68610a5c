package io.bora.store.execution;

import io.bora.engine.model.ActionExecution;
import io.bora.engine.model.ItemResult;
import io.bora.engine.model.State;
import io.bora.engine.model.TaskExecution;
import io.bora.engine.model.WorkflowExecution;
import io.bora.engine.port.DuplicateException;
import io.bora.engine.port.ExecutionRepository;
import io.bora.engine.port.ListQuery;
import io.bora.store.jdbc.Sql;
import io.bora.store.jdbc.UniqueViolationException;
import io.bora.store.query.Resources;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Workflow, task and action executions in SQL. */
public final class JdbcExecutionRepository implements ExecutionRepository {

    private final Sql sql;
    private final WorkflowExecutionTable workflows;
    private final TaskExecutionTable tasks;
    private final ActionExecutionTable actions;
    /** The texts of the step's queries, made once (a combined statement is looked up by its parts). */
    private final String lockSql;
    private final String tasksOfWorkflowSql;
    private final java.util.Map<Integer, String> actionsByIds = new java.util.concurrent.ConcurrentHashMap<>();

    public JdbcExecutionRepository(Sql sql) {
        this.sql = sql;
        this.workflows = new WorkflowExecutionTable(sql);
        this.tasks = new TaskExecutionTable(sql);
        this.actions = new ActionExecutionTable(sql);
        this.lockSql = workflows.select("id = ? FOR UPDATE");
        this.tasksOfWorkflowSql = tasks.select("workflow_execution_id = ? ORDER BY created_at, id");
    }

    @Override
    public void insertWorkflow(WorkflowExecution ex) {
        try {
            workflows.insert(ex);
        } catch (UniqueViolationException e) {
            throw duplicateId("WorkflowExecution", ex.id(), e);
        }
    }

    @Override
    public void updateWorkflow(WorkflowExecution ex) {
        workflows.updateAllDeferred(List.of(ex));
    }

    @Override
    public Optional<WorkflowExecution> findWorkflow(String id) {
        return workflows.findById(id);
    }

    @Override
    public Optional<WorkflowExecution> lockWorkflow(String id) {
        if (!sql.transactions().active()) {
            throw new IllegalStateException("lockWorkflow needs a transaction: the lock ends with it");
        }
        return sql.queryOne(lockSql, workflows.mapper(), id);
    }

    private String actionsByIdsSql(int count) {
        if (count > 128) return actionsByIdsText(count); // unusually large batches are not worth keeping
        return actionsByIds.computeIfAbsent(count, this::actionsByIdsText);
    }

    private String actionsByIdsText(int count) {
        return actions.select("id IN (" + String.join(", ", java.util.Collections.nCopies(count, "?")) + ")");
    }

    /** {@inheritDoc} One round trip on PostgreSQL ({@link Sql#queryAll}). */
    @Override
    public Optional<StepState> lockForStep(String id, java.util.Collection<String> actionIds) {
        if (!sql.transactions().active()) {
            throw new IllegalStateException("lockForStep needs a transaction: the lock ends with it");
        }
        List<Sql.Query<?>> queries = new ArrayList<>(3);
        queries.add(new Sql.Query<>(lockSql, workflows.mapper(), id));
        queries.add(new Sql.Query<>(tasksOfWorkflowSql, tasks.mapper(), id));
        if (!actionIds.isEmpty()) {
            queries.add(new Sql.Query<>(actionsByIdsSql(actionIds.size()), actions.mapper(), actionIds.toArray()));
        }
        List<List<?>> rows = sql.queryAll(queries);
        if (rows.getFirst().isEmpty()) return Optional.empty();
        @SuppressWarnings("unchecked")
        StepState state = new StepState((WorkflowExecution) rows.getFirst().getFirst(), (List<TaskExecution>) rows.get(1),
                actionIds.isEmpty() ? List.of() : (List<ActionExecution>) rows.get(2));
        return Optional.of(state);
    }

    @Override
    public List<WorkflowExecution> listWorkflows(ListQuery query) {
        return workflows.list(Resources.EXECUTIONS, query);
    }

    @Override
    public List<WorkflowExecution> listWorkflowSummaries(ListQuery query) {
        return workflows.listSummaries(Resources.EXECUTIONS, query);
    }

    @Override
    public List<WorkflowExecution> findWorkflowsByTask(String taskExecutionId) {
        return workflows.where("task_execution_id = ? ORDER BY created_at, id", taskExecutionId);
    }

    @Override
    public boolean deleteWorkflow(String id) {
        return sql.transactions().inTransaction(() -> new ExecutionTreeDelete(sql).delete(id));
    }

    @Override
    public List<String> findRunningWorkflowIds() {
        return sql.query("SELECT id FROM workflow_executions WHERE state = ? ORDER BY created_at, id",
                row -> row.string(), State.RUNNING);
    }

    @Override
    public void insertTask(TaskExecution task) {
        try {
            // Only join tasks (with a unique key) can collide; only they pay for a savepoint.
            if (task.uniqueKey() != null) tasks.insertGuarded(task);
            else tasks.insert(task);
        } catch (UniqueViolationException e) {
            if (task.uniqueKey() != null && e.concerns("uq_task_executions_unique_key")) {
                DuplicateException d = new DuplicateException(
                        "Duplicate entry for TaskExecution ['unique_key']: " + task.uniqueKey());
                d.initCause(e);
                throw d;
            }
            throw duplicateId("TaskExecution", task.id(), e);
        }
    }

    @Override
    public void updateTask(TaskExecution task) {
        tasks.update(task);
    }

    @Override
    public Optional<TaskExecution> findTask(String id) {
        return tasks.findById(id);
    }

    @Override
    public List<TaskExecution> findTasksByWorkflow(String workflowExecutionId) {
        return tasks.where("workflow_execution_id = ? ORDER BY created_at, id", workflowExecutionId);
    }

    @Override
    public List<TaskExecution> listTasks(ListQuery query) {
        return tasks.list(Resources.TASKS, query);
    }

    @Override
    public void insertAction(ActionExecution action) {
        try {
            actions.insert(action);
        } catch (UniqueViolationException e) {
            throw duplicateId("ActionExecution", action.id(), e);
        }
    }

    @Override
    public void updateAction(ActionExecution action) {
        actions.update(action);
    }

    @Override
    public Optional<ActionExecution> findAction(String id) {
        return actions.findById(id);
    }

    @Override
    public List<ActionExecution> findActionsByTask(String taskExecutionId) {
        return actions.where("task_execution_id = ? ORDER BY created_at, id", taskExecutionId);
    }

    @Override
    public List<ActionExecution> listActions(ListQuery query) {
        return actions.list(Resources.ACTION_EXECUTIONS, query);
    }

    @Override
    public boolean deleteAction(String id) {
        return actions.deleteById(id);
    }

    // The batch writes below are an engine step's: they are held back and sent with the step's
    // other writes (Sql#defer), one round trip on PostgreSQL.

    @Override
    public void insertWorkflows(List<WorkflowExecution> batch) {
        workflows.insertAllDeferred(batch);
    }

    @Override
    public void insertActions(List<ActionExecution> batch) {
        actions.insertAllDeferred(batch);
    }

    /** {@inheritDoc} Join tasks, whose unique key may collide, are inserted at once, one by one. */
    @Override
    public void insertTasks(List<TaskExecution> batch) {
        List<TaskExecution> plain = new ArrayList<>(batch.size());
        for (TaskExecution t : batch) {
            if (t.uniqueKey() != null) insertTask(t);
            else plain.add(t);
        }
        tasks.insertAllDeferred(plain);
    }

    @Override
    public void updateTasks(List<TaskExecution> batch) {
        tasks.updateAllDeferred(batch);
    }

    @Override
    public void updateActions(List<ActionExecution> batch) {
        actions.updateAllDeferred(batch);
    }

    @Override
    public List<ItemResult> findItemResults(String taskExecutionId) {
        return actions.itemResults(taskExecutionId);
    }

    @Override
    public List<ActionExecution> findActions(java.util.Collection<String> ids) {
        return ids.isEmpty() ? List.of() : sql.query(actionsByIdsSql(ids.size()), actions.mapper(), ids.toArray());
    }

    private static DuplicateException duplicateId(String entity, String id, UniqueViolationException e) {
        DuplicateException d = new DuplicateException("Duplicate entry for " + entity + " ['id']: " + id);
        d.initCause(e);
        return d;
    }
}
