package io.bora.lang;

import io.bora.lang.spec.TaskSpec;
import io.bora.lang.spec.Transition;
import io.bora.lang.spec.Transitions;
import io.bora.lang.spec.WorkflowSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Upload-time graph checks (spec §4): a direct workflow needs a start task, every transition
 * target must exist (or be an engine command) and joins need enough inbound tasks; a reverse
 * workflow may only require existing tasks. Task-defaults transitions count, minus the task itself.
 */
final class WorkflowGraphCheck {
    private WorkflowGraphCheck() {
    }

    static void check(WorkflowSpec spec, Where where) {
        if (spec.isReverse()) {
            checkRequires(spec, where);
        } else {
            checkDirect(spec, where);
        }
    }

    /** The targets a task may transition to: own clause, or when empty the default clause without itself. */
    static Set<String> outbound(WorkflowSpec spec, TaskSpec task) {
        Set<String> names = new LinkedHashSet<>();
        addTargets(names, task.onError(), spec.taskDefaults().onError(), task.name());
        addTargets(names, task.onSuccess(), spec.taskDefaults().onSuccess(), task.name());
        addTargets(names, task.onComplete(), spec.taskDefaults().onComplete(), task.name());
        return names;
    }

    private static void addTargets(Set<String> names, Transitions own, Transitions defaults, String self) {
        if (own != null && !own.next().isEmpty()) {
            own.next().forEach(t -> names.add(t.target()));
        } else if (defaults != null) {
            for (Transition t : defaults.next()) {
                if (!t.target().equals(self)) {
                    names.add(t.target());
                }
            }
        }
    }

    private static void checkDirect(WorkflowSpec spec, Where where) {
        Map<String, TaskSpec> tasks = spec.tasks();
        List<Set<String>> outbounds = new ArrayList<>();
        Set<String> targeted = new LinkedHashSet<>();
        for (TaskSpec task : tasks.values()) {
            Set<String> out = outbound(spec, task);
            outbounds.add(out);
            targeted.addAll(out);
        }
        if (targeted.containsAll(tasks.keySet())) {
            throw where.child("tasks").error("Failed to find start tasks in direct workflow. "
                    + "There must be at least one task without inbound transition.[workflow_name=" + spec.name() + "]");
        }
        int index = 0;
        for (TaskSpec task : tasks.values()) {
            for (String target : outbounds.get(index++)) {
                if (!tasks.containsKey(target) && !Transition.ENGINE_COMMANDS.contains(target)) {
                    throw where.child("tasks").child(task.name()).error("Task '" + target + "' not found.");
                }
            }
        }
        List<String> problems = new ArrayList<>();
        Where first = null;
        for (TaskSpec task : tasks.values()) {
            if (task.join() == null) {
                continue;
            }
            int inbound = 0;
            for (Set<String> out : outbounds) {
                if (out.contains(task.name())) {
                    inbound++;
                }
            }
            String problem = null;
            if (task.join().all()) {
                if (inbound == 0) {
                    problem = "No inbound tasks for task with 'join: all' [task_name=" + task.name() + "]";
                }
            } else if (inbound < task.join().count()) {
                problem = "Not enough inbound tasks for task with 'join' [task_name=" + task.name() + ", join="
                        + task.join().count() + ", inbound_tasks=" + inbound + "]";
            }
            if (problem != null) {
                problems.add(problem);
                if (first == null) {
                    first = where.child("tasks").child(task.name()).child("join");
                }
            }
        }
        if (!problems.isEmpty()) {
            // Mistral joins all join problems with newlines; the first line is the first problem.
            throw first.error(problems.get(0));
        }
    }

    private static void checkRequires(WorkflowSpec spec, Where where) {
        List<String> defaults = spec.taskDefaults().requires() == null ? List.of() : spec.taskDefaults().requires();
        for (TaskSpec task : spec.tasks().values()) {
            Set<String> requires = new LinkedHashSet<>(task.requires());
            requires.addAll(defaults);
            requires.remove(task.name());
            for (String required : requires) {
                if (!spec.tasks().containsKey(required)) {
                    throw where.child("tasks").child(task.name()).child("requires")
                            .error("Task '" + required + "' not found.");
                }
            }
        }
    }
}
