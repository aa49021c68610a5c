package io.bora.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bora.lang.spec.ActionSpec;
import io.bora.lang.spec.InputParam;
import io.bora.lang.spec.JoinSpec;
import io.bora.lang.spec.TaskSpec;
import io.bora.lang.spec.Transition;
import io.bora.lang.spec.Transitions;
import io.bora.lang.spec.WithItem;
import io.bora.lang.spec.WorkbookSpec;
import io.bora.lang.spec.WorkflowSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Representative documents into records, and their stored definitions parsed again. */
class DslParserTest {
    private final DslParser parser = new DslParser();

    static final String FULL = """
            ---
            version: '2.0'
            create_vm:
              description: Creates a VM and notifies
              tags: [infra, vm]
              input:
                - vm_name
                - image_ref: cirros
                - flavor: null
              vars:
                retries: 3
              output:
                vm_id: <% $.vm_id %>
              output-on-error:
                failed_step: <% $.get(step) %>
              task-defaults:
                on-error: notify_error
                timeout: 60
                retry: {count: 2, delay: 1}
              tasks:
                create:
                  action: std.http url="http://nova/servers" method="POST"
                  input:
                    json: {name: <% $.vm_name %>}
                    method: GET
                  retry: {count: <% $.retries %>, delay: 2, break-on: <% $.stop %>}
                  publish:
                    vm_id: <% task().result.content.id %>
                    step: create
                  on-success:
                    - wait_active
                wait_active:
                  action: std.http url="http://nova/servers/<% $.vm_id %>"
                  retry: count=10 delay=5
                  wait-before: 1
                  pause-before: yes
                  keep-result: false
                  target: <% $.host %>
                  on-success:
                    - notify_ok: <% $.ok %>
                    - fail msg="not ok"
                  on-complete:
                    publish:
                      branch: {b: 1}
                      global: {g: 2}
                    next: [notify_ok]
                notify_ok:
                  join: one
                  with-items:
                    - x in <% $.names %>
                    - n in [1, 2, 3]
                  concurrency: 2
                  workflow: sub_wf x=<% $.x %> n=2
                notify_error:
                  action: std.echo output="failed"
                  on-complete:
                    - fail(msg="VM creation failed")
            """;

    @Test
    void directWorkflowWithEveryTaskFeature() {
        List<WorkflowSpec> list = parser.parseWorkflowList(FULL);
        assertThat(list).hasSize(1);
        WorkflowSpec wf = list.get(0);
        assertThat(wf.name()).isEqualTo("create_vm");
        assertThat(wf.type()).isEqualTo("direct");
        assertThat(wf.description()).isEqualTo("Creates a VM and notifies");
        assertThat(wf.tags()).containsExactly("infra", "vm");
        assertThat(wf.input()).containsExactly(new InputParam("vm_name", true, null),
                new InputParam("image_ref", false, "cirros"), new InputParam("flavor", false, null));
        assertThat(wf.vars()).containsExactlyEntriesOf(Map.of("retries", 3L));
        assertThat(wf.output()).containsExactlyEntriesOf(Map.of("vm_id", "<% $.vm_id %>"));
        assertThat(wf.outputOnError()).containsEntry("failed_step", "<% $.get(step) %>");
        assertThat(wf.definition()).isEqualTo(FULL);
        assertThat(wf.tasks().keySet()).containsExactly("create", "wait_active", "notify_ok", "notify_error");

        assertThat(wf.taskDefaults().onError().next()).containsExactly(new Transition("notify_error", Map.of(), null));
        assertThat(wf.taskDefaults().policies().timeout()).isEqualTo(60L);
        assertThat(wf.taskDefaults().policies().retry().count()).isEqualTo(2L);
        assertThat(wf.taskDefaults().onSuccess()).isNull();

        TaskSpec create = wf.task("create");
        assertThat(create.action()).isEqualTo("std.http");
        assertThat(create.workflow()).isNull();
        assertThat(create.input()).containsExactly(Map.entry("json", Map.of("name", "<% $.vm_name %>")),
                Map.entry("method", "POST"), Map.entry("url", "http://nova/servers"));
        assertThat(create.inputExpression()).isNull();
        assertThat(create.policies().retry().count()).isEqualTo("<% $.retries %>");
        assertThat(create.policies().retry().delay()).isEqualTo(2L);
        assertThat(create.policies().retry().breakOn()).isEqualTo("<% $.stop %>");
        assertThat(create.publish()).containsEntry("step", "create");
        assertThat(create.publishOnError()).isNull();
        assertThat(create.onSuccess()).isEqualTo(new Transitions(List.of(new Transition("wait_active", Map.of(), null)),
                null, null));
        assertThat(create.onError()).isNull();
        assertThat(create.join()).isNull();
        assertThat(create.requires()).isEmpty();

        TaskSpec wait = wf.task("wait_active");
        assertThat(wait.policies().retry().count()).isEqualTo(10L);
        assertThat(wait.policies().retry().delay()).isEqualTo(5L);
        assertThat(wait.policies().waitBefore()).isEqualTo(1L);
        assertThat(wait.policies().pauseBefore()).isEqualTo(true);
        assertThat(wait.policies().keepResult()).isEqualTo(false);
        assertThat(wait.policies().target()).isEqualTo("<% $.host %>");
        assertThat(wait.policies().timeout()).isNull();
        assertThat(wait.policies().orDefaults(wf.taskDefaults().policies()).timeout()).isEqualTo(60L);
        assertThat(wait.onSuccess().next()).containsExactly(
                new Transition("notify_ok", Map.of(), "<% $.ok %>"),
                new Transition("fail", Map.of("msg", "not ok"), null));
        assertThat(wait.onComplete().publish()).containsExactlyEntriesOf(Map.of("b", 1L));
        assertThat(wait.onComplete().publishGlobal()).containsExactlyEntriesOf(Map.of("g", 2L));
        assertThat(wait.onComplete().next()).containsExactly(new Transition("notify_ok", Map.of(), null));

        TaskSpec notify = wf.task("notify_ok");
        assertThat(notify.join()).isEqualTo(JoinSpec.ONE);
        assertThat(notify.action()).isNull();
        assertThat(notify.workflow()).isEqualTo("sub_wf");
        assertThat(notify.isWorkflowTask()).isTrue();
        assertThat(notify.input()).containsExactly(Map.entry("x", "<% $.x %>"), Map.entry("n", 2L));
        assertThat(notify.withItems()).containsExactly(new WithItem("x", "<% $.names %>"),
                new WithItem("n", List.of(1L, 2L, 3L)));
        assertThat(notify.policies().concurrency()).isEqualTo(2L);

        Transition failCall = wf.task("notify_error").onComplete().next().get(0);
        assertThat(failCall.target()).isEqualTo("fail");
        assertThat(failCall.params()).containsExactlyEntriesOf(Map.of("msg", "VM creation failed"));
        assertThat(failCall.isEngineCommand(wf.tasks().keySet())).isTrue();
    }

    @Test
    void recordsAreImmutable() {
        WorkflowSpec wf = parser.parseWorkflowList(FULL).get(0);
        assertThatThrownBy(() -> wf.tasks().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> wf.task("create").input().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) wf.task("create").input().get("json");
        assertThatThrownBy(() -> json.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void taskWithoutActionAndInputExpression() {
        WorkflowSpec wf = parser.parseWorkflow("""
                version: '2.0'
                wf:
                  tasks:
                    noop_task:
                      input: <% $.args %>
                """);
        TaskSpec t = wf.task("noop_task");
        assertThat(t.action()).isNull();
        assertThat(t.workflow()).isNull();
        assertThat(t.input()).isEmpty();
        assertThat(t.inputExpression()).isEqualTo("<% $.args %>");
        assertThat(t.policies()).isNotNull();
        assertThat(t.withItems()).isEmpty();
        assertThat(wf.output()).isEmpty();
        assertThat(wf.taskDefaults()).isNotNull();
    }

    @Test
    void reverseWorkflowRequires() {
        WorkflowSpec wf = parser.parseWorkflow("""
                version: '2.0'
                rev:
                  type: reverse
                  task-defaults:
                    requires: [a]
                  tasks:
                    a: {action: std.echo output="A", publish: {pa: <% task().result %>}}
                    b: {requires: [a], action: std.echo output=<% $.pa %>}
                    c: {requires: b, action: std.noop}
                """);
        assertThat(wf.isReverse()).isTrue();
        assertThat(wf.task("b").requires()).containsExactly("a");
        assertThat(wf.task("c").requires()).containsExactly("b");
        assertThat(wf.taskDefaults().requires()).containsExactly("a");
        assertThat(wf.task("c").onSuccess()).isNull();
    }

    @Test
    void severalWorkflowsGetTheirOwnReparsableDefinition() {
        List<WorkflowSpec> list = parser.parseWorkflowList("""
                version: '2.0'
                wf_a:
                  tasks:
                    t1:
                      action: std.echo output="yes"
                      publish: {flag: 'on', when: '2.0'}
                wf_b:
                  type: reverse
                  tasks:
                    t1: {action: std.noop}
                """);
        assertThat(list).extracting(WorkflowSpec::name).containsExactly("wf_a", "wf_b");
        WorkflowSpec a = list.get(0);
        assertThat(a.definition()).startsWith("version: '2.0'\nwf_a:\n  tasks:\n");
        assertThat(a.definition()).doesNotContain("wf_b");
        WorkflowSpec again = parser.parseWorkflow(a.definition());
        assertThat(again.tasks()).isEqualTo(a.tasks());
        assertThat(again.task("t1").publish()).containsEntry("flag", "on").containsEntry("when", "2.0");
        assertThat(parser.parseWorkflow(list.get(1).definition()).type()).isEqualTo("reverse");
    }

    /** The text Mistral 15 stored for the first workflow of a multi-workflow upload (api conformance recording). */
    @Test
    void multiWorkflowDefinitionsAreSerializedLikeMistral() {
        List<WorkflowSpec> list = parser.parseWorkflowList("""
                ---
                version: '2.0'

                R_echo:
                  description: echo the input message
                  tags: [R_tag, echo]
                  input:
                    - msg
                    - extra: 5
                    - nothing: null
                  output:
                    res: <% $.r %>
                    extra: <% $.extra %>
                  tasks:
                    say:
                      action: std.echo output=<% $.msg %>
                      publish:
                        r: <% task().result %>

                R_fail:
                  tags: [R_tag]
                  tasks:
                    boom:
                      action: std.fail
                """);
        assertThat(list.get(0).definition()).isEqualTo("version: '2.0'\nR_echo:\n  description: echo the input message\n"
                + "  tags:\n  - R_tag\n  - echo\n  input:\n  - msg\n  - extra: 5\n  - nothing: null\n  output:\n"
                + "    res: <% $.r %>\n    extra: <% $.extra %>\n  tasks:\n    say:\n"
                + "      action: std.echo output=<% $.msg %>\n      publish:\n        r: <% task().result %>\n");
        assertThat(list.get(1).definition()).isEqualTo("version: '2.0'\nR_fail:\n  tags:\n  - R_tag\n  tasks:\n"
                + "    boom:\n      action: std.fail\n");
    }

    @Test
    void yaml11ScalarsLikePyYaml() {
        WorkflowSpec wf = parser.parseWorkflow("""
                version: 2.0
                wf:
                  vars: {a: yes, b: off, c: 010, d: 1e5, e: 1_000, f: ~, g: 0x1F, h: 2.5, i: "yes", j: 99999999999999999999}
                  tasks:
                    t: {action: std.noop}
                """);
        assertThat(wf.vars()).containsEntry("a", true).containsEntry("b", false).containsEntry("c", 8L)
                .containsEntry("d", "1e5").containsEntry("e", 1000L).containsEntry("f", null)
                .containsEntry("g", 31L).containsEntry("h", 2.5).containsEntry("i", "yes")
                .containsEntry("j", new java.math.BigInteger("99999999999999999999"));
    }

    @Test
    void workbookWithActionsAndWorkflows() {
        String text = """
                ---
                version: '2.0'
                name: my_wb
                description: example
                tags: [a, b]
                actions:
                  greet:
                    base: std.echo output="ignored" extra=1
                    base-input: {output: "Hello, <% $.name %>!"}
                    input: [name]
                    output: <% $ %>
                workflows:
                  main:
                    # the entry point
                    input: [name]
                    tasks:
                      t1:
                        action: greet name=<% $.name %>
                        on-success: t2
                      t2:
                        workflow: sub x=<% $.g %>
                  sub:
                    input: [x]
                    output: {y: <% $.x %>}
                    tasks:
                      s1: {action: std.noop}
                """;
        WorkbookSpec wb = parser.parseWorkbook(text);
        assertThat(wb.name()).isEqualTo("my_wb");
        assertThat(wb.description()).isEqualTo("example");
        assertThat(wb.tags()).containsExactly("a", "b");
        assertThat(wb.definition()).isEqualTo(text);
        assertThat(wb.workflows().keySet()).containsExactly("main", "sub");
        assertThat(wb.actions().keySet()).containsExactly("greet");

        ActionSpec greet = wb.actions().get("greet");
        assertThat(greet.base()).isEqualTo("std.echo");
        assertThat(greet.baseInput()).containsExactly(Map.entry("output", "ignored"), Map.entry("extra", 1L));
        assertThat(greet.input()).containsExactly(new InputParam("name", true, null));
        assertThat(greet.output()).isEqualTo("<% $ %>");
        assertThat(parser.parseActionList(greet.definition()).get(0)).isEqualTo(greet);

        WorkflowSpec main = wb.workflows().get("main");
        assertThat(main.definition()).isEqualTo("""
                version: '2.0'
                main:
                  # the entry point
                  input: [name]
                  tasks:
                    t1:
                      action: greet name=<% $.name %>
                      on-success: t2
                    t2:
                      workflow: sub x=<% $.g %>
                """);
        assertThat(parser.parseWorkflow(main.definition()).tasks()).isEqualTo(main.tasks());
        assertThat(parser.parseWorkflow(wb.workflows().get("sub").definition()).output())
                .containsEntry("y", "<% $.x %>");
    }

    @Test
    void flowStyleWorkbookSectionsAreReserialized() {
        WorkbookSpec wb = parser.parseWorkbook("""
                version: '2.0'
                name: wb
                workflows: {w: {tasks: {t: {action: std.noop}}}}
                """);
        String definition = wb.workflows().get("w").definition();
        assertThat(definition).startsWith("version: '2.0'\nw:\n");
        assertThat(parser.parseWorkflow(definition).task("t").action()).isEqualTo("std.noop");
    }

    @Test
    void actionList() {
        List<ActionSpec> actions = parser.parseActionList("""
                version: '2.0'
                my_greet:
                  description: says hello
                  tags: [x]
                  base: std.echo
                  base-input:
                    output: "Hello, <% $.name %>"
                  input:
                    - name
                    - unused: 5
                  output: <% $ + "!" %>
                second:
                  base: my_greet name="x"
                """);
        assertThat(actions).extracting(ActionSpec::name).containsExactly("my_greet", "second");
        ActionSpec first = actions.get(0);
        assertThat(first.description()).isEqualTo("says hello");
        assertThat(first.tags()).containsExactly("x");
        assertThat(first.input()).containsExactly(new InputParam("name", true, null),
                new InputParam("unused", false, 5L));
        assertThat(first.definition()).startsWith("version: '2.0'\nmy_greet:\n  description: says hello\n");
        assertThat(actions.get(1).definition()).isEqualTo(first.definition());
        assertThat(actions.get(1).base()).isEqualTo("my_greet");
        assertThat(actions.get(1).baseInput()).containsExactlyEntriesOf(Map.of("name", "x"));
        assertThat(parser.parseActionList(actions.get(1).definition())).contains(actions.get(1));
    }

    @Test
    void retryBackoffExtension() {
        WorkflowSpec wf = parser.parseWorkflow("""
                version: '2.0'
                wf:
                  tasks:
                    t:
                      action: std.noop
                      retry: {count: 5, delay: 1, backoff: exponential, max-delay: 60, jitter: true}
                    u:
                      action: std.noop
                      retry: count=2 delay=3
                """);
        assertThat(wf.task("t").policies().retry())
                .isEqualTo(new io.bora.lang.spec.RetrySpec(5L, 1L, null, null, "exponential", 60L, true));
        assertThat(wf.task("u").policies().retry()).isEqualTo(new io.bora.lang.spec.RetrySpec(2L, 3L, null, null));
        assertThatThrownBy(() -> parser.parseWorkflow("""
                version: '2.0'
                wf:
                  tasks:
                    t:
                      retry: {count: 5, delay: 1, backoff: sideways}
                """)).hasMessage("Invalid DSL: 'sideways' is not one of ['linear', 'exponential']");
    }

    @Test
    void workflowDescriptionIsNotTypeChecked() {
        assertThat(parser.parseWorkflow("version: '2.0'\nwf:\n  description: 5\n  tasks:\n    t: {action: std.noop}\n")
                .description()).isEqualTo("5");
    }

    @Test
    void emptyDocumentIsAnEmptyMapping() {
        assertThatThrownBy(() -> parser.parseWorkflowList(""))
                .hasMessage("Invalid DSL: 'version' is a required property");
    }
}
