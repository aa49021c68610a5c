package io.bora.engine.runtime;

import io.bora.engine.model.State;
import io.bora.engine.model.TaskExecution;
import io.bora.engine.model.WorkflowExecution;
import io.bora.engine.testing.EngineHarness;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class IntegrityCheckerTest {
    private final EngineHarness h = new EngineHarness();

    @Test
    void finishesAnExecutionWhoseCompletedTaskWasNeverProcessed() {
        h.upload("""
                version: '2.0'
                wf:
                  tasks:
                    only: {action: std.async_noop}
                """);
        WorkflowExecution ex = h.run("wf", Map.of());
        TaskExecution t = h.task(ex.id(), "only");
        // As if the step that completed the task had been lost half-way: SUCCESS, but not processed.
        h.store.updateTask(new TaskExecution(t.id(), t.name(), t.workflowExecutionId(), t.workflowId(), t.workflowName(),
                t.workflowNamespace(), t.type(), t.tags(), State.SUCCESS, null, t.runtimeContext(), t.inContext(),
                Map.of(), null, true, t.nextTasks(), false, false, null, t.projectId(), t.createdAt(), t.updatedAt(),
                t.startedAt(), Instant.now()));
        IntegrityChecker checker = new IntegrityChecker(h.engine, h.store, () -> Instant.parse("2030-01-01T00:00:00Z"),
                Duration.ofMinutes(1));
        assertThat(checker.checkOnce()).isEqualTo(1);
        assertThat(h.execution(ex.id()).state()).isEqualTo(State.SUCCESS);
        assertThat(checker.checkOnce()).isZero();
    }

    @Test
    void leavesExecutionsThatAreStillMovingAlone() {
        h.upload("""
                version: '2.0'
                wf:
                  tasks:
                    only: {action: std.async_noop}
                """);
        WorkflowExecution ex = h.run("wf", Map.of());
        IntegrityChecker checker = new IntegrityChecker(h.engine, h.store, () -> Instant.parse("2030-01-01T00:00:00Z"),
                Duration.ofMinutes(1));
        assertThat(checker.checkOnce()).isZero();
        assertThat(h.execution(ex.id()).state()).isEqualTo(State.RUNNING);
    }
}
