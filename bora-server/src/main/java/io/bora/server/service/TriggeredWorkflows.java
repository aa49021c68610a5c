package io.bora.server.service;

import io.bora.engine.cron.CronTriggerService;
import io.bora.engine.cron.EventTriggerService;
import io.bora.engine.model.CronTrigger;
import io.bora.engine.model.EventTrigger;
import io.bora.engine.model.WorkflowDefinition;

import java.util.List;

/** Mistral's rule: a workflow that cron or event triggers would start cannot be deleted. */
public final class TriggeredWorkflows implements WorkflowDeletionGuard {
    private final CronTriggerService cronTriggers;
    private final EventTriggerService eventTriggers;

    /** Either may be null (that kind of trigger is not served). */
    public TriggeredWorkflows(CronTriggerService cronTriggers, EventTriggerService eventTriggers) {
        this.cronTriggers = cronTriggers;
        this.eventTriggers = eventTriggers;
    }

    @Override
    public String refusal(WorkflowDefinition wf, String identifier) {
        if (cronTriggers != null) {
            List<String> ids = cronTriggers.forWorkflow(wf.id()).stream().map(CronTrigger::id).toList();
            if (!ids.isEmpty()) {
                return "Can't delete workflow that has cron triggers associated. [workflow_identifier=" + identifier
                        + ", namespace=" + (wf.namespace() == null ? "" : wf.namespace()) + "], [cron_trigger_id(s)="
                        + String.join(", ", ids) + "]";
            }
        }
        if (eventTriggers != null) {
            List<String> ids = eventTriggers.forWorkflow(wf.id()).stream().map(EventTrigger::id).toList();
            if (!ids.isEmpty()) {
                return "Can't delete workflow that has event triggers associated. [workflow_identifier=" + identifier
                        + "], [event_trigger_id(s)=" + String.join(", ", ids) + "]";
            }
        }
        return null;
    }
}
