package io.bora.lang;

import io.bora.lang.spec.TaskDefaults;
import io.bora.lang.spec.TaskSpec;
import io.bora.lang.spec.WorkflowSpec;
import io.bora.py.PyRepr;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One workflow body (from a workflow list or a workbook) into a {@link WorkflowSpec}, with
 * Mistral's checks in Mistral's order: type, schema, expressions, task-defaults, each task, then
 * the graph (start tasks, targets, joins, requirements).
 */
final class WorkflowBuilder {
    static final String WORKFLOW_SPEC_CLASS = "<class 'mistral.lang.v2.workflows.WorkflowSpec'>";
    private static final Pattern UUID_HEX = Pattern.compile("[0-9a-f]{32}");

    private WorkflowBuilder() {
    }

    @SuppressWarnings("unchecked")
    static WorkflowSpec build(String name, Map<String, Object> body, Where where, String definition,
            ExpressionChecker checker) {
        Object type = body.containsKey("type") ? body.get("type") : "direct";
        if (!"direct".equals(type) && !"reverse".equals(type)) {
            Map<String, Object> data = new LinkedHashMap<>(body);
            data.put("name", name);
            data.put("version", "2.0");
            throw where.child("type").error("Failed to find a specification class to instantiate [spec_cls="
                    + WORKFLOW_SPEC_CLASS + ", data=" + PyRepr.repr(data) + "]");
        }
        String workflowType = (String) type;
        where.validate(body, DslSchemas.WORKFLOW);
        checker.check(body.get("output"), where.child("output"));
        checker.check(body.get("vars"), where.child("vars"));

        TaskDefaults defaults = TaskDefaultsBuilder.build(body.get("task-defaults"), where.child("task-defaults"),
                checker);

        Map<String, TaskSpec> tasks = new LinkedHashMap<>();
        Where tasksWhere = where.child("tasks");
        for (Map.Entry<String, Object> task : ((Map<String, Object>) body.get("tasks")).entrySet()) {
            tasks.put(task.getKey(), TaskBuilder.build(task.getKey(), task.getValue(), workflowType,
                    tasksWhere.child(task.getKey()), checker));
        }

        if (isUuidLike(name)) {
            throw where.error("Workflow name cannot be in the format of UUID.");
        }
        // Mistral does not type-check a workflow's description; keep whatever scalar was given as text.
        Object description = body.get("description");
        WorkflowSpec spec = new WorkflowSpec(name, workflowType,
                description == null || description instanceof String ? (String) description : PyRepr.repr(description),
                body.get("tags") instanceof List<?> tags ? (List<String>) tags : List.of(),
                InputParams.from(body.get("input")),
                (Map<String, Object>) body.get("output"), (Map<String, Object>) body.get("output-on-error"),
                (Map<String, Object>) body.get("vars"), defaults, tasks, definition);
        WorkflowGraphCheck.check(spec, where);
        return spec;
    }

    /** oslo's is_uuid_like: 32 hex digits once "urn:", "uuid:", braces and dashes are removed. */
    static boolean isUuidLike(String name) {
        String s = name.toLowerCase().replace("urn:", "").replace("uuid:", "");
        if (s.startsWith("{") && s.endsWith("}")) {
            s = s.substring(1, s.length() - 1);
        }
        return UUID_HEX.matcher(s.replace("-", "")).matches();
    }
}
