package io.bora.expr.jinja;

import io.bora.expr.WorkflowFunctions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Mistral's DB functions answered from a corpus case's {@code fixtures}, as the corpus README specifies. */
final class FixtureFunctions implements WorkflowFunctions {
    private static final List<String> TASK_FIELDS = List.of("id", "name", "spec", "state", "state_info", "result",
            "published", "type", "workflow_execution_id", "created_at", "updated_at");
    private static final List<String> EXECUTION_FIELDS = List.of("id", "name", "spec", "input", "params",
            "created_at", "updated_at", "root_execution_id");

    private final List<Map<String, Object>> tasks;
    private final List<Map<String, Object>> executions;

    @SuppressWarnings("unchecked")
    FixtureFunctions(Map<String, Object> fixtures) {
        this.tasks = fixtures == null ? List.of()
                : (List<Map<String, Object>>) (Object) fixtures.getOrDefault("task_executions", List.of());
        this.executions = fixtures == null ? List.of()
                : (List<Map<String, Object>>) (Object) fixtures.getOrDefault("workflow_executions", List.of());
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> task(String name, Map<String, Object> ctx) {
        Map<String, Object> current = (Map<String, Object>) ctx.get("__task_execution");
        if (current != null && (name == null || name.isEmpty() || name.equals(current.get("name")))) {
            return tasks.stream().filter(t -> Objects.equals(t.get("id"), current.get("id")))
                    .findFirst().map(t -> pick(t, TASK_FIELDS)).orElse(null);
        }
        Object wfId = ((Map<String, Object>) ctx.get("__execution")).get("id");
        Map<String, Object> found = null;
        for (Map<String, Object> t : tasks) {
            if (Objects.equals(t.get("workflow_execution_id"), wfId) && Objects.equals(t.get("name"), name)) {
                found = t;
            }
        }
        return found == null ? null : pick(found, TASK_FIELDS);
    }

    @Override
    public List<Object> tasks(String workflowExecutionId, boolean recursive, String state, boolean flat,
                              Map<String, Object> ctx) {
        List<Object> out = new ArrayList<>();
        for (Map<String, Object> t : tasks) {
            boolean inExecution = workflowExecutionId == null
                    || Objects.equals(t.get("workflow_execution_id"), workflowExecutionId)
                    || recursive && isDescendant(String.valueOf(t.get("workflow_execution_id")), workflowExecutionId);
            if (inExecution && (state == null || state.equals(t.get("state")))) {
                out.add(pick(t, TASK_FIELDS));
            }
        }
        return out;
    }

    private boolean isDescendant(String executionId, String ancestorId) {
        for (Map<String, Object> e : executions) {
            if (Objects.equals(e.get("id"), executionId)) {
                Object root = e.get("root_execution_id");
                return root != null && root.equals(ancestorId);
            }
        }
        return false;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> execution(Map<String, Object> ctx) {
        Object id = ((Map<String, Object>) ctx.get("__execution")).get("id");
        return executions.stream().filter(e -> Objects.equals(e.get("id"), id)).findFirst()
                .map(e -> pick(e, EXECUTION_FIELDS)).orElse(null);
    }

    @Override
    public List<Object> executions(String id, String rootExecutionId, String state, String fromTime, String toTime,
                                   Map<String, Object> ctx) {
        List<Object> out = new ArrayList<>();
        for (Map<String, Object> e : executions) {
            String created = String.valueOf(e.get("created_at"));
            if ((id == null || id.equals(e.get("id")))
                    && (rootExecutionId == null || rootExecutionId.equals(e.get("root_execution_id")))
                    && (state == null || state.equals(e.get("state")))
                    && (fromTime == null || created.compareTo(fromTime) >= 0)
                    && (toTime == null || created.compareTo(toTime) < 0)) {
                out.add(pick(e, EXECUTION_FIELDS));
            }
        }
        return out;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object global(String name, Map<String, Object> ctx) {
        Map<String, Object> execution = execution(ctx);
        if (execution == null) {
            return null;
        }
        Object id = execution.get("id");
        return executions.stream().filter(e -> Objects.equals(e.get("id"), id)).findFirst()
                .map(e -> ((Map<String, Object>) e.getOrDefault("context", Map.of())).get(name)).orElse(null);
    }

    private static Map<String, Object> pick(Map<String, Object> source, List<String> fields) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String f : fields) {
            out.put(f, source.get(f));
        }
        return out;
    }
}
