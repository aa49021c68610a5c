package io.bora.server.v1;

import io.bora.engine.api.ExecutionService;
import io.bora.engine.api.ExecutionUpdate;
import io.bora.engine.api.StartExecution;
import io.bora.engine.model.State;
import io.bora.engine.model.WorkflowExecution;
import io.bora.engine.port.ExecutionRepository;
import io.bora.engine.port.ListQuery;
import io.bora.lang.v1.V1Workbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * v1 executions are v2 executions of the workflow mapped for their target task. The engine keeps
 * what v1 shows in the execution's params: {@code task_name} (the target), {@code v1_workbook}, and
 * {@code v1_context} (the context as given; the workflow input carries the keys its expressions read).
 */
final class V1Executions {
    static final String TARGET = V1Workbook.PARAM_TARGET;
    static final String WORKBOOK = V1Workbook.PARAM_WORKBOOK;
    static final String CONTEXT = V1Workbook.PARAM_CONTEXT;

    private final V1Workbooks workbooks;
    private final ExecutionService engine;
    private final ExecutionRepository reads;

    V1Executions(V1Workbooks workbooks, ExecutionService engine, ExecutionRepository reads) {
        this.workbooks = workbooks;
        this.engine = engine;
        this.reads = reads;
    }

    WorkflowExecution start(String workbook, String task, Map<String, Object> context) {
        V1Workbook v1 = workbooks.parsed(workbook);
        if (task == null || task.isBlank()) {
            throw V1Error.badRequest("Execution target task is required (field 'task')");
        }
        if (!v1.hasTask(task)) {
            throw V1Error.badRequest("Task not found [workbook_name=" + workbook + ", task_name=" + task + "]");
        }
        Set<String> declared = V1Workbooks.inputNames(v1, task);
        Map<String, Object> input = new LinkedHashMap<>();
        if (context != null) {
            context.forEach((k, v) -> {
                if (declared.contains(k)) {
                    input.put(k, v);
                }
            });
        }
        Map<String, Object> params = v1.executionParams(task);
        if (context != null) {
            params.put(CONTEXT, context);
        }
        return engine.start(new StartExecution(null, v1.workflowFor(task), "", input, params, "", null, null));
    }

    WorkflowExecution get(String workbook, String id) {
        WorkflowExecution ex = reads.findWorkflow(id).orElse(null);
        if (ex == null || !belongsTo(ex, workbook)) {
            throw V1Error.notFound("Execution not found [workbook_name=" + workbook + ", id=" + id + "]");
        }
        return ex;
    }

    List<WorkflowExecution> list(String workbook) {
        workbooks.get(workbook);
        List<WorkflowExecution> out = new ArrayList<>();
        ListQuery byName = ListQuery.where(new ListQuery.Filter("workflow_name", ListQuery.Op.HAS, workbook + "."));
        for (WorkflowExecution ex : reads.listWorkflows(byName)) {
            if (belongsTo(ex, workbook)) {
                out.add(ex);
            }
        }
        out.sort(Comparator.comparing(WorkflowExecution::createdAt).thenComparing(WorkflowExecution::id));
        return out;
    }

    /** v1 states: RUNNING resumes, SUSPENDED pauses, STOPPED cancels, SUCCESS/ERROR force the end. */
    WorkflowExecution update(String workbook, String id, String v1State) {
        get(workbook, id);
        if (v1State == null) {
            return get(workbook, id);
        }
        State state = switch (v1State.strip().toUpperCase()) {
            case "RUNNING" -> State.RUNNING;
            case "SUSPENDED", "PAUSED" -> State.PAUSED;
            case "STOPPED", "CANCELLED" -> State.CANCELLED;
            case "SUCCESS" -> State.SUCCESS;
            case "ERROR" -> State.ERROR;
            default -> throw V1Error.badRequest("Invalid execution state " + v1State
                    + ", expected one of RUNNING, SUSPENDED, STOPPED, SUCCESS, ERROR");
        };
        engine.update(id, new ExecutionUpdate(state, null, null, null));
        return get(workbook, id);
    }

    void delete(String workbook, String id) {
        get(workbook, id);
        engine.delete(id, true);
    }

    static boolean belongsTo(WorkflowExecution ex, String workbook) {
        return belongsTo(ex.params(), workbook);
    }

    static boolean belongsTo(Map<String, Object> params, String workbook) {
        return params != null && workbook.equals(params.get(WORKBOOK));
    }

    /** The v1 name of an engine state. */
    static String v1State(State state) {
        return switch (state) {
            case PAUSED -> "SUSPENDED";
            case CANCELLED -> "STOPPED";
            case WAITING -> "IDLE";
            default -> state.name();
        };
    }
}
