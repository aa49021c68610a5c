package io.bora.engine.flow;

import io.bora.engine.model.TaskExecution;
import io.bora.engine.model.WorkflowExecution;
import io.bora.engine.port.ExecutionRepository;
import io.bora.engine.port.ListQuery;
import io.bora.expr.WorkflowFunctions;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * task(), tasks(), execution(), executions(), global() for expressions evaluated inside a step:
 * the step's own execution is read from its working state (which holds results not yet written),
 * anything else from the repository.
 */
final class EngineFunctions implements WorkflowFunctions {
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final WorkflowRun run;
    private final ExecutionRepository executions;

    EngineFunctions(WorkflowRun run, ExecutionRepository executions) {
        this.run = run;
        this.executions = executions;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> task(String name, Map<String, Object> ctx) {
        Object current = ctx == null ? null : ctx.get("__task_execution");
        if (current instanceof Map<?, ?> ref && (name == null || name.isEmpty() || name.equals(ref.get("name")))) {
            TaskRun t = run.task((String) ((Map<String, Object>) ref).get("id"));
            if (t != null) return describe(t.toRecord());
        }
        if (name == null) return null;
        TaskRun last = null;
        for (TaskRun t : run.tasks()) if (t.name.equals(name)) last = t;
        return last == null ? null : describe(last.toRecord());
    }

    @Override
    public List<Object> tasks(String workflowExecutionId, boolean recursive, String state, boolean flat,
                              Map<String, Object> ctx) {
        List<TaskExecution> found = new ArrayList<>();
        if (workflowExecutionId == null) {
            found.addAll(executions.listTasks(ListQuery.all()));
        } else {
            collect(workflowExecutionId, recursive, found);
        }
        List<Object> out = new ArrayList<>();
        for (TaskExecution t : found) {
            if (state != null && !state.equals(t.state().name())) continue;
            if (flat && t.type() == io.bora.engine.model.TaskType.WORKFLOW && recursive) continue;
            out.add(describe(t));
        }
        return out;
    }

    private void collect(String wfId, boolean recursive, List<TaskExecution> into) {
        List<TaskExecution> tasks = wfId.equals(run.execution().id())
                ? run.tasks().stream().map(TaskRun::toRecord).toList()
                : executions.findTasksByWorkflow(wfId);
        for (TaskExecution t : tasks) {
            into.add(t);
            if (recursive && t.type() == io.bora.engine.model.TaskType.WORKFLOW) {
                for (WorkflowExecution sub : executions.findWorkflowsByTask(t.id())) collect(sub.id(), true, into);
            }
        }
    }

    @Override
    public Map<String, Object> execution(Map<String, Object> ctx) {
        return describe(run.execution());
    }

    @Override
    public List<Object> executions(String id, String rootExecutionId, String state, String fromTime, String toTime,
                                   Map<String, Object> ctx) {
        // the equality filters go to the store: a project can hold millions of executions
        List<ListQuery.Filter> filters = new ArrayList<>();
        if (id != null) filters.add(ListQuery.Filter.eq("id", id));
        if (rootExecutionId != null) filters.add(ListQuery.Filter.eq("root_execution_id", rootExecutionId));
        if (state != null) filters.add(ListQuery.Filter.eq("state", state));
        List<Object> out = new ArrayList<>();
        for (WorkflowExecution ex : executions.listWorkflows(new ListQuery(filters, List.of(), null, null))) {
            String created = ts(ex.createdAt());
            if (fromTime != null && created.compareTo(fromTime) < 0) continue;
            if (toTime != null && created.compareTo(toTime) >= 0) continue;
            Map<String, Object> m = describe(ex);
            m.put("state", ex.state().name());
            out.add(m);
        }
        return out;
    }

    @Override
    public Object global(String name, Map<String, Object> ctx) {
        Map<String, Object> c = run.execution().context();
        return c == null ? null : c.get(name);
    }

    static Map<String, Object> describe(TaskExecution t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("name", t.name());
        m.put("spec", Map.of("name", t.name()));
        m.put("state", t.state().name());
        m.put("state_info", t.stateInfo());
        m.put("result", t.result());
        m.put("published", t.published() == null ? Map.of() : t.published());
        m.put("type", t.type().name());
        m.put("workflow_execution_id", t.workflowExecutionId());
        m.put("created_at", ts(t.createdAt()));
        m.put("updated_at", ts(t.updatedAt()));
        return m;
    }

    /** {@code execution()}: Mistral 15's fields, no more (it has no {@code state}: measured, a KeyError). */
    static Map<String, Object> describe(WorkflowExecution ex) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", ex.id());
        m.put("name", ex.workflowName());
        m.put("spec", Map.of("name", ex.workflowName()));
        m.put("input", ex.input());
        m.put("params", ex.params());
        m.put("created_at", ts(ex.createdAt()));
        m.put("updated_at", ts(ex.updatedAt()));
        m.put("root_execution_id", ex.rootExecutionId());
        return m;
    }

    static String ts(Instant i) {
        return i == null ? null : TS.format(i);
    }
}
