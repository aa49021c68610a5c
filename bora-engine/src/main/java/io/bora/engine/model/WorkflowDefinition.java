package io.bora.engine.model;

import java.time.Instant;
import java.util.List;

/**
 * A stored workflow. {@code definition} is the YAML text of this workflow alone (a single
 * workflow document); {@code workbookName} is set when it came from a workbook
 * ({@code name} is then {@code "<workbook>.<workflow>"}).
 */
public record WorkflowDefinition(
        String id,
        String name,
        String namespace,
        String definition,
        List<String> tags,
        String scope,
        String workbookName,
        String projectId,
        Instant createdAt,
        Instant updatedAt) {
}
