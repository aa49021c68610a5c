package io.bora.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A user drops the example plugin jar into a plugins directory, starts the server with
 * {@code --plugins}, and calls the plugin's action from a workflow. The jar is the one the build
 * made in bora-plugin-example (not on this test's classpath, so only the plugin loader can find it).
 */
class PluginActionTest {

    @Test
    void pluginJarInThePluginsDirectoryProvidesAnAction(@TempDir Path data, @TempDir Path plugins) throws Exception {
        Files.copy(exampleJar(), plugins.resolve("bora-plugin-example.jar"));
        try (BoraProcess node = new BoraProcess(data, BoraProcess.freePort(), List.of("--plugins", plugins.toString())).start()) {
            Api api = new Api(node.url());
            JsonNode action = api.send("GET", "/actions/example.reverse", null, null).body();
            assertThat(action.get("input").asText()).isEqualTo("value");
            api.createWorkflows("""
                    version: '2.0'
                    reverse_it:
                      tasks:
                        flip:
                          action: example.reverse value="bora"
                          publish: {flipped: <% task().result %>}
                    """);
            String id = api.startExecution("reverse_it", Map.of()).get("id").asText();
            await().atMost(Duration.ofSeconds(20)).until(() -> api.execution(id).get("state").asText().equals("SUCCESS"));
            assertThat(api.execution(id).get("output").asText()).isEqualTo("{\"flipped\": \"arob\"}");
        }
    }

    private static Path exampleJar() throws IOException {
        Path target = Path.of("..", "bora-plugin-example", "target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches("bora-plugin-example-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().contains("sources"))
                    .findFirst().orElseThrow(() -> new AssertionError("build bora-plugin-example first"));
        }
    }
}
