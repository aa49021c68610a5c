package io.bora.server.rest;

import io.bora.engine.model.WorkflowExecution;
import io.bora.py.PyJson;
import io.bora.server.rest.query.FieldAccess;
import io.bora.server.rest.query.ResourceSchema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code Execution} resource; input, output, params and published_global are JSON strings. */
final class ExecutionJson {
    static final ResourceSchema SCHEMA = new ResourceSchema("executions",
            List.of("id", "workflow_id", "workflow_name", "workflow_namespace", "description", "tags", "params",
                    "task_execution_id", "root_execution_id", "source_execution_id", "state", "state_info", "input",
                    "output", "created_at", "updated_at", "project_id", "published_global"),
            Set.of("workflow_name", "workflow_id", "workflow_namespace", "description", "tags", "params",
                    "task_execution_id", "root_execution_id", "state", "state_info", "input", "output", "created_at",
                    "updated_at", "project_id"),
            Set.of("workflow_id", "task_execution_id", "root_execution_id"),
            Set.of("include_output", "nulls"), "created_at",
            id -> "WorkflowExecution not found [id=" + id + "]");

    static final FieldAccess<WorkflowExecution> ACCESS = (ex, field) -> switch (field) {
        case "id" -> ex.id();
        case "workflow_id" -> ex.workflowId();
        case "workflow_name" -> ex.workflowName();
        case "workflow_namespace" -> ex.workflowNamespace();
        case "description" -> ex.description();
        case "tags" -> ex.tags();
        case "params" -> ex.params();
        case "task_execution_id" -> ex.taskExecutionId();
        case "root_execution_id" -> ex.rootExecutionId();
        case "state" -> ex.state() == null ? null : ex.state().name();
        case "state_info" -> ex.stateInfo();
        case "input" -> ex.input();
        case "output" -> ex.output();
        case "created_at" -> ex.createdAt();
        case "updated_at" -> ex.updatedAt();
        case "project_id" -> ex.projectId();
        default -> null;
    };

    /** Which optional parts an answer carries. */
    enum Shape {
        /** GET one: everything including published_global. */
        FULL(true, true, true),
        /** POST/PUT answers and lists with include_output. */
        WITH_OUTPUT(true, true, false),
        /** Lists. */
        LIST(true, false, false),
        /** After an env-only update: Mistral leaves input and output out. */
        NO_INPUT_OUTPUT(false, false, false),
        /** After a description-only update: params, input and output are left out. */
        DESCRIPTION_ONLY(false, false, false),
        /** A task's sub-workflow executions ({@code /v2/tasks/<id>/workflow_executions}). */
        SUMMARY(false, false, false);

        final boolean input;
        final boolean output;
        final boolean publishedGlobal;

        Shape(boolean input, boolean output, boolean publishedGlobal) {
            this.input = input;
            this.output = output;
            this.publishedGlobal = publishedGlobal;
        }
    }

    private ExecutionJson() {
    }

    static Map<String, Object> of(WorkflowExecution ex, Shape shape) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", ex.id());
        m.put("workflow_id", ex.workflowId());
        m.put("workflow_name", ex.workflowName());
        m.put("workflow_namespace", ex.workflowNamespace() == null ? "" : ex.workflowNamespace());
        m.put("description", ex.description() == null ? "" : ex.description());
        m.put("tags", ex.tags() == null ? List.of() : ex.tags());
        if (shape != Shape.DESCRIPTION_ONLY && shape != Shape.SUMMARY) {
            m.put("params", PyJson.dumps(EngineInternals.params(ex.params())));
        }
        m.put("task_execution_id", ex.taskExecutionId());
        m.put("root_execution_id", ex.rootExecutionId());
        m.put("state", ex.state() == null ? null : ex.state().name());
        m.put("state_info", ex.stateInfo());
        if (shape.input) {
            m.put("input", PyJson.dumps(ex.input() == null ? Map.of() : ex.input()));
        }
        if (shape.output) {
            m.put("output", PyJson.dumps(ex.output() == null ? Map.of() : ex.output()));
        }
        m.put("created_at", Timestamps.format(ex.createdAt()));
        // a started execution has always been touched once; Mistral never shows it unset
        m.put("updated_at", Timestamps.format(ex.updatedAt() == null ? ex.createdAt() : ex.updatedAt()));
        m.put("project_id", ex.projectId());
        if (shape.publishedGlobal) {
            m.put("published_global", PyJson.dumps(publishedGlobal(ex.context())));
        }
        return m;
    }

    /** Globally published variables: the execution context without the engine's own entries. */
    static Map<String, Object> publishedGlobal(Map<String, Object> context) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (context != null) {
            for (Map.Entry<String, Object> e : context.entrySet()) {
                if (!e.getKey().startsWith("__") && !e.getKey().equals("openstack")) {
                    out.put(e.getKey(), e.getValue());
                }
            }
        }
        return out;
    }
}
