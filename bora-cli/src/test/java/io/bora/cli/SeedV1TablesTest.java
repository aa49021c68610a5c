package io.bora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The seed document's v1 session: the tables must come out exactly as printed there. */
class SeedV1TablesTest {
    private static final String EX = "bcf47b8c-6d44-4732-b32d-ebef92662f38";
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
}
