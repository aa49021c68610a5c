package io.bora.engine.flow;

import io.bora.engine.model.State;
import io.bora.engine.model.WorkflowExecution;
import io.bora.engine.testing.EngineHarness;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DirectWorkflowTest {
    private final EngineHarness h = new EngineHarness();

    @Test
    void chainPublishesAndReturnsFinalContextWithoutOutput() {
        h.upload("""
                version: '2.0'
                wf:
                  input: [seed]
                  tasks:
                    first:
                      action: std.echo output=<% $.seed %>
                      publish: {a: <% task().result %>}
                      on-success: second
                    second:
                      action: std.echo output="<% $.a %>-two"
                      publish: {b: <% task().result %>}
                """);
        WorkflowExecution ex = h.run("wf", Map.of("seed", "one"));
        assertThat(ex.state()).isEqualTo(State.SUCCESS);
        assertThat(ex.output()).isEqualTo(Map.of("a", "one", "b", "one-two"));
        assertThat(h.task(ex.id(), "second").published()).isEqualTo(Map.of("b", "one-two"));
        assertThat(h.store.findActionsByTask(h.task(ex.id(), "first").id()))
                .extracting(a -> a.runner()).as("the node that ran the action").containsExactly("test");
    }

    @Test
    void unhandledErrorFailsWorkflowWithMistralMessage() {
        h.upload("""
                version: '2.0'
                wf:
                  tasks:
                    broken:
                      action: std.fail error_data="boom"
                """);
        WorkflowExecution ex = h.run("wf", Map.of());
        String taskId = h.task(ex.id(), "broken").id();
        assertThat(ex.state()).isEqualTo(State.ERROR);
        assertThat(ex.stateInfo()).startsWith("Failure caused by error in tasks: broken\n\n  broken [task_ex_id=" + taskId
                + "] -> boom\n    [action_ex_id=");
        assertThat(ex.output()).containsEntry("result", ex.stateInfo());
    }

    @Test
    void onErrorHandlesAndOnCompleteDoesNot() {
        h.upload("""
                version: '2.0'
                handled:
                  tasks:
                    t: {action: std.fail, on-error: h}
                    h: {action: std.noop}
                unhandled:
                  tasks:
                    t: {action: std.fail, on-complete: h}
                    h: {action: std.noop}
                """);
        assertThat(h.run("handled", Map.of()).state()).isEqualTo(State.SUCCESS);
        WorkflowExecution ex = h.run("unhandled", Map.of());
        assertThat(ex.state()).isEqualTo(State.ERROR);
        assertThat(h.task(ex.id(), "h").state()).isEqualTo(State.SUCCESS);
    }

    @Test
    void conditionsAndEngineCommands() {
        h.upload("""
                version: '2.0'
                wf:
                  input: [x]
                  tasks:
                    decide:
                      action: std.noop
                      on-success:
                        - big: <% $.x > 10 %>
                        - fail msg="too small <% $.x %>": <% $.x <= 10 %>
                    big: {action: std.echo output="big"}
                """);
        assertThat(h.run("wf", Map.of("x", 20)).state()).isEqualTo(State.SUCCESS);
        WorkflowExecution small = h.run("wf", Map.of("x", 3));
        assertThat(small.state()).isEqualTo(State.ERROR);
        assertThat(small.stateInfo()).isEqualTo("too small 3");
        assertThat(small.output()).containsEntry("result", "too small 3");
    }

    @Test
    void expressionErrorInPublishIsForcedFailureBypassingOnError() {
        h.upload("""
                version: '2.0'
                wf:
                  tasks:
                    publisher:
                      action: std.echo output=1
                      publish: {v: <% $.no_such_key %>}
                      on-error: handler
                    handler: {action: std.noop}
                """);
        WorkflowExecution ex = h.run("wf", Map.of());
        assertThat(ex.state()).isEqualTo(State.ERROR);
        assertThat(ex.stateInfo()).startsWith("Failed to handle action completion [error=Can not evaluate YAQL expression "
                + "[expression=$.no_such_key");
        assertThat(h.tasks(ex.id())).extracting(t -> t.name()).containsExactly("publisher");
    }

    @Test
    void subWorkflowOutputBecomesTaskResult() {
        h.upload("""
                version: '2.0'
                parent:
                  tasks:
                    call:
                      workflow: child x="hi"
                      publish: {got: <% task().result.y %>}
                child:
                  input: [x]
                  output: {y: <% $.x %>}
                  tasks:
                    s1: {action: std.noop}
                """);
        WorkflowExecution ex = h.run("parent", Map.of());
        assertThat(ex.state()).isEqualTo(State.SUCCESS);
        assertThat(ex.output()).isEqualTo(Map.of("got", "hi"));
    }

    @Test
    void asyncActionWaitsForItsResult() {
        h.upload("""
                version: '2.0'
                wf:
                  tasks:
                    wait: {action: std.async_noop, publish: {r: <% task().result %>}}
                """);
        WorkflowExecution ex = h.run("wf", Map.of());
        assertThat(ex.state()).isEqualTo(State.RUNNING);
        var action = h.store.findActionsByTask(h.task(ex.id(), "wait").id()).get(0);
        h.engine.updateAction(action.id(), State.SUCCESS, "done");
        h.drain();
        assertThat(h.execution(ex.id()).state()).isEqualTo(State.SUCCESS);
        assertThat(h.execution(ex.id()).output()).isEqualTo(Map.of("r", "done"));
    }

    @Test
    void aDeliveredOutputIsTheResultOrTheErrorAsGivenAsInMistral() {
        h.upload("""
                version: '2.0'
                wf:
                  tasks:
                    wait: {action: std.async_noop}
                """);
        // measured on Mistral 15: output {"result": "x"} is not unwrapped; an empty error is "Unknown error"
        assertThat(deliver(State.SUCCESS, Map.of("result", "x")).result()).isEqualTo(Map.of("result", "x"));
        assertThat(deliver(State.ERROR, Map.of("result", "refused")).stateInfo()).isEqualTo("{'result': 'refused'}");
        assertThat(deliver(State.ERROR, Map.of()).stateInfo()).isEqualTo("Unknown error");
        assertThat(deliver(State.ERROR, null).stateInfo()).isEqualTo("Unknown error");
    }

    private io.bora.engine.model.TaskExecution deliver(State state, Object output) {
        WorkflowExecution ex = h.run("wf", Map.of());
        var action = h.store.findActionsByTask(h.task(ex.id(), "wait").id()).get(0);
        h.engine.updateAction(action.id(), state, output);
        h.drain();
        return h.task(ex.id(), "wait");
    }
}
