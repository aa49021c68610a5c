package io.bora.server.rest;

import io.bora.engine.model.CronTrigger;
import io.bora.py.PyJson;
import io.bora.server.rest.query.FieldAccess;
import io.bora.server.rest.query.ResourceSchema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code CronTrigger} resource (spec §9); {@code workflow_input} and {@code workflow_params} are JSON strings. */
final class CronTriggerJson {
    static final List<String> FIELDS = List.of("id", "name", "workflow_name", "workflow_id", "workflow_input",
            "workflow_params", "project_id", "scope", "pattern", "remaining_executions", "first_execution_time",
            "next_execution_time", "created_at", "updated_at");

    static final ResourceSchema SCHEMA = new ResourceSchema("cron_triggers", FIELDS,
            Set.copyOf(FIELDS), Set.of(), Set.of(), "created_at",
            id -> "Cron trigger not found [identifier=" + id + "]");

    static final FieldAccess<CronTrigger> ACCESS = (t, field) -> switch (field) {
        case "id" -> t.id();
        case "name" -> t.name();
        case "workflow_name" -> t.workflowName();
        case "workflow_id" -> t.workflowId();
        case "workflow_input" -> t.workflowInput();
        case "workflow_params" -> t.workflowParams();
        case "project_id" -> t.projectId();
        case "scope" -> t.scope();
        case "pattern" -> t.pattern();
        case "remaining_executions" -> t.remainingExecutions();
        case "first_execution_time" -> t.firstExecutionTime();
        case "next_execution_time" -> t.nextExecutionTime();
        case "created_at" -> t.createdAt();
        case "updated_at" -> t.updatedAt();
        default -> null;
    };

    private CronTriggerJson() {
    }

    /** @param created POST answer: {@code updated_at} is omitted (Mistral sends it only in GETs) */
    static Map<String, Object> of(CronTrigger t, boolean created) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("name", t.name());
        m.put("workflow_name", t.workflowName());
        m.put("workflow_id", t.workflowId());
        m.put("workflow_input", PyJson.dumps(t.workflowInput() == null ? Map.of() : t.workflowInput()));
        m.put("workflow_params", PyJson.dumps(t.workflowParams() == null ? Map.of() : t.workflowParams()));
        m.put("project_id", t.projectId());
        m.put("scope", t.scope());
        m.put("pattern", t.pattern());
        m.put("remaining_executions", t.remainingExecutions());
        m.put("first_execution_time", Timestamps.format(t.firstExecutionTime()));
        m.put("next_execution_time", Timestamps.format(t.nextExecutionTime()));
        m.put("created_at", Timestamps.format(t.createdAt()));
        if (!created) {
            m.put("updated_at", Timestamps.format(t.updatedAt()));
        }
        return m;
    }
}
