package io.bora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutionCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
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
    void executionGetShowsAllRowsWithMultiLineStateInfoAndDuration() {
        server.json("GET", "/v2/executions/" + Samples.EX2_ID, 200, Samples.FAILED_EXECUTION);

        CliRun r = CliRun.run(server.url(), "execution-get", Samples.EX2_ID);

        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("""
                +--------------------+-----------------------------------------------------------+
                | Field              | Value                                                     |
                +--------------------+-----------------------------------------------------------+
                | ID                 | 0b2c6f7e-3d4a-4b5c-8d9e-0f1a2b3c4d5e                      |
                | Workflow ID        | cc4cab36-1111-4222-8333-444455556666                      |
                | Workflow name      | wf_fail                                                   |
                | Workflow namespace |                                                           |
                | Description        |                                                           |
                | Task Execution ID  | <none>                                                    |
                | Root Execution ID  | <none>                                                    |
                | State              | ERROR                                                     |
                | State info         | Failure caused by error in tasks: boom                    |
                |                    |                                                           |
                |                    |   boom [task_ex_id=42] -> Fail action expected exception. |
                |                    |                                                           |
                | Created at         | 2026-11-27 04:00:00                                       |
                | Updated at         | 2026-11-27 05:01:02                                       |
                | Duration           | 1:01:02                                                   |
                +--------------------+-----------------------------------------------------------+
                """);
    }

    @Test
    void executionListFetchesNewestFirstAndShowsThemOldestFirst() {
        server.json("GET", "/v2/executions", 200, "{\"executions\": [%s, %s]}"
                .formatted(Samples.RUNNING_EXECUTION, Samples.EXECUTION));

        CliRun r = CliRun.run(server.url(), "execution-list", "--filter", "state=in:RUNNING,SUCCESS");

        assertThat(r.out()).isEqualTo("""
                +--------------------------------------+--------------------------------------+---------------+--------------------+------------------------------------+-------------------+-------------------+---------+------------+---------------------+---------------------+------------+
                | ID                                   | Workflow ID                          | Workflow name | Workflow namespace | Description                        | Task Execution ID | Root Execution ID | State   | State info | Created at          | Updated at          | Duration   |
                +--------------------------------------+--------------------------------------+---------------+--------------------+------------------------------------+-------------------+-------------------+---------+------------+---------------------+---------------------+------------+
                | f911a485-ccc4-4af5-ae07-dacd0f6a12fb | cc4cab36-1111-4222-8333-444455556666 | wf1           |                    | d1                                 | <none>            | <none>            | SUCCESS | None       | 2026-11-27 04:02:39 | 2026-11-27 04:02:40 | 0:00:01    |
                | 0b2c6f7e-3d4a-4b5c-8d9e-0f1a2b3c4d5e | cc4cab36-1111-4222-8333-444455556666 | wf_async      |                    | a long description that is not cut | <none>            | <none>            | RUNNING | None       | 2026-11-27 04:05:00 | 2026-11-27 04:05:00 | 0:05:00... |
                +--------------------------------------+--------------------------------------+---------------+--------------------+------------------------------------+-------------------+-------------------+---------+------------+---------------------+---------------------+------------+
                """);
        assertThat(server.last().query()).containsExactly(
                Map.entry("limit", "100"), Map.entry("sort_keys", "created_at"), Map.entry("sort_dirs", "desc"),
                Map.entry("fields", "id,workflow_id,workflow_name,workflow_namespace,description,task_execution_id,"
                        + "root_execution_id,state,state_info,created_at,updated_at"),
                Map.entry("state", "in:RUNNING,SUCCESS"));
    }

    @Test
    void oldestExplicitSortOrMarkerKeepTheServerOrder() {
        server.json("GET", "/v2/executions", 200, "{\"executions\": [%s, %s]}"
                .formatted(Samples.RUNNING_EXECUTION, Samples.EXECUTION));

        CliRun oldest = CliRun.run(server.url(), "execution-list", "--oldest", "-c", "Workflow name", "-f", "value");
        assertThat(oldest.out()).isEqualTo("wf_async\nwf1\n");
        assertThat(server.last().query()).containsEntry("sort_dirs", "asc").containsEntry("limit", "100");

        CliRun sorted = CliRun.run(server.url(), "execution-list", "--sort_keys", "description", "--limit", "-1",
                "-c", "Workflow name", "-f", "value");
        assertThat(sorted.out()).isEqualTo("wf_async\nwf1\n");
        assertThat(server.last().query()).containsEntry("sort_keys", "description").doesNotContainKey("limit");
    }

    @Test
    void rootsOnlyAndTaskBecomeQueryParameters() {
        server.json("GET", "/v2/executions", 200, "{\"executions\": []}");

        CliRun.run(server.url(), "execution-list", "--rootsonly", "--task", Samples.TASK_ID);

        assertThat(server.last().query()).containsEntry("nulls", "root_execution_id")
                .containsEntry("task_execution_id", Samples.TASK_ID);
    }

    @Test
    void executionCreateSendsNameInputAndParamsAsJsonStrings() throws Exception {
        Path params = Files.writeString(dir.resolve("params.json"), "{\"env\": {\"k\": \"v\"}}");
        server.json("POST", "/v2/executions", 201, Samples.EXECUTION);

        CliRun r = CliRun.run(server.url(), "execution-create", "wf1", "{\"x\": \"hello\", \"y\": 5}",
                params.toString(), "-d", "d1");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("| Workflow name      | wf1 ").contains("| Duration           | 0:00:01 ");
        FakeMistral.Request sent = server.last();
        assertThat(sent.contentType()).isEqualTo("application/json");
        JsonNode body = JSON.readTree(sent.body());
        assertThat(body.get("workflow_name").asText()).isEqualTo("wf1");
        assertThat(body.has("workflow_id")).isFalse();
        assertThat(body.get("description").asText()).isEqualTo("d1");
        assertThat(body.get("input").asText()).isEqualTo("{\"x\": \"hello\", \"y\": 5}");
        assertThat(body.get("params").asText()).isEqualTo("{\"env\": {\"k\": \"v\"}}");
    }

    @Test
    void executionCreateByUuidSendsWorkflowId() throws Exception {
        server.json("POST", "/v2/executions", 201, Samples.EXECUTION);

        CliRun.run(server.url(), "execution-create", Samples.WF_ID, "--namespace", "ns");

        JsonNode body = JSON.readTree(server.last().body());
        assertThat(body.get("workflow_id").asText()).isEqualTo(Samples.WF_ID);
        assertThat(body.get("workflow_namespace").asText()).isEqualTo("ns");
        assertThat(body.has("input")).isFalse();
    }

    @Test
    void startErrorsPrintTheFaultstringOnStderrAndExitOne() {
        server.json("POST", "/v2/executions", 404, """
                {"faultcode": "Client", "faultstring": "Workflow not found [workflow_identifier=nope, namespace=]",
                 "debuginfo": null}""");

        CliRun r = CliRun.run(server.url(), "execution-create", "nope");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("Workflow not found [workflow_identifier=nope, namespace=]\n");
    }

    @Test
    void getOutputAndInputArePrettyPythonJson() {
        server.json("GET", "/v2/executions/" + Samples.EX_ID, 200, Samples.EXECUTION);

        assertThat(CliRun.run(server.url(), "execution-get-output", Samples.EX_ID).out()).isEqualTo("""
                {
                    "res": "h\\u00e9llo",
                    "n": [
                        1,
                        2.5
                    ]
                }
                """);
        assertThat(CliRun.run(server.url(), "execution-get-input", Samples.EX_ID).out()).isEqualTo("""
                {
                    "x": "hello",
                    "y": 5
                }
                """);
        assertThat(CliRun.run(server.url(), "execution-get-published", Samples.EX_ID).out()).isEqualTo("{}\n");
    }

    @Test
    void jsonFormatKeepsNullsAndColumnNames() {
        server.json("GET", "/v2/executions/" + Samples.EX_ID, 200, Samples.EXECUTION);

        CliRun r = CliRun.run(server.url(), "execution-get", Samples.EX_ID, "-f", "json", "-c", "ID", "-c", "State info",
                "-c", "Task Execution ID");

        assertThat(r.out()).isEqualTo("""
                {
                  "ID": "f911a485-ccc4-4af5-ae07-dacd0f6a12fb",
                  "Task Execution ID": "<none>",
                  "State info": null
                }
                """);
    }

    @Test
    void updateSendsStateAndEnvAndRejectsUnknownStates() throws Exception {
        server.json("PUT", "/v2/executions/" + Samples.EX_ID, 200, Samples.EXECUTION);

        CliRun r = CliRun.run(server.url(), "execution-update", Samples.EX_ID, "-s", "RUNNING", "-e", "{k: v2}");
        assertThat(r.code()).isZero();
        JsonNode body = JSON.readTree(server.last().body());
        assertThat(body.get("state").asText()).isEqualTo("RUNNING");
        assertThat(body.at("/params/env/k").asText()).isEqualTo("v2");
        assertThat(body.has("description")).isFalse();

        CliRun bad = CliRun.run(server.url(), "execution-update", Samples.EX_ID, "-s", "IDLE");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).startsWith("argument -s/--state: invalid choice: 'IDLE'");
    }

    @Test
    void deleteWithForceSendsForceTrue() {
        server.json("DELETE", "/v2/executions/" + Samples.EX_ID, 204, "");

        CliRun r = CliRun.run(server.url(), "execution-delete", Samples.EX_ID, "--force");

        assertThat(r.out()).isEqualTo("Request to delete execution " + Samples.EX_ID + " has been accepted.\n");
        assertThat(server.last().query()).containsExactly(Map.entry("force", "true"));
    }

    @Test
    void reportPrintsStatisticsAndTree() {
        server.json("GET", "/v2/executions/" + Samples.EX_ID + "/report", 200, """
                {"statistics": {"total_tasks_count": 1, "running_tasks_count": 0, "success_tasks_count": 0,
                   "error_tasks_count": 1, "idle_tasks_count": 0, "paused_tasks_count": 0, "estimated_time": 0},
                 "root_workflow_execution": {"id": "w1", "name": "wf1", "state": "ERROR", "task_executions": [
                   {"id": "t1", "name": "boom", "state": "ERROR", "state_info": "bad\\nthing", "retry_count": 2,
                    "action_executions": [{"id": "a1", "name": "std.fail", "state": "ERROR", "state_info": "x"}]}]}}""");

        CliRun r = CliRun.run(server.url(), "execution-get-report", Samples.EX_ID);

        assertThat(r.out()).isEqualTo("""

                To get more details on a task failure run: mistral task-get <id> -c 'State info'

                ============================== General Statistics ==============================

                Number of tasks in SUCCESS state: 0
                Number of tasks in ERROR state: 1
                Number of tasks in RUNNING state: 0
                Number of tasks in IDLE state: 0
                Number of tasks in PAUSED state: 0

                Estimated time (seconds) for the execution to finish: 0

                ============================== Workflow Execution Tree ==============================

                workflow 'wf1' [ERROR] w1
                    task 'boom' [ERROR] t1
                    (retry count: 2)
                    (error info: bad thing...)
                        action 'std.fail' [ERROR] a1
                        (error info: x...)
                """);
        assertThat(server.last().query()).containsExactly(Map.entry("errors_only", "true"), Map.entry("max_depth", "-1"));
    }

    @Test
    void aMistypedInputFileStaysAV2ErrorInsteadOfAV1Start() {
        CliRun r = CliRun.run(server.url(), "execution-create", "wf1", "missing-input.json");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("'missing-input.json' is neither a readable file nor valid JSON");
        assertThat(server.requests()).isEmpty();
    }
}
