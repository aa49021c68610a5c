package io.bora.engine.runtime;

import io.bora.engine.model.ActionExecution;
import io.bora.engine.model.Job;
import io.bora.engine.model.JobKind;
import io.bora.engine.port.ActionRunner;
import io.bora.engine.port.ActionRunner.Outcome;
import io.bora.engine.port.Clock;
import io.bora.engine.port.ExecutionRepository;
import io.bora.engine.port.JobQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * This node's job loops: the engine loop applies ENGINE_EVENT and TIMER jobs, the executor loop
 * runs RUN_ACTION jobs on virtual threads (bounded by the configured concurrency). Both sleep
 * until woken by a local commit or until the next job is due.
 */
public final class Workers implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Workers.class);
    private static final Duration IDLE_POLL = Duration.ofSeconds(1);
    static final String REDELIVERED = "Request to run an action was redelivered, but it cannot be re-run safely. "
            + "The only safe thing to do is fail it [action=%s].";

    private final Engine engine;
    private final JobQueue jobs;
    private final ExecutionRepository executions;
    private final ActionRunner runner;
    private final Clock clock;
    private final EngineConfig config;
    private final Semaphore actionSlots;
    private final ExecutorService actionThreads = Executors.newVirtualThreadPerTaskExecutor();
    private final Signal engineSignal = new Signal();
    private final Signal actionSignal = new Signal();
    private volatile boolean running;
    private Thread engineLoop;
    private Thread actionLoop;

    public Workers(Engine engine, JobQueue jobs, ExecutionRepository executions, ActionRunner runner, Clock clock) {
        this.engine = engine;
        this.jobs = jobs;
        this.executions = executions;
        this.runner = runner;
        this.clock = clock;
        this.config = engine.config();
        this.actionSlots = new Semaphore(config.actionConcurrency());
    }

    /** Starts both loops; leases this node held before a restart are released first. */
    public void start() {
        int released = jobs.releaseAll(config.nodeName());
        if (released > 0) log.info("recovered {} unfinished job(s) of node {}", released, config.nodeName());
        running = true;
        engine.onCommit(this::wake);
        engineLoop = Thread.ofPlatform().name("bora-engine-loop").daemon().start(this::engineLoop);
        actionLoop = Thread.ofPlatform().name("bora-executor-loop").daemon().start(this::actionLoop);
    }

    public void wake() {
        engineSignal.raise();
        actionSignal.raise();
    }

    private void engineLoop() {
        Set<JobKind> kinds = Set.of(JobKind.ENGINE_EVENT, JobKind.TIMER);
        while (running) {
            try {
                List<Job> claimed = jobs.claim(kinds, Set.of(), config.nodeName(), clock.now(), config.lease(), 32);
                for (Job job : claimed) handleEngineJob(job);
                if (claimed.isEmpty()) engineSignal.await(untilNextDue(kinds));
            } catch (RuntimeException e) {
                log.error("engine loop error", e);
                engineSignal.await(IDLE_POLL);
            }
        }
    }

    private void handleEngineJob(Job job) {
        Map<String, Object> p = job.payload();
        try {
            if ("subworkflow_completed".equals(p.get("event"))) {
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

    private void actionLoop() {
        Set<JobKind> kinds = Set.of(JobKind.RUN_ACTION);
        while (running) {
            try {
                int free = actionSlots.availablePermits();
                if (free == 0) {
                    actionSignal.await(IDLE_POLL);
                    continue;
                }
                List<Job> claimed = jobs.claim(kinds, Set.of(), config.nodeName(), clock.now(), config.lease(),
                        Math.min(free, 64));
                for (Job job : claimed) {
                    actionSlots.acquireUninterruptibly();
                    actionThreads.submit(() -> {
                        try {
                            runAction(job);
                        } finally {
                            actionSlots.release();
                            actionSignal.raise();
                        }
                    });
                }
                if (claimed.isEmpty()) actionSignal.await(untilNextDue(kinds));
            } catch (RuntimeException e) {
                log.error("executor loop error", e);
                actionSignal.await(IDLE_POLL);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void runAction(Job job) {
        Map<String, Object> p = job.payload();
        String id = (String) p.get("action_execution_id");
        try {
            ActionExecution ax = executions.findAction(id).orElse(null);
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
                outcome = runner.run(ax, base, input, limit, () -> !running);
            }
            if (outcome instanceof Outcome.Pending) {
                jobs.complete(job.id());
                return;
            }
            engine.actionFinished(id, outcome, job.id());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("action job {} (action execution {}) failed; it will be retried after its lease", job.id(), id, e);
        }
    }

    private Duration untilNextDue(Set<JobKind> kinds) {
        Instant next = jobs.nextDue(kinds);
        if (next == null) return IDLE_POLL;
        Duration d = Duration.between(clock.now(), next);
        if (d.isNegative() || d.isZero()) return Duration.ofMillis(1);
        return d.compareTo(IDLE_POLL) > 0 ? IDLE_POLL : d;
    }

    /** Stops claiming; waits up to {@code grace} for running actions, then releases this node's leases. */
    public void stop(Duration grace) {
        running = false;
        wake();
        actionThreads.shutdown();
        try {
            if (!actionThreads.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) actionThreads.shutdownNow();
            if (engineLoop != null) engineLoop.join(grace.toMillis());
            if (actionLoop != null) actionLoop.join(grace.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        jobs.releaseAll(config.nodeName());
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(10));
    }

    /** A wake-up flag: raise() makes the next (or current) await() return at once. */
    private static final class Signal {
        private boolean raised;

        synchronized void raise() {
            raised = true;
            notifyAll();
        }

        synchronized void await(Duration max) {
            long deadline = System.nanoTime() + max.toNanos();
            try {
                while (!raised) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) break;
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            raised = false;
        }
    }
}
