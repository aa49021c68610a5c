package io.bora.expr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** WorkflowFunctions over the corpus's fake database ({@code fixtures}), as its README specifies. */
final class FixtureFunctions implements WorkflowFunctions {
    private static final List<String> TASK_FIELDS = List.of("id", "name", "spec", "state", "state_info", "result",
            "published", "type", "workflow_execution_id", "created_at", "updated_at");
    private static final List<String> EXECUTION_FIELDS = List.of("id", "name", "spec", "input", "params",
            "created_at", "updated_at", "root_execution_id");

    private final List<Map<String, Object>> tasks;
    private final List<Map<String, Object>> executions;

    @SuppressWarnings("unchecked")
    FixtureFunctions(Map<String, Object> fixtures) {
        this.tasks = (List<Map<String, Object>>) (List<?>) fixtures.getOrDefault("task_executions", List.of());
        this.executions = (List<Map<String, Object>>) (List<?>) fixtures.getOrDefault("workflow_executions", List.of());
    }

    private static Map<String, Object> pick(Map<String, Object> row, List<String> fields) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String f : fields) {
            out.put(f, row.get(f));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static String idOf(Object ref) {
        return ref instanceof Map<?, ?> m ? (String) ((Map<String, Object>) m).get("id") : null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> task(String name, Map<String, Object> ctx) {
        Object current = ctx.get("__task_execution");
        if (current instanceof Map<?, ?> cur
                && (name == null || name.isEmpty() || name.equals(((Map<String, Object>) cur).get("name")))) {
            String id = idOf(cur);
            for (Map<String, Object> t : tasks) {
                if (Objects.equals(t.get("id"), id)) {
                    return pick(t, TASK_FIELDS);
                }
            }
            return null;
        }
        String wf = idOf(ctx.get("__execution"));
        Map<String, Object> found = null;
        for (Map<String, Object> t : tasks) {
            if (Objects.equals(t.get("workflow_execution_id"), wf) && Objects.equals(t.get("name"), name)) {
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
            if (workflowExecutionId != null && !workflowExecutionId.equals(t.get("workflow_execution_id"))) {
                continue;
            }
            if (state != null && !state.equals(t.get("state"))) {
                continue;
            }
            out.add(pick(t, TASK_FIELDS));
        }
        return out;
    }

    @Override
    public Map<String, Object> execution(Map<String, Object> ctx) {
        String id = idOf(ctx.get("__execution"));
        for (Map<String, Object> e : executions) {
            if (Objects.equals(e.get("id"), id)) {
                return pick(e, EXECUTION_FIELDS);
            }
        }
        return null;
    }

    @Override
    public List<Object> executions(String id, String rootExecutionId, String state, String fromTime, String toTime,
                                   Map<String, Object> ctx) {
        List<Object> out = new ArrayList<>();
        for (Map<String, Object> e : executions) {
            if (id != null && !id.equals(e.get("id"))
                    || rootExecutionId != null && !rootExecutionId.equals(e.get("root_execution_id"))
                    || state != null && !state.equals(e.get("state"))) {
                continue;
            }
            out.add(pick(e, EXECUTION_FIELDS));
        }
        return out;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object global(String name, Map<String, Object> ctx) {
        Map<String, Object> ex = execution(ctx);
        if (ex == null) {
            return null;
        }
        String id = (String) ex.get("id");
        for (Map<String, Object> e : executions) {
            if (id.equals(e.get("id")) && e.get("context") instanceof Map<?, ?> c) {
                return ((Map<String, Object>) c).get(name);
            }
        }
        return null;
    }
}
