package io.bora.engine.model;

import java.time.Instant;
import java.util.Map;

/**
 * A workflow to start when a notification arrives on a message bus (spec rest-api.md §11).
 * Bora stores and serves them; it has no OpenStack message bus, so they never fire.
 */
public record EventTrigger(
        String id,
        String name,
        String workflowId,
        Map<String, Object> workflowInput,
        Map<String, Object> workflowParams,
        String exchange,
        String topic,
        String event,
        String scope,
        String projectId,
        Instant createdAt,
        Instant updatedAt) {
}
