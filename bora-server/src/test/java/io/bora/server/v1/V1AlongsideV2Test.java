package io.bora.server.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bora.actions.ActionRegistry;
import io.bora.engine.cron.CronTriggerService;
import io.bora.engine.cron.EventTriggerService;
import io.bora.engine.port.Clock;
import io.bora.engine.runtime.Engine;
import io.bora.engine.runtime.EngineConfig;
import io.bora.engine.runtime.Workers;
import io.bora.lang.DslParser;
import io.bora.server.node.ActionsAdapter;
import io.bora.server.rest.RestApi;
import io.bora.server.rest.RestDependencies;
import io.bora.server.service.DefinitionService;
import io.bora.store.JdbcStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The v1 routes served by the v2 RestApi, as the node wires them: both views of one workbook agree. */
class V1AlongsideV2Test {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dataDir;
    static JdbcStore store;
    static Workers workers;
    static RestApi api;
    static String base;

    @BeforeAll
    static void start() {
        store = JdbcStore.openEmbedded(dataDir);
        ActionRegistry registry = ActionRegistry.standard();
        ActionsAdapter actions = new ActionsAdapter(registry, "http://127.0.0.1:0");
        Engine engine = new Engine(new EngineConfig("v1-v2-test", 4, Duration.ofMinutes(5), null), store.transactions(),
                store.definitions(), store.executions(), store.jobs(), actions, actions, Clock.SYSTEM);
        workers = new Workers(engine, store.jobs(), store.executions(), actions, Clock.SYSTEM);
        CronTriggerService cron = new CronTriggerService(store.cronTriggers(), store.definitions(), store.jobs(),
                store.transactions(), engine, Clock.SYSTEM);
        EventTriggerService events = new EventTriggerService(store.cronTriggers().eventTriggers(), store.definitions(),
                store.transactions(), Clock.SYSTEM);
        DefinitionService definitions = new DefinitionService(store.definitions(), store.transactions(), new DslParser(),
                registry, Clock.SYSTEM);
        V1Api v1 = new V1Api(store.definitions(), store.transactions(), engine, store.executions(), Clock.SYSTEM, cron);
        api = new RestApi(new RestDependencies(definitions, engine, store.executions(), store.transactions(), null, null,
                cron, events), List.of(v1::register)).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + api.port();
        workers.start();
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.stop();
        }
        if (workers != null) {
            workers.stop(Duration.ofSeconds(5));
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void aV1WorkbookIsAV2WorkbookAndItsExecutionsAreV2Executions() throws Exception {
        assertThat(send("POST", "/v1/workbooks", "application/json",
                "{\"name\": \"echo_workbook\", \"description\": \"My test workbook\", \"tags\": [\"test\"]}").statusCode())
                .isEqualTo(201);
        String definition = V1ApiTest.ECHO_WORKBOOK;
        assertThat(send("PUT", "/v1/workbooks/echo_workbook/definition", "text/plain", definition).statusCode())
                .isEqualTo(200);

        JsonNode v2 = json(send("GET", "/v2/workbooks/echo_workbook", null, null));
        assertThat(v2.get("definition").asText()).isEqualTo(definition);
        assertThat(v2.get("tags").toString()).contains("test");
        assertThat(json(send("GET", "/v2/workflows/echo_workbook.MyEchoTask", null, null)).get("name").asText())
                .isEqualTo("echo_workbook.MyEchoTask");

        String id = json(send("POST", "/v1/workbooks/echo_workbook/executions", "application/json",
                "{\"workbook_name\": \"echo_workbook\", \"task\": \"MyEchoTask\"}")).get("id").asText();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                json(send("GET", "/v1/workbooks/echo_workbook/executions/" + id, null, null)).get("state").asText(),
                "SUCCESS"::equals);
        JsonNode asV2 = json(send("GET", "/v2/executions/" + id, null, null));
        assertThat(asV2.get("workflow_name").asText()).isEqualTo("echo_workbook.MyEchoTask");
        assertThat(asV2.get("state").asText()).isEqualTo("SUCCESS");

        HttpResponse<String> missing = send("GET", "/v1/workbooks/nope", null, null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).get("faultstring").asText()).contains("nope");
        assertThat(send("GET", "/v1/", null, null).statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> send(String method, String path, String type, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }
}
