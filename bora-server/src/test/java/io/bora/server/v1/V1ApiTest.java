package io.bora.server.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The /v1 API over HTTP against a real engine and H2 store, replaying the seed document's session. */
class V1ApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;
    static V1Server server;

    @BeforeAll
    static void start() throws Exception {
        server = new V1Server(dataDir);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

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

    @Test
    void seedScriptRestWorkbookCallsTheV1ApiItselfAndSucceeds() throws Exception {
        String definition = """
                Services:
                   MyRest:
                     type: REST_API
                     parameters:
                         baseUrl: %s/v1/
                     actions:
                         my-action:
                           parameters:
                               url: workbooks
                               method: GET

                Workflow:
                   tasks:
                     my_task:
                         action: MyRest:my-action
                """.formatted(server.base);
        HttpResponse<String> created = server.json("POST", "/v1/workbooks",
                "{\"name\": \"my_workbook\", \"description\": \"My test workbook\", \"tags\": [\"test\"]}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(read(created)).isEqualTo(JSON.readTree(
                "{\"name\": \"my_workbook\", \"description\": \"My test workbook\", \"tags\": [\"test\"]}"));

        HttpResponse<String> uploaded = server.text("PUT", "/v1/workbooks/my_workbook/definition", definition);
        assertThat(uploaded.statusCode()).isEqualTo(200);
        assertThat(uploaded.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(uploaded.body()).isEqualTo(definition);
        assertThat(server.get("/v1/workbooks/my_workbook/definition").body()).isEqualTo(definition);

        JsonNode ex = read(server.json("POST", "/v1/workbooks/my_workbook/executions",
                "{\"workbook_name\": \"my_workbook\", \"task\": \"my_task\"}"));
        assertThat(ex.get("task").asText()).isEqualTo("my_task");
        assertThat(ex.get("workbook_name").asText()).isEqualTo("my_workbook");
        assertThat(ex.get("context").isNull()).isTrue();
        String id = ex.get("id").asText();

        JsonNode done = awaitState("my_workbook", id, "SUCCESS");
        assertThat(fieldNames(done)).containsExactly("id", "workbook_name", "task", "state", "context");

        JsonNode tasks = read(server.get("/v1/workbooks/my_workbook/executions/" + id + "/tasks")).get("tasks");
        assertThat(tasks).hasSize(1);
        JsonNode task = tasks.get(0);
        assertThat(task.get("name").asText()).isEqualTo("my_task");
        assertThat(task.get("action").asText()).isEqualTo("MyRest:my-action");
        assertThat(task.get("state").asText()).isEqualTo("SUCCESS");
        assertThat(task.get("execution_id").asText()).isEqualTo(id);
        JsonNode result = JSON.readTree(task.get("result").asText());
        assertThat(result.get("status").asInt()).isEqualTo(200);
        assertThat(result.get("content").get("workbooks").toString()).contains("my_workbook");

        JsonNode one = read(server.get("/v1/workbooks/my_workbook/executions/" + id + "/tasks/" + task.get("id").asText()));
        assertThat(one.get("name").asText()).isEqualTo("my_task");
    }

    @Test
    void restTaskParametersOfAPostTravelAsTheJsonBody() throws Exception {
        createWithDefinition("rest_post_wb", """
                Services:
                  Bora:
                    type: REST_API
                    parameters:
                      baseUrl: %s/v1/
                    actions:
                      create-workbook:
                        parameters: {url: workbooks, method: POST}
                        task-parameters: {tags: null}
                Workflow:
                  tasks:
                    create:
                      action: Bora:create-workbook
                      parameters:
                        name: made_by_a_task
                        description: $.why
                """.formatted(server.base));
        String id = read(server.json("POST", "/v1/workbooks/rest_post_wb/executions",
                "{\"task\": \"create\", \"context\": {\"why\": \"from the context\"}}")).get("id").asText();
        awaitState("rest_post_wb", id, "SUCCESS");
        JsonNode made = read(server.get("/v1/workbooks/made_by_a_task"));
        assertThat(made.get("description").asText()).isEqualTo("from the context");
        assertThat(made.get("name").asText()).isEqualTo("made_by_a_task");
    }

    @Test
    void seedEchoWorkbookRunsTheTargetThenItsOnSuccessTask() throws Exception {
        createWithDefinition("echo_workbook", ECHO_WORKBOOK);
        JsonNode ex = read(server.json("POST", "/v1/workbooks/echo_workbook/executions",
                "{\"workbook_name\": \"echo_workbook\", \"task\": \"MyEchoTask\", \"context\": \"{\\\"person\\\": \\\"John\\\"}\"}"));
        assertThat(ex.get("context").asText()).isEqualTo("{\"person\": \"John\"}");
        String id = ex.get("id").asText();
        awaitState("echo_workbook", id, "SUCCESS");

        JsonNode tasks = read(server.get("/v1/workbooks/echo_workbook/executions/" + id + "/tasks")).get("tasks");
        List<String> rows = new ArrayList<>();
        tasks.forEach(t -> rows.add(t.get("name").asText() + " " + t.get("state").asText() + " "
                + t.get("workbook_name").asText() + " " + t.get("description").isNull() + " " + t.get("tags").size()));
        assertThat(rows).containsExactly("MyEchoTask SUCCESS echo_workbook true 0", "logPassTask SUCCESS echo_workbook true 0");
        assertThat(tasks.get(0).get("result").asText()).isEqualTo("\"hello, world\"");

        JsonNode list = read(server.get("/v1/workbooks/echo_workbook/executions")).get("executions");
        assertThat(list).anySatisfy(e -> assertThat(e.get("id").asText()).isEqualTo(id));
        assertThat(list).allSatisfy(e -> assertThat(e.get("workbook_name").asText()).isEqualTo("echo_workbook"));
    }

    @Test
    void executionContextIsTheDataTasksRead() throws Exception {
        createWithDefinition("ctx_wb", """
                Services:
                  E:
                    type: ECHO
                    actions:
                      say: {parameters: {word: {optional: False}}}
                Workflow:
                  tasks:
                    greet:
                      action: E:say
                      parameters: {word: "Hello {$.person}"}
                      publish: {greeting: $.person}
                """);
        String id = read(server.json("POST", "/v1/workbooks/ctx_wb/executions",
                "{\"task\": \"greet\", \"context\": {\"person\": \"John\", \"unused\": 1}}")).get("id").asText();
        awaitState("ctx_wb", id, "SUCCESS");
        JsonNode task = read(server.get("/v1/workbooks/ctx_wb/executions/" + id + "/tasks")).get("tasks").get(0);
        assertThat(task.get("result").asText()).isEqualTo("\"Hello John\"");
    }

    @Test
    void requiredTasksRunFirstAndAnErrorTakesOnError() throws Exception {
        createWithDefinition("deps_wb", """
                Namespaces:
                  Std:
                    actions:
                      say: {class: std.echo, parameters: [output]}
                      boom: {class: std.fail}
                Workflow:
                  tasks:
                    prepare: {action: Std.say, parameters: {output: ready}}
                    main:
                      action: Std.boom
                      requires: [prepare]
                      on-error: recover
                    recover: {action: Std.say, parameters: {output: recovered}}
                    never: {action: Std.say, requires: [main]}
                """);
        String id = read(server.json("POST", "/v1/workbooks/deps_wb/executions", "{\"task\": \"main\"}")).get("id").asText();
        awaitState("deps_wb", id, "SUCCESS");
        List<String> rows = new ArrayList<>();
        read(server.get("/v1/workbooks/deps_wb/executions/" + id + "/tasks")).get("tasks")
                .forEach(t -> rows.add(t.get("name").asText() + " " + t.get("state").asText()));
        assertThat(rows).containsExactlyInAnyOrder("prepare SUCCESS", "main ERROR", "recover SUCCESS");
    }

    @Test
    void aTargetAlsoReachedByATransitionStillStartsAndTheSyntheticStartIsHidden() throws Exception {
        createWithDefinition("loop_wb", """
                Services:
                  E: {type: ECHO, actions: {say: {parameters: {word: {optional: False}}}}}
                Workflow:
                  tasks:
                    a: {action: "E:say", parameters: {word: a}, on-success: b}
                    b: {action: "E:say", parameters: {word: b}, on-error: a}
                """);
        String id = read(server.json("POST", "/v1/workbooks/loop_wb/executions", "{\"task\": \"b\"}")).get("id").asText();
        awaitState("loop_wb", id, "SUCCESS");
        List<String> rows = new ArrayList<>();
        read(server.get("/v1/workbooks/loop_wb/executions/" + id + "/tasks")).get("tasks")
                .forEach(t -> rows.add(t.get("name").asText() + " " + t.get("state").asText()));
        assertThat(rows).containsExactly("b SUCCESS");
    }

    @Test
    void publishedVariablesAreSharedByTheTasksThatRunLater() throws Exception {
        createWithDefinition("publish_wb", """
                Services:
                  E: {type: ECHO, actions: {say: {parameters: {word: {optional: False}}}}}
                Workflow:
                  tasks:
                    first:
                      action: E:say
                      parameters: {word: one}
                      publish:
                        x: $.get(x, 0) + 1
                      on-success: [second]
                    second:
                      action: E:say
                      parameters: {word: "x={$.x}"}
                """);
        String id = read(server.json("POST", "/v1/workbooks/publish_wb/executions",
                "{\"task\": \"first\", \"context\": {\"x\": 41}}")).get("id").asText();
        awaitState("publish_wb", id, "SUCCESS");
        JsonNode tasks = read(server.get("/v1/workbooks/publish_wb/executions/" + id + "/tasks")).get("tasks");
        assertThat(tasks.get(1).get("name").asText()).isEqualTo("second");
        assertThat(tasks.get(1).get("result").asText()).isEqualTo("\"x=42\"");
    }

    @Test
    void repeatRunsTheActionAsManyTimesAsItsIterations() throws Exception {
        createWithDefinition("repeat_wb", """
                Services:
                  E: {type: ECHO, actions: {say: {parameters: {word: {optional: False}}}}}
                Workflow:
                  tasks:
                    thrice:
                      action: E:say
                      parameters: {word: again}
                      repeat: {iterations: 3}
                """);
        String id = read(server.json("POST", "/v1/workbooks/repeat_wb/executions", "{\"task\": \"thrice\"}"))
                .get("id").asText();
        awaitState("repeat_wb", id, "SUCCESS");
        String taskId = read(server.get("/v1/workbooks/repeat_wb/executions/" + id + "/tasks")).get("tasks").get(0)
                .get("id").asText();
        assertThat(server.store.executions().findActionsByTask(taskId)).hasSize(3);
    }

    @Test
    void conveyingATaskResultCompletesAnAsyncTask() throws Exception {
        createWithDefinition("async_wb", """
                Namespaces:
                  Ext:
                    actions:
                      wait: {class: std.async_noop}
                Workflow:
                  tasks:
                    external: {action: "Ext:wait", publish: {answer: $.answer}}
                """);
        String id = read(server.json("POST", "/v1/workbooks/async_wb/executions", "{\"task\": \"external\"}"))
                .get("id").asText();
        String tasksPath = "/v1/workbooks/async_wb/executions/" + id + "/tasks";
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            JsonNode t = read(server.get(tasksPath)).get("tasks");
            return t.size() == 1 && t.get(0).get("state").asText().equals("RUNNING");
        });
        String taskId = read(server.get(tasksPath)).get("tasks").get(0).get("id").asText();
        HttpResponse<String> put = server.json("PUT", tasksPath + "/" + taskId,
                "{\"state\": \"SUCCESS\", \"result\": \"{\\\"answer\\\": 42}\"}");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        awaitState("async_wb", id, "SUCCESS");
        JsonNode task = read(server.get(tasksPath + "/" + taskId));
        assertThat(task.get("state").asText()).isEqualTo("SUCCESS");
        assertThat(JSON.readTree(task.get("result").asText()).get("answer").asInt()).isEqualTo(42);

        HttpResponse<String> again = server.json("PUT", tasksPath + "/" + taskId, "{\"state\": \"SUCCESS\"}");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(read(again).get("faultstring").asText()).contains("no running action");
    }

    @Test
    void executionsCanBeStoppedAndDeleted() throws Exception {
        createWithDefinition("stop_wb", """
                Namespaces:
                  Ext:
                    actions:
                      wait: {class: std.async_noop}
                Workflow:
                  tasks:
                    hang: {action: "Ext:wait"}
                """);
        String path = "/v1/workbooks/stop_wb/executions/";
        String id = read(server.json("POST", path, "{\"task\": \"hang\"}")).get("id").asText();
        JsonNode stopped = read(server.json("PUT", path + id, "{\"state\": \"STOPPED\"}"));
        assertThat(stopped.get("state").asText()).isEqualTo("STOPPED");
        assertThat(server.json("PUT", path + id, "{\"state\": \"NAPPING\"}").statusCode()).isEqualTo(400);
        assertThat(server.send("DELETE", path + id, null, null).statusCode()).isEqualTo(204);
        HttpResponse<String> gone = server.get(path + id);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(read(gone).get("faultcode").asText()).isEqualTo("Client");
    }

    @Test
    void workbookCrudAndErrors() throws Exception {
        assertThat(server.json("POST", "/v1/workbooks", "{\"name\": \"crud_wb\", \"tags\": [\"a\"]}").statusCode())
                .isEqualTo(201);
        HttpResponse<String> dup = server.json("POST", "/v1/workbooks", "{\"name\": \"crud_wb\"}");
        assertThat(dup.statusCode()).isEqualTo(409);
        assertThat(read(dup).get("faultstring").asText()).contains("Duplicate entry");

        JsonNode fresh = read(server.get("/v1/workbooks/crud_wb"));
        assertThat(fresh.get("description").isNull()).isTrue();
        assertThat(server.get("/v1/workbooks/crud_wb/definition").body()).isEmpty();
        HttpResponse<String> noDefinition = server.json("POST", "/v1/workbooks/crud_wb/executions", "{\"task\": \"x\"}");
        assertThat(noDefinition.statusCode()).isEqualTo(400);

        JsonNode updated = read(server.json("PUT", "/v1/workbooks/crud_wb",
                "{\"name\": \"crud_wb\", \"description\": \"now described\", \"tags\": [\"b\", \"c\"]}"));
        assertThat(updated.get("description").asText()).isEqualTo("now described");
        assertThat(updated.get("tags").toString()).isEqualTo("[\"b\",\"c\"]");
        assertThat(read(server.get("/v1/workbooks")).get("workbooks"))
                .anySatisfy(w -> assertThat(w.get("description").asText()).isEqualTo("now described"));

        HttpResponse<String> bad = server.text("PUT", "/v1/workbooks/crud_wb/definition", "Workflow: {tasks: {a: {}}}\n");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(read(bad).get("faultstring").asText()).contains("Workflow.tasks.a");

        createWithDefinition("crud_wb2", ECHO_WORKBOOK);
        HttpResponse<String> unknownTask = server.json("POST", "/v1/workbooks/crud_wb2/executions", "{\"task\": \"ghost\"}");
        assertThat(unknownTask.statusCode()).isEqualTo(400);
        assertThat(read(unknownTask).get("faultstring").asText()).contains("ghost");

        assertThat(server.send("DELETE", "/v1/workbooks/crud_wb", null, null).statusCode()).isEqualTo(204);
        assertThat(server.get("/v1/workbooks/crud_wb").statusCode()).isEqualTo(404);
        assertThat(server.store.definitions().findEnvironment(WorkbookDescriptions.PREFIX + "crud_wb")).isEmpty();
        assertThat(server.get("/v1").body()).contains("/v1");
    }

    @Test
    void uploadedDefinitionsReportTheirPeriodicEventsAndStoreTheMappedDefinitions() throws Exception {
        createWithDefinition("cron_wb", ECHO_WORKBOOK + """
                events:
                  my_event:
                    type: periodic
                    tasks: MyEchoTask
                    parameters:
                      cron-pattern: "* * * * *"
                """);
        assertThat(server.uploads).anySatisfy(wb -> {
            assertThat(wb.name()).isEqualTo("cron_wb");
            assertThat(wb.events()).hasSize(1);
            assertThat(wb.events().get(0).cronPattern()).isEqualTo("* * * * *");
        });
        assertThat(server.store.definitions().findWorkflow("cron_wb.MyEchoTask", "")).isPresent();
        assertThat(server.store.definitions().findAction("cron_wb.MyEcho__EchoWords", "")).isPresent();
        var trigger = server.cron.get("cron_wb.my_event");
        assertThat(trigger.pattern()).isEqualTo("* * * * *");
        assertThat(trigger.workflowName()).isEqualTo("cron_wb.MyEchoTask");
        assertThat(trigger.workflowParams()).containsEntry("task_name", "MyEchoTask").containsEntry("v1_workbook", "cron_wb");
        assertThat(trigger.nextExecutionTime()).isAfter(java.time.Instant.now().minusSeconds(1));

        // Re-uploading without a task removes its mapped workflow.
        server.text("PUT", "/v1/workbooks/cron_wb/definition", """
                Services:
                  MyEcho: {type: ECHO, actions: {EchoWords: {parameters: {word: {optional: False}}}}}
                Workflow:
                  tasks:
                    MyEchoTask: {action: "MyEcho:EchoWords", parameters: {word: hi}}
                """);
        assertThat(server.store.definitions().findWorkflow("cron_wb.logPassTask", "")).isEmpty();
        assertThat(server.store.definitions().findWorkflow("cron_wb.MyEchoTask", "")).isPresent();
        assertThat(server.cron.list(io.bora.engine.port.ListQuery.all()))
                .as("the event left the definition, so did its trigger")
                .noneMatch(t -> t.name().startsWith("cron_wb."));

        server.text("PUT", "/v1/workbooks/cron_wb/definition", ECHO_WORKBOOK + """
                triggers:
                  again: {type: periodic, tasks: logPassTask, parameters: {cron-pattern: "0 * * * *"}}
                """);
        assertThat(server.cron.get("cron_wb.again").workflowName()).isEqualTo("cron_wb.logPassTask");
        assertThat(server.send("DELETE", "/v1/workbooks/cron_wb", null, null).statusCode()).isEqualTo(204);
        assertThat(server.cron.list(io.bora.engine.port.ListQuery.all())).noneMatch(t -> t.name().startsWith("cron_wb."));
    }

    private static void createWithDefinition(String name, String definition) {
        HttpResponse<String> created = server.json("POST", "/v1/workbooks",
                "{\"name\": \"" + name + "\", \"description\": \"d\", \"tags\": [\"test\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> uploaded = server.text("PUT", "/v1/workbooks/" + name + "/definition", definition);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
    }

    private static JsonNode awaitState(String workbook, String id, String state) {
        String path = "/v1/workbooks/" + workbook + "/executions/" + id;
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> read(server.get(path)).get("state").asText(), s -> s.equals(state) || s.equals("ERROR")
                        && !state.equals("ERROR"));
        JsonNode ex = read(server.get(path));
        assertThat(ex.get("state").asText()).as("execution %s", ex).isEqualTo(state);
        return ex;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static JsonNode read(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }
}
