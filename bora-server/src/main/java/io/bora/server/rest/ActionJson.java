package io.bora.server.rest;

import io.bora.engine.model.ActionDefinition;
import io.bora.server.rest.query.FieldAccess;
import io.bora.server.rest.query.ResourceSchema;
import io.bora.server.service.CatalogAction;
import io.bora.server.service.DefinitionTexts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code Action} resource. System actions carry their name as id, {@code is_system: false}
 * (sic, as Mistral 15), empty definition and times, null tags/scope/project.
 */
final class ActionJson {
    static final ResourceSchema SCHEMA = new ResourceSchema("actions",
            List.of("id", "name", "is_system", "input", "description", "tags", "definition", "scope", "project_id",
                    "created_at", "updated_at", "namespace"),
            Set.of("name", "is_system", "input", "description", "tags", "definition", "scope", "created_at",
                    "updated_at", "namespace"),
            Set.of(), Set.of(), "name",
            id -> "Action not found [id=" + id + "]");

    static final FieldAccess<CatalogAction> ACCESS = (a, field) -> {
        ActionDefinition d = a.definition();
        return switch (field) {
            case "id" -> d.id();
            case "name" -> d.name();
            case "is_system" -> Boolean.FALSE;
            case "input" -> d.input();
            case "description" -> d.description();
            case "tags" -> d.tags();
            case "definition" -> d.workbookName() != null ? DefinitionTexts.section(d.definition()) : d.definition();
            case "scope" -> d.scope();
            case "project_id" -> d.projectId();
            case "created_at" -> d.createdAt();
            case "updated_at" -> d.updatedAt();
            case "namespace" -> d.namespace() == null ? "" : d.namespace();
            default -> null;
        };
    };

    private ActionJson() {
    }

    /**
     * @param written POST/PUT answer: Mistral shows an empty input as null there and omits an
     *                unset updated_at
     */
    static Map<String, Object> of(CatalogAction action, boolean written) {
        ActionDefinition d = action.definition();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("name", d.name());
        m.put("is_system", false);
        String input = d.input() == null ? "" : d.input();
        m.put("input", written && input.isEmpty() ? null : input);
        if (action.system()) {
            m.put("description", d.description() == null ? "" : d.description());
        } else {
            m.put("description", d.description());
        }
        m.put("tags", action.system() ? null : (d.tags() == null ? List.of() : d.tags()));
        String definition = d.definition() == null ? "" : d.definition();
        m.put("definition", d.workbookName() != null ? DefinitionTexts.section(definition) : definition);
        m.put("scope", d.scope());
        m.put("project_id", d.projectId());
        if (action.system()) {
            m.put("created_at", "");
            m.put("updated_at", "");
        } else {
            m.put("created_at", Timestamps.format(d.createdAt()));
            if (!written || d.updatedAt() != null) {
                m.put("updated_at", Timestamps.format(d.updatedAt()));
            }
        }
        m.put("namespace", d.namespace() == null ? "" : d.namespace());
        return m;
    }
}
