package io.bora.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bora.server.node.Node;
import io.bora.server.node.NodeOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Action inputs marked secret (here std.http's auth) never come back through the API. */
class SecretMaskingTest {

    @Test
    void secretInputsAreMaskedInActionExecutions(@TempDir Path data) throws Exception {
        int closedPort = BoraProcess.freePort();
        try (Node node = Node.start(new NodeOptions("127.0.0.1", BoraProcess.freePort(), data, null, null, null, null,
                "mask-node", 4))) {
            Api api = new Api("http://127.0.0.1:" + node.port());
            api.createWorkflows("""
                    version: '2.0'
                    with_secret:
                      tasks:
                        call:
                          action: std.http
                          input:
                            url: http://127.0.0.1:%d/nothing
                            auth: [user, s3cret]
                    """.formatted(closedPort));
            String id = api.startExecution("with_secret", Map.of()).get("id").asText();
            await().atMost(Duration.ofSeconds(30)).until(() -> !api.execution(id).get("state").asText().equals("RUNNING"));
            String taskId = api.tasks(id).get(0).get("id").asText();
            JsonNode action = api.send("GET", "/tasks/" + taskId + "/action_executions", null, null).body()
                    .get("action_executions").get(0);
            Map<?, ?> input = new ObjectMapper().readValue(action.get("input").asText(), Map.class);
            assertThat(input.get("auth")).isEqualTo("******");
            assertThat(input.get("url")).isEqualTo("http://127.0.0.1:" + closedPort + "/nothing");
            assertThat(action.toString()).doesNotContain("s3cret");
        }
    }
}
