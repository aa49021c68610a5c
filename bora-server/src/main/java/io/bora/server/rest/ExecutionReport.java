package io.bora.server.rest;

import io.bora.engine.model.ActionExecution;
import io.bora.engine.model.State;
import io.bora.engine.model.TaskExecution;
import io.bora.engine.model.WorkflowExecution;
import io.bora.engine.port.ExecutionRepository;
import io.bora.engine.port.ListQuery;
import io.bora.engine.port.Transactions;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code GET /v2/executions/<id>/report}: the execution tree with task statistics. */
final class ExecutionReport {
    private final ExecutionRepository reads;
    private final Transactions tx;

    ExecutionReport(ExecutionRepository reads, Transactions tx) {
        this.reads = reads;
        this.tx = tx;
    }

    Map<String, Object> build(WorkflowExecution root, boolean errorsOnly, int maxDepth, boolean statisticsOnly) {
        return tx.inTransaction(() -> {
            Statistics stats = new Statistics();
            Map<String, Object> tree = workflow(root, 0, errorsOnly, maxDepth, stats);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("statistics", stats.toJson(estimatedTime(root)));
            if (!statisticsOnly) {
                out.put("root_workflow_execution", tree);
            }
            return out;
        });
    }

    /**
     * Seconds left for a running execution: the mean duration of the last 20 successful runs of
     * the same workflow minus the time elapsed, at least 1; -1 without history, 0 when not running.
     */
    private long estimatedTime(WorkflowExecution root) {
        if (root.state() == null || !root.state().isRunning()) {
            return 0;
        }
        List<WorkflowExecution> done = new ArrayList<>(reads.listWorkflows(new ListQuery(List.of(
                ListQuery.Filter.eq("workflow_id", root.workflowId()), ListQuery.Filter.eq("state", "SUCCESS")),
                List.of(), null, null)));
        done.removeIf(e -> e.createdAt() == null || e.updatedAt() == null || e.state() != State.SUCCESS
                || !Objects.equals(e.workflowId(), root.workflowId()));
        if (done.isEmpty()) {
            return -1;
        }
        done.sort(Comparator.comparing(WorkflowExecution::createdAt).reversed());
        List<WorkflowExecution> recent = done.subList(0, Math.min(20, done.size()));
        long total = 0;
        for (WorkflowExecution e : recent) {
            total += Duration.between(e.createdAt(), e.updatedAt()).toSeconds();
        }
        long elapsed = Duration.between(root.createdAt(), Instant.now()).toSeconds();
        return Math.max(1, total / recent.size() - elapsed);
    }

    /**
     * As Mistral's report: below {@code maxDepth} a sub-workflow is listed without its tasks; with
     * {@code errorsOnly} a task not in ERROR is neither listed, nor counted, nor looked into.
     */
    private Map<String, Object> workflow(WorkflowExecution ex, int depth, boolean errorsOnly, int maxDepth,
                                         Statistics stats) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", ex.id());
        m.put("name", ex.workflowName());
        m.put("created_at", Timestamps.format(ex.createdAt()));
        m.put("updated_at", Timestamps.format(ex.updatedAt()));
        m.put("state", ex.state() == null ? null : ex.state().name());
        m.put("state_info", ex.stateInfo());
        if (maxDepth >= 0 && depth > maxDepth) {
            return m;
        }
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (TaskExecution t : reads.findTasksByWorkflow(ex.id())) {
            if (errorsOnly && t.state() != State.ERROR) {
                continue;
            }
            stats.count(t.state());
            tasks.add(task(t, depth, errorsOnly, maxDepth, stats));
        }
        m.put("task_executions", tasks);
        return m;
    }

    private Map<String, Object> task(TaskExecution t, int depth, boolean errorsOnly, int maxDepth, Statistics stats) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> actions = new ArrayList<>();
        for (ActionExecution a : reads.findActionsByTask(t.id())) {
            actions.add(action(a));
        }
        m.put("action_executions", actions);
        List<Map<String, Object>> subs = new ArrayList<>();
        for (WorkflowExecution sub : reads.findWorkflowsByTask(t.id())) {
            subs.add(workflow(sub, depth + 1, errorsOnly, maxDepth, stats));
        }
        m.put("workflow_executions", subs);
        m.put("id", t.id());
        m.put("name", t.name());
        m.put("created_at", Timestamps.format(t.createdAt()));
        m.put("updated_at", Timestamps.format(t.updatedAt()));
        m.put("state", t.state() == null ? null : t.state().name());
        m.put("state_info", t.stateInfo());
        Object retry = t.runtimeContext() == null ? null : t.runtimeContext().get("retry_task_policy");
        if (retry instanceof Map<?, ?> policy && policy.get("retry_no") != null) {
            m.put("retry_count", policy.get("retry_no"));
        }
        return m;
    }

    private static Map<String, Object> action(ActionExecution a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("accepted", a.accepted());
        m.put("last_heartbeat", Timestamps.format(a.lastHeartbeat() != null ? a.lastHeartbeat() : a.createdAt()));
        m.put("id", a.id());
        m.put("name", a.name());
        m.put("created_at", Timestamps.format(a.createdAt()));
        m.put("updated_at", Timestamps.format(a.updatedAt()));
        m.put("state", a.state() == null ? null : a.state().name());
        m.put("state_info", a.stateInfo());
        return m;
    }

    /** Task counts by state over the tasks the report looks at. */
    private static final class Statistics {
        int total;
        int running;
        int success;
        int error;
        int idle;
        int paused;

        void count(State s) {
            total++;
            if (s == null) {
                return;
            }
            switch (s) {
                case RUNNING, DELAYED, WAITING -> running++;
                case SUCCESS -> success++;
                case ERROR -> error++;
                case IDLE -> idle++;
                case PAUSED -> paused++;
                default -> { }
            }
        }

        Map<String, Object> toJson(long estimatedTime) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("total_tasks_count", total);
            m.put("running_tasks_count", running);
            m.put("success_tasks_count", success);
            m.put("error_tasks_count", error);
            m.put("idle_tasks_count", idle);
            m.put("paused_tasks_count", paused);
            m.put("estimated_time", estimatedTime);
            return m;
        }
    }
}
