package io.bora.store.cron;

import io.bora.engine.model.EventTrigger;
import io.bora.engine.port.DuplicateException;
import io.bora.engine.port.EventTriggerRepository;
import io.bora.engine.port.ListQuery;
import io.bora.store.jdbc.Sql;
import io.bora.store.jdbc.UniqueViolationException;

import java.util.List;
import java.util.Optional;

/** Event triggers in SQL (table {@code event_triggers}, migration V1.1). */
public final class JdbcEventTriggerRepository implements EventTriggerRepository {
    private final EventTriggerTable table;

    JdbcEventTriggerRepository(Sql sql) {
        this.table = new EventTriggerTable(sql);
    }

    @Override
    public void insert(EventTrigger trigger) {
        try {
            table.insert(trigger);
        } catch (UniqueViolationException e) {
            DuplicateException d = new DuplicateException("Duplicate entry for EventTrigger ['id']");
            d.initCause(e);
            throw d;
        }
    }

    @Override
    public boolean update(EventTrigger trigger) {
        return table.update(trigger);
    }

    @Override
    public Optional<EventTrigger> findById(String id) {
        return table.findById(id);
    }

    @Override
    public List<EventTrigger> list(ListQuery query) {
        return table.list(TriggerResources.EVENT_TRIGGERS, query);
    }

    @Override
    public boolean delete(String id) {
        return table.deleteById(id);
    }

    @Override
    public List<EventTrigger> findByWorkflowId(String workflowId) {
        return table.where("workflow_id = ? ORDER BY created_at, id", workflowId);
    }
}
