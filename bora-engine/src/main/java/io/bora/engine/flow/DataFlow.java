package io.bora.engine.flow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data contexts expressions see (spec §7.3-7.6). Mistral looks keys up through a chain of
 * dicts (a view); a flat map built from the lowest layer up gives the same lookups.
 */
final class DataFlow {
    private DataFlow() {
    }

    /** Builds a view: the FIRST layer given has the highest priority. Null layers are skipped. */
    @SafeVarargs
    static Map<String, Object> view(Map<String, Object>... highestFirst) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = highestFirst.length - 1; i >= 0; i--) {
            if (highestFirst[i] != null) out.putAll(highestFirst[i]);
        }
        return out;
    }

    static Map<String, Object> taskExecutionRef(TaskRun task) {
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("id", task.id);
        ref.put("name", task.name);
        return Map.of("__task_execution", ref);
    }

    static Map<String, Object> envLayer(WorkflowRun run) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("__env", run.env());
        return m;
    }

    /** Context of a task's input, action name, with-items, target and policies. */
    static Map<String, Object> taskContext(WorkflowRun run, TaskRun task, Map<String, Object> extra) {
        return view(taskExecutionRef(task), envLayer(run), extra, task.inContext,
                run.execution().context(), run.execution().input());
    }

    /** Context of publish and publish-on-error. */
    static Map<String, Object> publishContext(WorkflowRun run, TaskRun task) {
        return view(taskExecutionRef(task), task.inContext, envLayer(run), run.execution().context(),
                run.execution().input());
    }

    /** Context of transition conditions and engine command parameters. */
    static Map<String, Object> transitionContext(WorkflowRun run, TaskRun task) {
        return view(taskExecutionRef(task), task.outboundContext(), envLayer(run), run.execution().context(),
                run.execution().input());
    }

    /** Context of the workflow's output / output-on-error. */
    static Map<String, Object> outputContext(WorkflowRun run, Map<String, Object> finalContext) {
        return view(finalContext, envLayer(run), run.execution().context(), run.execution().input());
    }

    /** Mistral's merge_dicts(left, right, overwrite=True): nested maps merge, other values replace. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> deepMerge(Map<String, Object> left, Map<String, Object> right) {
        Map<String, Object> out = new LinkedHashMap<>(left);
        for (var e : right.entrySet()) {
            Object l = out.get(e.getKey());
            if (l instanceof Map<?, ?> lm && e.getValue() instanceof Map<?, ?> rm) {
                out.put(e.getKey(), deepMerge((Map<String, Object>) lm, (Map<String, Object>) rm));
            } else {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /** The final context of a direct workflow: merge of outbound contexts of tasks that ended a path. */
    static Map<String, Object> finalContext(List<TaskRun> tasks) {
        Map<String, Object> ctx = new LinkedHashMap<>();
        for (TaskRun t : tasks) {
            if (t.isCompleted() && t.nextTasks.isEmpty()) ctx = deepMerge(ctx, t.outboundContext());
        }
        return ctx;
    }
}
