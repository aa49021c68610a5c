package io.bora.server.v1;

import io.bora.engine.model.TaskExecution;
import io.bora.engine.model.WorkflowExecution;
import io.bora.lang.v1.V1Task;
import io.bora.lang.v1.V1Workbook;
import io.bora.py.PyJson;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The v1 resource shapes (seed-v1.md §4). As in WSME's v1 API, an execution's {@code context} is a
 * string holding JSON (null when none was given).
 */
final class V1Json {
    private V1Json() {
    }

    static Map<String, Object> workbook(V1Workbooks.Info wb) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", wb.name());
        out.put("description", wb.description());
        out.put("tags", wb.tags());
        return out;
    }

    static Map<String, Object> execution(WorkflowExecution ex) {
        Map<String, Object> params = ex.params() == null ? Map.of() : ex.params();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", ex.id());
        out.put("workbook_name", params.get(V1Executions.WORKBOOK));
        out.put("task", params.get(V1Executions.TARGET));
        out.put("state", V1Executions.v1State(ex.state()));
        out.put("context", params.containsKey(V1Executions.CONTEXT) ? PyJson.dumps(params.get(V1Executions.CONTEXT))
                : null);
        return out;
    }

    /** @param v1 the workbook's parsed definition, for the task's v1 name and action; may be null */
    static Map<String, Object> task(String workbook, TaskExecution t, V1Workbook v1) {
        V1Task shown = v1 == null ? null : v1.taskByV2Name(t.name());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", t.id());
        out.put("workbook_name", workbook);
        out.put("execution_id", t.workflowExecutionId());
        out.put("name", shown == null ? t.name() : shown.name());
        out.put("description", shown == null ? null : shown.description());
        out.put("action", shown == null ? null : shown.action());
        out.put("state", V1Executions.v1State(t.state()));
        out.put("tags", t.tags() == null ? List.of() : t.tags());
        out.put("result", t.hasResult() ? PyJson.dumps(t.result()) : null);
        return out;
    }
}
