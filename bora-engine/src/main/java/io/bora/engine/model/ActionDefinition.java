package io.bora.engine.model;

import java.time.Instant;
import java.util.List;

/**
 * A stored ad-hoc action. {@code definition} is the YAML text of this action alone;
 * {@code input} is Mistral's signature string ({@code "name, unused=5"}).
 */
public record ActionDefinition(
        String id,
        String name,
        String namespace,
        String definition,
        String description,
        String input,
        List<String> tags,
        String scope,
        String workbookName,
        String projectId,
        Instant createdAt,
        Instant updatedAt) {
}
