package io.bora.engine.flow;

import io.bora.engine.model.ActionExecution;
import io.bora.engine.model.EngineKeys;
import io.bora.engine.model.Job;
import io.bora.engine.model.JobKind;
import io.bora.engine.model.State;
import io.bora.engine.model.TaskType;
import io.bora.engine.model.WorkflowExecution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * How a workflow execution ends (spec §5.2, §7.6, §8): completion when nothing is left to run,
 * engine commands fail/succeed, forced failures; output and state_info in Mistral's formats; and
 * the notice to a parent workflow.
 */
final class WorkflowEnding {
    private final StepContext c;
    private final WorkflowRun run;

    WorkflowEnding(StepContext c, WorkflowRun run) {
        this.c = c;
        this.run = run;
    }

    /** Ends the workflow if it is RUNNING and no task execution is incomplete. */
    void completeIfDone() {
        if (!run.isRunning()) return;
        for (TaskRun t : run.tasks()) if (!t.isCompleted()) return;
        for (TaskRun t : run.tasks()) if (!t.processed && t.state != State.CANCELLED) return;
        TreeSet<String> cancelled = new TreeSet<>();
        TreeSet<String> failed = new TreeSet<>();
        for (TaskRun t : run.tasks()) {
            if (t.state == State.CANCELLED) cancelled.add(t.name);
            if (t.state == State.ERROR && !t.errorHandled) failed.add(t.name);
        }
        if (!cancelled.isEmpty()) {
            String msg = "Cancelled tasks: " + String.join(", ", cancelled);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("result", msg);
            finish(State.CANCELLED, msg, out);
        } else if (!failed.isEmpty()) {
            fail(failureMessage(failed));
        } else {
            succeed(null);
        }
    }

    /** Engine command {@code succeed}, or normal completion: output per the workflow's output spec. */
    void succeed(String stateInfo) {
        Map<String, Object> finalCtx = finalContext();
        Map<String, Object> output;
        try {
            output = evaluateOutput(run.spec().output(), finalCtx);
        } catch (Evaluation.Failure e) {
            fail("Failed to evaluate expression in output! (output: '" + PyText.str(run.spec().output())
                    + "', exception: '" + e.getMessage() + "')");
            return;
        }
        finish(State.SUCCESS, stateInfo, output);
    }

    /** The workflow fails with {@code msg}: output is {"result": msg} with output-on-error on top. */
    void fail(String msg) {
        Map<String, Object> output = new LinkedHashMap<>();
        String info = msg;
        try {
            output.putAll(evaluateOutput(run.spec().outputOnError(), finalContext()));
        } catch (Evaluation.Failure e) {
            info = "Failed to evaluate expression in output-on-error! (output-on-error: '"
                    + PyText.str(run.spec().outputOnError()) + "', exception: '" + e.getMessage() + "' Cause: '"
                    + msg + "'";
        }
        Map<String, Object> withResult = new LinkedHashMap<>();
        withResult.put("result", info);
        withResult.putAll(output);
        finish(State.ERROR, info, withResult);
    }

    /** An engine-side error while processing a task: the task and the workflow fail, on-error is bypassed. */
    void forceFail(TaskRun task, String msg) {
        task.moveTo(State.ERROR, msg, c.now());
        task.processed = true;
        run.touch(task);
        if (run.isRunning() || run.execution().state() == State.PAUSED) fail(msg);
    }

    Map<String, Object> finalContext() {
        return ReverseWorkflow.isReverse(run) ? new ReverseWorkflow(c, run).finalContext() : DataFlow.finalContext(run.tasks());
    }

    private Map<String, Object> evaluateOutput(Map<String, Object> spec, Map<String, Object> finalCtx) {
        if (spec == null || spec.isEmpty()) return finalCtx;
        Evaluation eval = new Evaluation(c.expressions(), new EngineFunctions(run, c.executions()));
        Object v = eval.evaluate(spec, DataFlow.outputContext(run, finalCtx));
        @SuppressWarnings("unchecked") Map<String, Object> m = v instanceof Map<?, ?> ? (Map<String, Object>) v : Map.of();
        return new LinkedHashMap<>(m);
    }

    void finish(State state, String stateInfo, Map<String, Object> output) {
        WorkflowExecution ex = run.execution().withState(state, stateInfo, c.now()).withOutput(output, c.now());
        run.update(ex);
        if (ex.taskExecutionId() != null) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("event", "subworkflow_completed");
            payload.put("task_execution_id", ex.taskExecutionId());
            payload.put("workflow_execution_id", ex.id());
            String parentId = parentExecutionId(ex);
            run.changes().jobs.add(new Job(Ids.next(), JobKind.ENGINE_EVENT, parentId, payload, c.now(), null, 0,
                    ex.projectId(), c.now()));
        }
    }

    private String parentExecutionId(WorkflowExecution ex) {
        Object p = ex.params() == null ? null : ex.params().get(EngineKeys.PARENT_EXECUTION_ID);
        if (p != null) return p.toString();
        return c.executions().findTask(ex.taskExecutionId()).map(t -> t.workflowExecutionId()).orElse(null);
    }

    /** "Failure caused by error in tasks: ..." with one line per failed action / sub-workflow. */
    private String failureMessage(TreeSet<String> failedNames) {
        StringBuilder sb = new StringBuilder("Failure caused by error in tasks: ").append(String.join(", ", failedNames))
                .append("\n\n");
        boolean first = true;
        for (String name : failedNames) {
            for (TaskRun t : run.tasks()) {
                if (!t.name.equals(name) || t.state != State.ERROR || t.errorHandled) continue;
                if (!first) sb.append('\n');
                first = false;
                sb.append("  ").append(t.name).append(" [task_ex_id=").append(t.id).append("] -> ")
                        .append(t.stateInfo).append('\n');
                if (t.type == TaskType.WORKFLOW) {
                    int idx = 0;
                    for (WorkflowExecution sub : subWorkflowsOf(t)) {
                        if (sub.state() == State.ERROR) {
                            sb.append("    [wf_ex_id=").append(sub.id()).append(", idx=").append(idx).append("]: ")
                                    .append(resultText(sub.output())).append('\n');
                        }
                        idx++;
                    }
                } else {
                    int idx = 0;
                    for (ActionExecution a : actionsOf(t)) {
                        if (a.state() == State.ERROR) {
                            sb.append("    [action_ex_id=").append(a.id()).append(", idx=").append(idx).append("]: ")
                                    .append(resultText(a.output())).append('\n');
                        }
                        idx++;
                    }
                }
            }
        }
        return sb.toString();
    }

    private static String resultText(Map<String, Object> output) {
        return PyText.str(output == null ? null : output.get("result"));
    }

    /** The task's action executions: stored ones overlaid with this step's changes, oldest first. */
    List<ActionExecution> actionsOf(TaskRun t) {
        Map<String, ActionExecution> byId = new LinkedHashMap<>();
        if (!run.changes().newTasks.containsKey(t.id)) {
            for (ActionExecution a : c.executions().findActionsByTask(t.id)) byId.put(a.id(), a);
        }
        for (ActionExecution a : run.changes().updatedActions.values()) if (t.id.equals(a.taskExecutionId())) byId.put(a.id(), a);
        for (ActionExecution a : run.changes().newActions.values()) if (t.id.equals(a.taskExecutionId())) byId.put(a.id(), a);
        List<ActionExecution> out = new ArrayList<>(byId.values());
        out.sort(Comparator.comparing(ActionExecution::createdAt));
        return out;
    }

    List<WorkflowExecution> subWorkflowsOf(TaskRun t) {
        Map<String, WorkflowExecution> byId = new LinkedHashMap<>();
        for (WorkflowExecution w : c.executions().findWorkflowsByTask(t.id)) byId.put(w.id(), w);
        for (WorkflowExecution w : run.changes().updatedWorkflows.values()) if (t.id.equals(w.taskExecutionId())) byId.put(w.id(), w);
        for (WorkflowExecution w : run.changes().newWorkflows.values()) if (t.id.equals(w.taskExecutionId())) byId.put(w.id(), w);
        List<WorkflowExecution> out = new ArrayList<>(byId.values());
        out.sort(Comparator.comparing(WorkflowExecution::createdAt));
        return out;
    }
}
