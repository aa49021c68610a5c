package io.bora.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * kill -9 of a node in the middle of running executions, then a restart on the same data: no
 * committed execution is lost, and the interrupted ones run to completion (the actions allow
 * safe-rerun, so an action cut off by the kill runs again instead of failing).
 */
class CrashRecoveryTest {
    private static final String WORKFLOW = """
            version: '2.0'
            crash_chain:
              input: [n]
              task-defaults:
                safe-rerun: true
              tasks:
                t1:
                  action: std.echo output=<% $.n %> delay=1
                  publish: {v1: <% task().result %>}
                  on-success: t2
                t2:
                  action: std.echo output=<% $.v1 + 1 %> delay=1
                  publish: {v2: <% task().result %>}
                  on-success: t3
                t3:
                  action: std.echo output=<% $.v2 + 1 %>
                  publish: {v3: <% task().result %>}
            """;

    @Test
    void killedNodeResumesEveryExecutionAfterRestart(@TempDir Path data) throws Exception {
        int port = BoraProcess.freePort();
        List<String> ids = new ArrayList<>();
        try (BoraProcess first = new BoraProcess(data, port, List.of()).start()) {
            Api api = new Api(first.url());
            api.createWorkflows(WORKFLOW);
            for (int i = 0; i < 20; i++) ids.add(api.startExecution("crash_chain", Map.of("n", i)).get("id").asText());
            // Kill once some executions have moved past their first task, while others are mid-action.
            await().atMost(Duration.ofSeconds(30)).until(() -> countTasks(api, ids) > ids.size());
            first.kill();
        }
        try (BoraProcess second = new BoraProcess(data, port, List.of()).start()) {
            Api api = new Api(second.url());
            assertThat(second.log()).as("the restarted node took back the killed node's in-flight work")
                    .containsPattern("recovered [1-9][0-9]* unfinished job");
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                    .until(() -> allFinished(api, ids));
            for (int i = 0; i < ids.size(); i++) {
                JsonNode ex = api.execution(ids.get(i));
                assertThat(ex.get("state").asText()).as("execution %d: %s", i, ex).isEqualTo("SUCCESS");
                assertThat(ex.get("output").asText()).contains("\"v3\": " + (i + 2));
            }
        }
    }

    private static int countTasks(Api api, List<String> ids) throws Exception {
        int n = 0;
        for (String id : ids) n += api.tasks(id).size();
        return n;
    }

    private static boolean allFinished(Api api, List<String> ids) throws Exception {
        for (String id : ids) {
            String state = api.execution(id).get("state").asText();
            if (!state.equals("SUCCESS") && !state.equals("ERROR")) return false;
        }
        return true;
    }
}
