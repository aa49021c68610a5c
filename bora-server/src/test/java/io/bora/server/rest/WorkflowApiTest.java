package io.bora.server.rest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WorkflowApiTest {
    @TempDir
    static Path dir;
    static ApiServer server;

    static final String TWO = """
            ---
            version: '2.0'

            wf_echo:
              tags: [t1, echo]
              input:
                - msg
                - extra: 5
                - nothing: null
              output:
                res: <% $.r %>
              tasks:
                say:
                  action: std.echo output=<% $.msg %>
                  publish:
                    r: <% task().result %>

            wf_noop:
              tags: [t1]
              tasks:
                noop:
                  action: std.noop
            """;

    static String single(String name, String description) {
        return "---\nversion: '2.0'\n" + name + ":\n  description: " + description
                + "\n  tags: [page]\n  tasks:\n    noop:\n      action: std.noop\n";
    }

    @BeforeAll
    static void start() {
        server = new ApiServer(dir);
        assertThat(server.postText("/v2/workflows", TWO).status()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void uploadAnswersInterfaceObjectsAndGetAnswersJsonStrings() {
        var created = server.postText("/v2/workflows", single("wf_one", "one"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.contentType()).startsWith("application/json");
        Map<String, Object> wf = ((List<Map<String, Object>>) created.json().get("workflows")).getFirst();
        assertThat(wf).doesNotContainKey("updated_at");
        assertThat(wf.get("interface")).isEqualTo(Map.of("input", List.of(), "output", List.of()));
        assertThat(wf.get("definition")).isEqualTo(single("wf_one", "one"));
        assertThat((String) wf.get("created_at")).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");

        var got = server.get("/v2/workflows/wf_echo").json();
        assertThat(got.get("input")).isEqualTo("msg, extra=\"5\", nothing=\"None\"");
        assertThat(got.get("interface"))
                .isEqualTo("{\"input\": [\"msg\", {\"extra\": 5}, {\"nothing\": null}], \"output\": [\"res\"]}");
        assertThat(got).containsEntry("updated_at", null).containsEntry("project_id", "<default-project>");
        // each workflow of a multi-workflow document gets its own section
        assertThat((String) got.get("definition")).startsWith("version: '2.0'\nwf_echo:\n").doesNotContain("wf_noop");
        assertThat(server.get("/v2/workflows/" + got.get("id")).json().get("name")).isEqualTo("wf_echo");
    }

    @Test
    void duplicateStoresNothingAndAnswersThePlainErrorBody() {
        String doc = single("wf_new_one", "x") + single("wf_echo", "dup").substring("---\nversion: '2.0'\n".length());
        var r = server.postText("/v2/workflows", doc);
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json()).isEqualTo(Map.of("faultstring",
                "Duplicate entry for WorkflowDefinition ['name', 'namespace', 'project_id']: wf_echo, , None"));
        var missing = server.get("/v2/workflows/wf_new_one");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json()).containsEntry("faultcode", "Client").containsEntry("debuginfo", null)
                .containsEntry("faultstring", "Workflow not found [workflow_identifier=wf_new_one, namespace=]");
    }

    @Test
    void invalidDslGivesMistralsFirstLineThenThePosition() {
        String bad = "---\nversion: '2.0'\nwf_bad:\n  tasks:\n    t1:\n      actionx: std.noop\n";
        var r = server.postText("/v2/workflows", bad);
        assertThat(r.status()).isEqualTo(400);
        String msg = (String) r.json().get("faultstring");
        assertThat(msg.split("\n")[0]).isEqualTo("Invalid DSL: Additional properties are not allowed ('actionx' was unexpected)");
        assertThat(msg).contains("\n  at line ");
        var v = server.postText("/v2/workflows/validate", bad).json();
        assertThat(v.get("valid")).isEqualTo(false);
        assertThat(server.postText("/v2/workflows/validate", TWO).json()).isEqualTo(Map.of("valid", true));
        assertThat(server.postText("/v2/workflows?scope=bogus", single("wf_s", "s")).json().get("faultstring"))
                .isEqualTo("Scope must be one of the following: ['private', 'public']; actual: bogus");
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsFilterProjectAndPageWithNextLinks() {
        for (String n : List.of("pg_a", "pg_b", "pg_c")) {
            assertThat(server.postText("/v2/workflows", single(n, n)).status()).isEqualTo(201);
        }
        var first = server.get("/v2/workflows?name=has:pg_&sort_keys=name&limit=2&fields=name").json();
        List<Map<String, Object>> items = (List<Map<String, Object>>) first.get("workflows");
        assertThat(items).extracting(m -> m.get("name")).containsExactly("pg_a", "pg_b");
        assertThat(items.getFirst().keySet()).containsExactly("id", "name");
        String next = (String) first.get("next");
        assertThat(next).isEqualTo(server.base().replace("127.0.0.1", "127.0.0.1")
                + "/v2/workflows?sort_keys=name,id&sort_dirs=asc,asc&name=has:pg_&limit=2&marker="
                + items.get(1).get("id") + "&fields=id,name");
        var second = server.get(next.substring(server.base().length())).json();
        assertThat((List<Map<String, Object>>) second.get("workflows")).extracting(m -> m.get("name"))
                .containsExactly("pg_c");
        assertThat(second).doesNotContainKey("next");
        assertThat(server.get("/v2/workflows?tags=t1,echo&fields=name").json().get("workflows"))
                .isEqualTo(List.of(Map.of("id", server.get("/v2/workflows/wf_echo").json().get("id"), "name", "wf_echo")));
        var unknown = server.get("/v2/workflows?fields=name,bogus");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("faultstring")).isEqualTo("Some fields do not exist  [bogus], please choose from "
                + "[id, name, namespace, input, interface, definition, tags, scope, project_id, created_at, updated_at]");
        assertThat(server.get("/v2/workflows?limit=0").json().get("faultstring")).isEqualTo("Limit must be positive.");
        assertThat(server.get("/v2/workflows?marker=00000000-0000-4000-8000-000000000000").status()).isEqualTo(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void updatesByNameAndByIdAndDeletesInNamespaces() {
        assertThat(server.postText("/v2/workflows?namespace=ns1", single("wf_ns", "in ns")).status()).isEqualTo(201);
        assertThat(server.postText("/v2/workflows", single("wf_ns", "default")).status()).isEqualTo(201);
        var put = server.putText("/v2/workflows?namespace=ns1", single("wf_ns", "changed")).json();
        Map<String, Object> updated = ((List<Map<String, Object>>) put.get("workflows")).getFirst();
        assertThat(updated.get("namespace")).isEqualTo("ns1");
        assertThat((String) updated.get("updated_at")).isNotNull();
        var byId = server.putText("/v2/workflows/" + updated.get("id") + "?namespace=ns1", single("wf_ns", "by id"));
        assertThat(byId.status()).isEqualTo(200);
        assertThat((String) byId.json().get("definition")).contains("by id");
        assertThat(server.putText("/v2/workflows", single("wf_never", "x")).json())
                .isEqualTo(Map.of("faultstring", "Workflow not found [workflow_identifier=wf_never, namespace=]"));
        assertThat(server.delete("/v2/workflows/wf_ns?namespace=ns1").status()).isEqualTo(204);
        assertThat(server.delete("/v2/workflows/wf_ns?namespace=ns1").status()).isEqualTo(404);
        assertThat(server.get("/v2/workflows/wf_ns").json().get("namespace")).isEqualTo("");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anUpdateThatChangesNothingKeepsUpdatedAtUnset() {
        assertThat(server.postText("/v2/workflows", single("wf_same", "same")).status()).isEqualTo(201);
        var put = server.putText("/v2/workflows", single("wf_same", "same")).json();
        assertThat(((List<Map<String, Object>>) put.get("workflows")).getFirst()).doesNotContainKey("updated_at");
        assertThat(server.get("/v2/workflows/wf_same").json()).containsEntry("updated_at", null);
    }

    @Test
    void unknownPathsAndMethodsAnswerJson() {
        var missing = server.get("/v2/nothing_here");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json()).containsEntry("faultcode", "Client");
        assertThat(server.send("PATCH", "/v2/workflows", "{}", "application/json").status()).isIn(404, 405);
    }

    @Test
    void rootAndVersionLinks() {
        var root = server.get("/").json();
        assertThat(root.toString()).contains("v2.0", server.base() + "/v2");
        var redirect = server.get("/v2");
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.location()).isEqualTo(server.base() + "/v2/");
        assertThat(server.get("/v2/").json()).isEqualTo(Map.of("uri", server.base() + "/v2"));
        assertThat(server.get("/v2/services").status()).isEqualTo(406);
        assertThat(server.get("/v2/code_sources").status()).isEqualTo(403);
    }
}
