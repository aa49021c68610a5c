package io.bora.lang.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bora.expr.Expressions;
import io.bora.expr.WorkflowFunctions;
import io.bora.lang.DslException;
import io.bora.lang.DslParser;
import io.bora.lang.spec.ActionSpec;
import io.bora.lang.spec.InputParam;
import io.bora.lang.spec.TaskSpec;
import io.bora.lang.spec.Transition;
import io.bora.lang.spec.WorkflowSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class V1ParserTest {
    static final String MY_WORKBOOK = """
            Services:
               MyRest:
                 type: REST_API
                 parameters:
                     baseUrl: http://localhost:8989/v1/
                 actions:
                     my-action:
                       parameters:
                           url: workbooks
                           method: GET

            Workflow:
               tasks:
                 my_task:
                     action: MyRest:my-action

            #   events:
            #     my_event:
            #        type: periodic
            #        tasks: my_task
            #        parameters:
            #            cron-pattern: "* * * * *"
            """;

    static final String ECHO_WORKBOOK = """
            Services:
              MyEcho:
                type: ECHO
                actions:
                    EchoWords:
                      parameters:
                        word:
                            optional: False

            Workflow:
                tasks:
                    logPassTask:
                        action: MyEcho:EchoWords
                        parameters:
                           word: "log pass"
                    MyEchoTask:
                        action: MyEcho:EchoWords
                        parameters:
                           word: "hello, world"
                        on-success: logPassTask
            """;

    private final V1Parser parser = new V1Parser();

    @Test
    void seedRestWorkbookBecomesAnHttpAdHocActionAndOneWorkflow() {
        V1Workbook wb = parser.parseWorkbook("my_workbook", MY_WORKBOOK);

        ActionSpec action = wb.spec().actions().get("MyRest__my-action");
        assertThat(action.base()).isEqualTo("std.http");
        assertThat(action.baseInput()).containsEntry("url", "http://localhost:8989/v1/workbooks")
                .containsEntry("method", "GET").doesNotContainKeys("params", "json");
        assertThat(action.input()).isEmpty();

        WorkflowSpec wf = wb.spec().workflows().get("my_task");
        assertThat(wf.type()).isEqualTo("direct");
        assertThat(wf.tasks()).containsOnlyKeys("my_task");
        assertThat(wf.task("my_task").action()).isEqualTo("my_workbook.MyRest__my-action");
        assertThat(wb.workflowFor("my_task")).isEqualTo("my_workbook.my_task");
        assertThat(wb.events()).as("the seed's events are commented out").isEmpty();
        assertThat(wb.definition()).isEqualTo(MY_WORKBOOK);
        assertThat(wb.spec().definition()).isEqualTo(MY_WORKBOOK);
        assertThat(wb.tasks().get("my_task").action()).isEqualTo("MyRest:my-action");
        assertThat(wb.executionParams("my_task")).containsExactly(Map.entry("task_name", "my_task"),
                Map.entry("v1_workbook", "my_workbook"));
    }

    @Test
    void seedEchoWorkbookTargetsFollowOnSuccessButNotBackwards() {
        V1Workbook wb = parser.parseWorkbook("echo_workbook", ECHO_WORKBOOK);

        ActionSpec echo = wb.spec().actions().get("MyEcho__EchoWords");
        assertThat(echo.base()).isEqualTo("std.echo");
        assertThat(echo.input()).containsExactly(new InputParam("word", true, null));
        assertThat(echo.baseInput()).containsEntry("output", "<% $.get('word') %>");

        WorkflowSpec towardsEcho = wb.spec().workflows().get("MyEchoTask");
        assertThat(towardsEcho.tasks()).containsOnlyKeys("MyEchoTask", "logPassTask");
        assertThat(targets(towardsEcho.task("MyEchoTask").onSuccess().next())).containsExactly("logPassTask");
        assertThat(towardsEcho.task("MyEchoTask").input()).containsEntry("word", "hello, world");

        WorkflowSpec towardsLog = wb.spec().workflows().get("logPassTask");
        assertThat(towardsLog.tasks()).containsOnlyKeys("logPassTask");
    }

    @Test
    void mappedWorkflowTextsParseOnTheirOwnAsTheEngineLoadsThem() {
        V1Workbook wb = parser.parseWorkbook("echo_workbook", ECHO_WORKBOOK);
        DslParser v2 = new DslParser();
        for (WorkflowSpec wf : wb.spec().workflows().values()) {
            WorkflowSpec reread = v2.parseWorkflow(wf.definition());
            assertThat(reread.tasks().keySet()).isEqualTo(wf.tasks().keySet());
        }
        for (ActionSpec a : wb.spec().actions().values()) {
            assertThat(v2.parseActionList(a.definition())).extracting(ActionSpec::name).containsExactly(a.name());
        }
    }

    @Test
    void requiresBecomeTransitionsFromTheRequiredTasksWithConditionsAndJoins() {
        V1Workbook wb = parser.parseWorkbook("wb", """
                Services:
                  E: {type: ECHO, actions: {say: {parameters: {word: {optional: True}}}}}
                Workflow:
                  tasks:
                    a: {action: "E:say"}
                    b: {action: "E:say"}
                    c:
                      action: E:say
                      requires: [a, b]
                    d:
                      action: E:say
                      requires:
                        c: $.go = true
                    unrelated: {action: "E:say", requires: d}
                """);
        WorkflowSpec towardsD = wb.spec().workflows().get("d");
        assertThat(towardsD.tasks()).containsOnlyKeys("a", "b", "c", "d");
        assertThat(targets(towardsD.task("a").onSuccess().next())).containsExactly("c");
        assertThat(targets(towardsD.task("b").onSuccess().next())).containsExactly("c");
        assertThat(towardsD.task("c").join()).isNotNull();
        assertThat(towardsD.task("c").join().all()).isTrue();
        Transition toD = towardsD.task("c").onSuccess().next().get(0);
        assertThat(toD.target()).isEqualTo("d");
        assertThat(toD.condition()).isEqualTo("<% $.go = true %>");
        assertThat(towardsD.task("d").join()).isNull();
        assertThat(towardsD.input()).extracting(InputParam::name).containsExactly("go");

        assertThat(wb.spec().workflows().get("a").tasks()).containsOnlyKeys("a");
    }

    @Test
    void aTransitionBackToTheBeginningGetsASyntheticStartTask() {
        V1Workbook wb = parser.parseWorkbook("wb", """
                Services:
                  E: {type: ECHO, actions: {say: {}}}
                Workflow:
                  tasks:
                    a: {action: "E:say", on-success: b}
                    b: {action: "E:say", on-error: a}
                """);
        WorkflowSpec towardsB = wb.spec().workflows().get("b");
        assertThat(towardsB.tasks()).containsOnlyKeys(V1Workbook.START_TASK, "a", "b");
        TaskSpec start = towardsB.task(V1Workbook.START_TASK);
        assertThat(start.action()).isEqualTo("std.noop");
        assertThat(targets(start.onSuccess().next())).containsExactly("b");
        assertThat(wb.taskByV2Name(V1Workbook.START_TASK)).isNull();

        WorkflowSpec echoOnly = parser.parseWorkbook("wb", ECHO_WORKBOOK).spec().workflows().get("MyEchoTask");
        assertThat(echoOnly.tasks()).doesNotContainKey(V1Workbook.START_TASK);
    }

    @Test
    void transitionsAsNameListAndConditionMapAndOnFinishAsOnComplete() {
        V1Workbook wb = parser.parseWorkbook("wb", """
                Services:
                  E: {type: ECHO, actions: {say: {}}}
                Workflow:
                  tasks:
                    start:
                      action: E:say
                      on-success: [ok1, ok2]
                      on-error:
                        bad: $.code > 1
                      on-finish: last
                    ok1: {action: "E:say"}
                    ok2: {action: "E:say"}
                    bad: {action: "E:say"}
                    last: {action: "E:say"}
                """);
        TaskSpec start = wb.spec().workflows().get("start").task("start");
        assertThat(targets(start.onSuccess().next())).containsExactly("ok1", "ok2");
        assertThat(start.onError().next()).containsExactly(new Transition("bad", Map.of(), "<% $.code > 1 %>"));
        assertThat(targets(start.onComplete().next())).containsExactly("last");
        assertThat(wb.spec().workflows().get("start").tasks()).containsOnlyKeys("start", "ok1", "ok2", "bad", "last");
    }

    @Test
    void parametersPublishRetryAndRepeatAreDelimitedYaql() {
        V1Workbook wb = parser.parseWorkbook("wb", """
                Services:
                  E: {type: ECHO, actions: {say: {parameters: {word: {optional: False}}}}}
                Workflow:
                  tasks:
                    t1:
                      action: E:say
                      parameters:
                        word: $.person
                      publish:
                        said: $.x
                        from_result: vm_id
                      retry: {count: 3, delay: 1, break-on: $.stop}
                    t2:
                      action: E:say
                      parameters:
                        word: "Hi {$.person}!"
                      repeat: {iterations: 4, delay: 2, break-on: $.enough}
                    t3:
                      action: E:say
                      parameters: {word: x}
                      retry: {count: 2}
                """);
        WorkflowSpec wf = wb.spec().workflows().get("t1");
        TaskSpec t1 = wf.task("t1");
        assertThat(t1.input()).containsEntry("word", "<% $.person %>");
        assertThat(t1.publish()).as("v1 publishes into the shared context").isNullOrEmpty();
        assertThat(t1.onSuccess().publishGlobal()).containsEntry("said", "<% $.x %>")
                .containsEntry("from_result", "<% task().result.get('vm_id') %>");
        assertThat(t1.policies().retry().count()).isEqualTo(3L);
        assertThat(t1.policies().retry().delay()).isEqualTo(1L);
        assertThat(t1.policies().retry().breakOn()).isEqualTo("<% $.stop %>");

        TaskSpec t2 = wb.spec().workflows().get("t2").task("t2");
        assertThat(t2.input()).containsEntry("word", "Hi <% $.person %>!");
        assertThat(t2.policies().retry().count()).isEqualTo(3L);
        assertThat(t2.policies().retry().continueOn()).isEqualTo("<% not ($.enough) %>");
        assertThat(wb.spec().workflows().get("t3").task("t3").policies().retry().delay())
                .as("v2 wants a delay where v1 let it default").isEqualTo(0L);
        assertThat(wf.input()).extracting(InputParam::name).contains("person", "x", "stop", "enough");
        assertThat(wf.input()).allMatch(p -> !p.required() && p.defaultValue() == null);
    }

    @Test
    void restTaskParametersTravelAsQueryForGetAndJsonOtherwise() {
        V1Workbook wb = parser.parseWorkbook("wb", """
                Services:
                  Api:
                    type: REST_API
                    parameters: {baseUrl: "http://example.test/v1/"}
                    actions:
                      list: {parameters: {url: items}}
                      create:
                        parameters: {url: /items, method: post}
                        task-parameters: {flavor_id: null}
                        output: {select: $.content.id, store_as: item_id}
                  Mistral:
                    type: MISTRAL_REST_API
                    actions:
                      call: {parameters: {url: "http://callback.test/x", method: PUT}}
                Workflow:
                  tasks:
                    l: {action: "Api:list", parameters: {q: abc}}
                    c: {action: "Api:create", parameters: {name: n1}}
                    m: {action: "Mistral:call"}
                """);
        ActionSpec list = wb.spec().actions().get("Api__list");
        assertThat(list.baseInput()).containsEntry("url", "http://example.test/v1/items")
                .containsEntry("params", "<% dict({'q' => $.get('q')}.items().where($[1] != null)) %>");
        assertThat(list.input()).containsExactly(new InputParam("q", false, null));
        Expressions yaql = new Expressions();
        Object params = list.baseInput().get("params");
        Map<String, Object> given = new java.util.HashMap<>();
        given.put("q", "abc");
        assertThat(yaql.evaluate(params, given, WorkflowFunctions.NONE)).isEqualTo(Map.of("q", "abc"));
        given.put("q", null);
        assertThat(yaql.evaluate(params, given, WorkflowFunctions.NONE)).as("unset parameters are not sent")
                .isEqualTo(Map.of());

        ActionSpec create = wb.spec().actions().get("Api__create");
        assertThat(create.baseInput()).containsEntry("url", "http://example.test/items")
                .containsEntry("method", "POST").containsKey("json");
        assertThat(create.input()).extracting(InputParam::name).containsExactly("flavor_id", "name");
        assertThat(create.output()).isEqualTo("<% $.content.id %>");
        assertThat(wb.spec().workflows().get("c").task("c").onSuccess().publishGlobal())
                .containsEntry("item_id", "<% task().result %>");

        assertThat(wb.spec().actions().get("Mistral__call").base()).isEqualTo("std.mistral_http");
    }

    @Test
    void emailAndSshServicesRenameToTheStdActionsInputs() {
        V1Workbook wb = parser.parseWorkbook("wb", """
                Services:
                  Mail:
                    type: SEND_EMAIL
                    parameters: {smtp_server: "localhost:25", from: "bora@example.test", password: pw}
                    actions:
                      send: {parameters: {subject: Hello}}
                  Shell:
                    type: SSH
                    parameters: {host: h1, username: u}
                    actions:
                      ls: {parameters: {cmd: ls -l}}
                Workflow:
                  tasks:
                    mail: {action: "Mail:send", parameters: {to: "ops@example.test", subject: Custom}}
                    shell: {action: "Shell:ls"}
                """);
        ActionSpec mail = wb.spec().actions().get("Mail__send");
        assertThat(mail.base()).isEqualTo("std.email");
        assertThat(mail.baseInput()).containsEntry("smtp_server", "localhost:25")
                .containsEntry("from_addr", "bora@example.test").containsEntry("smtp_password", "pw")
                .containsEntry("to_addrs", "<% $.get('to') %>").containsEntry("subject", "<% $.get('subject') %>");
        assertThat(mail.input()).contains(new InputParam("subject", false, "Hello"), new InputParam("to", false, null));

        ActionSpec ssh = wb.spec().actions().get("Shell__ls");
        assertThat(ssh.base()).isEqualTo("std.ssh");
        assertThat(ssh.baseInput()).containsEntry("host", "h1").containsEntry("username", "u")
                .containsEntry("cmd", "ls -l");
    }

    @Test
    void namespacesFormWithClassBaseParametersParametersAndOutput() {
        V1Workbook wb = parser.parseWorkbook("wb", """
                Namespaces:
                  Greetings:
                    actions:
                      hello:
                        class: std.echo
                        base-parameters:
                          output: Hello!
                  Nova:
                    class: std.http
                    base-parameters:
                      method: GET
                    actions:
                      getIP:
                        base-parameters:
                          url: '{$.nova_url}/servers/{$.vm_id}'
                          headers:
                            X-Auth-Token: $.auth_token
                        parameters: [nova_url, vm_id, auth_token]
                        output:
                          vm_ip: $.content.ip
                Workflow:
                  tasks:
                    hello:
                      action: Greetings.hello
                    ip:
                      action: Nova:getIP
                      parameters: {nova_url: $.nova, vm_id: 7, auth_token: t}
                      publish: {vm_ip: vm_ip}
                triggers:
                  t1: {type: periodic, tasks: hello, parameters: {cron-pattern: "* * * * *"}}
                """);
        ActionSpec hello = wb.spec().actions().get("Greetings__hello");
        assertThat(hello.base()).isEqualTo("std.echo");
        assertThat(hello.baseInput()).containsEntry("output", "Hello!");
        assertThat(wb.spec().workflows().get("hello").task("hello").action()).isEqualTo("wb.Greetings__hello");

        ActionSpec ip = wb.spec().actions().get("Nova__getIP");
        assertThat(ip.base()).isEqualTo("std.http");
        assertThat(ip.baseInput()).containsEntry("method", "GET")
                .containsEntry("url", "<% $.nova_url %>/servers/<% $.vm_id %>")
                .containsEntry("headers", Map.of("X-Auth-Token", "<% $.auth_token %>"));
        assertThat(ip.input()).extracting(InputParam::name).containsExactly("nova_url", "vm_id", "auth_token");
        assertThat(ip.output()).isEqualTo(Map.of("vm_ip", "<% $.content.ip %>"));
        assertThat(wb.events()).containsExactly(new V1PeriodicEvent("t1", List.of("hello"), "* * * * *"));
        assertThat(wb.cronTriggers()).extracting(V1CronTrigger::name).containsExactly("wb.t1");
    }

    @Test
    void periodicEventsAreKeptForCronTriggers() {
        V1Workbook wb = parser.parseWorkbook("wb", ECHO_WORKBOOK + """
                events:
                  every-minute:
                    type: periodic
                    tasks: [MyEchoTask, logPassTask]
                    parameters:
                      cron-pattern: "*/1 * * * *"
                  alarm:
                    type: CEILOMETER_ALARM
                    tasks: MyEchoTask
                """);
        assertThat(wb.events()).containsExactly(
                new V1PeriodicEvent("every-minute", List.of("MyEchoTask", "logPassTask"), "*/1 * * * *"));
        assertThat(wb.cronTriggers()).containsExactly(
                new V1CronTrigger("wb.every-minute.MyEchoTask", "*/1 * * * *", "wb.MyEchoTask",
                        Map.of("task_name", "MyEchoTask", "v1_workbook", "wb")),
                new V1CronTrigger("wb.every-minute.logPassTask", "*/1 * * * *", "wb.logPassTask",
                        Map.of("task_name", "logPassTask", "v1_workbook", "wb")));
    }

    @Test
    void taskNamesV2ForbidsAreRenamedAndRemembered() {
        V1Workbook wb = parser.parseWorkbook("wb", """
                Services:
                  E: {type: ECHO, actions: {say: {}}}
                Workflow:
                  tasks:
                    create-vm: {action: "E:say", on-success: backup-vm}
                    backup-vm: {action: "E:say"}
                """);
        assertThat(wb.tasks().get("create-vm").v2Name()).isEqualTo("create_vm");
        assertThat(wb.workflowFor("create-vm")).isEqualTo("wb.create_vm");
        assertThat(targets(wb.spec().workflows().get("create_vm").task("create_vm").onSuccess().next()))
                .containsExactly("backup_vm");
        assertThat(wb.taskByV2Name("backup_vm").name()).isEqualTo("backup-vm");
    }

    @Test
    void stdActionsCanBeNamedDirectly() {
        V1Workbook wb = parser.parseWorkbook("wb", """
                Services:
                  E: {type: ECHO, actions: {say: {}}}
                Workflow:
                  tasks:
                    direct:
                      action: std.echo
                      parameters: {output: hi}
                """);
        TaskSpec t = wb.spec().workflows().get("direct").task("direct");
        assertThat(t.action()).isEqualTo("std.echo");
        assertThat(t.input()).containsEntry("output", "hi");
    }

    @Test
    void detectsV1Documents() {
        assertThat(V1Parser.isV1(MY_WORKBOOK)).isTrue();
        assertThat(V1Parser.isV1("version: '2.0'\nname: x\nworkflows: {}")).isFalse();
        assertThat(V1Parser.isV1("- not a map")).isFalse();
        assertThat(V1Parser.isV1("a: [unclosed")).isFalse();
    }

    @Test
    void rejectsBrokenDefinitionsWithTheirPlace() {
        assertThatThrownBy(() -> parser.parseWorkbook("wb", """
                Services:
                  E: {type: ECHO, actions: {say: {}}}
                Workflow:
                  tasks:
                    a: {action: "E:say", on-success: ghost}
                """)).isInstanceOf(DslException.class).hasMessageContaining("'ghost'");
        assertThatThrownBy(() -> parser.parseWorkbook("wb", """
                Services:
                  R: {type: OSLO_RPC, actions: {call: {}}}
                Workflow:
                  tasks:
                    a: {action: "R:call"}
                """)).isInstanceOf(DslException.class).hasMessageContaining("OSLO_RPC");
        assertThatThrownBy(() -> parser.parseWorkbook("wb", """
                Services:
                  E: {type: ECHO, actions: {say: {}}}
                Workflow:
                  tasks:
                    a: {action: "E:say", bogus: 1}
                """)).isInstanceOf(DslException.class).hasMessageContaining("Workflow.tasks.a.bogus");
        assertThatThrownBy(() -> parser.parseWorkbook("wb", "Services: [\n"))
                .isInstanceOf(DslException.class).satisfies(e -> assertThat(((DslException) e).line()).isPositive());
    }

    private static List<String> targets(List<Transition> transitions) {
        return transitions.stream().map(Transition::target).toList();
    }
}
