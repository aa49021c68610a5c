package io.bora.server.rest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Workbooks, ad-hoc and system actions, environments. */
class DefinitionsApiTest {
    @TempDir
    static Path dir;
    static ApiServer server;

    static final String WB = """
            ---
            version: '2.0'
            name: wb1
            tags: [wb]

            actions:
              greet:
                description: greets somebody
                base: std.echo
                base-input:
                  output: "Hello, <% $.who %>!"
                input:
                  - who

            workflows:
              main:
                input:
                  - who: world
                tasks:
                  hello:
                    action: wb1.greet who=<% $.who %>
            """;

    static final String ACTIONS = """
            ---
            version: '2.0'

            concat:
              description: joins two strings
              base: std.echo
              base-input:
                output: "<% $.a %>-<% $.b %>"
              input:
                - a
                - b: zz

            hello:
              base: std.echo
              base-input:
                output: hello
            """;

    @BeforeAll
    static void start() {
        server = new ApiServer(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void workbookStoresItsWorkflowsAndActionsAndDeleteLeavesThem() {
        var created = server.postText("/v2/workbooks", WB);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json()).containsEntry("name", "wb1").containsEntry("definition", WB)
                .containsEntry("tags", List.of("wb")).doesNotContainKey("updated_at");
        assertThat(server.postText("/v2/workbooks", WB).json()).isEqualTo(Map.of("faultstring",
                "Duplicate entry for WorkbookDefinition ['name', 'namespace', 'project_id']: wb1, , None"));
        var wf = server.get("/v2/workflows/wb1.main").json();
        assertThat(wf.get("definition")).isEqualTo("main:\n  input:\n    - who: world\n  tasks:\n    hello:\n"
                + "      action: wb1.greet who=<% $.who %>\n");
        assertThat(wf.get("input")).isEqualTo("who=\"world\"");
        var action = server.get("/v2/actions/wb1.greet").json();
        assertThat(action).containsEntry("input", "who").containsEntry("description", "greets somebody")
                .containsEntry("is_system", false);
        assertThat((String) action.get("definition")).startsWith("greet:\n");

        var updated = server.putText("/v2/workbooks", WB.replace("tags: [wb]", "tags: [wb, v2]"));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("tags")).isEqualTo(List.of("wb", "v2"));
        assertThat(server.putText("/v2/workbooks", "---\nversion: '2.0'\nname: nowb\n").json())
                .isEqualTo(Map.of("faultstring", "Workbook not found [name=nowb, namespace=]"));

        assertThat(server.delete("/v2/workbooks/wb1").status()).isEqualTo(204);
        assertThat(server.delete("/v2/workbooks/wb1").json().get("faultstring"))
                .isEqualTo("Workbook not found [workbook_name=wb1, namespace=]");
        assertThat(server.get("/v2/workflows/wb1.main").status()).isEqualTo(200);
        assertThat(server.postText("/v2/workbooks", WB).status()).isEqualTo(201);
    }

    @Test
    @SuppressWarnings("unchecked")
    void actionsMergeSystemAndAdHoc() {
        var created = server.postText("/v2/actions", ACTIONS);
        assertThat(created.status()).isEqualTo(201);
        List<Map<String, Object>> actions = (List<Map<String, Object>>) created.json().get("actions");
        assertThat(actions).extracting(a -> a.get("input")).containsExactly("a, b=\"zz\"", null);
        assertThat(actions).allSatisfy(a -> assertThat(a.get("definition")).isEqualTo(ACTIONS));
        assertThat(server.get("/v2/actions/hello").json().get("input")).isEqualTo("");

        var echo = server.get("/v2/actions/std.echo").json();
        assertThat(echo).containsEntry("id", "std.echo").containsEntry("input", "output, delay=0")
                .containsEntry("created_at", "").containsEntry("tags", null).containsEntry("scope", null);

        var list = server.get("/v2/actions?name=in:std.echo,std.noop,concat&sort_dirs=desc").json();
        assertThat((List<Map<String, Object>>) list.get("actions")).extracting(a -> a.get("name"))
                .containsExactly("std.noop", "std.echo", "concat");
        var page = server.get("/v2/actions?name=has:std.ec&limit=1").json();
        assertThat(page.get("next")).isEqualTo(server.base()
                + "/v2/actions?sort_keys=name,id&sort_dirs=asc,asc&name=has:std.ec&namespace=eq:&limit=1&marker=std.echo");

        assertThat(server.delete("/v2/actions/std.echo").json().get("faultstring"))
                .isEqualTo("Action definition not found [action_name=std.echo, namespace=]");
        assertThat(server.delete("/v2/actions/hello").status()).isEqualTo(204);
        assertThat(server.get("/v2/actions/hello").json().get("faultstring"))
                .isEqualTo("Action not found [name=hello, namespace=]");
        assertThat(server.postText("/v2/actions/validate", "---\nversion: '2.0'\nx:\n  base: std.echo\n  bogus: 1\n")
                .json().get("valid")).isEqualTo(false);
    }

    @Test
    void environmentsKeepVariablesAsJsonStringsAndReplaceOnPut() {
        var created = server.postJson("/v2/environments",
                Map.of("name", "env1", "variables", Map.of("greeting", "hey", "n", 1)));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json()).doesNotContainKey("description").doesNotContainKey("updated_at");
        assertThat((String) created.json().get("variables")).contains("\"greeting\": \"hey\"", "\"n\": 1");
        assertThat(server.postJson("/v2/environments", Map.of("name", "env2", "variables", "{\"k\": \"v\"}"))
                .json().get("variables")).isEqualTo("{\"k\": \"v\"}");
        assertThat(server.postJson("/v2/environments", Map.of("name", "env1")).status()).isEqualTo(409);
        assertThat(server.postJson("/v2/environments", Map.of("name", "e3", "bogus", 1)).json().get("faultstring"))
                .isEqualTo("Unknown attribute for argument env: bogus");
        assertThat(server.postJson("/v2/environments", Map.of("name", "e3", "variables", "[1]")).json()
                .get("faultstring")).isEqualTo("JsonType field value must be a dictionary [actual=[1]]");
        assertThat(server.send("POST", "/v2/environments", "name: x", "text/plain").status()).isEqualTo(415);
        assertThat(server.postJson("/v2/environments", "{\"name\": ").json().get("faultstring"))
                .isEqualTo("Request is not in valid JSON format");
        assertThat(server.postJson("/v2/environments", Map.of("name", "e4", "scope", "public")).status())
                .isEqualTo(403);

        var replaced = server.putJson("/v2/environments", Map.of("name", "env2", "variables", Map.of("only", true)));
        assertThat(replaced.json()).containsEntry("variables", "{\"only\": true}").containsEntry("description", null);
        var described = server.putJson("/v2/environments", Map.of("name", "env2", "description", "changed"));
        assertThat(described.json()).containsEntry("variables", "{\"only\": true}").containsEntry("description", "changed");
        assertThat(server.putJson("/v2/environments", Map.of("variables", Map.of())).json().get("faultstring"))
                .isEqualTo("Name of the environment is not provided.");
        assertThat(server.get("/v2/environments/env2").json()).containsEntry("description", "changed");
        assertThat(server.delete("/v2/environments/env2").status()).isEqualTo(204);
        assertThat(server.get("/v2/environments/env2").json().get("faultstring"))
                .isEqualTo("Environment not found [name=env2]");
    }
}
