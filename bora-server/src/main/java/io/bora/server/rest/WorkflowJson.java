package io.bora.server.rest;

import io.bora.engine.model.WorkflowDefinition;
import io.bora.py.PyJson;
import io.bora.server.rest.query.FieldAccess;
import io.bora.server.rest.query.ResourceSchema;
import io.bora.server.service.DefinitionTexts;
import io.bora.server.service.WorkflowCatalog;
import io.bora.server.service.WorkflowInterface;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code Workflow} resource. {@code interface} is an object in POST/PUT answers, a JSON string in GETs. */
final class WorkflowJson {
    static final ResourceSchema SCHEMA = new ResourceSchema("workflows",
            List.of("id", "name", "namespace", "input", "interface", "definition", "tags", "scope", "project_id",
                    "created_at", "updated_at"),
            Set.of("name", "namespace", "input", "definition", "tags", "scope", "project_id", "created_at",
                    "updated_at"),
            Set.of(), Set.of(), "created_at",
            id -> "Workflow not found [workflow_id=" + id + "]");

    private WorkflowJson() {
    }

    static FieldAccess<WorkflowDefinition> access(WorkflowCatalog catalog) {
        return (wf, field) -> switch (field) {
            case "id" -> wf.id();
            case "name" -> wf.name();
            case "namespace" -> wf.namespace();
            case "input" -> catalog.describe(wf).input();
            case "interface" -> catalog.describe(wf).iface();
            case "definition" -> wf.workbookName() != null ? DefinitionTexts.section(wf.definition()) : wf.definition();
            case "tags" -> wf.tags();
            case "scope" -> wf.scope();
            case "project_id" -> wf.projectId();
            case "created_at" -> wf.createdAt();
            case "updated_at" -> wf.updatedAt();
            default -> null;
        };
    }

    /** @param written true for POST/PUT answers (interface as object, unset updated_at omitted) */
    static Map<String, Object> of(WorkflowDefinition wf, WorkflowInterface described, boolean written) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", wf.id());
        m.put("name", wf.name());
        m.put("namespace", wf.namespace() == null ? "" : wf.namespace());
        m.put("input", described.input());
        m.put("interface", written ? described.iface() : PyJson.dumps(described.iface()));
        // a workbook's workflows are stored as standalone documents (the engine parses them);
        // Mistral shows only their section of the workbook
        m.put("definition", wf.workbookName() != null ? DefinitionTexts.section(wf.definition()) : wf.definition());
        m.put("tags", wf.tags() == null ? List.of() : wf.tags());
        m.put("scope", wf.scope());
        m.put("project_id", wf.projectId());
        m.put("created_at", Timestamps.format(wf.createdAt()));
        if (!written || wf.updatedAt() != null) {
            m.put("updated_at", Timestamps.format(wf.updatedAt()));
        }
        return m;
    }
}
