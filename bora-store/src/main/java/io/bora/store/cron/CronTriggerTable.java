package io.bora.store.cron;

import io.bora.engine.model.CronTrigger;
import io.bora.store.jdbc.Row;
import io.bora.store.jdbc.Sql;
import io.bora.store.jdbc.Table;
import io.bora.store.json.JsonCodec;

import java.sql.SQLException;
import java.util.List;

final class CronTriggerTable extends Table<CronTrigger> {

    CronTriggerTable(Sql sql) {
        super(sql, "cron_triggers", List.of("id", "name", "pattern", "workflow_name", "workflow_id", "workflow_input",
                "workflow_params", "first_execution_time", "next_execution_time", "remaining_executions", "scope",
                "project_id", "created_at", "updated_at"));
    }

    @Override
    protected Object[] values(CronTrigger t) {
        return new Object[]{t.id(), t.name(), t.pattern(), t.workflowName(), t.workflowId(),
                JsonCodec.writeNullable(t.workflowInput()), JsonCodec.writeNullable(t.workflowParams()),
                t.firstExecutionTime(), t.nextExecutionTime(), t.remainingExecutions(), t.scope(),
                project(t.projectId()), created(t.createdAt()), t.updatedAt()};
    }

    @Override
    protected CronTrigger map(Row r) throws SQLException {
        return new CronTrigger(r.string(), r.string(), r.string(), r.string(), r.string(), r.jsonMap(), r.jsonMap(),
                r.instant(), r.instant(), r.nullableInteger(), r.string(), r.string(), r.instant(), r.instant());
    }

    /** The row locked for the calling transaction. */
    java.util.Optional<CronTrigger> lock(String id) {
        return sql.queryOne("SELECT " + columns + " FROM " + name + " WHERE id = ? FOR UPDATE", this::map, id);
    }
}
