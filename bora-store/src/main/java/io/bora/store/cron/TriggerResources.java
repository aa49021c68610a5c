package io.bora.store.cron;

import io.bora.store.query.FieldType;
import io.bora.store.query.Resource;

import static io.bora.store.query.FieldType.JSON;
import static io.bora.store.query.FieldType.TEXT;

/** The filter and sort fields of the trigger collections (REST §9, §11). */
final class TriggerResources {
    private TriggerResources() {
    }

    static final Resource CRON_TRIGGERS = Resource.of("cron_triggers")
            .notNull("name", TEXT).with("pattern", TEXT).with("workflow_name", TEXT).with("workflow_id", TEXT)
            .with("workflow_input", JSON).with("workflow_params", JSON)
            .with("first_execution_time", FieldType.TIMESTAMP).with("next_execution_time", FieldType.TIMESTAMP)
            .with("remaining_executions", FieldType.INTEGER).with("scope", TEXT);

    static final Resource EVENT_TRIGGERS = Resource.of("event_triggers")
            .with("name", TEXT).notNull("workflow_id", TEXT).with("workflow_input", JSON)
            .with("workflow_params", JSON).notNull("exchange", TEXT).notNull("topic", TEXT).notNull("event", TEXT)
            .with("scope", TEXT);
}
