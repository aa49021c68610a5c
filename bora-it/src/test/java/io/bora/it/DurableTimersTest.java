package io.bora.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Policy timers are rows in the database: a node killed (-9) while tasks wait in wait-before, a
 * retry delay or a timeout fires each of them once after its restart — not twice, not never.
 */
class DurableTimersTest {
    private static final String WORKFLOWS = """
            version: '2.0'
            timer_wait_before:
              tasks:
                later:
                  wait-before: 3
                  action: std.echo output="after the wait"
            timer_retry:
              tasks:
                flaky:
                  action: std.fail
                  retry: {count: 1, delay: 3}
            timer_timeout:
              tasks:
                stuck:
                  timeout: 3
                  action: std.async_noop
            """;

    @Test
    void timersArmedBeforeAKillFireOnceAfterTheRestart(@TempDir Path data) throws Exception {
        int port = BoraProcess.freePort();
        String waitBefore;
        String retry;
        String timeout;
        try (BoraProcess first = new BoraProcess(data, port, List.of()).start()) {
            Api api = new Api(first.url());
            api.createWorkflows(WORKFLOWS);
            waitBefore = api.startExecution("timer_wait_before", Map.of()).get("id").asText();
            retry = api.startExecution("timer_retry", Map.of()).get("id").asText();
            timeout = api.startExecution("timer_timeout", Map.of()).get("id").asText();
            await().atMost(Duration.ofSeconds(20)).until(() ->
                    taskState(api, waitBefore).equals("DELAYED") && taskState(api, retry).equals("DELAYED")
                            && taskState(api, timeout).equals("RUNNING"));
            first.kill();
        }
        try (BoraProcess second = new BoraProcess(data, port, List.of()).start()) {
            Api api = new Api(second.url());
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                    state(api, waitBefore).equals("SUCCESS") && state(api, retry).equals("ERROR")
                            && state(api, timeout).equals("ERROR"));
            assertThat(actionCount(api, waitBefore)).as("wait-before ran its action once").isEqualTo(1);
            assertThat(actionCount(api, retry)).as("count 1 = two attempts, no more").isEqualTo(2);
            assertThat(api.tasks(timeout).get(0).get("state_info").asText()).isEqualTo("Task timed out [timeout(s)=3].");
        }
    }

    private static String state(Api api, String id) throws Exception {
        return api.execution(id).get("state").asText();
    }

    private static String taskState(Api api, String id) throws Exception {
        JsonNode tasks = api.tasks(id);
        return tasks.isEmpty() ? "" : tasks.get(0).get("state").asText();
    }

    private static int actionCount(Api api, String executionId) throws Exception {
        String taskId = api.tasks(executionId).get(0).get("id").asText();
        return api.send("GET", "/tasks/" + taskId + "/action_executions", null, null).body().get("action_executions").size();
    }
}
