package io.bora.engine.flow;

import io.bora.engine.model.State;

import java.util.Map;

/** A policy timer came due (wait-before, wait-after, retry delay, timeout). */
public final class TimerEvents {
    private final StepContext c;
    private final WorkflowRun run;

    public TimerEvents(StepContext c, WorkflowRun run) {
        this.c = c;
        this.run = run;
    }

    public void fired(Map<String, Object> payload) {
        TaskRun task = run.task((String) payload.get(Timers.TASK));
        String kind = (String) payload.get("timer");
        int attempt = payload.get("attempt") instanceof Number n ? n.intValue() : 0;
        long seconds = payload.get("seconds") instanceof Number n ? n.longValue() : 0;
        if (task == null || Retries.attempt(task) != attempt) return;
        State wf = run.execution().state();
        if (wf.isTerminal()) return;
        if (wf != State.RUNNING) {
            // Paused: the timer's effect waits until the workflow runs again.
            Timers.arm(c, run, task, kind, 1, attempt);
            return;
        }
        switch (kind) {
            case Timers.WAIT_BEFORE -> {
                if (task.state == State.DELAYED) new TaskLauncher(c, run).launch(task);
            }
            case Timers.WAIT_AFTER -> {
                if (task.state == State.DELAYED) new TaskCompletion(c, run).afterWait(task);
            }
            case Timers.RETRY -> {
                if (task.state == State.DELAYED || task.state == State.WAITING) retry(task);
            }
            case Timers.TIMEOUT -> {
                if (task.state == State.RUNNING) timeout(task, seconds);
            }
            default -> { }
        }
    }

    private void retry(TaskRun task) {
        task.moveTo(State.RUNNING, null, c.now());
        task.processed = false;
        task.nextTasks.clear();
        run.touch(task);
        try {
            new TaskLauncher(c, run).startAttempt(task);
        } catch (Evaluation.Failure | TaskLauncher.TaskFailure e) {
            new WorkflowEnding(c, run).forceFail(task, Messages.failedToRunTask(e.getMessage(), run, task));
        }
    }

    private void timeout(TaskRun task, long seconds) {
        task.moveTo(State.ERROR, "Task timed out [timeout(s)=" + seconds + "].", c.now());
        run.touch(task);
        new TaskCompletion(c, run).complete(task, null);
    }
}
