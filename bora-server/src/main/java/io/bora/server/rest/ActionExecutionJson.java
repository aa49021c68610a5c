package io.bora.server.rest;

import io.bora.engine.model.ActionExecution;
import io.bora.py.PyJson;
import io.bora.server.rest.query.FieldAccess;
import io.bora.server.rest.query.ResourceSchema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code ActionExecution} resource; input and output are JSON strings. */
final class ActionExecutionJson {
    static final ResourceSchema SCHEMA = new ResourceSchema("action_executions",
            List.of("id", "workflow_name", "workflow_namespace", "task_name", "task_execution_id", "state",
                    "state_info", "tags", "name", "description", "project_id", "accepted", "input", "output",
                    "params", "created_at", "updated_at"),
            Set.of("name", "tags", "workflow_name", "workflow_namespace", "task_name", "task_execution_id", "state",
                    "state_info", "accepted", "input", "output", "params", "description", "created_at",
                    "updated_at", "project_id"),
            Set.of("task_execution_id"),
            Set.of("include_output"), "created_at",
            id -> "ActionExecution not found [id=" + id + "]");

    static final FieldAccess<ActionExecution> ACCESS = (a, field) -> switch (field) {
        case "id" -> a.id();
        case "workflow_name" -> a.workflowName();
        case "workflow_namespace" -> a.workflowNamespace();
        case "task_name" -> a.taskName();
        case "task_execution_id" -> a.taskExecutionId();
        case "state" -> a.state() == null ? null : a.state().name();
        case "state_info" -> a.stateInfo();
        case "tags" -> a.tags();
        case "name" -> a.name();
        case "description" -> a.description();
        case "project_id" -> a.projectId();
        case "accepted" -> a.accepted();
        case "input" -> a.input();
        case "output" -> a.output();
        case "params" -> a.params();
        case "created_at" -> a.createdAt();
        case "updated_at" -> a.updatedAt();
        default -> null;
    };

    private ActionExecutionJson() {
    }

    /**
     * @param withOutput  GET-one, PUT/POST answers and lists with include_output
     * @param withTaskName GETs show task_name; POST/PUT answers do not
     */
    static Map<String, Object> of(ActionExecution a, boolean withOutput, boolean withTaskName) {
        boolean stored = a.id() != null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("workflow_name", a.workflowName());
        m.put("workflow_namespace", a.workflowNamespace() == null ? "" : a.workflowNamespace());
        if (withTaskName) {
            m.put("task_name", a.taskName());
        }
        m.put("task_execution_id", a.taskExecutionId());
        m.put("state", a.state() == null ? null : a.state().name());
        // nothing stored: Mistral shows no description, times or state_info (the error is in output)
        m.put("state_info", stored ? a.stateInfo() : null);
        m.put("tags", a.tags());
        m.put("name", a.name());
        m.put("description", stored ? a.description() : null);
        m.put("project_id", stored ? a.projectId() : null);
        m.put("accepted", stored ? a.accepted() : null);
        m.put("input", PyJson.dumps(a.input() == null ? Map.of() : a.input()));
        if (withOutput) {
            m.put("output", a.output() == null ? null : PyJson.dumps(a.output()));
        }
        m.put("created_at", stored ? Timestamps.format(a.createdAt()) : null);
        m.put("updated_at", stored ? Timestamps.format(a.updatedAt()) : null);
        return m;
    }
}
