package io.bora.store;

import io.bora.engine.model.ActionExecution;
import io.bora.engine.model.State;
import io.bora.engine.model.TaskExecution;
import io.bora.engine.model.WorkflowExecution;
import io.bora.engine.port.DuplicateException;
import io.bora.engine.port.ExecutionRepository;
import io.bora.engine.port.Transactions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static io.bora.store.Fixtures.T0;
import static io.bora.store.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransactionStoreTest extends StoreTestBase {

    private final Transactions tx = store.transactions();
    private final ExecutionRepository repo = store.executions();

    TransactionStoreTest(Backend backend) {
        super(backend);
    }

    @Test
    void aFailingTransactionLeavesNothingBehind() {
        WorkflowExecution ex = Fixtures.execution("wf", State.RUNNING, T0);
        assertThatThrownBy(() -> tx.run(() -> {
            repo.insertWorkflow(ex);
            repo.insertTask(Fixtures.task(ex, "t", State.RUNNING, T0));
            throw new IllegalStateException("engine bug");
        })).isInstanceOf(IllegalStateException.class).hasMessage("engine bug");

        assertThat(repo.findWorkflow(ex.id())).isEmpty();
        assertThat(repo.findTasksByWorkflow(ex.id())).isEmpty();
    }

    @Test
    void nestedCallsJoinTheOuterTransaction() {
        WorkflowExecution ex = Fixtures.execution("wf", State.RUNNING, T0);
        assertThatThrownBy(() -> tx.run(() -> {
            tx.run(() -> repo.insertWorkflow(ex));
            String seen = tx.inTransaction(() -> repo.findWorkflow(ex.id()).orElseThrow().id());
            assertThat(seen).isEqualTo(ex.id());
            throw new IllegalStateException("outer fails after inner returned");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(repo.findWorkflow(ex.id())).as("inner work rolled back with the outer").isEmpty();

        assertThat(tx.inTransaction(() -> {
            repo.insertWorkflow(ex);
            return 42;
        })).isEqualTo(42);
        assertThat(repo.findWorkflow(ex.id())).isPresent();
    }

    @Test
    void completionCallbacksRunWhenTheOutermostTransactionHasEnded() {
        WorkflowExecution ex = Fixtures.execution("wf", State.RUNNING, T0);
        List<String> events = new ArrayList<>();
        tx.run(() -> {
            tx.run(() -> {
                repo.insertWorkflow(ex);
                // registered inside a nested call: the data is visible only once the OUTER one commits
                tx.afterCompletion(() -> events.add("committed, visible: " + repo.findWorkflow(ex.id()).isPresent()),
                        () -> events.add("rolled back"));
            });
            events.add("outer work done");
        });
        assertThat(events).containsExactly("outer work done", "committed, visible: true");

        events.clear();
        assertThatThrownBy(() -> tx.run(() -> {
            tx.afterCompletion(() -> events.add("committed"), () -> events.add("rolled back"));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(events).containsExactly("rolled back");

        assertThatThrownBy(() -> tx.afterCompletion(() -> { }, () -> { }))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCaughtDuplicateLeavesTheTransactionUsableOnEveryDatabase() {
        store.definitions().insertWorkflow(Fixtures.workflow("taken", "", T0));
        WorkflowExecution ex = Fixtures.execution("wf", State.RUNNING, T0);
        TaskExecution join = Fixtures.task(ex, "join", State.WAITING, T0);
        TaskExecution joinWithKey = new TaskExecution(join.id(), join.name(), join.workflowExecutionId(), join.workflowId(),
                join.workflowName(), join.workflowNamespace(), join.type(), join.tags(), join.state(), join.stateInfo(),
                join.runtimeContext(), join.inContext(), join.published(), join.result(), join.hasResult(),
                join.nextTasks(), join.errorHandled(), join.processed(), ex.id() + ":join", join.projectId(),
                join.createdAt(), join.updatedAt(), join.startedAt(), join.finishedAt());
        repo.insertTask(joinWithKey);

        tx.run(() -> {
            repo.insertWorkflow(ex);
            assertThatThrownBy(() -> store.definitions().insertWorkflow(Fixtures.workflow("taken", "", T0)))
                    .isInstanceOf(DuplicateException.class);
            TaskExecution again = Fixtures.task(ex, "join", State.WAITING, T0);
            assertThatThrownBy(() -> repo.insertTask(new TaskExecution(again.id(), again.name(),
                    again.workflowExecutionId(), again.workflowId(), again.workflowName(), again.workflowNamespace(),
                    again.type(), again.tags(), again.state(), again.stateInfo(), again.runtimeContext(),
                    again.inContext(), again.published(), again.result(), again.hasResult(), again.nextTasks(),
                    again.errorHandled(), again.processed(), ex.id() + ":join", again.projectId(), again.createdAt(),
                    again.updatedAt(), again.startedAt(), again.finishedAt())))
                    .isInstanceOf(DuplicateException.class);
            store.definitions().insertWorkflow(Fixtures.workflow("free", "", T0));
        });

        assertThat(repo.findWorkflow(ex.id())).isPresent();
        assertThat(store.definitions().findWorkflow("free", "")).isPresent();
        assertThat(repo.findTasksByWorkflow(ex.id())).hasSize(1);
    }

    @Test
    void heldBackStepWritesAreSeenByLaterReadsAndCommittedInOrder() {
        WorkflowExecution ex = Fixtures.execution("wf", State.RUNNING, T0);
        repo.insertWorkflow(ex);
        List<TaskExecution> tasks = new ArrayList<>();
        for (int i = 0; i < 6; i++) tasks.add(Fixtures.task(ex, "t" + i, State.RUNNING, at(i)));
        ActionExecution action = Fixtures.actionExecution(tasks.getFirst(), "std.noop", at(1));

        tx.run(() -> {
            repo.insertTasks(tasks);          // a run of six: one batch
            repo.insertActions(List.of(action));
            repo.updateTasks(List.of(succeeded(tasks.get(2))));
            repo.updateWorkflow(ex.withState(State.PAUSED, "held back", at(9)));
            // A read in the same transaction sends the held-back writes first.
            assertThat(repo.findTasksByWorkflow(ex.id())).hasSize(6);
            assertThat(repo.findActions(List.of(action.id(), "missing"))).containsExactly(action);
            repo.updateActions(List.of(succeeded(action)));
        });

        assertThat(repo.findWorkflow(ex.id()).orElseThrow().state()).isEqualTo(State.PAUSED);
        assertThat(repo.findTask(tasks.get(2).id()).orElseThrow().state()).isEqualTo(State.SUCCESS);
        assertThat(repo.findAction(action.id()).orElseThrow().state()).isEqualTo(State.SUCCESS);
    }

    private static TaskExecution succeeded(TaskExecution t) {
        return new TaskExecution(t.id(), t.name(), t.workflowExecutionId(), t.workflowId(), t.workflowName(),
                t.workflowNamespace(), t.type(), t.tags(), State.SUCCESS, null, t.runtimeContext(), t.inContext(),
                t.published(), t.result(), t.hasResult(), t.nextTasks(), t.errorHandled(), t.processed(), t.uniqueKey(),
                t.projectId(), t.createdAt(), at(9), t.startedAt(), at(9));
    }

    private static ActionExecution succeeded(ActionExecution a) {
        return new ActionExecution(a.id(), a.name(), a.taskExecutionId(), a.taskName(), a.workflowExecutionId(),
                a.workflowName(), a.workflowNamespace(), State.SUCCESS, null, true, a.input(), a.output(), a.params(),
                a.description(), a.tags(), a.itemIndex(), a.async(), a.runner(), a.lastHeartbeat(), a.projectId(),
                a.createdAt(), at(9));
    }

    @Test
    void lockForStepReadsTheLockedExecutionItsTasksAndTheAskedActionsAndHoldsTheLock() throws Exception {
        WorkflowExecution ex = Fixtures.execution("wf", State.RUNNING, T0);
        repo.insertWorkflow(ex);
        TaskExecution late = Fixtures.task(ex, "late", State.RUNNING, at(2));
        TaskExecution early = Fixtures.task(ex, "early", State.SUCCESS, at(1));
        repo.insertTask(late);
        repo.insertTask(early);
        ActionExecution a1 = Fixtures.actionExecution(early, "std.noop", at(1));
        ActionExecution a2 = Fixtures.actionExecution(late, "std.noop", at(2));
        repo.insertActions(List.of(a1, a2));

        assertThatThrownBy(() -> repo.lockForStep(ex.id(), List.of())).isInstanceOf(IllegalStateException.class);
        assertThat(tx.inTransaction(() -> repo.lockForStep("missing", List.of(a1.id())))).isEmpty();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            CompletableFuture<ExecutionRepository.StepState> first = CompletableFuture.supplyAsync(() -> tx.inTransaction(() -> {
                ExecutionRepository.StepState state = repo.lockForStep(ex.id(), List.of(a2.id(), "missing")).orElseThrow();
                locked.countDown();
                await(release);
                return state;
            }), threads);
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(
                    () -> tx.inTransaction(() -> repo.lockWorkflow(ex.id()).isPresent()), threads);
            assertThatThrownBy(() -> second.get(500, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
            release.countDown();
            ExecutionRepository.StepState state = first.get(30, TimeUnit.SECONDS);
            assertThat(second.get(30, TimeUnit.SECONDS)).isTrue();

            assertThat(state.execution()).isEqualTo(ex);
            assertThat(state.tasks()).extracting(TaskExecution::name).containsExactly("early", "late");
            assertThat(state.actions()).containsExactly(a2);
            assertThat(tx.inTransaction(() -> repo.lockForStep(ex.id(), List.of())).orElseThrow().actions()).isEmpty();
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void aHeldBackWriteThatFailsAtCommitRollsBackTheWholeTransaction() {
        WorkflowExecution ex = Fixtures.execution("wf", State.RUNNING, T0);
        TaskExecution task = Fixtures.task(ex, "t", State.RUNNING, T0);
        repo.insertWorkflow(ex);
        repo.insertTask(task);
        TaskExecution other = Fixtures.task(ex, "u", State.RUNNING, T0);

        assertThatThrownBy(() -> tx.run(() -> {
            repo.updateWorkflow(ex.withState(State.ERROR, "must not stay", at(5)));
            repo.insertTasks(List.of(other, task)); // task's id is taken: fails when sent, at commit
        })).isInstanceOf(RuntimeException.class);

        assertThat(repo.findWorkflow(ex.id()).orElseThrow().state()).isEqualTo(State.RUNNING);
        assertThat(repo.findTask(other.id())).isEmpty();
    }

    @Test
    void callsOutsideATransactionCommitOnTheirOwn() throws Exception {
        WorkflowExecution ex = Fixtures.execution("wf", State.RUNNING, T0);
        repo.insertWorkflow(ex);
        // Another thread (another connection) sees it at once.
        assertThat(CompletableFuture.supplyAsync(() -> repo.findWorkflow(ex.id())).get(30, TimeUnit.SECONDS)).isPresent();
    }

    @Test
    void lockWorkflowNeedsATransaction() {
        WorkflowExecution ex = Fixtures.execution("wf", State.RUNNING, T0);
        repo.insertWorkflow(ex);
        assertThatThrownBy(() -> repo.lockWorkflow(ex.id())).isInstanceOf(IllegalStateException.class);
        assertThat(tx.inTransaction(() -> repo.lockWorkflow(ex.id()))).contains(ex);
        assertThat(tx.inTransaction(() -> repo.lockWorkflow("missing"))).isEmpty();
    }

    @Test
    void lockWorkflowMakesASecondWriterWaitAndSeeTheFirstWritersState() throws Exception {
        WorkflowExecution ex = Fixtures.execution("wf", State.RUNNING, T0);
        repo.insertWorkflow(ex);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch firstHoldsLock = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        try {
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> tx.run(() -> {
                WorkflowExecution locked = repo.lockWorkflow(ex.id()).orElseThrow();
                repo.updateWorkflow(locked.withState(State.PAUSED, "first writer", at(1)));
                firstHoldsLock.countDown();
                await(releaseFirst);
            }), threads);
            assertThat(firstHoldsLock.await(30, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<State> second = CompletableFuture.supplyAsync(
                    () -> tx.inTransaction(() -> repo.lockWorkflow(ex.id()).orElseThrow().state()), threads);

            // The second writer must still be waiting while the first holds the row.
            assertThatThrownBy(() -> second.get(500, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
            releaseFirst.countDown();
            first.get(30, TimeUnit.SECONDS);
            assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(State.PAUSED);
        } finally {
            releaseFirst.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void lockingOneExecutionDoesNotBlockAnother() throws Exception {
        WorkflowExecution a = Fixtures.execution("a", State.RUNNING, T0);
        WorkflowExecution b = Fixtures.execution("b", State.RUNNING, T0);
        repo.insertWorkflow(a);
        repo.insertWorkflow(b);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> tx.run(() -> {
                repo.lockWorkflow(a.id());
                holding.countDown();
                await(release);
            }), threads);
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<State> other = CompletableFuture.supplyAsync(
                    () -> tx.inTransaction(() -> repo.lockWorkflow(b.id()).orElseThrow().state()), threads);
            assertThat(other.get(30, TimeUnit.SECONDS)).isEqualTo(State.RUNNING);
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("test latch never opened");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
