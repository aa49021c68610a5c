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
    /** The payload key naming the timer's task. */
    static final String TASK = "task_execution_id";

    private Timers() {
    }

    /** @param attempt the task's retry number when armed: a timer of an earlier attempt is stale */
    static void arm(StepContext c, WorkflowRun run, TaskRun task, String kind, long seconds, int attempt) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("timer", kind);
        payload.put(TASK, task.id);
        payload.put("attempt", attempt);
        payload.put("seconds", seconds);
        run.changes().jobs.add(new Job(Ids.next(), JobKind.TIMER, run.execution().id(), payload,
                c.now().plusSeconds(seconds), null, 0, run.execution().projectId(), c.now()));
    }

    /**
     * Drops the task's pending timers. A rerun starts the task's attempts from 0 again, so a timer
     * left from before it (the timeout of an attempt that failed early) would pass as current.
     */
    static void disarmAll(WorkflowRun run, TaskRun task) {
        run.changes().cancelledJobs.add(new StepChanges.JobCancel(run.execution().id(), JobKind.TIMER, TASK, task.id));
    }
}
