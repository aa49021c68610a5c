package io.bora.engine.flow;

import io.bora.engine.model.State;
import io.bora.lang.spec.JoinSpec;
import io.bora.lang.spec.TaskSpec;
import io.bora.lang.spec.Transition;
import io.bora.lang.spec.Transitions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * join: all / one / N (spec §4.1.4). A join task exists once per workflow execution, WAITING
 * until enough inbound tasks routed to it, or ERROR once that can no longer happen.
 */
final class Joins {
    private final StepContext c;
    private final WorkflowRun run;

    Joins(StepContext c, WorkflowRun run) {
        this.c = c;
        this.run = run;
    }

    private String key(String name) {
        return "join-task-" + run.execution().id() + "-" + name;
    }

    /** An inbound task routed to the join: create it (WAITING) if needed, record the arrival, re-check. */
    @SuppressWarnings("unchecked")
    void arrive(TaskRun from, String joinName, String event) {
        TaskRun join = find(joinName);
        if (join == null) {
            join = new WorkflowStarter(c, run).newTask(joinName, new LinkedHashMap<>(), key(joinName));
            join.moveTo(State.WAITING, "Task is waiting.", c.now());
            join.startedAt = null;
            join.runtimeContext.put("triggered_by", new ArrayList<>());
        }
        if (join.state != State.WAITING) return;
        Map<String, Object> trigger = new LinkedHashMap<>();
        trigger.put("task_id", from.id);
        trigger.put("event", event);
        ((List<Object>) join.runtimeContext.get("triggered_by")).add(trigger);
        run.touch(join);
    }

    private TaskRun find(String name) {
        String key = key(name);
        for (TaskRun t : run.tasks()) if (key.equals(t.uniqueKey)) return t;
        return null;
    }

    /** Re-checks every WAITING join task; starts or fails those that are decided. */
    void evaluateAll() {
        for (TaskRun t : run.tasks().toArray(new TaskRun[0])) {
            if (!run.isRunning()) return;
            if (t.uniqueKey != null && t.state == State.WAITING && !Retries.isRetrying(t)) evaluate(t);
        }
    }

    private enum Induced { WAITING, RUNNING, ERROR }

    private void evaluate(TaskRun join) {
        JoinSpec spec = run.taskSpec(join.name).join();
        List<String> inbound = inboundNames(join.name);
        int running = 0;
        List<String> errors = new ArrayList<>();
        for (String name : inbound) {
            switch (induced(name, join.name)) {
                case RUNNING -> running++;
                case ERROR -> errors.add(name);
                default -> { }
            }
        }
        int needed = spec.all() ? inbound.size() : spec.count();
        if (running >= needed) {
            start(join);
        } else if (spec.all() ? !errors.isEmpty() : errors.size() > inbound.size() - needed) {
            join.moveTo(State.ERROR, "Failed by tasks: " + Messages.pyList(errors), c.now());
            run.touch(join);
            new TaskCompletion(c, run).complete(join, null);
        }
    }

    @SuppressWarnings("unchecked")
    private void start(TaskRun join) {
        Map<String, Object> ctx = new LinkedHashMap<>();
        List<Object> triggers = (List<Object>) join.runtimeContext.get("triggered_by");
        for (Object o : triggers) {
            TaskRun from = run.task((String) ((Map<String, Object>) o).get("task_id"));
            if (from != null) ctx = DataFlow.deepMerge(ctx, from.outboundContext());
        }
        join.inContext = ctx;
        join.moveTo(State.RUNNING, null, c.now());
        run.touch(join);
        new TaskLauncher(c, run).launch(join);
    }

    /** How an inbound task stands towards the join (spec §4.1.4). */
    private Induced induced(String inboundName, String joinName) {
        boolean any = false;
        boolean routed = false;
        for (TaskRun t : run.tasks()) {
            if (!t.name.equals(inboundName)) continue;
            any = true;
            if (!t.isCompleted() || !t.processed) return Induced.WAITING;
            for (List<String> next : t.nextTasks) if (next.get(0).equals(joinName)) routed = true;
        }
        if (!any) return pathStillPossible() ? Induced.WAITING : Induced.ERROR;
        return routed ? Induced.RUNNING : Induced.ERROR;
    }

    /** A task that has not run yet may still run while anything other than a waiting join is unfinished. */
    private boolean pathStillPossible() {
        for (TaskRun t : run.tasks()) {
            if (t.uniqueKey != null && t.state == State.WAITING) continue;
            if (!t.isCompleted() || !t.processed) return true;
        }
        return false;
    }

    private List<String> inboundNames(String joinName) {
        List<String> names = new ArrayList<>();
        for (TaskSpec t : run.spec().tasks().values()) {
            for (Transitions tr : EffectiveTransitions.all(t, run.spec().taskDefaults())) {
                for (Transition x : tr.next()) {
                    if (x.target().equals(joinName) && !names.contains(t.name())) names.add(t.name());
                }
            }
        }
        return names;
    }
}
