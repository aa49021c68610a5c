package io.bora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookWorkflowCommandsTest {
    private static final String WB_TABLE = """
            +------------+---------------------+
            | Field      | Value               |
            +------------+---------------------+
            | Name       | my_wb               |
            | Namespace  |                     |
            | Tags       | cli, conformance    |
            | Scope      | private             |
            | Created at | 2026-11-27 04:01:21 |
            | Updated at | None                |
            +------------+---------------------+
            """;

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
    void workbookCreateSendsTheFileAsTextPlainAndShowsTheWorkbook() throws Exception {
        String yaml = "---\nversion: '2.0'\nname: my_wb\ntags: [cli, conformance]\nworkflows: {}\n";
        Path file = Files.writeString(dir.resolve("wb.yaml"), yaml);
        server.json("POST", "/v2/workbooks", 201, Samples.WORKBOOK);

        CliRun r = CliRun.run(server.url(), "workbook-create", file.toString(), "--namespace", "ns1");

        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(WB_TABLE);
        FakeMistral.Request sent = server.last();
        assertThat(sent.contentType()).isEqualTo("text/plain");
        assertThat(sent.body()).isEqualTo(yaml);
        assertThat(sent.query()).containsExactly(
                java.util.Map.entry("scope", "private"), java.util.Map.entry("namespace", "ns1"));
    }

    @Test
    void workbookUpdateWithPublicUsesPut() throws Exception {
        Path file = Files.writeString(dir.resolve("wb.yaml"), "name: my_wb\n");
        server.json("PUT", "/v2/workbooks", 200, Samples.WORKBOOK);

        CliRun r = CliRun.run(server.url(), "workbook-update", file.toString(), "--public");

        assertThat(r.out()).isEqualTo(WB_TABLE);
        assertThat(server.last().method()).isEqualTo("PUT");
        assertThat(server.last().query()).containsEntry("scope", "public").doesNotContainKey("namespace");
    }

    @Test
    void workbookListShowsRowsAndSendsFiltersAndSort() {
        server.json("GET", "/v2/workbooks", 200, """
                {"workbooks": [%s, {"name": "other", "namespace": "ns", "tags": [], "scope": "public",
                  "created_at": "2026-11-27 04:01:22", "updated_at": "2026-11-27 04:03:00"}]}"""
                .formatted(Samples.WORKBOOK));

        CliRun r = CliRun.run(server.url(), "workbook-list", "--filter", "name=has:my", "--filter", "scope=private",
                "--limit", "5", "--sort_keys", "name");

        assertThat(r.out()).isEqualTo("""
                +-------+-----------+------------------+---------+---------------------+---------------------+
                | Name  | Namespace | Tags             | Scope   | Created at          | Updated at          |
                +-------+-----------+------------------+---------+---------------------+---------------------+
                | my_wb |           | cli, conformance | private | 2026-11-27 04:01:21 | None                |
                | other | ns        | <none>           | public  | 2026-11-27 04:01:22 | 2026-11-27 04:03:00 |
                +-------+-----------+------------------+---------+---------------------+---------------------+
                """);
        assertThat(server.last().query()).containsExactly(
                java.util.Map.entry("limit", "5"), java.util.Map.entry("sort_keys", "name"),
                java.util.Map.entry("sort_dirs", "asc"), java.util.Map.entry("name", "has:my"),
                java.util.Map.entry("scope", "private"));
    }

    @Test
    void emptyListStillPrintsTheHeaderAndOneEmptyRow() {
        server.json("GET", "/v2/workbooks", 200, "{\"workbooks\": []}");

        CliRun r = CliRun.run(server.url(), "workbook-list");

        assertThat(r.out()).isEqualTo("""
                +------+-----------+------+-------+------------+------------+
                | Name | Namespace | Tags | Scope | Created at | Updated at |
                +------+-----------+------+-------+------------+------------+
                |      |           |      |       |            |            |
                +------+-----------+------+-------+------------+------------+
                """);
    }

    @Test
    void getDefinitionPrintsTheRawText() {
        server.json("GET", "/v2/workbooks/my_wb", 200, Samples.WORKBOOK);

        CliRun r = CliRun.run(server.url(), "workbook-get-definition", "my_wb");

        assertThat(r.out()).isEqualTo("---\nversion: '2.0'\nname: my_wb\n");
    }

    @Test
    void deletingSeveralReportsEachAndFailsIfOneFails() {
        server.json("DELETE", "/v2/workbooks/a", 204, "");
        server.json("DELETE", "/v2/workbooks/b", 404, """
                {"faultcode": "Client", "faultstring": "Workbook not found [name=b, namespace=]", "debuginfo": null}""");
        server.json("DELETE", "/v2/workbooks/c d", 204, "");

        CliRun r = CliRun.run(server.url(), "workbook-delete", "a", "b", "c d");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("""
                Request to delete workbook a has been accepted.
                Request to delete workbook c d has been accepted.
                """);
        assertThat(r.err()).isEqualTo("""
                Workbook not found [name=b, namespace=]
                Unable to delete the specified workbook(s).
                """);
    }

    @Test
    void workflowCreateShowsOneRowPerWorkflowWithInputCut() throws Exception {
        Path file = Files.writeString(dir.resolve("wf.yaml"), "version: '2.0'\nwf1: {}\n");
        server.json("POST", "/v2/workflows", 201, """
                {"workflows": [{"id": "%s", "name": "wf1", "namespace": "", "input": "who, punct=\\"!\\"",
                  "interface": {"input": ["who"], "output": []}, "definition": "...", "tags": ["cli"],
                  "scope": "private", "project_id": "<default-project>", "created_at": "2026-11-27 04:01:21"},
                 {"id": "%s", "name": "wf2", "namespace": "", "input": "alpha, beta, gamma=\\"a very long default\\"",
                  "tags": [], "scope": "private", "project_id": "<default-project>",
                  "created_at": "2026-11-27 04:01:21"}]}""".formatted(Samples.WF_ID, Samples.EX_ID));

        CliRun r = CliRun.run(server.url(), "workflow-create", file.toString());

        assertThat(r.out()).isEqualTo("""
                +--------------------------------------+------+-----------+-------------------+--------+------------------------------+---------+---------------------+------------+
                | ID                                   | Name | Namespace | Project ID        | Tags   | Input                        | Scope   | Created at          | Updated at |
                +--------------------------------------+------+-----------+-------------------+--------+------------------------------+---------+---------------------+------------+
                | cc4cab36-1111-4222-8333-444455556666 | wf1  |           | <default-project> | cli    | who, punct="!"               | private | 2026-11-27 04:01:21 | None       |
                | f911a485-ccc4-4af5-ae07-dacd0f6a12fb | wf2  |           | <default-project> | <none> | alpha, beta, gamma="a ver... | private | 2026-11-27 04:01:21 | None       |
                +--------------------------------------+------+-----------+-------------------+--------+------------------------------+---------+---------------------+------------+
                """);
        assertThat(server.last().contentType()).isEqualTo("text/plain");
        assertThat(server.last().query()).containsEntry("scope", "private");
    }

    @Test
    void workflowListAsksForTheDisplayedFields() {
        server.json("GET", "/v2/workflows", 200, "{\"workflows\": []}");

        CliRun r = CliRun.run(server.url(), "workflow-list", "--filter", "name=in:a,b", "--marker", Samples.WF_ID);

        assertThat(r.code()).isZero();
        assertThat(server.last().query()).containsExactly(
                java.util.Map.entry("marker", Samples.WF_ID), java.util.Map.entry("sort_keys", "created_at"),
                java.util.Map.entry("sort_dirs", "asc"),
                java.util.Map.entry("fields", "id,name,namespace,project_id,tags,input,scope,created_at,updated_at"),
                java.util.Map.entry("name", "in:a,b"));
    }

    @Test
    void validateShowsValidAndErrorWithPythonBooleans() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.yaml"), "bad");
        server.json("POST", "/v2/workflows/validate", 200, """
                {"valid": false, "error": "Invalid DSL: 'version' is a required property"}""");

        CliRun r = CliRun.run(server.url(), "workflow-validate", file.toString());

        assertThat(r.out()).isEqualTo("""
                +-------+-----------------------------------------------+
                | Field | Value                                         |
                +-------+-----------------------------------------------+
                | Valid | False                                         |
                | Error | Invalid DSL: 'version' is a required property |
                +-------+-----------------------------------------------+
                """);
        assertThat(server.last().body()).isEqualTo("bad");
        assertThat(server.last().contentType()).isEqualTo("text/plain");
    }

    @Test
    void missingDefinitionFileIsOneClearLine() {
        CliRun r = CliRun.run(server.url(), "workflow-create", dir.resolve("nope.yaml").toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("can't open '").endsWith("nope.yaml': No such file or directory\n");
        assertThat(server.requests()).isEmpty();
    }
}
