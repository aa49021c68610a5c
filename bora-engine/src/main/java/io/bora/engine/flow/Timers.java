package io.bora.engine.flow;

import io.bora.engine.model.Job;
import io.bora.engine.model.JobKind;

import java.util.LinkedHashMap;
import java.util.Map;

/** Policy timers are jobs due later (durable, claimed once across nodes). */
final class Timers {
    static final String WAIT_BEFORE = "wait_before";
    static final String WAIT_AFTER = "wait_after";
    static final String RETRY = "retry";
    static final String TIMEOUT = "timeout";

    private Timers() {
    }

    /** @param attempt the task's retry number when armed: a timer of an earlier attempt is stale */
    static void arm(StepContext c, WorkflowRun run, TaskRun task, String kind, long seconds, int attempt) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("timer", kind);
        payload.put("task_execution_id", task.id);
        payload.put("attempt", attempt);
        payload.put("seconds", seconds);
        run.changes().jobs.add(new Job(Ids.next(), JobKind.TIMER, run.execution().id(), payload,
                c.now().plusSeconds(seconds), null, 0, run.execution().projectId(), c.now()));
    }
}
