package io.bora.server.rest;

import io.bora.engine.model.Workbook;
import io.bora.server.rest.query.FieldAccess;
import io.bora.server.rest.query.ResourceSchema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code Workbook} resource. */
final class WorkbookJson {
    static final ResourceSchema SCHEMA = new ResourceSchema("workbooks",
            List.of("id", "name", "namespace", "definition", "tags", "scope", "project_id", "created_at", "updated_at"),
            Set.of("name", "namespace", "definition", "tags", "scope", "project_id", "created_at", "updated_at"),
            Set.of(), Set.of(), "created_at",
            id -> "Workbook not found [id=" + id + "]");

    static final FieldAccess<Workbook> ACCESS = (wb, field) -> switch (field) {
        case "id" -> wb.id();
        case "name" -> wb.name();
        case "namespace" -> wb.namespace();
        case "definition" -> wb.definition();
        case "tags" -> wb.tags();
        case "scope" -> wb.scope();
        case "project_id" -> wb.projectId();
        case "created_at" -> wb.createdAt();
        case "updated_at" -> wb.updatedAt();
        default -> null;
    };

    private WorkbookJson() {
    }

    static Map<String, Object> of(Workbook wb, boolean written) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", wb.id());
        m.put("name", wb.name());
        m.put("namespace", wb.namespace() == null ? "" : wb.namespace());
        m.put("definition", wb.definition());
        m.put("tags", wb.tags() == null ? List.of() : wb.tags());
        m.put("scope", wb.scope());
        m.put("project_id", wb.projectId());
        m.put("created_at", Timestamps.format(wb.createdAt()));
        if (!written || wb.updatedAt() != null) {
            m.put("updated_at", Timestamps.format(wb.updatedAt()));
        }
        return m;
    }
}
