package io.bora.server.service;

import io.bora.engine.model.WorkflowDefinition;

/**
 * Says why a workflow must not be deleted, e.g. cron or event triggers still use it; checked in
 * the deleting transaction. Mistral's answer is a 400 with
 * {@code Can't delete workflow that has cron triggers associated. [workflow_identifier=..., namespace=...], [cron_trigger_id(s)=...]}.
 */
@FunctionalInterface
public interface WorkflowDeletionGuard {
    /** @return the 400 message, or null when the workflow may go */
    String refusal(WorkflowDefinition workflow, String identifier);

    WorkflowDeletionGuard NONE = (wf, identifier) -> null;
}
