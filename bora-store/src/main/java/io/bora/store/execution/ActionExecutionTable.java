package io.bora.store.execution;

import io.bora.engine.model.ActionExecution;
import io.bora.engine.model.ItemResult;
import io.bora.engine.model.State;
import io.bora.store.jdbc.Row;
import io.bora.store.jdbc.Sql;
import io.bora.store.jdbc.Table;
import io.bora.store.json.JsonCodec;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

final class ActionExecutionTable extends Table<ActionExecution> {

    ActionExecutionTable(Sql sql) {
        super(sql, "action_executions", List.of("id", "name", "task_execution_id", "task_name",
                "workflow_execution_id", "workflow_name", "workflow_namespace", "state", "state_info", "accepted",
                "input", "output", "params", "description", "tags", "item_index", "is_async", "runner",
                "last_heartbeat", "project_id", "created_at", "updated_at"));
    }

    @Override
    protected Object[] values(ActionExecution a) {
        return new Object[]{a.id(), a.name(), a.taskExecutionId(), a.taskName(), a.workflowExecutionId(),
                a.workflowName(), a.workflowNamespace(), a.state(), a.stateInfo(), a.accepted(),
                JsonCodec.writeNullable(a.input()), JsonCodec.writeNullable(a.output()),
                JsonCodec.writeNullable(a.params()), a.description(), JsonCodec.writeNullable(a.tags()),
                a.itemIndex(), a.async(), a.runner(), a.lastHeartbeat(), project(a.projectId()),
                created(a.createdAt()), a.updatedAt()};
    }

    @Override
    protected ActionExecution map(Row r) throws SQLException {
        return new ActionExecution(r.string(), r.string(), r.string(), r.string(), r.string(), r.string(),
                r.string(), r.enumValue(State.class), r.string(), r.bool(), r.jsonMap(), r.jsonMap(), r.jsonMap(),
                r.string(), r.jsonList(), r.integer(), r.bool(), r.string(), r.instant(), r.string(), r.instant(),
                r.instant());
    }

    /** Index, acceptance and result of each action execution of a task: no input, params or metadata. */
    List<ItemResult> itemResults(String taskExecutionId) {
        return sql.query("SELECT id, item_index, accepted, output, created_at FROM action_executions "
                        + "WHERE task_execution_id = ?",
                r -> {
                    String id = r.string();
                    int index = r.integer();
                    boolean accepted = r.bool();
                    Map<String, Object> output = r.jsonMap();
                    return new ItemResult(id, index, accepted, output == null ? null : output.get("result"), r.instant());
                }, taskExecutionId);
    }
}
