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

class EnvironmentCronEvalTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENV = """
            {"id": "e1", "name": "my_env", "description": "CLI env", "variables": "{\\"greeting\\": \\"hey\\", \\"n\\": 1}",
             "scope": "private", "project_id": "<default-project>", "created_at": "2026-11-27 04:01:21",
             "updated_at": null}""";

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
    void environmentCreateReadsYamlAndSendsVariablesAsAJsonString() throws Exception {
        Path file = Files.writeString(dir.resolve("env.yaml"),
                "name: my_env\ndescription: CLI env\nvariables:\n  greeting: hey\n  n: 1\n");
        server.json("POST", "/v2/environments", 201, ENV);

        CliRun r = CliRun.run(server.url(), "environment-create", file.toString());

        assertThat(r.out()).isEqualTo("""
                +-------------+------------------------+
                | Field       | Value                  |
                +-------------+------------------------+
                | Name        | my_env                 |
                | Description | CLI env                |
                | Variables   | {                      |
                |             |     "greeting": "hey", |
                |             |     "n": 1             |
                |             | }                      |
                | Scope       | private                |
                | Created at  | 2026-11-27 04:01:21    |
                | Updated at  | <none>                 |
                +-------------+------------------------+
                """);
        JsonNode body = JSON.readTree(server.last().body());
        assertThat(body.get("name").asText()).isEqualTo("my_env");
        assertThat(body.get("variables").asText()).isEqualTo("{\"greeting\": \"hey\", \"n\": 1}");
    }

    @Test
    void environmentListAndExport() {
        server.json("GET", "/v2/environments", 200, "{\"environments\": [%s]}".formatted(ENV));
        server.json("GET", "/v2/environments/my_env", 200, ENV);

        assertThat(CliRun.run(server.url(), "environment-list").out()).isEqualTo("""
                +--------+-------------+---------+---------------------+------------+
                | Name   | Description | Scope   | Created at          | Updated at |
                +--------+-------------+---------+---------------------+------------+
                | my_env | CLI env     | private | 2026-11-27 04:01:21 | <none>     |
                +--------+-------------+---------+---------------------+------------+
                """);
        assertThat(CliRun.run(server.url(), "environment-get", "my_env", "--export").out()).isEqualTo("""
                +-------------+-----------------------------+
                | Field       | Value                       |
                +-------------+-----------------------------+
                | name        | my_env                      |
                | description | CLI env                     |
                | scope       | private                     |
                | variables   | {"greeting": "hey", "n": 1} |
                +-------------+-----------------------------+
                """);
    }

    @Test
    void cronTriggerCreateSendsTheMistralBody() throws Exception {
        server.json("POST", "/v2/cron_triggers", 201, """
                {"id": "3c76", "name": "ct1", "workflow_name": "wf1", "workflow_id": "x", "workflow_input": "{}",
                 "workflow_params": "{}", "pattern": "0 0 1 1 *", "first_execution_time": null,
                 "next_execution_time": "2027-01-01 00:00:00", "remaining_executions": 3, "scope": "private",
                 "project_id": "p", "created_at": "2026-11-27 04:01:21"}""");

        CliRun r = CliRun.run(server.url(), "cron-trigger-create", "ct1", "wf1", "{\"who\": \"cron\"}",
                "--pattern", "0 0 1 1 *", "--count", "3", "--first-time", "2026-12-01 10:00", "--utc");

        assertThat(r.out()).isEqualTo("""
                +----------------------+---------------------+
                | Field                | Value               |
                +----------------------+---------------------+
                | Name                 | ct1                 |
                | Workflow             | wf1                 |
                | Params               | {}                  |
                | Pattern              | 0 0 1 1 *           |
                | Next execution time  | 2027-01-01 00:00:00 |
                | Remaining executions | 3                   |
                | Created at           | 2026-11-27 04:01:21 |
                | Updated at           | None                |
                +----------------------+---------------------+
                """);
        JsonNode body = JSON.readTree(server.last().body());
        assertThat(body.get("workflow_name").asText()).isEqualTo("wf1");
        assertThat(body.get("pattern").asText()).isEqualTo("0 0 1 1 *");
        assertThat(body.get("remaining_executions").asInt()).isEqualTo(3);
        assertThat(body.get("first_execution_time").asText()).isEqualTo("2026-12-01 10:00");
        assertThat(body.get("workflow_input").asText()).isEqualTo("{\"who\": \"cron\"}");
        assertThat(body.has("workflow_params")).isFalse();
    }

    @Test
    void cronTriggerListSendsFieldsAndDeleteReportsEach() {
        server.json("GET", "/v2/cron_triggers", 200, "{\"cron_triggers\": []}");
        server.json("DELETE", "/v2/cron_triggers/ct1", 204, "");

        CliRun.run(server.url(), "cron-trigger-list", "--filter", "name=has:ct");
        assertThat(server.last().query()).containsEntry("name", "has:ct").containsEntry("fields",
                "name,workflow_name,workflow_params,pattern,next_execution_time,remaining_executions,created_at,updated_at");

        assertThat(CliRun.run(server.url(), "cron-trigger-delete", "ct1").out())
                .isEqualTo("Request to delete cron trigger ct1 has been accepted.\n");
    }

    @Test
    void evalSendsTheWrappedExpressionWithAContextFile() throws Exception {
        Path context = Files.writeString(dir.resolve("ctx.json"), "{\"x\": [1, 2]}");
        server.json("POST", "/v2/expressions/evaluate", 200, "{\"result\": {\"sum\": 3, \"ok\": true}}");

        CliRun r = CliRun.run(server.url(), "eval", "--yaql", "--context", context.toString(), "{sum => $.x.sum()}");

        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("{\n    \"sum\": 3,\n    \"ok\": true\n}\n");
        JsonNode body = JSON.readTree(server.last().body());
        assertThat(body.get("expression").asText()).isEqualTo("<% {sum => $.x.sum()} %>");
        assertThat(body.at("/context/x/1").asInt()).isEqualTo(2);
        assertThat(body.has("execution_id")).isFalse();
    }

    @Test
    void evalAgainstAnExecutionAndItsErrors() throws Exception {
        server.json("POST", "/v2/expressions/evaluate", 400, """
                {"faultcode": "Client", "faultstring": "YAQL parse error at 7 in '$.x + ': unexpected end of expression",
                 "debuginfo": null}""");

        CliRun r = CliRun.run(server.url(), "eval", "--execution", Samples.EX_ID, "<% $.x + %>");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("YAQL parse error at 7 in '$.x + ': unexpected end of expression\n");
        JsonNode body = JSON.readTree(server.last().body());
        assertThat(body.get("expression").asText()).isEqualTo("<% $.x + %>");
        assertThat(body.get("execution_id").asText()).isEqualTo(Samples.EX_ID);
        assertThat(body.has("context")).isFalse();

        server.json("POST", "/v2/expressions/evaluate", 200, "{\"result\": \"B=True\"}");
        assertThat(CliRun.run(server.url(), "eval", "--jinja", "'B=' ~ true").out()).isEqualTo("\"B=True\"\n");
        assertThat(JSON.readTree(server.last().body()).get("expression").asText()).isEqualTo("{{ 'B=' ~ true }}");
    }

    @Test
    void serviceListAndYamlOutput() {
        server.json("GET", "/v2/services", 200, """
                {"services": [{"name": "host1_1234", "type": "executor_group"}]}""");

        assertThat(CliRun.run(server.url(), "service-list").out()).isEqualTo("""
                +------------+----------------+
                | Name       | Type           |
                +------------+----------------+
                | host1_1234 | executor_group |
                +------------+----------------+
                """);
        assertThat(CliRun.run(server.url(), "service-list", "-f", "yaml").out())
                .isEqualTo("- Name: host1_1234\n  Type: executor_group\n");
    }

    @Test
    void urlComesFromOptionThenBoraUrlThenOsMistralUrlWithOrWithoutV2() {
        server.json("GET", "/v2/services", 200, "{\"services\": []}");

        assertThat(CliRun.run(Map.of("BORA_URL", "http://127.0.0.1:1"), "service-list", "--url", server.url() + "/v2/")
                .code()).isZero();
        assertThat(CliRun.run(Map.of("OS_MISTRAL_URL", server.url() + "/v2"), "service-list").code()).isZero();
        assertThat(CliRun.run(Map.of(), "--os-mistral-url", server.url(), "service-list").code()).isZero();

        CliRun unreachable = CliRun.run(Map.of("BORA_URL", "http://127.0.0.1:1/v2"), "service-list");
        assertThat(unreachable.code()).isEqualTo(1);
        assertThat(unreachable.err()).isEqualTo(
                "Unable to connect to http://127.0.0.1:1 (is the server running? set --url or BORA_URL)\n");
    }

    @Test
    void badUsageExitsTwoAndBadFilterExitsOne() {
        CliRun unknown = CliRun.run(server.url(), "workbook-lst");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("workbook-lst");

        CliRun badFormat = CliRun.run(server.url(), "workbook-list", "-f", "shell");
        assertThat(badFormat.code()).isEqualTo(2);
        assertThat(badFormat.err()).startsWith(
                "argument -f/--format: invalid choice: 'shell' (choose from csv, json, table, value, yaml)\n");

        CliRun badFilter = CliRun.run(server.url(), "workbook-list", "--filter", "name");
        assertThat(badFilter.code()).isEqualTo(1);
        assertThat(badFilter.err()).isEqualTo("Invalid filter: name\n");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void helpListsTheCommandsAndVersionNamesBora() {
        CliRun help = CliRun.run(server.url(), "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("execution-list", "task-get-sub-executions", "event-trigger-create", "eval");

        CliRun commandHelp = CliRun.run(server.url(), "help", "execution-list");
        assertThat(commandHelp.out()).startsWith("Usage: bora execution-list").contains("--oldest", "--sort_keys");

        assertThat(CliRun.run(server.url(), "--version").out()).isEqualTo("bora dev\n");
        assertThat(server.requests()).isEmpty();
    }
}
