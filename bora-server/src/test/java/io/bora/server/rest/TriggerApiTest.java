package io.bora.server.rest;

import io.bora.actions.ActionRegistry;
import io.bora.engine.cron.CronTriggerService;
import io.bora.engine.cron.EventTriggerService;
import io.bora.engine.port.Clock;
import io.bora.lang.DslParser;
import io.bora.server.service.DefinitionService;
import io.bora.server.service.TriggeredWorkflows;
import io.bora.store.JdbcStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /v2/cron_triggers} and {@code /v2/event_triggers} over HTTP on a real H2 store (spec §9, §11). */
class TriggerApiTest {
    private static final String WF = """
            version: '2.0'
            %s:
              input:
                - msg
              tasks:
                t:
                  action: std.echo output=<%% $.msg %%>
            """;

    @TempDir
    static Path dir;
    private static JdbcStore store;
    private static RestApi api;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() {
        store = JdbcStore.openEmbedded(dir);
        DefinitionService definitions = new DefinitionService(store.definitions(), store.transactions(), new DslParser(),
                ActionRegistry.standard(), Clock.SYSTEM);
        FakeEngine engine = new FakeEngine(store.executions(), definitions);
        CronTriggerService cron = new CronTriggerService(store.cronTriggers(), store.definitions(), store.jobs(),
                store.transactions(), engine, Clock.SYSTEM);
        EventTriggerService events = new EventTriggerService(store.cronTriggers().eventTriggers(), store.definitions(),
                store.transactions(), Clock.SYSTEM);
        definitions.workflows().guardDeletion(new TriggeredWorkflows(cron, events));
        api = new RestApi(new RestDependencies(definitions, engine, store.executions(), store.transactions(), null, null,
                cron, events)).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        api.stop();
        store.close();
    }

    @Test
    void cronTriggerLifecycle() throws Exception {
        String wfId = upload("ct_wf");
        Reply created = send("POST", "/v2/cron_triggers", Json.write(Map.of("name", "ct_a", "workflow_name", "ct_wf",
                "workflow_input", "{\"msg\": \"x\"}", "pattern", "0 0 1 1 *", "remaining_executions", 3)));
        assertThat(created.status).isEqualTo(201);
        Map<String, Object> t = created.json();
        assertThat(t).containsEntry("workflow_id", wfId).containsEntry("workflow_input", "{\"msg\": \"x\"}")
                .containsEntry("workflow_params", "{}").containsEntry("remaining_executions", 3L)
                .containsEntry("first_execution_time", null).containsEntry("scope", "private")
                .containsEntry("project_id", "<default-project>").doesNotContainKey("updated_at");
        assertThat((String) t.get("next_execution_time")).matches("\\d{4}-01-01 00:00:00");

        Map<String, Object> byName = send("GET", "/v2/cron_triggers/ct_a", null).json();
        assertThat(byName).containsEntry("id", t.get("id")).containsEntry("updated_at", null);
        assertThat(send("GET", "/v2/cron_triggers/" + t.get("id"), null).json()).containsEntry("name", "ct_a");

        Map<String, Object> list = send("GET", "/v2/cron_triggers?remaining_executions=3&fields=name", null).json();
        assertThat(list.get("cron_triggers")).isEqualTo(List.of(Map.of("id", t.get("id"), "name", "ct_a")));

        Reply refused = send("DELETE", "/v2/workflows/ct_wf", null);
        assertThat(refused.status).isEqualTo(400);
        assertThat(refused.json()).containsEntry("faultstring", "Can't delete workflow that has cron triggers "
                + "associated. [workflow_identifier=ct_wf, namespace=], [cron_trigger_id(s)=" + t.get("id") + "]");

        assertThat(send("DELETE", "/v2/cron_triggers/ct_a", null).status).isEqualTo(204);
        Reply gone = send("GET", "/v2/cron_triggers/ct_a", null);
        assertThat(gone.status).isEqualTo(404);
        assertThat(gone.json()).containsEntry("faultstring", "Cron trigger not found [identifier=ct_a]");
        assertThat(send("DELETE", "/v2/workflows/ct_wf", null).status).isEqualTo(204);
    }

    @Test
    void cronTriggerErrors() throws Exception {
        upload("ct_err");
        Reply bad = send("POST", "/v2/cron_triggers", Json.write(Map.of("name", "e1", "workflow_name", "ct_err",
                "workflow_input", Map.of("msg", 1), "pattern", "bogus")));
        assertThat(bad.status).isEqualTo(400);
        assertThat(bad.json()).containsEntry("faultstring", "The specified pattern is not valid: bogus")
                .containsEntry("faultcode", "Client");
        Reply unknown = send("POST", "/v2/cron_triggers", Json.write(Map.of("name", "e1", "workflow_name", "ct_err",
                "pattern", "* * * * *", "bogus", 1)));
        assertThat(unknown.json()).containsEntry("faultstring", "Unknown attribute for argument cron_trigger: bogus");
        Reply input = send("POST", "/v2/cron_triggers", Json.write(Map.of("name", "e1", "workflow_name", "ct_err",
                "pattern", "* * * * *")));
        assertThat(input.json()).containsEntry("faultstring",
                "Invalid input [name=ct_err, class=DirectWorkflowSpec, missing=['msg']]");
        Reply nope = send("POST", "/v2/cron_triggers", Json.write(Map.of("name", "e1", "workflow_name", "nope",
                "pattern", "* * * * *")));
        assertThat(nope.status).isEqualTo(404);
    }

    @Test
    void eventTriggerCrud() throws Exception {
        String wfId = upload("et_wf");
        Reply created = send("POST", "/v2/event_triggers", Json.write(Map.of("name", "et1", "workflow_id", wfId,
                "exchange", "openstack", "topic", "notifications", "event", "compute.instance.create.end",
                "workflow_input", Map.of("msg", "e"))));
        assertThat(created.status).isEqualTo(201);
        Map<String, Object> t = created.json();
        assertThat(t).containsEntry("updated_at", null).containsEntry("workflow_input", "{\"msg\": \"e\"}")
                .containsEntry("workflow_params", "{}").containsEntry("exchange", "openstack");
        String path = "/v2/event_triggers/" + t.get("id");

        Reply missing = send("POST", "/v2/event_triggers", Json.write(Map.of("name", "et2", "workflow_id", wfId)));
        assertThat(missing.status).isEqualTo(400);
        assertThat((String) missing.json().get("faultstring")).startsWith("Params ").endsWith(
                " must be provided for creating event trigger.");

        assertThat(send("GET", "/v2/event_triggers/et1", null).json()).containsEntry("faultstring",
                "Invalid input for field/attribute id. Value: 'et1'. unable to convert to uuid. "
                        + "Error: Expected a uuid but received et1.");
        Reply immutable = send("PUT", path, Json.write(Map.of("topic", "other")));
        assertThat(immutable.json()).containsEntry("faultstring",
                "Can not update fields ['exchange', 'topic', 'event'] of event trigger.");
        Reply updated = send("PUT", path, Json.write(Map.of("workflow_input", Map.of("msg", "u"))));
        assertThat(updated.status).isEqualTo(200);
        assertThat(updated.json()).containsEntry("workflow_input", "{\"msg\": \"u\"}");
        assertThat(updated.json().get("updated_at")).isNotNull();

        Reply refused = send("DELETE", "/v2/workflows/et_wf", null);
        assertThat(refused.json()).containsEntry("faultstring", "Can't delete workflow that has event triggers "
                + "associated. [workflow_identifier=et_wf], [event_trigger_id(s)=" + t.get("id") + "]");
        assertThat(send("DELETE", path, null).status).isEqualTo(204);
        Reply again = send("DELETE", path, null);
        assertThat(again.status).isEqualTo(404);
        assertThat(again.json()).containsEntry("faultstring", "Event trigger not found [id=" + t.get("id") + "].");
    }

    private static String upload(String name) throws Exception {
        Reply r = send("POST", "/v2/workflows", WF.formatted(name), "text/plain");
        assertThat(r.status).as(r.body).isEqualTo(201);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> wfs = (List<Map<String, Object>>) r.json().get("workflows");
        return (String) wfs.getFirst().get("id");
    }

    private static Reply send(String method, String path, String body) throws Exception {
        return send(method, path, body, "application/json");
    }

    private static Reply send(String method, String path, String body, String type) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", type)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body());
    }

    private record Reply(int status, String body) {
        @SuppressWarnings("unchecked")
        Map<String, Object> json() throws IOException {
            return (Map<String, Object>) Json.parse(body);
        }
    }
}
