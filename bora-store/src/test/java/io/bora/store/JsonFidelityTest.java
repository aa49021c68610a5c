package io.bora.store;

import io.bora.engine.model.State;
import io.bora.engine.model.TaskExecution;
import io.bora.engine.model.WorkflowExecution;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.bora.store.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

/** Values go through the database and come back in the plain value model, types and order intact. */
class JsonFidelityTest extends StoreTestBase {

    JsonFidelityTest(Backend backend) {
        super(backend);
    }

    @Test
    void richValueSurvivesTheDatabase() {
        Map<String, Object> value = Fixtures.richValue();
        WorkflowExecution ex = withInput(Fixtures.execution("wf", State.RUNNING, T0), value);
        store.executions().insertWorkflow(ex);

        Map<String, Object> back = store.executions().findWorkflow(ex.id()).orElseThrow().input();

        assertThat(back).isEqualTo(value);
        assertThat(new ArrayList<>(back.keySet())).containsExactlyElementsOf(value.keySet());
        assertThat(back.get("zeta")).isInstanceOf(Long.class);
        assertThat(back.get("alpha")).isInstanceOf(Double.class).isEqualTo(1.0);
        assertThat(back.get("big")).isEqualTo(new BigInteger("1180591620717411303424"));
        assertThat(back.get("max")).isEqualTo(Long.MAX_VALUE);
        assertThat(back.get("text")).isEqualTo("héllo \"wörld\" \\ 日本語 🚀\n\ttab");
        assertThat(back).containsEntry("none", null);
    }

    @Test
    void integersAreNormalisedToLongAndScalarsWork() {
        WorkflowExecution ex = Fixtures.execution("wf", State.RUNNING, T0);
        TaskExecution t = resultOf(Fixtures.task(ex, "t", State.SUCCESS, T0), Map.of("i", 7));
        store.executions().insertTask(t);
        assertThat(store.executions().findTask(t.id()).orElseThrow().result()).isEqualTo(Map.of("i", 7L));

        for (Object scalar : List.of("text", 42L, 2.5, true, new BigInteger("-99999999999999999999999"),
                Double.NaN, Double.POSITIVE_INFINITY, -0.0)) {
            TaskExecution s = resultOf(Fixtures.task(ex, "s", State.SUCCESS, T0), scalar);
            store.executions().insertTask(s);
            assertThat(store.executions().findTask(s.id()).orElseThrow().result()).isEqualTo(scalar);
        }
    }

    @Test
    void largeValuesAreNotCutOff() {
        WorkflowExecution ex = Fixtures.execution("wf", State.RUNNING, T0);
        String text = "x".repeat(2_000_000);
        List<Object> items = new ArrayList<>();
        for (long i = 0; i < 20_000; i++) items.add(Map.of("i", i));
        TaskExecution big = resultOf(Fixtures.task(ex, "big", State.SUCCESS, T0), Map.of("text", text, "items", items));
        store.executions().insertTask(big);
        Object back = store.executions().findTask(big.id()).orElseThrow().result();
        assertThat(back).isEqualTo(Map.of("text", text, "items", items));
    }

    private static WorkflowExecution withInput(WorkflowExecution e, Map<String, Object> input) {
        return new WorkflowExecution(e.id(), e.workflowId(), e.workflowName(), e.workflowNamespace(), e.description(),
                e.tags(), e.spec(), e.state(), e.stateInfo(), input, e.output(), e.params(), e.context(),
                e.taskExecutionId(), e.rootExecutionId(), e.projectId(), e.createdAt(), e.updatedAt());
    }

    private static TaskExecution resultOf(TaskExecution t, Object result) {
        return new TaskExecution(Fixtures.id(), t.name(), t.workflowExecutionId(), t.workflowId(), t.workflowName(),
                t.workflowNamespace(), t.type(), t.tags(), t.state(), t.stateInfo(), t.runtimeContext(), t.inContext(),
                t.published(), result, true, t.nextTasks(), t.errorHandled(), t.processed(), t.uniqueKey(),
                t.projectId(), t.createdAt(), t.updatedAt(), t.startedAt(), t.finishedAt());
    }
}
