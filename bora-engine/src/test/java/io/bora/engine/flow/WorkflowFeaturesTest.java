package io.bora.engine.flow;

import io.bora.engine.model.ActionExecution;
import io.bora.engine.model.State;
import io.bora.engine.model.WorkflowExecution;
import io.bora.engine.port.ActionRunner;
import io.bora.engine.testing.EngineHarness;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** with-items, policies, join and reverse workflows on the synchronous harness. */
class WorkflowFeaturesTest {
    private final EngineHarness h = new EngineHarness();

    @Test
    void withItemsZipsArraysAndKeepsIndexOrderUnderConcurrency() {
        h.upload("""
                version: '2.0'
                wf:
                  input: [names]
                  tasks:
                    greet:
                      with-items:
                        - n in <% $.names %>
                        - i in [1, 2, 3]
                      concurrency: 1
                      action: std.echo output="<% $.n %><% $.i %>"
                      publish: {all: <% task().result %>}
                """);
        WorkflowExecution ex = h.run("wf", Map.of("names", List.of("a", "b", "c")));
        assertThat(ex.state()).isEqualTo(State.SUCCESS);
        assertThat(ex.output()).isEqualTo(Map.of("all", List.of("a1", "b2", "c3")));
        assertThat(h.task(ex.id(), "greet").runtimeContext().get("with_items"))
                .isEqualTo(Map.of("capacity", 1L, "count", 3));
    }

    @Test
    void withItemsOverEmptyListSucceedsWithEmptyResult() {
        h.upload("""
                version: '2.0'
                wf:
                  tasks:
                    none:
                      with-items: x in <% [] %>
                      action: std.echo output=<% $.x %>
                      publish: {r: <% task().result %>}
                """);
        WorkflowExecution ex = h.run("wf", Map.of());
        assertThat(ex.state()).isEqualTo(State.SUCCESS);
        assertThat(ex.output()).isEqualTo(Map.of("r", List.of()));
    }

    @Test
    void withItemsFailureFailsTaskAfterAllIterations() {
        h.upload("""
                version: '2.0'
                wf:
                  tasks:
                    mixed:
                      with-items: x in [1, 2, 3]
                      action: std.fail error_data=<% $.x %>
                """);
        WorkflowExecution ex = h.run("wf", Map.of());
        assertThat(ex.state()).isEqualTo(State.ERROR);
        assertThat(h.task(ex.id(), "mixed").stateInfo()).isEqualTo("One or more actions had failed.");
        assertThat(h.store.findActionsByTask(h.task(ex.id(), "mixed").id())).hasSize(3);
    }

    @Test
    void retryCountNMeansNPlusOneAttemptsAfterDelays() {
        h.upload("""
                version: '2.0'
                wf:
                  tasks:
                    flaky:
                      action: std.fail
                      retry: {count: 2, delay: 5}
                """);
        WorkflowExecution ex = h.start("wf", Map.of());
        h.drain();
        assertThat(h.task(ex.id(), "flaky").state()).isEqualTo(State.DELAYED);
        assertThat(h.task(ex.id(), "flaky").stateInfo()).isEqualTo("Delayed by 'retry' policy [delay=5]");
        for (int i = 0; i < 2; i++) {
            h.advance(Duration.ofSeconds(5));
            h.drain();
        }
        assertThat(h.execution(ex.id()).state()).isEqualTo(State.ERROR);
        List<ActionExecution> actions = h.store.findActionsByTask(h.task(ex.id(), "flaky").id());
        assertThat(actions).extracting(ActionExecution::accepted).containsExactly(false, false, true);
    }

    @Test
    void waitBeforeDelaysTheTaskUntilItsTimerIsDue() {
        h.upload("""
                version: '2.0'
                wf:
                  tasks:
                    later:
                      wait-before: 10
                      action: std.echo output="done"
                """);
        WorkflowExecution ex = h.start("wf", Map.of());
        h.drain();
        assertThat(h.task(ex.id(), "later").state()).isEqualTo(State.DELAYED);
        h.advance(Duration.ofSeconds(9));
        h.drain();
        assertThat(h.task(ex.id(), "later").state()).isEqualTo(State.DELAYED);
        h.advance(Duration.ofSeconds(1));
        h.drain();
        assertThat(h.execution(ex.id()).state()).isEqualTo(State.SUCCESS);
    }

    @Test
    void timeoutFailsARunningAsyncTask() {
        h.upload("""
                version: '2.0'
                wf:
                  tasks:
                    stuck:
                      timeout: 3
                      action: std.async_noop
                """);
        WorkflowExecution ex = h.start("wf", Map.of());
        h.drain();
        h.advance(Duration.ofSeconds(3));
        h.drain();
        assertThat(h.task(ex.id(), "stuck").stateInfo()).isEqualTo("Task timed out [timeout(s)=3].");
        assertThat(h.execution(ex.id()).state()).isEqualTo(State.ERROR);
    }

    @Test
    void aRerunTaskGetsItsWholeTimeoutNotWhatWasLeftOfTheFailedRun() {
        h.upload("""
                version: '2.0'
                wf:
                  tasks:
                    slow:
                      timeout: 10
                      action: std.async_noop
                """);
        WorkflowExecution ex = h.start("wf", Map.of());
        h.drain();
        String taskId = h.task(ex.id(), "slow").id();
        // the first run fails after 2 s, long before its timeout of 10 s
        h.advance(Duration.ofSeconds(2));
        h.engine.actionFinished(pendingAction(taskId).id(), new ActionRunner.Outcome.Failure("refused"), null);
        assertThat(h.execution(ex.id()).state()).isEqualTo(State.ERROR);

        h.advance(Duration.ofSeconds(3));
        h.engine.rerunTask(taskId, true, Map.of());
        h.drain();
        h.advance(Duration.ofSeconds(5)); // the first run's deadline: it must not cut the rerun short
        h.drain();
        assertThat(h.task(ex.id(), "slow").state()).isEqualTo(State.RUNNING);

        h.advance(Duration.ofSeconds(5)); // 10 s after the rerun
        h.drain();
        assertThat(h.task(ex.id(), "slow").stateInfo()).isEqualTo("Task timed out [timeout(s)=10].");
    }

    private ActionExecution pendingAction(String taskId) {
        return h.store.findActionsByTask(taskId).stream().filter(a -> a.state() == State.RUNNING).findFirst().orElseThrow();
    }

    @Test
    void failingOrCancellingAnEndedExecutionChangesNothingButSucceedingAFailedOneIsRefused() {
        h.upload("""
                version: '2.0'
                ok:
                  tasks:
                    a: {action: std.noop}
                bad:
                  tasks:
                    a: {action: std.fail}
                """);
        // measured on Mistral 15: stop with ERROR or CANCELLED is a no-op once an execution has ended
        WorkflowExecution ok = h.run("ok", Map.of());
        for (State target : List.of(State.ERROR, State.CANCELLED)) {
            assertThat(h.engine.update(ok.id(), new io.bora.engine.api.ExecutionUpdate(target, "too late", null, null))
                    .state()).isEqualTo(State.SUCCESS);
        }
        assertThat(h.execution(ok.id()).state()).isEqualTo(State.SUCCESS);
        WorkflowExecution bad = h.run("bad", Map.of());
        assertThatThrownBy(() -> h.engine.update(bad.id(), new io.bora.engine.api.ExecutionUpdate(State.SUCCESS, null, null, null)))
                .hasMessageStartingWith("Can't change workflow execution state from ERROR to SUCCESS.");
    }

    @Test
    void executionHasMistralsFieldsAndExecutionsFiltersTheStore() {
        h.upload("""
                version: '2.0'
                done:
                  tasks:
                    a: {action: std.noop}
                look:
                  tasks:
                    a:
                      action: std.noop
                      publish:
                        fields: <% execution().keys().orderBy($) %>
                        finished: <% executions(state => SUCCESS).len() %>
                        mine: <% executions(id => execution().id).select($.state) %>
                """);
        h.run("done", Map.of());
        h.run("done", Map.of());
        WorkflowExecution ex = h.run("look", Map.of());
        assertThat(ex.state()).isEqualTo(State.SUCCESS);
        // execution() as Mistral 15 has it: no state (execution().state is a KeyError there)
        assertThat(ex.output()).containsEntry("fields", List.of("created_at", "id", "input", "name", "params",
                "root_execution_id", "spec", "updated_at"));
        assertThat(ex.output()).containsEntry("finished", 2L).containsEntry("mine", List.of("RUNNING"));
    }

    @Test
    void joinAllMergesBranchesAndFailsWhenABranchCannotArrive() {
        h.upload("""
                version: '2.0'
                ok:
                  tasks:
                    a: {action: std.echo output=1, publish: {pa: <% task().result %>}, on-success: j}
                    b: {action: std.echo output=2, publish: {pb: <% task().result %>}, on-success: j}
                    j: {join: all, action: std.echo output=<% $.pa + $.pb %>, publish: {sum: <% task().result %>}}
                broken:
                  tasks:
                    a: {action: std.noop, on-success: j}
                    b: {action: std.fail, on-success: j}
                    j: {join: all, action: std.noop}
                """);
        WorkflowExecution ok = h.run("ok", Map.of());
        assertThat(ok.state()).isEqualTo(State.SUCCESS);
        assertThat(ok.output()).containsEntry("sum", 3L);
        assertThat(h.tasks(ok.id())).filteredOn(t -> t.name().equals("j")).hasSize(1);
        WorkflowExecution broken = h.run("broken", Map.of());
        assertThat(broken.state()).isEqualTo(State.ERROR);
        assertThat(h.task(broken.id(), "j").stateInfo()).isEqualTo("Failed by tasks: ['b']");
    }

    @Test
    void reverseWorkflowRunsOnlyWhatTheTargetRequires() {
        h.upload("""
                version: '2.0'
                wf:
                  type: reverse
                  tasks:
                    a: {action: std.echo output="A", publish: {pa: <% task().result %>}}
                    b: {requires: [a], action: std.echo output="<% $.pa %>B", publish: {pb: <% task().result %>}}
                    c: {requires: b, action: std.noop}
                """);
        WorkflowExecution ex = h.start("wf", Map.of(), Map.of("task_name", "b"));
        h.drain();
        ex = h.execution(ex.id());
        assertThat(ex.state()).isEqualTo(State.SUCCESS);
        assertThat(h.tasks(ex.id())).extracting(t -> t.name()).containsExactly("a", "b");
        assertThat(ex.output()).isEqualTo(Map.of("pa", "A", "pb", "AB"));
    }

    @Test
    void pauseCommandHoldsLaterTargetsUntilResume() {
        h.upload("""
                version: '2.0'
                wf:
                  tasks:
                    first: {action: std.noop, on-success: [pause, second]}
                    second: {action: std.echo output="resumed", publish: {r: <% task().result %>}}
                """);
        WorkflowExecution ex = h.run("wf", Map.of());
        assertThat(ex.state()).isEqualTo(State.PAUSED);
        assertThat(h.tasks(ex.id())).hasSize(1);
        h.engine.update(ex.id(), new io.bora.engine.api.ExecutionUpdate(State.RUNNING, null, null, null));
        h.drain();
        assertThat(h.execution(ex.id()).state()).isEqualTo(State.SUCCESS);
        assertThat(h.execution(ex.id()).output()).isEqualTo(Map.of("r", "resumed"));
    }
}
