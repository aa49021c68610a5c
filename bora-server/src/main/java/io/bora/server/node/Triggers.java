package io.bora.server.node;

import io.bora.engine.cron.CronTriggerService;
import io.bora.engine.cron.EventTriggerService;
import io.bora.engine.port.Clock;
import io.bora.engine.runtime.Engine;
import io.bora.engine.runtime.Workers;
import io.bora.server.service.DefinitionService;
import io.bora.server.service.TriggeredWorkflows;
import io.bora.store.JdbcStore;

/**
 * The node's cron and event triggers: services on the store, CRON jobs fired by this node's
 * engine loop (scheduler role), and workflows kept from deletion while triggers would start them.
 */
record Triggers(CronTriggerService cron, EventTriggerService events) {

    /** Call before {@code workers.start()}: the engine loop decides at start which job kinds it claims. */
    static Triggers wire(JdbcStore store, Engine engine, Workers workers, DefinitionService definitions, Clock clock) {
        CronTriggerService cron = new CronTriggerService(store.cronTriggers(), store.definitions(), store.jobs(),
                store.transactions(), engine, clock);
        EventTriggerService events = new EventTriggerService(store.cronTriggers().eventTriggers(), store.definitions(),
                store.transactions(), clock);
        workers.onCron(cron::fire);
        definitions.workflows().guardDeletion(new TriggeredWorkflows(cron, events));
        return new Triggers(cron, events);
    }
}
