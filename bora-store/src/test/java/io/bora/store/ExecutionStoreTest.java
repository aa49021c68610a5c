package io.bora.store;

import io.bora.engine.model.ActionExecution;
import io.bora.engine.model.JobKind;
import io.bora.engine.model.State;
import io.bora.engine.model.TaskExecution;
import io.bora.engine.model.TaskType;
import io.bora.engine.model.WorkflowExecution;
import io.bora.engine.port.DuplicateException;
import io.bora.engine.port.ExecutionRepository;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.bora.store.Fixtures.T0;
import static io.bora.store.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExecutionStoreTest extends StoreTestBase {

    private final ExecutionRepository repo = store.executions();

    ExecutionStoreTest(Backend backend) {
        super(backend);
    }

    @Test
    void workflowExecutionRoundTripsEveryField() {
        WorkflowExecution ex = Fixtures.execution("wf1", State.RUNNING, T0);
        repo.insertWorkflow(ex);
        assertThat(repo.findWorkflow(ex.id())).contains(ex);

        WorkflowExecution changed = ex.withState(State.ERROR, "failed: x", at(10))
                .withOutput(Fixtures.richValue(), at(11))
                .withContext(Map.of(), at(12));
        repo.updateWorkflow(changed);
        assertThat(repo.findWorkflow(ex.id())).contains(changed);
        assertThat(repo.findWorkflow("missing")).isEmpty();
    }

    @Test
    void subWorkflowFieldsAndNullJsonFieldsRoundTrip() {
        WorkflowExecution parent = Fixtures.execution("wf1", State.RUNNING, T0);
        TaskExecution task = Fixtures.task(parent, "t1", State.RUNNING, T0);
        WorkflowExecution sub = Fixtures.subExecution(parent, task, at(1));
        WorkflowExecution bare = new WorkflowExecution(Fixtures.id(), null, "wf", null, null, null, null, State.IDLE,
                null, null, null, null, null, null, null, null, T0, null);
        repo.insertWorkflow(parent);
        repo.insertTask(task);
        repo.insertWorkflow(sub);
        repo.insertWorkflow(bare);

        assertThat(repo.findWorkflow(sub.id())).contains(sub);
        assertThat(repo.findWorkflowsByTask(task.id())).containsExactly(sub);
        WorkflowExecution stored = repo.findWorkflow(bare.id()).orElseThrow();
        assertThat(stored.input()).isNull();
        assertThat(stored.tags()).isNull();
        assertThat(stored.projectId()).isEqualTo("<default-project>");
    }

    @Test
    void taskExecutionRoundTripsEveryField() {
        WorkflowExecution ex = Fixtures.execution("wf1", State.RUNNING, T0);
        repo.insertWorkflow(ex);
        TaskExecution t = Fixtures.task(ex, "t1", State.SUCCESS, T0);
        repo.insertTask(t);
        assertThat(repo.findTask(t.id())).contains(t);

        TaskExecution changed = new TaskExecution(t.id(), t.name(), t.workflowExecutionId(), t.workflowId(),
                t.workflowName(), "ns", TaskType.WORKFLOW, null, State.ERROR, "bad", Map.of(), null, null,
                Fixtures.richValue(), true, List.of(), true, false, "join-key", "p1", t.createdAt(), at(20), at(1), null);
        repo.updateTask(changed);
        assertThat(repo.findTask(t.id())).contains(changed);
    }

    @Test
    void taskResultKeepsNullApartFromNotYet() {
        WorkflowExecution ex = Fixtures.execution("wf1", State.RUNNING, T0);
        TaskExecution base = Fixtures.task(ex, "t", State.RUNNING, T0);
        TaskExecution noResult = withResult(base, Fixtures.id(), null, false);
        TaskExecution nullResult = withResult(base, Fixtures.id(), null, true);
        TaskExecution listResult = withResult(base, Fixtures.id(), List.of(1L, 2.0, "x"), true);
        repo.insertTask(noResult);
        repo.insertTask(nullResult);
        repo.insertTask(listResult);

        assertThat(repo.findTask(noResult.id()).orElseThrow().hasResult()).isFalse();
        TaskExecution storedNull = repo.findTask(nullResult.id()).orElseThrow();
        assertThat(storedNull.hasResult()).isTrue();
        assertThat(storedNull.result()).isNull();
        assertThat(repo.findTask(listResult.id()).orElseThrow().result()).isEqualTo(List.of(1L, 2.0, "x"));
    }

    @Test
    void joinTaskUniqueKeyIsUnique() {
        WorkflowExecution ex = Fixtures.execution("wf1", State.RUNNING, T0);
        TaskExecution base = Fixtures.task(ex, "join", State.WAITING, T0);
        repo.insertTask(withUniqueKey(base, Fixtures.id(), "ex1:join"));
        repo.insertTask(withUniqueKey(base, Fixtures.id(), null));
        repo.insertTask(withUniqueKey(base, Fixtures.id(), null));
        assertThatThrownBy(() -> repo.insertTask(withUniqueKey(base, Fixtures.id(), "ex1:join")))
                .isInstanceOf(DuplicateException.class)
                .hasMessage("Duplicate entry for TaskExecution ['unique_key']: ex1:join");
        assertThat(repo.findTasksByWorkflow(ex.id())).hasSize(3);
    }

    @Test
    void executionIdTakenIsADuplicate() {
        WorkflowExecution ex = Fixtures.execution("wf1", State.RUNNING, T0);
        repo.insertWorkflow(ex);
        assertThatThrownBy(() -> repo.insertWorkflow(ex))
                .isInstanceOf(DuplicateException.class)
                .hasMessage("Duplicate entry for WorkflowExecution ['id']: " + ex.id());
    }

    @Test
    void actionExecutionRoundTripsEveryField() {
        WorkflowExecution ex = Fixtures.execution("wf1", State.RUNNING, T0);
        TaskExecution t = Fixtures.task(ex, "t1", State.RUNNING, T0);
        ActionExecution a = Fixtures.actionExecution(t, "std.echo", T0);
        ActionExecution adHoc = Fixtures.actionExecution(null, "std.noop", T0);
        repo.insertAction(a);
        repo.insertAction(adHoc);
        assertThat(repo.findAction(a.id())).contains(a);
        assertThat(repo.findAction(adHoc.id())).contains(adHoc);

        ActionExecution changed = new ActionExecution(a.id(), a.name(), a.taskExecutionId(), a.taskName(),
                a.workflowExecutionId(), a.workflowName(), "ns", State.ERROR, "timeout", false, Map.of(),
                Map.of("result", "err"), null, "desc", List.of("t"), 7, true, null, null, "p", a.createdAt(), at(30));
        repo.updateAction(changed);
        assertThat(repo.findAction(a.id())).contains(changed);
        assertThat(repo.deleteAction(adHoc.id())).isTrue();
        assertThat(repo.findAction(adHoc.id())).isEmpty();
    }

    @Test
    void tasksAndActionsComeOldestFirst() {
        WorkflowExecution ex = Fixtures.execution("wf1", State.RUNNING, T0);
        TaskExecution late = Fixtures.task(ex, "late", State.RUNNING, at(5));
        TaskExecution early = Fixtures.task(ex, "early", State.RUNNING, at(1));
        TaskExecution elsewhere = Fixtures.task(Fixtures.execution("x", State.RUNNING, T0), "x", State.RUNNING, T0);
        repo.insertTask(late);
        repo.insertTask(early);
        repo.insertTask(elsewhere);
        assertThat(repo.findTasksByWorkflow(ex.id())).extracting(TaskExecution::name).containsExactly("early", "late");

        ActionExecution second = Fixtures.actionExecution(early, "retry-2", at(3));
        ActionExecution first = Fixtures.actionExecution(early, "retry-1", at(2));
        repo.insertAction(second);
        repo.insertAction(first);
        repo.insertAction(Fixtures.actionExecution(late, "other", at(1)));
        assertThat(repo.findActionsByTask(early.id())).extracting(ActionExecution::name)
                .containsExactly("retry-1", "retry-2");
    }

    @Test
    void batchInsertsStoreEveryRow() {
        WorkflowExecution ex = Fixtures.execution("wf1", State.RUNNING, T0);
        TaskExecution t = Fixtures.task(ex, "items", State.RUNNING, T0);
        store.executions().insertTasks(List.of(t));
        List<ActionExecution> items = java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> Fixtures.actionExecution(t, "item", at(i))).toList();
        store.executions().insertActions(items);
        assertThat(repo.findActionsByTask(t.id())).containsExactlyElementsOf(items);
    }

    @Test
    void itemResultsCarryIndexAcceptanceAndResultOnly() {
        WorkflowExecution ex = Fixtures.execution("wf1", State.RUNNING, T0);
        TaskExecution t = Fixtures.task(ex, "items", State.RUNNING, T0);
        repo.insertTask(t);
        List<ActionExecution> items = java.util.stream.IntStream.range(0, 5)
                .mapToObj(i -> withItem(Fixtures.actionExecution(t, "item", at(i)), i)).toList();
        repo.insertActions(items);
        // The same as made from whole rows (numbers decoded alike), and the values that went in.
        assertThat(repo.findItemResults(t.id())).containsExactlyInAnyOrderElementsOf(
                repo.findActionsByTask(t.id()).stream().map(io.bora.engine.model.ItemResult::of).toList());
        assertThat(repo.findItemResults(t.id())).extracting(r -> r.itemIndex() + ":" + r.accepted() + ":" + r.result())
                .containsExactlyInAnyOrder("0:true:{n=0}", "1:false:{n=1}", "2:true:{n=2}", "3:false:{n=3}", "4:true:{n=4}");
    }

    private static ActionExecution withItem(ActionExecution a, int index) {
        return new ActionExecution(a.id(), a.name(), a.taskExecutionId(), a.taskName(), a.workflowExecutionId(),
                a.workflowName(), a.workflowNamespace(), State.SUCCESS, null, index % 2 == 0, Map.of("i", index),
                Map.of("result", Map.of("n", index)), a.params(), a.description(), a.tags(), index, a.async(),
                a.runner(), a.lastHeartbeat(), a.projectId(), a.createdAt(), a.updatedAt());
    }

    @Test
    void runningExecutionsAreFoundForRecovery() {
        WorkflowExecution running = Fixtures.execution("a", State.RUNNING, T0);
        repo.insertWorkflow(running);
        repo.insertWorkflow(Fixtures.execution("b", State.SUCCESS, T0));
        repo.insertWorkflow(Fixtures.execution("c", State.PAUSED, T0));
        assertThat(repo.findRunningWorkflowIds()).containsExactly(running.id());
    }

    @Test
    void deletingAnExecutionCascadesToEverythingUnderIt() {
        WorkflowExecution root = Fixtures.execution("root", State.SUCCESS, T0);
        TaskExecution t1 = Fixtures.task(root, "t1", State.SUCCESS, T0);
        ActionExecution a1 = Fixtures.actionExecution(t1, "std.echo", T0);
        TaskExecution t2 = Fixtures.task(root, "t2", State.SUCCESS, T0);
        WorkflowExecution sub = Fixtures.subExecution(root, t2, at(1));
        TaskExecution subTask = Fixtures.task(sub, "s1", State.SUCCESS, at(1));
        ActionExecution subAction = Fixtures.actionExecution(subTask, "std.noop", at(1));
        TaskExecution t3 = Fixtures.task(sub, "s2", State.SUCCESS, at(2));
        WorkflowExecution subSub = Fixtures.subExecution(sub, t3, at(2));

        WorkflowExecution other = Fixtures.execution("other", State.SUCCESS, T0);
        TaskExecution otherTask = Fixtures.task(other, "o", State.SUCCESS, T0);
        ActionExecution otherAction = Fixtures.actionExecution(otherTask, "std.echo", T0);

        for (WorkflowExecution e : List.of(root, sub, subSub, other)) repo.insertWorkflow(e);
        for (TaskExecution t : List.of(t1, t2, subTask, t3, otherTask)) repo.insertTask(t);
        for (ActionExecution a : List.of(a1, subAction, otherAction)) repo.insertAction(a);
        store.jobs().enqueue(Fixtures.job(JobKind.TIMER, sub.id(), T0, T0, Map.of("t", "x")));
        store.jobs().enqueue(Fixtures.job(JobKind.TIMER, root.id(), T0, T0, Map.of("t", "x")));
        store.jobs().enqueue(Fixtures.job(JobKind.TIMER, other.id(), T0, T0, Map.of("t", "x")));

        assertThat(repo.deleteWorkflow(root.id())).isTrue();

        for (WorkflowExecution e : List.of(root, sub, subSub)) assertThat(repo.findWorkflow(e.id())).isEmpty();
        for (TaskExecution t : List.of(t1, t2, subTask, t3)) assertThat(repo.findTask(t.id())).isEmpty();
        for (ActionExecution a : List.of(a1, subAction)) assertThat(repo.findAction(a.id())).isEmpty();
        assertThat(repo.findWorkflow(other.id())).contains(other);
        assertThat(repo.findTask(otherTask.id())).contains(otherTask);
        assertThat(repo.findAction(otherAction.id())).contains(otherAction);
        assertThat(store.jobs().size()).isEqualTo(1);
        assertThat(repo.deleteWorkflow(root.id())).isFalse();
    }

    private static TaskExecution withResult(TaskExecution t, String id, Object result, boolean hasResult) {
        return new TaskExecution(id, t.name(), t.workflowExecutionId(), t.workflowId(), t.workflowName(),
                t.workflowNamespace(), t.type(), t.tags(), t.state(), t.stateInfo(), t.runtimeContext(), t.inContext(),
                t.published(), result, hasResult, t.nextTasks(), t.errorHandled(), t.processed(), t.uniqueKey(),
                t.projectId(), t.createdAt(), t.updatedAt(), t.startedAt(), t.finishedAt());
    }

    private static TaskExecution withUniqueKey(TaskExecution t, String id, String key) {
        return new TaskExecution(id, t.name(), t.workflowExecutionId(), t.workflowId(), t.workflowName(),
                t.workflowNamespace(), t.type(), t.tags(), t.state(), t.stateInfo(), t.runtimeContext(), t.inContext(),
                t.published(), t.result(), t.hasResult(), t.nextTasks(), t.errorHandled(), t.processed(), key,
                t.projectId(), t.createdAt(), t.updatedAt(), t.startedAt(), t.finishedAt());
    }
}
