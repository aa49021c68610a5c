package io.bora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed document's v1 session: the tables must come out exactly as printed there. */
class SeedV1TablesTest {
    private static final String EX = "bcf47b8c-6d44-4732-b32d-ebef92662f38";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String V1_DEFINITION = "Services:\n  Echo:\n    type: ECHO\n";

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
    void executionGetWithWorkbookAndIdShowsTheSeedTable() {
        server.json("GET", "/v1/workbooks/echo_workbook/executions/" + EX, 200, """
                {"id": "%s", "workbook_name": "echo_workbook", "task": "MyEchoTask",
                 "state": "SUCCESS", "context": "{}"}""".formatted(EX));

        CliRun r = CliRun.run(server.url(), "execution-get", "echo_workbook", EX);

        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("""
                +----------+--------------------------------------+
                | Field    | Value                                |
                +----------+--------------------------------------+
                | ID       | bcf47b8c-6d44-4732-b32d-ebef92662f38 |
                | Workbook | echo_workbook                        |
                | Target   | MyEchoTask                           |
                | State    | SUCCESS                              |
                +----------+--------------------------------------+
                """);
    }

    @Test
    void taskListWithWorkbookAndExecutionShowsTheSeedTable() {
        server.json("GET", "/v1/workbooks/echo_workbook/executions/" + EX + "/tasks", 200, """
                {"tasks": [
                  {"id": "e5cb4a7a-b6c6-46ec-b62b-aa385bd3f8c2", "workbook_name": "echo_workbook",
                   "execution_id": "%1$s", "name": "MyEchoTask", "description": null,
                   "action": "MyEcho:EchoWords", "state": "SUCCESS", "tags": []},
                  {"id": "1c99cc02-e1b0-44c2-b961-8589164bb851", "workbook_name": "echo_workbook",
                   "execution_id": "%1$s", "name": "logPassTask", "description": null,
                   "action": "MyEcho:EchoWords", "state": "SUCCESS", "tags": null}]}""".formatted(EX));

        CliRun r = CliRun.run(server.url(), "task-list", "echo_workbook", EX);

        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("""
                +--------------------------------------+---------------+--------------------------------------+-------------+-------------+---------+--------+
                | ID                                   | Workbook      | Execution                            | Name        | Description | State   | Tags   |
                +--------------------------------------+---------------+--------------------------------------+-------------+-------------+---------+--------+
                | e5cb4a7a-b6c6-46ec-b62b-aa385bd3f8c2 | echo_workbook | bcf47b8c-6d44-4732-b32d-ebef92662f38 | MyEchoTask  | <none>      | SUCCESS | <none> |
                | 1c99cc02-e1b0-44c2-b961-8589164bb851 | echo_workbook | bcf47b8c-6d44-4732-b32d-ebef92662f38 | logPassTask | <none>      | SUCCESS | <none> |
                +--------------------------------------+---------------+--------------------------------------+-------------+-------------+---------+--------+
                """);
        assertThat(server.last().query()).isEmpty();
    }

    @Test
    void v1WorkbookListShowsTheSeedTable() {
        server.json("GET", "/v1/workbooks", 200, """
                {"workbooks": [{"name": "echo_workbook", "description": "My test workbook", "tags": ["test"]},
                               {"name": "my_workbook", "description": "My test workbook", "tags": ["test"]}]}""");

        CliRun r = CliRun.run(server.url(), "workbook-list", "--v1");

        assertThat(r.out()).isEqualTo("""
                +---------------+------------------+------+
                | Name          | Description      | Tags |
                +---------------+------------------+------+
                | echo_workbook | My test workbook | test |
                | my_workbook   | My test workbook | test |
                +---------------+------------------+------+
                """);
    }

    @Test
    void emptyV1ListsShowOneRowOfNone() {
        server.json("GET", "/v1/workbooks/wb/executions", 200, "{\"executions\": []}");

        CliRun r = CliRun.run(server.url(), "execution-list", "wb");

        assertThat(r.out()).isEqualTo("""
                +--------+----------+--------+--------+
                | ID     | Workbook | Target | State  |
                +--------+----------+--------+--------+
                | <none> | <none>   | <none> | <none> |
                +--------+----------+--------+--------+
                """);
    }

    @Test
    void unknownV1ExecutionPrintsTheFaultstringAndFails() {
        server.json("GET", "/v1/workbooks/wb/executions/nope", 404, """
                {"faultcode": "Client", "faultstring": "Execution not found [id=nope]", "debuginfo": null}""");

        CliRun r = CliRun.run(server.url(), "execution-get", "wb", "nope");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("Execution not found [id=nope]\n");
    }

    @Test
    void v1WorkbookCreateByNameThenUploadsTheDefinition() throws Exception {
        Path file = Files.writeString(dir.resolve("v1wb.yaml"), V1_DEFINITION);
        server.json("POST", "/v1/workbooks", 201, """
                {"name": "v1wb", "description": "seed v1 workbook", "tags": ["seed", "v1"]}""");
        server.text("PUT", "/v1/workbooks/v1wb/definition", 200, V1_DEFINITION);

        CliRun r = CliRun.run(server.url(), "workbook-create", "v1wb", "seed v1 workbook", "seed,v1", file.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("""
                +-------------+------------------+
                | Field       | Value            |
                +-------------+------------------+
                | Name        | v1wb             |
                | Description | seed v1 workbook |
                | Tags        | seed, v1         |
                +-------------+------------------+
                """);
        FakeMistral.Request create = server.requests().get(0);
        JsonNode body = JSON.readTree(create.body());
        assertThat(body.get("name").asText()).isEqualTo("v1wb");
        assertThat(body.get("tags").toString()).isEqualTo("[\"seed\",\"v1\"]");
        FakeMistral.Request upload = server.last();
        assertThat(upload.method()).isEqualTo("PUT");
        assertThat(upload.contentType()).isEqualTo("text/plain");
        assertThat(upload.body()).isEqualTo(V1_DEFINITION);
    }

    @Test
    void v1ExecutionCreateIsRecognisedByATaskNameInsteadOfJson() throws Exception {
        server.json("POST", "/v1/workbooks/v1wb/executions", 201, """
                {"id": "%s", "workbook_name": "v1wb", "task": "first", "state": "RUNNING",
                 "context": "{\\"person\\": \\"John\\"}"}""".formatted(EX));

        CliRun r = CliRun.run(server.url(), "execution-create", "v1wb", "first", "{\"person\": \"John\"}");

        assertThat(r.out()).isEqualTo("""
                +----------+--------------------------------------+
                | Field    | Value                                |
                +----------+--------------------------------------+
                | ID       | bcf47b8c-6d44-4732-b32d-ebef92662f38 |
                | Workbook | v1wb                                 |
                | Target   | first                                |
                | State    | RUNNING                              |
                +----------+--------------------------------------+
                """);
        JsonNode body = JSON.readTree(server.last().body());
        assertThat(body.get("workbook_name").asText()).isEqualTo("v1wb");
        assertThat(body.get("task").asText()).isEqualTo("first");
        assertThat(body.get("context").asText()).isEqualTo("{\"person\": \"John\"}");
    }

    @Test
    void v1TaskGetTakesWorkbookExecutionAndTask() {
        server.json("GET", "/v1/workbooks/wb/executions/" + EX + "/tasks/t1", 200, """
                {"id": "t1", "workbook_name": "wb", "execution_id": "%s", "name": "first",
                 "description": "says hello", "action": "Echo:say", "state": "SUCCESS", "tags": ["a"]}""".formatted(EX));

        CliRun r = CliRun.run(server.url(), "task-get", "wb", EX, "t1", "-f", "value");

        assertThat(r.out()).isEqualTo(String.join("\n", "t1", "wb", EX, "first", "says hello", "SUCCESS", "a", ""));
    }
}
