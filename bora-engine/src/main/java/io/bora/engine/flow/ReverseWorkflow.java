package io.bora.engine.flow;

import io.bora.engine.model.State;
import io.bora.lang.spec.TaskSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reverse workflows (spec §4.2): only the target task ({@code params.task_name}) and what it
 * transitively requires run; a task starts when all its requirements have succeeded.
 */
final class ReverseWorkflow {
    private final StepContext c;
    private final WorkflowRun run;

    ReverseWorkflow(StepContext c, WorkflowRun run) {
        this.c = c;
        this.run = run;
    }

    static boolean isReverse(WorkflowRun run) {
        return "reverse".equals(run.spec().type());
    }

    String target() {
        Object t = run.execution().params() == null ? null : run.execution().params().get("task_name");
        return t == null ? null : t.toString();
    }

    /** The requirements of a task, with task-defaults' requires (minus itself). */
    List<String> requires(String name) {
        TaskSpec t = run.taskSpec(name);
        Set<String> out = new LinkedHashSet<>(t.requires());
        var defaults = run.spec().taskDefaults();
        if (defaults != null && defaults.requires() != null) out.addAll(defaults.requires());
        out.remove(name);
        return new ArrayList<>(out);
    }

    /** The target and everything it needs, dependencies first. */
    Set<String> required() {
        Set<String> out = new LinkedHashSet<>();
        visit(target(), out, new LinkedHashSet<>());
        return out;
    }

    private void visit(String name, Set<String> out, Set<String> path) {
        if (out.contains(name) || !path.add(name) || run.taskSpec(name) == null) return;
        for (String r : requires(name)) visit(r, out, path);
        out.add(name);
    }

    /** Creates and launches every required task whose requirements all succeeded and that has not run yet. */
    void startReady() {
        for (String name : required()) {
            if (!run.isRunning()) return;
            if (hasRun(name)) continue;
            Map<String, Object> ctx = new LinkedHashMap<>();
            boolean ready = true;
            for (String r : requires(name)) {
                TaskRun done = lastSuccess(r);
                if (done == null) {
                    ready = false;
                    break;
                }
                ctx = DataFlow.deepMerge(ctx, done.outboundContext());
            }
            if (!ready) continue;
            TaskRun task = new WorkflowStarter(c, run).newTask(name, ctx, null);
            if (!new TaskLauncher(c, run).launch(task)) return;
        }
    }

    void afterTask(TaskRun task) {
        if (task.state == State.SUCCESS) startReady();
    }

    /** Final context of a reverse workflow: the target's outbound context. */
    Map<String, Object> finalContext() {
        TaskRun t = lastSuccess(target());
        return t == null ? new LinkedHashMap<>() : t.outboundContext();
    }

    private boolean hasRun(String name) {
        for (TaskRun t : run.tasks()) if (t.name.equals(name)) return true;
        return false;
    }

    private TaskRun lastSuccess(String name) {
        TaskRun found = null;
        for (TaskRun t : run.tasks()) if (t.name.equals(name) && t.state == State.SUCCESS) found = t;
        return found;
    }
}
