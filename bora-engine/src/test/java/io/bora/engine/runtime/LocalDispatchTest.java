package io.bora.engine.runtime;

import io.bora.engine.api.StartExecution;
import io.bora.engine.model.ActionExecution;
import io.bora.engine.model.Job;
import io.bora.engine.model.JobKind;
import io.bora.engine.model.State;
import io.bora.engine.model.WorkflowDefinition;
import io.bora.engine.model.WorkflowExecution;
import io.bora.engine.port.ActionRunner;
import io.bora.engine.port.Clock;
import io.bora.engine.port.JobQueue;
import io.bora.engine.port.Transactions;
import io.bora.engine.testing.FakeActions;
import io.bora.engine.testing.InMemoryStore;
import io.bora.lang.DslParser;
import io.bora.lang.spec.WorkflowSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The engine with its worker loops on real threads and the system clock: actions a step creates
 * run on the node that committed them, and results that arrive together are applied together.
 */
class LocalDispatchTest {
    private final InMemoryStore store = new InMemoryStore();
    private final AtomicInteger transactions = new AtomicInteger();
    private final AtomicInteger claimedActions = new AtomicInteger();
    private Workers workers;

    @AfterEach
    void stop() {
        if (workers != null) workers.stop(Duration.ofSeconds(5));
    }

    @Test
    void actionsCreatedByAStepRunHereWithoutAClaim() {
        Engine engine = start(new FakeActions());
        upload("""
                version: '2.0'
                chain:
                  tasks:
                    a: {action: std.noop, on-success: b}
                    b: {action: std.noop, on-success: c}
                    c: {action: std.echo, input: {output: done}}
                """);
        WorkflowExecution ex = engine.start(new StartExecution(null, "chain", "", Map.of(), Map.of(), null, null, null));

        assertThat(awaitEnd(ex.id())).isEqualTo(State.SUCCESS);
        // With the system clock the step's jobs are due a moment before LocalJobs looks at them;
        // none of them may fall through to the shared queue and its claim.
        assertThat(claimedActions).hasValue(0);
    }

    @Test
    void resultsArrivingTogetherAreAppliedInFewerSteps() throws Exception {
        int width = 40;
        CountDownLatch allRunning = new CountDownLatch(width);
        FakeActions fake = new FakeActions();
        ActionRunner gated = new ActionRunner() {
            @Override
            public Outcome run(ActionExecution ax, String base, Map<String, Object> input, Duration timeout,
                               BooleanSupplier cancelled) throws InterruptedException {
                if (ax.taskName().startsWith("p")) {
                    allRunning.countDown();
                    allRunning.await(30, TimeUnit.SECONDS); // every branch finishes at the same moment
                }
                return fake.run(ax, base, input, timeout, cancelled);
            }
        };
        Engine engine = start(fake, gated);
        StringBuilder yaml = new StringBuilder("version: '2.0'\nfan:\n  tasks:\n    start:\n      action: std.noop\n      on-success:\n");
        for (int i = 0; i < width; i++) yaml.append("        - p").append(i).append('\n');
        for (int i = 0; i < width; i++) yaml.append("    p").append(i).append(": {action: std.noop, on-success: [join]}\n");
        yaml.append("    join: {join: all, action: std.echo, input: {output: joined}}\n");
        upload(yaml.toString());
        WorkflowExecution ex = engine.start(new StartExecution(null, "fan", "", Map.of(), Map.of(), null, null, null));

        assertThat(allRunning.await(30, TimeUnit.SECONDS)).isTrue();
        int before = transactions.get();
        assertThat(awaitEnd(ex.id())).isEqualTo(State.SUCCESS);

        assertThat(store.findTasksByWorkflow(ex.id())).hasSize(width + 2)
                .allSatisfy(t -> assertThat(t.state()).isEqualTo(State.SUCCESS));
        assertThat(store.findTasksByWorkflow(ex.id()).stream().filter(t -> t.name().equals("join"))).hasSize(1);
        // 40 results and the join's own: one step each would be 41 transactions.
        assertThat(transactions.get() - before).isLessThan(width);
    }

    @Test
    void aRerunAnswersWithTheTaskRunningEvenIfItsActionHasAlreadyFailedAgain() {
        Engine engine = start(new FakeActions());
        upload("version: '2.0'\nfailing:\n  tasks:\n    boom: {action: std.fail}\n");
        WorkflowExecution ex = engine.start(new StartExecution(null, "failing", "", Map.of(), Map.of(), null, null, null));
        assertThat(awaitEnd(ex.id())).isEqualTo(State.ERROR);
        String taskId = store.findTasksByWorkflow(ex.id()).getFirst().id();

        for (int i = 0; i < 20; i++) { // the action runs here right after the commit: the answer must not race it
            assertThat(engine.rerunTask(taskId, true, Map.of()).state()).isEqualTo(State.RUNNING);
            assertThat(awaitEnd(ex.id())).isEqualTo(State.ERROR);
        }
    }

    @Test
    void aStartInsideACallersTransactionHandsItsActionToTheExecutorOnlyAfterTheCommit() {
        // A cron firing starts its execution inside its own transaction: an action handed over
        // before that commits would run against rows no other connection can see yet.
        RecordingDispatch dispatch = new RecordingDispatch();
        Engine engine = new Engine(EngineConfig.defaults("node-1"), store, store.definitions, store, store,
                new FakeActions(), new FakeActions(), Clock.SYSTEM);
        engine.localDispatch(dispatch);
        upload("""
                version: '2.0'
                one:
                  tasks:
                    a: {action: std.noop}
                """);

        store.run(() -> {
            engine.start(new StartExecution(null, "one", "", Map.of(), Map.of(), null, null, null));
            assertThat(dispatch.handed).as("handed over before the caller's commit").isEmpty();
        });
        assertThat(dispatch.handed).hasSize(1);

        assertThatThrownBy(() -> store.run(() -> {
            engine.start(new StartExecution(null, "one", "", Map.of(), Map.of(), null, null, null));
            throw new IllegalStateException("the caller fails after the start");
        })).hasMessageContaining("caller fails");
        assertThat(dispatch.handed).as("nothing runs for a rolled-back start").hasSize(1);
        assertThat(dispatch.released).as("its reserved slot is given back").hasValue(1);
    }

    /** An executor that only records what it is handed. */
    private static final class RecordingDispatch implements LocalDispatch {
        final List<Job> handed = new java.util.concurrent.CopyOnWriteArrayList<>();
        final AtomicInteger released = new AtomicInteger();

        @Override
        public int reserve(int wanted) {
            return wanted;
        }

        @Override
        public void release(int count) {
            released.addAndGet(count);
        }

        @Override
        public void run(List<Job> jobs, Map<String, ActionExecution> actions) {
            handed.addAll(jobs);
        }
    }

    private Engine start(FakeActions actions) {
        return start(actions, actions);
    }

    private Engine start(FakeActions catalog, ActionRunner runner) {
        Transactions counted = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                transactions.incrementAndGet();
                return store.inTransaction(work);
            }

            @Override
            public void afterCompletion(Runnable committed, Runnable rolledBack) {
                store.afterCompletion(committed, rolledBack);
            }
        };
        JobQueue jobs = countingClaims(store);
        Engine engine = new Engine(EngineConfig.defaults("node-1"), counted, store.definitions, store, jobs, catalog,
                runner, Clock.SYSTEM);
        workers = new Workers(engine, jobs, store, runner, Clock.SYSTEM);
        workers.start();
        return engine;
    }

    /** The store's queue, counting RUN_ACTION jobs handed out by claim(). */
    private JobQueue countingClaims(JobQueue queue) {
        return (JobQueue) Proxy.newProxyInstance(JobQueue.class.getClassLoader(), new Class<?>[]{JobQueue.class},
                (proxy, method, args) -> {
                    Object out;
                    try {
                        out = method.invoke(queue, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("claim")) {
                        for (Object j : (List<?>) out) if (((Job) j).kind() == JobKind.RUN_ACTION) claimedActions.incrementAndGet();
                    }
                    return out;
                });
    }

    private void upload(String yaml) {
        for (WorkflowSpec spec : new DslParser().parseWorkflowList(yaml)) {
            store.definitions.insertWorkflow(new WorkflowDefinition(UUID.randomUUID().toString(), spec.name(), "",
                    spec.definition(), spec.tags(), "private", null, "<default-project>", Instant.now(), null));
        }
    }

    private State awaitEnd(String executionId) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            State s = store.findWorkflow(executionId).orElseThrow().state();
            if (s.isTerminal()) return s;
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
        return store.findWorkflow(executionId).orElseThrow().state();
    }
}
