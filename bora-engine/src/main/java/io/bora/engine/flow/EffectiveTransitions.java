package io.bora.engine.flow;

import io.bora.lang.spec.TaskDefaults;
import io.bora.lang.spec.TaskSpec;
import io.bora.lang.spec.Transition;
import io.bora.lang.spec.Transitions;

import java.util.ArrayList;
import java.util.List;

/**
 * A task's on-success / on-error / on-complete after task-defaults: a default clause applies only
 * when the task's own clause of that kind is empty, and never leads a task to itself.
 */
final class EffectiveTransitions {
    private EffectiveTransitions() {
    }

    static Transitions onSuccess(TaskSpec t, TaskDefaults d) {
        return pick(t, t.onSuccess(), d == null ? null : d.onSuccess());
    }

    static Transitions onError(TaskSpec t, TaskDefaults d) {
        return pick(t, t.onError(), d == null ? null : d.onError());
    }

    static Transitions onComplete(TaskSpec t, TaskDefaults d) {
        return pick(t, t.onComplete(), d == null ? null : d.onComplete());
    }

    static List<Transitions> all(TaskSpec t, TaskDefaults d) {
        List<Transitions> out = new ArrayList<>(3);
        for (Transitions tr : new Transitions[]{onSuccess(t, d), onError(t, d), onComplete(t, d)}) {
            if (tr != null) out.add(tr);
        }
        return out;
    }

    private static Transitions pick(TaskSpec task, Transitions own, Transitions dflt) {
        if (own != null && (!own.next().isEmpty() || own.publish() != null || own.publishGlobal() != null)) return own;
        if (dflt == null) return own;
        List<Transition> next = new ArrayList<>();
        for (Transition x : dflt.next()) if (!x.target().equals(task.name())) next.add(x);
        return new Transitions(next, dflt.publish(), dflt.publishGlobal());
    }
}
