package io.bora.engine.model;

import java.time.Instant;
import java.util.List;

/** A stored workbook: the uploaded text as it was, plus the fields Mistral lists. */
public record Workbook(
        String id,
        String name,
        String namespace,
        String definition,
        List<String> tags,
        String scope,
        String projectId,
        Instant createdAt,
        Instant updatedAt) {
}
