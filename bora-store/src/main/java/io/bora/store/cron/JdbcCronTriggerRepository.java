package io.bora.store.cron;

import io.bora.engine.model.CronTrigger;
import io.bora.engine.port.CronTriggerRepository;
import io.bora.engine.port.DuplicateException;
import io.bora.engine.port.EventTriggerRepository;
import io.bora.engine.port.ListQuery;
import io.bora.store.jdbc.Sql;
import io.bora.store.jdbc.Table;
import io.bora.store.jdbc.UniqueViolationException;

import java.util.List;
import java.util.Optional;

/**
 * Cron triggers in SQL (table {@code cron_triggers}); the event triggers' repository hangs off it
 * ({@link #eventTriggers()}) so that the store has one accessor for both kinds of trigger.
 * Lookups by name ignore the project, as the definitions do until authentication arrives.
 */
public final class JdbcCronTriggerRepository implements CronTriggerRepository {
    private final CronTriggerTable table;
    private final JdbcEventTriggerRepository eventTriggers;

    public JdbcCronTriggerRepository(Sql sql) {
        this.table = new CronTriggerTable(sql);
        this.eventTriggers = new JdbcEventTriggerRepository(sql);
    }

    public EventTriggerRepository eventTriggers() {
        return eventTriggers;
    }

    /** {@inheritDoc} The message is Mistral's: {@code Duplicate entry for cron trigger ['name', 'project_id']: ct1, None}. */
    @Override
    public void insert(CronTrigger trigger) {
        try {
            table.insert(trigger);
        } catch (UniqueViolationException e) {
            String project = trigger.projectId() == null || Table.DEFAULT_PROJECT.equals(trigger.projectId())
                    ? "None" : trigger.projectId();
            DuplicateException d = new DuplicateException(e.concerns("uq_cron_triggers_name")
                    ? "Duplicate entry for cron trigger ['name', 'project_id']: " + trigger.name() + ", " + project
                    : "Duplicate entry for cron trigger ['id']");
            d.initCause(e);
            throw d;
        }
    }

    @Override
    public boolean update(CronTrigger trigger) {
        return table.update(trigger);
    }

    @Override
    public Optional<CronTrigger> findById(String id) {
        return table.findById(id);
    }

    @Override
    public Optional<CronTrigger> findByName(String name) {
        return table.one("name = ?", name);
    }

    @Override
    public Optional<CronTrigger> lockById(String id) {
        return table.lock(id);
    }

    @Override
    public List<CronTrigger> list(ListQuery query) {
        return table.list(TriggerResources.CRON_TRIGGERS, query);
    }

    @Override
    public boolean delete(String id) {
        return table.deleteById(id);
    }

    @Override
    public List<CronTrigger> findByWorkflowId(String workflowId) {
        return table.where("workflow_id = ? ORDER BY created_at, id", workflowId);
    }
}
