package io.bora.store.execution;

import io.bora.engine.model.State;
import io.bora.engine.model.TaskExecution;
import io.bora.engine.model.TaskType;
import io.bora.store.jdbc.Row;
import io.bora.store.jdbc.Sql;
import io.bora.store.jdbc.Table;
import io.bora.store.json.JsonCodec;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Task rows. {@code result} is SQL NULL until the task has a result (a null result is JSON {@code null}). */
final class TaskExecutionTable extends Table<TaskExecution> {

    TaskExecutionTable(Sql sql) {
        super(sql, "task_executions", List.of("id", "name", "workflow_execution_id", "workflow_id", "workflow_name",
                "workflow_namespace", "type", "tags", "state", "state_info", "runtime_context", "in_context",
                "published", "result", "next_tasks", "error_handled", "processed", "unique_key", "project_id",
                "created_at", "updated_at", "started_at", "finished_at"));
    }

    @Override
    protected Object[] values(TaskExecution t) {
        return new Object[]{t.id(), t.name(), t.workflowExecutionId(), t.workflowId(), t.workflowName(),
                t.workflowNamespace(), t.type(), JsonCodec.writeNullable(t.tags()), t.state(), t.stateInfo(),
                JsonCodec.writeNullable(t.runtimeContext()), JsonCodec.writeNullable(t.inContext()),
                JsonCodec.writeNullable(t.published()), t.hasResult() ? JsonCodec.write(t.result()) : null,
                JsonCodec.writeNullable(t.nextTasks()), t.errorHandled(), t.processed(), t.uniqueKey(),
                project(t.projectId()), created(t.createdAt()), t.updatedAt(), t.startedAt(), t.finishedAt()};
    }

    @Override
    protected TaskExecution map(Row r) throws SQLException {
        String id = r.string();
        String name = r.string();
        String workflowExecutionId = r.string();
        String workflowId = r.string();
        String workflowName = r.string();
        String workflowNamespace = r.string();
        TaskType type = r.enumValue(TaskType.class);
        List<String> tags = r.jsonList();
        State state = r.enumValue(State.class);
        String stateInfo = r.string();
        Map<String, Object> runtimeContext = r.jsonMap();
        Map<String, Object> inContext = r.jsonMap();
        Map<String, Object> published = r.jsonMap();
        String result = r.jsonText();
        List<List<String>> nextTasks = r.jsonList();
        return new TaskExecution(id, name, workflowExecutionId, workflowId, workflowName, workflowNamespace, type,
                tags, state, stateInfo, runtimeContext, inContext, published, JsonCodec.read(result), result != null,
                nextTasks, r.bool(), r.bool(), r.string(), r.string(), r.instant(), r.instant(), r.instant(),
                r.instant());
    }
}
