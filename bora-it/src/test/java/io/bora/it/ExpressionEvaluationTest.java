package io.bora.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bora.server.node.Node;
import io.bora.server.node.NodeOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** POST /v2/expressions/evaluate against a context, and against a finished execution (task() works). */
class ExpressionEvaluationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path data;
    private static Node node;
    private static Api api;

    @BeforeAll
    static void start() throws Exception {
        node = Node.start(new NodeOptions("127.0.0.1", BoraProcess.freePort(), data, null, null, null, null, "eval-node", 8));
        api = new Api("http://127.0.0.1:" + node.port());
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void evaluatesAgainstAGivenContext() throws Exception {
        Api.Response r = api.send("POST", "/expressions/evaluate", "application/json",
                JSON.writeValueAsString(Map.of("expression", "<% $.a + 1 %>", "context", Map.of("a", 41))));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("result").asInt()).isEqualTo(42);
        Api.Response bad = api.send("POST", "/expressions/evaluate", "application/json",
                JSON.writeValueAsString(Map.of("expression", "<% $.a + %>", "context", Map.of())));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("faultstring").asText()).contains("$.a +");
    }

    @Test
    void evaluatesAgainstAnExecutionWithItsTasks() throws Exception {
        api.createWorkflows("""
                version: '2.0'
                eval_me:
                  tasks:
                    first:
                      action: std.echo output="hello"
                      publish: {greeting: <% task().result %>}
                """);
        String id = api.startExecution("eval_me", Map.of()).get("id").asText();
        await().atMost(Duration.ofSeconds(20)).until(() -> api.execution(id).get("state").asText().equals("SUCCESS"));
        JsonNode r = api.send("POST", "/expressions/evaluate", "application/json", JSON.writeValueAsString(
                Map.of("expression", "<% $.greeting + ' / ' + task(first).result %>", "execution_id", id))).body();
        assertThat(r.get("result").asText()).isEqualTo("hello / hello");
        assertThat(api.send("POST", "/expressions/evaluate", "application/json", JSON.writeValueAsString(
                Map.of("expression", "<% 1 %>", "execution_id", "00000000-0000-0000-0000-000000000000"))).status())
                .isEqualTo(404);
    }
}
