package io.bora.store.cron;

import io.bora.engine.model.EventTrigger;
import io.bora.store.jdbc.Row;
import io.bora.store.jdbc.Sql;
import io.bora.store.jdbc.Table;
import io.bora.store.json.JsonCodec;

import java.sql.SQLException;
import java.util.List;

final class EventTriggerTable extends Table<EventTrigger> {

    EventTriggerTable(Sql sql) {
        super(sql, "event_triggers", List.of("id", "name", "workflow_id", "workflow_input", "workflow_params",
                "exchange", "topic", "event", "scope", "project_id", "created_at", "updated_at"));
    }

    @Override
    protected Object[] values(EventTrigger t) {
        return new Object[]{t.id(), t.name(), t.workflowId(), JsonCodec.writeNullable(t.workflowInput()),
                JsonCodec.writeNullable(t.workflowParams()), t.exchange(), t.topic(), t.event(), t.scope(),
                project(t.projectId()), created(t.createdAt()), t.updatedAt()};
    }

    @Override
    protected EventTrigger map(Row r) throws SQLException {
        return new EventTrigger(r.string(), r.string(), r.string(), r.jsonMap(), r.jsonMap(), r.string(), r.string(),
                r.string(), r.string(), r.string(), r.instant(), r.instant());
    }
}
