package io.bora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TaskActionCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AE_ID = "23e6b0c1-d2e3-4f45-8a6b-7c8d9e0f1a2b";
    private static final String ACTION_EXECUTION = """
            {"id": "%s", "name": "std.echo", "workflow_name": "wf1", "workflow_namespace": "",
             "task_name": "say", "task_execution_id": "%s", "state": "SUCCESS", "state_info": null,
             "tags": null, "description": "", "accepted": true, "input": "{\\"output\\": \\"Hi cli!\\"}",
             "output": "{\\"result\\": \\"Hi cli!\\"}", "project_id": "<default-project>",
             "created_at": "2026-11-27 04:02:39", "updated_at": "2026-11-27 04:02:40"}"""
            .formatted(AE_ID, Samples.TASK_ID);

    private FakeMistral server;

    @BeforeEach
    void start() throws Exception {
        server = new FakeMistral();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void taskListOfAnExecutionUsesTheNestedPath() {
        server.json("GET", "/v2/executions/" + Samples.EX_ID + "/tasks", 200, "{\"tasks\": [%s]}".formatted(Samples.TASK));

        CliRun r = CliRun.run(server.url(), "task-list", Samples.EX_ID);

        assertThat(r.out()).isEqualTo("""
                +--------------------------------------+------+---------------+--------------------+--------------------------------------+---------+------------+---------------------+---------------------+---------------------+----------+
                | ID                                   | Name | Workflow name | Workflow namespace | Workflow Execution ID                | State   | State info | Created at          | Started at          | Finished at         | Duration |
                +--------------------------------------+------+---------------+--------------------+--------------------------------------+---------+------------+---------------------+---------------------+---------------------+----------+
                | 6f5d0a1b-2c3d-4e5f-8a9b-0c1d2e3f4a5b | say  | wf1           |                    | f911a485-ccc4-4af5-ae07-dacd0f6a12fb | SUCCESS | None       | 2026-11-27 04:02:39 | 2026-11-27 04:02:39 | 2026-11-27 04:02:40 | 0:00:01  |
                +--------------------------------------+------+---------------+--------------------+--------------------------------------+---------+------------+---------------------+---------------------+---------------------+----------+
                """);
        assertThat(server.last().query()).containsEntry("limit", "100").containsEntry("sort_dirs", "desc")
                .containsEntry("fields", "id,name,workflow_name,workflow_namespace,workflow_execution_id,state,"
                        + "state_info,created_at,started_at,finished_at");
    }

    @Test
    void taskGetOfARunningTaskShowsNoneAndARunningDuration() {
        server.json("GET", "/v2/tasks/" + Samples.TASK_ID, 200, Samples.TASK
                .replace("\"finished_at\": \"2026-11-27 04:02:40\"", "\"finished_at\": null")
                .replace("\"state\": \"SUCCESS\"", "\"state\": \"RUNNING\""));

        CliRun r = CliRun.run(server.url(), "task-get", Samples.TASK_ID, "-f", "shell", "--prefix", "t_",
                "-c", "State", "-c", "Finished at", "-c", "Duration");

        assertThat(r.out()).isEqualTo("""
                t_state="RUNNING"
                t_finished_at="<none>"
                t_duration="0:07:21..."
                """);
    }

    @Test
    void taskGetResultAndPublishedArePrettyJson() {
        server.json("GET", "/v2/tasks/" + Samples.TASK_ID, 200, Samples.TASK);

        assertThat(CliRun.run(server.url(), "task-get-result", Samples.TASK_ID).out()).isEqualTo("\"Hi cli!\"\n");
        assertThat(CliRun.run(server.url(), "task-get-published", Samples.TASK_ID).out()).isEqualTo("""
                {
                    "greeting": "Hi cli!"
                }
                """);
    }

    @Test
    void taskRerunSendsResetAndEnv() throws Exception {
        server.json("PUT", "/v2/tasks/" + Samples.TASK_ID, 200, Samples.TASK);

        CliRun r = CliRun.run(server.url(), "task-rerun", Samples.TASK_ID, "--resume", "-e", "{\"k\": 1}");

        assertThat(r.code()).isZero();
        JsonNode body = JSON.readTree(server.last().body());
        assertThat(body.get("reset").asBoolean()).isFalse();
        assertThat(body.get("state").asText()).isEqualTo("RUNNING");
        assertThat(body.get("env").asText()).isEqualTo("{\"k\": 1}");
    }

    @Test
    void actionExecutionListAndGetDifferInStateInfo() {
        server.json("GET", "/v2/tasks/" + Samples.TASK_ID + "/action_executions", 200,
                "{\"action_executions\": [%s]}".formatted(ACTION_EXECUTION));
        server.json("GET", "/v2/action_executions/" + AE_ID, 200, ACTION_EXECUTION);

        CliRun list = CliRun.run(server.url(), "action-execution-list", Samples.TASK_ID);
        assertThat(list.out()).isEqualTo("""
                +--------------------------------------+----------+---------------+--------------------+-----------+--------------------------------------+---------+----------+---------------------+---------------------+
                | ID                                   | Name     | Workflow name | Workflow namespace | Task name | Task ID                              | State   | Accepted | Created at          | Updated at          |
                +--------------------------------------+----------+---------------+--------------------+-----------+--------------------------------------+---------+----------+---------------------+---------------------+
                | 23e6b0c1-d2e3-4f45-8a6b-7c8d9e0f1a2b | std.echo | wf1           |                    | say       | 6f5d0a1b-2c3d-4e5f-8a9b-0c1d2e3f4a5b | SUCCESS | True     | 2026-11-27 04:02:39 | 2026-11-27 04:02:40 |
                +--------------------------------------+----------+---------------+--------------------+-----------+--------------------------------------+---------+----------+---------------------+---------------------+
                """);
        assertThat(server.last().query()).doesNotContainKey("fields");

        CliRun get = CliRun.run(server.url(), "action-execution-get", AE_ID, "-f", "value");
        assertThat(get.out()).isEqualTo(String.join("\n", AE_ID, "std.echo", "wf1", "", "say", Samples.TASK_ID,
                "SUCCESS", "None", "True", "2026-11-27 04:02:39", "2026-11-27 04:02:40", ""));
        assertThat(CliRun.run(server.url(), "action-execution-get-output", AE_ID).out())
                .isEqualTo("{\n    \"result\": \"Hi cli!\"\n}\n");
    }

    @Test
    void actionExecutionUpdateSendsOutputAsAnObject() throws Exception {
        server.json("PUT", "/v2/action_executions/" + AE_ID, 200, ACTION_EXECUTION);

        CliRun r = CliRun.run(server.url(), "action-execution-update", AE_ID, "--state", "SUCCESS",
                "--output", "{\"result\": 42}");

        assertThat(r.code()).isZero();
        JsonNode body = JSON.readTree(server.last().body());
        assertThat(body.get("state").asText()).isEqualTo("SUCCESS");
        assertThat(body.at("/output/result").asInt()).isEqualTo(42);

        CliRun nothing = CliRun.run(server.url(), "action-execution-update", AE_ID);
        assertThat(nothing.code()).isEqualTo(1);
        assertThat(nothing.err()).isEqualTo("Please provide either state or output for action execution.\n");
    }

    @Test
    void actionListCutsInputAndDescription() {
        server.json("GET", "/v2/actions", 200, """
                {"actions": [{"id": "std.echo", "name": "std.echo", "is_system": false, "input": "output, delay=0",
                  "description": "Echo action. It returns back what it gets as input.", "tags": null,
                  "definition": "", "scope": null, "namespace": "", "created_at": "", "updated_at": ""}]}""");

        CliRun r = CliRun.run(server.url(), "action-list", "--namespace", "ns", "--sort_keys", "name");

        assertThat(r.out()).isEqualTo("""
                +----------+----------+-----------+-----------------+------------------------------+--------+------------+------------+
                | ID       | Name     | Is system | Input           | Description                  | Tags   | Created at | Updated at |
                +----------+----------+-----------+-----------------+------------------------------+--------+------------+------------+
                | std.echo | std.echo | False     | output, delay=0 | Echo action. It returns b... | <none> |            |            |
                +----------+----------+-----------+-----------------+------------------------------+--------+------------+------------+
                """);
        assertThat(server.last().query()).containsEntry("namespace", "ns").containsEntry("sort_keys", "name");
    }

    @Test
    void runActionPrintsTheOutputStringOrTheSavedExecution() throws Exception {
        server.json("POST", "/v2/action_executions", 201, """
                {"id": null, "name": "std.echo", "state": "SUCCESS", "output": "{\\"result\\": \\"hi\\"}"}""");

        CliRun r = CliRun.run(server.url(), "run-action", "std.echo", "{\"output\": \"hi\"}");
        assertThat(r.out()).isEqualTo("{\"result\": \"hi\"}\n");
        JsonNode body = JSON.readTree(server.last().body());
        assertThat(body.get("input").asText()).isEqualTo("{\"output\": \"hi\"}");
        assertThat(body.has("params")).isFalse();

        server.json("POST", "/v2/action_executions", 201, ACTION_EXECUTION);
        CliRun saved = CliRun.run(server.url(), "run-action", "std.echo", "{\"output\": \"hi\"}", "-s", "-t", "host1");
        assertThat(saved.out()).contains("| State info         | None ").contains("| Accepted           | True ");
        body = JSON.readTree(server.last().body());
        assertThat(body.get("params").asText()).isEqualTo("{\"save_result\": true, \"target\": \"host1\"}");
    }
}
