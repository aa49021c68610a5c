package io.bora.engine.runtime;

import io.bora.engine.model.ActionExecution;
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
 * This node's job loops, by role: the engine loop applies ENGINE_EVENT jobs (engine role) and
 * timers and cron firings (scheduler role); the executor loop runs RUN_ACTION jobs on virtual
 * threads, bounded by the configured concurrency, and renews their leases while they run. Loops
 * sleep until woken by a local commit or until the next job is due.
 */
public final class Workers implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Workers.class);
    private static final Duration IDLE_POLL = Duration.ofSeconds(1);

    private final Engine engine;
    private final JobQueue jobs;
    private final JobHandlers handlers;
    private final ExecutionRepository executions;
    private final Clock clock;
    private final EngineConfig config;
    private final Semaphore actionSlots;
    private final ExecutorService actionThreads = Executors.newVirtualThreadPerTaskExecutor();
    private final Signal engineSignal = new Signal();
    private final Signal actionSignal = new Signal();
    private volatile boolean running;
    /** The executor loop found every slot taken and waits for one to be released. */
    private volatile boolean slotsExhausted;
    private final Signal heartbeatSignal = new Signal();
    private final Set<String> runningJobs = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private Thread engineLoop;
    private Thread actionLoop;
    private Thread heartbeat;
    private Thread integrity;

    public Workers(Engine engine, JobQueue jobs, ExecutionRepository executions, ActionRunner runner, Clock clock) {
        this.engine = engine;
        this.jobs = jobs;
        this.handlers = new JobHandlers(engine, jobs, executions, runner);
        this.executions = executions;
        this.clock = clock;
        this.config = engine.config();
        this.actionSlots = new Semaphore(config.actionConcurrency());
    }

    /** Starts the loops of this node's roles; leases this node held before a restart are released first. */
    public void start() {
        if (config.has(EngineConfig.Role.EXECUTOR)) engine.localDispatch(localDispatch());
        int released = jobs.releaseAll(config.nodeName());
        if (released > 0) log.info("recovered {} unfinished job(s) of node {}", released, config.nodeName());
        running = true;
        engine.onCommit(this::wake);
        if (!engineKinds().isEmpty()) {
            engineLoop = Thread.ofPlatform().name("bora-engine-loop").daemon().start(this::engineLoop);
        }
        if (config.has(EngineConfig.Role.ENGINE)) {
            integrity = Thread.ofPlatform().name("bora-integrity").daemon().start(this::integrityLoop);
        }
        if (config.has(EngineConfig.Role.EXECUTOR)) {
            actionLoop = Thread.ofPlatform().name("bora-executor-loop").daemon().start(this::actionLoop);
            heartbeat = Thread.ofPlatform().name("bora-heartbeat").daemon().start(this::heartbeatLoop);
        }
    }

    /** Lets this node's engine loop claim CRON jobs and fire them with {@code handler}; call before start. */
    public void onCron(java.util.function.Consumer<Job> handler) {
        handlers.onCron(handler);
    }

    public void wake() {
        engineSignal.raise();
        actionSignal.raise();
    }

    private void engineLoop() {
        Set<JobKind> kinds = engineKinds();
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

    /** Actions committed by this node's own steps run here at once, in reserved slots. */
    private LocalDispatch localDispatch() {
        return new LocalDispatch() {
            @Override
            public int reserve(int wanted) {
                if (!running) return 0;
                int got = 0;
                while (got < wanted && actionSlots.tryAcquire()) got++;
                return got;
            }

            @Override
            public void release(int count) {
                actionSlots.release(count);
            }

            @Override
            public void run(List<Job> claimed, java.util.Map<String, ActionExecution> actions) {
                for (Job job : claimed) submit(job, actions.get(String.valueOf(job.payload().get("action_execution_id"))));
            }
        };
    }

    /** Runs a claimed job on a virtual thread; its slot is already taken. {@code action}: known, or null. */
    private void submit(Job job, ActionExecution action) {
        runningJobs.add(job.id());
        actionThreads.submit(() -> {
            try {
                handlers.actionJob(job, action, () -> !running);
            } finally {
                runningJobs.remove(job.id());
                actionSlots.release();
                // Wake the executor loop only if it waits for a free slot: a wake-up otherwise
                // costs a claim query per finished action for nothing.
                if (slotsExhausted) {
                    slotsExhausted = false;
                    actionSignal.raise();
                }
            }
        });
    }

    /** ENGINE_EVENT for the engine role; timers and cron firings for the scheduler role. */
    private Set<JobKind> engineKinds() {
        Set<JobKind> kinds = java.util.EnumSet.noneOf(JobKind.class);
        if (config.has(EngineConfig.Role.ENGINE)) kinds.add(JobKind.ENGINE_EVENT);
        if (config.has(EngineConfig.Role.SCHEDULER)) {
            kinds.add(JobKind.TIMER);
            if (handlers.handlesCron()) kinds.add(JobKind.CRON);
        }
        return kinds;
    }

    /**
     * Running actions renew their jobs' leases: a node that dies stops renewing, and after the
     * lease another executor takes the job (and fails or reruns the action, see JobHandlers).
     */
    private void heartbeatLoop() {
        while (running) {
            heartbeatSignal.await(config.heartbeat());
            if (!running) return;
            java.time.Instant until = clock.now().plus(config.lease());
            for (String jobId : runningJobs) {
                try {
                    if (!jobs.extendLease(jobId, config.nodeName(), until)) {
                        log.debug("job {} is no longer leased to this node (finished, or taken over)", jobId);
                    }
                } catch (RuntimeException e) {
                    log.warn("heartbeat of job {} failed: {}", jobId, e.getMessage());
                }
            }
        }
    }

    private void integrityLoop() {
        IntegrityChecker checker = new IntegrityChecker(engine, executions, clock, config.lease());
        while (running) {
            heartbeatSignal.await(config.lease());
            if (!running) return;
            try {
                checker.checkOnce();
            } catch (RuntimeException e) {
                log.warn("integrity check failed: {}", e.getMessage());
            }
        }
    }

    private void actionLoop() {
        Set<JobKind> kinds = Set.of(JobKind.RUN_ACTION);
        while (running) {
            try {
                int free = actionSlots.availablePermits();
                if (free == 0) {
                    slotsExhausted = true; // set before the second look, so no release goes unseen
                    if (actionSlots.availablePermits() == 0) actionSignal.await(IDLE_POLL);
                    continue;
                }
                List<Job> claimed = jobs.claim(kinds, config.executorTargets(), config.nodeName(), clock.now(),
                        config.lease(), Math.min(free, 64));
                for (Job job : claimed) {
                    actionSlots.acquireUninterruptibly();
                    submit(job, null);
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
        heartbeatSignal.raise();
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
