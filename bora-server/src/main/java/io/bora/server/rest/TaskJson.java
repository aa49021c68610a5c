package io.bora.server.rest;

import io.bora.engine.model.TaskExecution;
import io.bora.py.PyJson;
import io.bora.server.rest.query.FieldAccess;
import io.bora.server.rest.query.ResourceSchema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code Task} resource; {@code result} only in GET-one and PUT answers. */
final class TaskJson {
    static final ResourceSchema SCHEMA = new ResourceSchema("tasks",
            List.of("id", "name", "type", "workflow_name", "workflow_namespace", "workflow_id",
                    "workflow_execution_id", "tags", "state", "state_info", "project_id", "runtime_context", "result",
                    "published", "published_global", "processed", "created_at", "updated_at", "started_at",
                    "finished_at", "reset", "env"),
            Set.of("name", "type", "workflow_name", "workflow_namespace", "workflow_id", "workflow_execution_id",
                    "tags", "state", "state_info", "result", "published", "processed", "created_at", "updated_at",
                    "started_at", "finished_at", "reset", "env", "project_id"),
            Set.of("workflow_id", "workflow_execution_id"),
            Set.of(), "created_at",
            id -> "Task execution not found [id=" + id + "]");

    static final FieldAccess<TaskExecution> ACCESS = (t, field) -> switch (field) {
        case "id" -> t.id();
        case "name" -> t.name();
        case "type" -> t.type() == null ? null : t.type().name();
        case "workflow_name" -> t.workflowName();
        case "workflow_namespace" -> t.workflowNamespace();
        case "workflow_id" -> t.workflowId();
        case "workflow_execution_id" -> t.workflowExecutionId();
        case "tags" -> t.tags();
        case "state" -> t.state() == null ? null : t.state().name();
        case "state_info" -> t.stateInfo();
        case "project_id" -> t.projectId();
        case "runtime_context" -> t.runtimeContext();
        case "result" -> t.hasResult() ? PyJson.dumps(t.result()) : null;
        case "published" -> t.published();
        case "processed" -> t.processed();
        case "created_at" -> t.createdAt();
        case "updated_at" -> t.updatedAt();
        case "started_at" -> t.startedAt();
        case "finished_at" -> t.finishedAt();
        default -> null;
    };

    private TaskJson() {
    }

    static Map<String, Object> of(TaskExecution t, boolean withResult) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("name", t.name());
        m.put("type", t.type() == null ? "ACTION" : t.type().name());
        m.put("workflow_name", t.workflowName());
        m.put("workflow_namespace", t.workflowNamespace() == null ? "" : t.workflowNamespace());
        m.put("workflow_id", t.workflowId());
        m.put("workflow_execution_id", t.workflowExecutionId());
        m.put("tags", t.tags() == null ? List.of() : t.tags());
        m.put("state", t.state() == null ? null : t.state().name());
        m.put("state_info", t.stateInfo());
        m.put("project_id", t.projectId());
        m.put("runtime_context", PyJson.dumps(EngineInternals.runtimeContext(t.runtimeContext())));
        if (withResult) {
            // no accepted result yet reads as an empty result list, as in Mistral
            m.put("result", t.hasResult() ? PyJson.dumps(t.result()) : "[]");
        }
        // null when the task published only global variables (Mistral's errata 8)
        m.put("published", PyJson.dumps(t.published()));
        m.put("processed", t.processed());
        m.put("created_at", Timestamps.format(t.createdAt()));
        m.put("updated_at", Timestamps.format(t.updatedAt()));
        m.put("started_at", Timestamps.format(t.startedAt()));
        m.put("finished_at", Timestamps.format(t.finishedAt()));
        return m;
    }
}
