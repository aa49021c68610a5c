package io.bora.server.rest;

import io.bora.engine.model.ActionExecution;
import io.bora.engine.model.State;
import io.bora.engine.model.TaskExecution;
import io.bora.engine.model.TaskType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Executions, tasks and action executions over H2, with a stand-in engine. */
class ExecutionApiTest {
    @TempDir
    static Path dir;
    static ApiServer server;

    static final String WF = """
            ---
            version: '2.0'
            wf:
              tags: [t]
              input:
                - msg
                - extra: 5
              tasks:
                say:
                  action: std.echo output=<% $.msg %>
            """;

    @BeforeAll
    static void start() {
        server = new ApiServer(dir);
        assertThat(server.postText("/v2/workflows", WF).status()).isEqualTo(201);
        assertThat(server.postJson("/v2/environments", Map.of("name", "e1", "variables", Map.of("k", "v"))).status())
                .isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Map<String, Object> startWf(Object input, String description) {
        var r = server.postJson("/v2/executions", Map.of("workflow_name", "wf", "input", input,
                "description", description));
        assertThat(r.status()).isEqualTo(201);
        return r.json();
    }

    @Test
    void startAcceptsInputAsObjectOrJsonStringAndAnswersJsonStrings() {
        var ex = startWf(Map.of("msg", "hi"), "d1");
        assertThat(ex.get("input")).isEqualTo("{\"msg\": \"hi\"}");
        assertThat(ex.get("output")).isEqualTo("{}");
        assertThat((String) ex.get("params")).contains("\"namespace\": \"\"");
        assertThat(ex).containsEntry("state", "RUNNING").containsEntry("task_execution_id", null)
                .containsEntry("tags", List.of("t")).doesNotContainKey("published_global");
        assertThat(startWf("{\"msg\": \"two\"}", "d2").get("input")).isEqualTo("{\"msg\": \"two\"}");

        var named = server.postJson("/v2/executions", Map.of("workflow_name", "wf", "input", Map.of("msg", 1),
                "params", Map.of("env", "e1"))).json();
        assertThat(named.get("params")).isEqualTo("{\"env\": {\"k\": \"v\"}, \"namespace\": \"\"}");

        var got = server.get("/v2/executions/" + ex.get("id")).json();
        assertThat(got).containsEntry("published_global", "{}").containsEntry("output", "{}");
        assertThat(server.get("/v2/executions/" + ex.get("id") + "?fields=state").json().get("faultstring"))
                .isEqualTo("Unknown argument: \"fields\"");
    }

    @Test
    void startRejectsBadBodies() {
        assertThat(server.postJson("/v2/executions", Map.of("input", Map.of())).json().get("faultstring"))
                .isEqualTo("Workflow ID or workflow name must be provided. Workflow ID is recommended.");
        assertThat((String) server.postJson("/v2/executions", Map.of("workflow_name", "wf", "input", List.of(1)))
                .json().get("faultstring")).startsWith("Invalid input for field/attribute wf_ex.");
        assertThat((String) server.postJson("/v2/executions", Map.of("workflow_name", "wf", "input", "notjson"))
                .json().get("faultstring")).startsWith("Invalid input for field/attribute wf_ex.");
        assertThat(server.postJson("/v2/executions", Map.of("workflow_name", "wf", "bogus", 1)).json()
                .get("faultstring")).isEqualTo("Unknown attribute for argument wf_ex: bogus");
        var plain = server.send("POST", "/v2/executions", "workflow_name: x", "text/plain");
        assertThat(plain.status()).isEqualTo(415);
        assertThat(plain.json().get("faultstring")).isEqualTo("Unknown mimetype: text/plain");
        var unknown = server.postJson("/v2/executions", Map.of("workflow_name", "nope"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("faultstring")).isEqualTo("Workflow not found [workflow_identifier=nope, namespace=]");
    }

    @Test
    void updateChecksTheBodyBeforeTheEngineAndShapesTheAnswer() {
        String id = (String) startWf(Map.of("msg", "x"), "upd").get("id");
        String path = "/v2/executions/" + id;
        assertThat(server.putJson(path, Map.of()).json().get("faultstring"))
                .isEqualTo("The property state, description, or env is not provided for update.");
        assertThat(server.putJson(path, Map.of("state", "IDLE")).json().get("faultstring"))
                .isEqualTo("Cannot change state to IDLE. Allowed states are: 'RUNNING, PAUSED, SUCCESS, ERROR, CANCELLED");
        assertThat(server.putJson(path, Map.of("state", "PAUSED", "description", "x")).json().get("faultstring"))
                .isEqualTo("The property description must be updated separately from state.");
        var envRunning = server.putJson(path, Map.of("params", Map.of("env", Map.of("a", 1))));
        assertThat(envRunning.status()).isEqualTo(403);

        var paused = server.putJson(path, Map.of("state", "PAUSED"));
        assertThat(paused.status()).isEqualTo(200);
        assertThat(paused.json()).containsEntry("state", "PAUSED").containsKeys("input", "output", "params");
        var env = server.putJson(path, Map.of("params", Map.of("env", Map.of("a", 1)))).json();
        assertThat(env).doesNotContainKeys("input", "output").containsEntry("params", "{\"namespace\": \"\", \"env\": {\"a\": 1}}");
        var described = server.putJson(path, Map.of("description", "renamed")).json();
        assertThat(described).doesNotContainKeys("input", "output", "params").containsEntry("description", "renamed");

        var forbidden = server.delete(path);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().get("faultstring")).isEqualTo("Only completed executions can be deleted. "
                + "Use --force to override this. Execution " + id + " is in PAUSED state");
        assertThat(server.delete(path + "?force=true").status()).isEqualTo(204);
        assertThat(server.get(path).json().get("faultstring")).isEqualTo("WorkflowExecution not found [id=" + id + "]");
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsHonourNullsIncludeOutputAndFields() {
        startWf(Map.of("msg", "l1"), "list one");
        var list = server.get("/v2/executions?description=has:list&nulls=task_execution_id&limit=1").json();
        Map<String, Object> item = ((List<Map<String, Object>>) list.get("executions")).getFirst();
        assertThat(item).doesNotContainKeys("output", "published_global").containsKey("input");
        assertThat((String) list.get("next")).contains("&description=has:list&task_execution_id=eq:None&limit=1&marker=");
        var withOutput = server.get("/v2/executions?description=has:list&include_output=true").json();
        assertThat(((List<Map<String, Object>>) withOutput.get("executions")).getFirst()).containsKey("output");
        var fields = server.get("/v2/executions?description=has:list&fields=output").json();
        assertThat(((List<Map<String, Object>>) fields.get("executions")).getFirst().keySet())
                .containsExactly("id", "output");
        // Light fields come from summary rows (no JSON columns read): same values as the full list.
        var light = (List<Map<String, Object>>) server.get(
                "/v2/executions?description=has:list&fields=state,workflow_name,created_at&sort_keys=created_at").json()
                .get("executions");
        var full = (List<Map<String, Object>>) server.get("/v2/executions?description=has:list&sort_keys=created_at")
                .json().get("executions");
        assertThat(light).hasSameSizeAs(full).isNotEmpty();
        for (int i = 0; i < full.size(); i++) {
            assertThat(light.get(i)).containsOnlyKeys("id", "state", "workflow_name", "created_at");
            for (String k : light.get(i).keySet()) assertThat(light.get(i).get(k)).isEqualTo(full.get(i).get(k));
        }
        var filteredOnInput = (List<Map<String, Object>>) server.get(
                "/v2/executions?input=has:l1&fields=state").json().get("executions");
        assertThat(filteredOnInput).hasSize(1);
        assertThat(server.get("/v2/executions?nulls=bogus").json().get("faultstring"))
                .isEqualTo("'bogus' is not a valid field name.");
        assertThat(server.get("/v2/executions?workflow_id=notuuid").status()).isEqualTo(400);
    }

    @Test
    @SuppressWarnings("unchecked")
    void tasksActionExecutionsRerunChecksAndReport() {
        String exId = (String) startWf(Map.of("msg", "t"), "tasks").get("id");
        Instant now = FakeEngine.now();
        String taskId = UUID.randomUUID().toString();
        server.store.executions().insertTask(new TaskExecution(taskId, "say", exId, null, "wf", "", TaskType.ACTION,
                List.of(), State.ERROR, "boom", engineAndMistralKeys(), Map.of(), Map.of(), "oops", true,
                List.of(), false, true, null, "<default-project>", now, now, now, now));
        String aeId = UUID.randomUUID().toString();
        server.store.executions().insertAction(new ActionExecution(aeId, "std.async_noop", taskId, "say", exId, "wf",
                "", State.RUNNING, null, false, Map.of(), null, Map.of(), "", null, 0, true, null, null,
                "<default-project>", now, null));

        var tasks = server.get("/v2/executions/" + exId + "/tasks").json();
        Map<String, Object> t = ((List<Map<String, Object>>) tasks.get("tasks")).getFirst();
        // only Mistral's keys, as Mistral 15 shows them
        assertThat(t).doesNotContainKey("result").containsEntry("published", "{}")
                .containsEntry("runtime_context", "{\"retry_task_policy\": {\"retry_no\": 1}, \"wait_after_policy\": {\"skip\": true}}");
        assertThat(server.get("/v2/tasks/" + taskId).json()).containsEntry("result", "\"oops\"");
        assertThat(server.get("/v2/tasks?workflow_execution_id=in:a,b").status()).isEqualTo(400);

        String tp = "/v2/tasks/" + taskId;
        assertThat(server.putJson(tp, Map.of("state", "RUNNING")).json().get("faultstring"))
                .isEqualTo("Invalid input for field/attribute reset. Value: 'None'. Mandatory field missing.");
        assertThat(server.putJson(tp, Map.of("state", "RUNNING", "reset", true, "name", "x")).json().get("faultstring"))
                .isEqualTo("Task name does not match.");
        assertThat(server.putJson(tp, Map.of("state", "SUCCESS", "reset", true)).json().get("faultstring"))
                .isEqualTo("Invalid task state. Only updating task to rerun is supported.");
        assertThat(server.putJson(tp, Map.of("state", "RUNNING", "reset", false)).json().get("faultstring"))
                .isEqualTo("Only with-items task has the option to not reset.");
        var rerun = server.putJson(tp, Map.of("state", "RUNNING", "reset", true, "env", Map.of("x", 1)));
        assertThat(rerun.status()).isEqualTo(200);
        assertThat(rerun.json()).containsEntry("state", "RUNNING").containsEntry("result", "[]");
        assertThat(server.putJson(tp, Map.of("state", "RUNNING", "reset", true)).json().get("faultstring"))
                .isEqualTo("The current task execution must be in ERROR for rerun. Only updating task to rerun is supported.");

        var aes = server.get("/v2/tasks/" + taskId + "/action_executions").json();
        Map<String, Object> ae = ((List<Map<String, Object>>) aes.get("action_executions")).getFirst();
        assertThat(ae).containsEntry("task_name", "say").containsEntry("accepted", false).doesNotContainKey("output");
        String ap = "/v2/action_executions/" + aeId;
        assertThat(server.putJson(ap, Map.of("state", "BOGUS")).json().get("faultstring")).isEqualTo(
                "Error. Expected one of ['SUCCESS', 'ERROR', 'CANCELLED', 'PAUSED', 'RUNNING'], actual: BOGUS");
        var delivered = server.putJson(ap, Map.of("state", "SUCCESS", "output", Map.of("answer", 42))).json();
        assertThat(delivered).containsEntry("output", "{\"result\": {\"answer\": 42}}").doesNotContainKey("task_name");
        assertThat(server.get(ap).json()).containsEntry("task_name", "say").containsEntry("state", "SUCCESS");
        assertThat(server.delete(ap).json().get("faultstring")).isEqualTo("Action execution deletion is not allowed.");

        var report = server.get("/v2/executions/" + exId + "/report").json();
        assertThat((Map<String, Object>) report.get("statistics")).containsEntry("total_tasks_count", 1L)
                .containsEntry("running_tasks_count", 1L).containsEntry("estimated_time", -1L);
        assertThat(server.get("/v2/executions/" + exId + "/report?statistics_only=true").json())
                .containsOnlyKeys("statistics");
        var subs = server.get("/v2/executions/" + exId + "/executions").json();
        assertThat((List<Object>) subs.get("executions")).hasSize(1);
    }

    @Test
    void runActionWithoutSavingShowsNothingStored() {
        var r = server.postJson("/v2/action_executions", Map.of("name", "std.echo", "input", Map.of("output", "hi")));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json()).containsEntry("id", null).containsEntry("accepted", null).containsEntry("project_id", null)
                .containsEntry("created_at", null).containsEntry("description", null)
                .containsEntry("workflow_namespace", "").containsEntry("output", "{\"result\": \"hi\"}");
        assertThat(server.postJson("/v2/action_executions", Map.of("input", Map.of())).json().get("faultstring"))
                .isEqualTo("Please provide at least action name to run action.");
    }

    /** A task runtime context with every engine key and two of Mistral's, in that order. */
    private static Map<String, Object> engineAndMistralKeys() {
        Map<String, Object> rc = new java.util.LinkedHashMap<>();
        io.bora.engine.model.EngineKeys.TASK_RUNTIME_CONTEXT.stream().sorted().forEach(k -> rc.put(k, 1));
        rc.put("retry_task_policy", Map.of("retry_no", 1));
        rc.put("wait_after_policy", Map.of("skip", true));
        return rc;
    }
}
