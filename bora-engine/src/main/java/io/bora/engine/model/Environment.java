package io.bora.engine.model;

import java.time.Instant;
import java.util.Map;

/** A named set of variables that executions can use as their env. */
public record Environment(
        String id,
        String name,
        String description,
        Map<String, Object> variables,
        String scope,
        String projectId,
        Instant createdAt,
        Instant updatedAt) {
}
