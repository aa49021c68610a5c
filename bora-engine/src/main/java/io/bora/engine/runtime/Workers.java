package io.bora.engine.runtime;

import io.bora.engine.model.Job;
import io.bora.engine.model.JobKind;
import io.bora.engine.port.ActionRunner;
import io.bora.engine.port.Clock;
import io.bora.engine.port.ExecutionRepository;
import io.bora.engine.port.JobQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

    private final Engine engine;
    private final JobQueue jobs;
    private final JobHandlers handlers;
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
        this.handlers = new JobHandlers(engine, jobs, executions, runner);
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
                for (Job job : claimed) handlers.engineJob(job);
                if (claimed.isEmpty()) engineSignal.await(untilNextDue(kinds));
            } catch (RuntimeException e) {
                log.error("engine loop error", e);
                engineSignal.await(IDLE_POLL);
            }
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
                            handlers.actionJob(job, () -> !running);
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
