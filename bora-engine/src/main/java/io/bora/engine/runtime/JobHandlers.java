package io.bora.engine.runtime;

import io.bora.engine.model.ActionExecution;
import io.bora.engine.model.Job;
import io.bora.engine.port.ActionRunner;
import io.bora.engine.port.ActionRunner.Outcome;
import io.bora.engine.port.ExecutionRepository;
import io.bora.engine.port.JobQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** What each kind of claimed job does. Used by the worker loops, and directly by tests. */
public final class JobHandlers {
    private static final Logger log = LoggerFactory.getLogger(JobHandlers.class);
    static final String REDELIVERED = "Request to run an action was redelivered, but it cannot be re-run safely. "
            + "The only safe thing to do is fail it [action=%s].";

    private final Engine engine;
    private final JobQueue jobs;
    private final ExecutionRepository executions;
    private final ActionRunner runner;
    /** CRON jobs (the cron triggers' firing); null while no trigger service is wired. */
    private volatile java.util.function.Consumer<Job> cronJobs;

    public JobHandlers(Engine engine, JobQueue jobs, ExecutionRepository executions, ActionRunner runner) {
        this.engine = engine;
        this.jobs = jobs;
        this.executions = executions;
        this.runner = runner;
    }

    /** Who fires claimed CRON jobs (io.bora.engine.cron.CronTriggerService#fire). */
    public void onCron(java.util.function.Consumer<Job> handler) {
        this.cronJobs = handler;
    }

    public boolean handlesCron() {
        return cronJobs != null;
    }

    /** ENGINE_EVENT, TIMER and CRON jobs. A failure leaves the job leased; it is retried when the lease ends. */
    public void engineJob(Job job) {
        Map<String, Object> p = job.payload();
        try {
            if (job.kind() == io.bora.engine.model.JobKind.TIMER) {
                engine.timerFired(job.executionId(), p, job.id());
            } else if (job.kind() == io.bora.engine.model.JobKind.CRON && cronJobs != null) {
                cronJobs.accept(job);
            } else if ("subworkflow_completed".equals(p.get("event"))) {
                engine.subWorkflowFinished(job.executionId(), (String) p.get("task_execution_id"),
                        (String) p.get("workflow_execution_id"), job.id());
            } else {
                log.warn("unknown engine job {} dropped: {}", job.id(), p);
                jobs.complete(job.id());
            }
        } catch (RuntimeException e) {
            log.error("engine job {} failed; it will be retried after its lease", job.id(), e);
        }
    }

    /**
     * RUN_ACTION jobs. A job claimed a second time means its first runner died mid-action: unless
     * the task allows safe-rerun, the action is failed rather than run twice.
     */
    public void actionJob(Job job, BooleanSupplier cancelled) {
        actionJob(job, null, cancelled);
    }

    /**
     * As above; {@code created} is the action execution when the caller has it from the step that
     * created the job just now (local dispatch), which saves reading it back.
     */
    @SuppressWarnings("unchecked")
    public void actionJob(Job job, ActionExecution created, BooleanSupplier cancelled) {
        Map<String, Object> p = job.payload();
        String id = (String) p.get("action_execution_id");
        try {
            ActionExecution ax = created != null ? created : executions.findAction(id).orElse(null);
            if (ax == null || ax.state().isTerminal()) {
                jobs.complete(job.id());
                return;
            }
            Outcome outcome;
            if (job.attempts() > 1 && !Boolean.TRUE.equals(p.get("safe_rerun"))) {
                outcome = new Outcome.Failure(String.format(REDELIVERED, ax.name()));
            } else {
                String base = (String) p.getOrDefault("action", ax.name());
                Map<String, Object> input = (Map<String, Object>) p.getOrDefault("input", ax.input());
                Object timeout = p.get("timeout");
                Duration limit = timeout instanceof Number n && n.longValue() > 0 ? Duration.ofSeconds(n.longValue()) : null;
                outcome = runner.run(ax, base, input, limit, cancelled);
            }
            if (outcome instanceof Outcome.Pending) {
                jobs.complete(job.id());
                return;
            }
            engine.actionFinished(ax, outcome, job.id());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("action job {} (action execution {}) failed; it will be retried after its lease", job.id(), id, e);
        }
    }
}
