package io.bora.engine.cron;

import io.bora.engine.api.BoraException;
import io.bora.engine.api.ExecutionService;
import io.bora.engine.api.StartExecution;
import io.bora.engine.model.CronTrigger;
import io.bora.engine.model.Job;
import io.bora.engine.port.Clock;
import io.bora.engine.port.CronTriggerRepository;
import io.bora.engine.port.JobQueue;
import io.bora.engine.port.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.Optional;

/**
 * Fires a claimed CRON job. Everything happens in ONE transaction: the trigger row is locked,
 * the execution is started, the count is decremented (the trigger is deleted at 0), the next
 * time is computed and its job enqueued, and the claimed job is completed. A crash before the
 * commit leaves the job to be claimed again; after it, nothing is left to redo.
 *
 * <p>Exactly once per due time across nodes: the claim leases the job to one node, and should a
 * lease run out while a slow node still works on it, the second node waits for the row lock and
 * then finds the trigger already moved past that due time (a stale job, completed unfired).
 *
 * <p>Missed firings (all nodes were down at the due time): the trigger fires ONCE when a node is
 * back, and the next time is the first match after now, not after the missed time — a day of
 * downtime does not start 1,440 executions of a {@code * * * * *} trigger.
 */
public final class CronFiring {
    private static final Logger log = LoggerFactory.getLogger(CronFiring.class);

    private final CronTriggerRepository triggers;
    private final JobQueue jobs;
    private final Transactions tx;
    private final ExecutionService executions;
    private final Clock clock;

    public CronFiring(CronTriggerRepository triggers, JobQueue jobs, Transactions tx, ExecutionService executions,
                      Clock clock) {
        this.triggers = triggers;
        this.jobs = jobs;
        this.tx = tx;
        this.executions = executions;
        this.clock = clock;
    }

    /** Handles one claimed CRON job; true when it started an execution. */
    public boolean fire(Job job) {
        return tx.inTransaction(() -> {
            Optional<CronTrigger> locked = triggers.lockById(CronJobs.triggerId(job));
            Instant due = CronJobs.due(job);
            if (locked.isEmpty() || !due.equals(locked.get().nextExecutionTime())) {
                jobs.complete(job.id());
                return false;
            }
            CronTrigger trigger = locked.get();
            start(trigger);
            reschedule(trigger, due);
            jobs.complete(job.id());
            return true;
        });
    }

    private void start(CronTrigger t) {
        try {
            executions.start(new StartExecution(t.workflowId(), t.workflowName(), null, t.workflowInput(),
                    t.workflowParams(), CronDescription.of(t), null, null));
        } catch (BoraException e) {
            // the workflow changed or went away since the trigger was made: Mistral logs and moves on
            log.warn("cron trigger {} ({}) could not start workflow {}: {}", t.name(), t.id(), t.workflowName(),
                    e.getMessage());
        }
    }

    private void reschedule(CronTrigger t, Instant due) {
        Integer remaining = t.remainingExecutions() == null ? null : t.remainingExecutions() - 1;
        Instant now = clock.now();
        Optional<Instant> next = remaining != null && remaining <= 0 ? Optional.empty()
                : CronPattern.parse(t.pattern()).nextAfter(due.isAfter(now) ? due : now);
        if (next.isEmpty()) {
            triggers.delete(t.id());
            return;
        }
        CronTrigger moved = t.advanced(next.get(), remaining, now);
        triggers.update(moved);
        jobs.enqueue(CronJobs.next(moved, now));
    }
}
