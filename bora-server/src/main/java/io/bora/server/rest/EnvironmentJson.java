package io.bora.server.rest;

import io.bora.engine.model.Environment;
import io.bora.py.PyJson;
import io.bora.server.rest.query.FieldAccess;
import io.bora.server.rest.query.ResourceSchema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code Environment} resource; {@code variables} is a JSON string. */
final class EnvironmentJson {
    static final ResourceSchema SCHEMA = new ResourceSchema("environments",
            List.of("id", "name", "description", "variables", "scope", "project_id", "created_at", "updated_at"),
            Set.of("name", "description", "variables", "scope", "created_at", "updated_at"),
            Set.of(), Set.of(), "created_at",
            id -> "Environment not found [id=" + id + "]");

    static final FieldAccess<Environment> ACCESS = (e, field) -> switch (field) {
        case "id" -> e.id();
        case "name" -> e.name();
        case "description" -> e.description();
        case "variables" -> e.variables();
        case "scope" -> e.scope();
        case "project_id" -> e.projectId();
        case "created_at" -> e.createdAt();
        case "updated_at" -> e.updatedAt();
        default -> null;
    };

    private EnvironmentJson() {
    }

    /** @param created POST answer: unset description and updated_at are omitted */
    static Map<String, Object> of(Environment e, boolean created) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("name", e.name());
        if (!created || e.description() != null) {
            m.put("description", e.description());
        }
        m.put("variables", PyJson.dumps(e.variables() == null ? Map.of() : e.variables()));
        m.put("scope", e.scope());
        m.put("project_id", e.projectId());
        m.put("created_at", Timestamps.format(e.createdAt()));
        if (!created || e.updatedAt() != null) {
            m.put("updated_at", Timestamps.format(e.updatedAt()));
        }
        return m;
    }
}
