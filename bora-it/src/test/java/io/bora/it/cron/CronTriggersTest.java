package io.bora.it.cron;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bora.it.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Cron triggers on real clocks and real server processes: a trigger a few seconds ahead starts its
 * workflow once; two nodes on one PostgreSQL fire every due time exactly once between them.
 */
class CronTriggersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final String WF = """
            version: '2.0'
            cron_target:
              input:
                - msg
              tasks:
                t:
                  action: std.echo output=<% $.msg %>
            """;

    @Test
    void aTriggerAFewSecondsAheadStartsItsWorkflowOnce(@TempDir Path data) throws Exception {
        try (ServerNode node = ServerNode.start(List.of("--data", data.toString()))) {
            Api api = new Api(node.url());
            api.createWorkflows(WF);
            String first = SECONDS.format(Instant.now().plusSeconds(3));
            JsonNode trigger = create(api, Map.of("name", "once", "workflow_name", "cron_target",
                    "workflow_input", Map.of("msg", "tick"), "first_execution_time", first));
            assertThat(trigger.get("next_execution_time").asText()).isEqualTo(first);
            String id = trigger.get("id").asText();

            // remaining_executions 1: the firing deletes the trigger in the transaction that starts the execution
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                    .until(() -> api.send("GET", "/cron_triggers/once", null, null).status() == 404);
            List<JsonNode> started = executions(api);
            assertThat(started).hasSize(1);
            JsonNode ex = started.getFirst();
            JsonNode description = JSON.readTree(ex.get("description").asText());
            assertThat(description.get("triggered_by").get("id").asText()).isEqualTo(id);
            assertThat(description.get("triggered_by").get("name").asText()).isEqualTo("once");
            assertThat(JSON.readTree(ex.get("input").asText()).get("msg").asText()).isEqualTo("tick");
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() ->
                    api.execution(ex.get("id").asText()).get("state").asText().equals("SUCCESS"));
            assertThat(Instant.parse(ex.get("created_at").asText().replace(' ', 'T') + "Z"))
                    .isAfterOrEqualTo(Instant.from(SECONDS.parse(first)));
        }
    }

    @Test
    void twoNodesOnOneDatabaseFireEachDueTimeOnce() throws Exception {
        int triggers = 8;
        try (ClusterDatabase db = ClusterDatabase.create();
             ServerNode a = ServerNode.start(List.of("--db-url", db.jdbcUrl(), "--node-name", "node-a"));
             ServerNode b = ServerNode.start(List.of("--db-url", db.jdbcUrl(), "--node-name", "node-b"))) {
            Api apiA = new Api(a.url());
            Api apiB = new Api(b.url());
            apiA.createWorkflows(WF);
            // due times a second apart, all soon: both nodes' loops race for every one of them
            Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(4);
            Map<String, String> names = new HashMap<>();
            for (int i = 0; i < triggers; i++) {
                Api api = i % 2 == 0 ? apiA : apiB;
                JsonNode t = create(api, Map.of("name", "tick" + i, "workflow_name", "cron_target",
                        "workflow_input", Map.of("msg", "tick" + i), "pattern", "* * * * *",
                        "remaining_executions", 1, "first_execution_time", SECONDS.format(base.plusSeconds(i))));
                names.put(t.get("id").asText(), "tick" + i);
            }
            await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(250)).until(() ->
                    apiA.send("GET", "/cron_triggers", null, null).body().get("cron_triggers").isEmpty());

            Map<String, Integer> firings = new HashMap<>();
            for (JsonNode ex : executions(apiB)) {
                String triggerId = JSON.readTree(ex.get("description").asText()).get("triggered_by").get("id").asText();
                firings.merge(triggerId, 1, Integer::sum);
            }
            Map<String, Integer> expected = new LinkedHashMap<>();
            names.keySet().forEach(id -> expected.put(id, 1));
            assertThat(firings).as("executions per trigger (one due time each)").isEqualTo(expected);
        }
    }

    private static JsonNode create(Api api, Map<String, Object> body) throws Exception {
        Api.Response r = api.send("POST", "/cron_triggers", "application/json", JSON.writeValueAsString(body));
        assertThat(r.status()).as(String.valueOf(r.body())).isEqualTo(201);
        return r.body();
    }

    private static List<JsonNode> executions(Api api) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        api.send("GET", "/executions?workflow_name=cron_target", null, null).body().get("executions").forEach(out::add);
        return out;
    }
}
