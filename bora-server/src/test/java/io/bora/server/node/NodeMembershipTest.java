package io.bora.server.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bora.engine.runtime.EngineConfig;
import io.bora.store.JdbcStore;
import io.bora.store.cluster.NodeRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A real node lists itself in /v2/services by role group, answers the probes, and leaves on close. */
class NodeMembershipTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aNodeListsItsRoleGroupsAndLeavesWhenItStops(@TempDir Path dir) throws Exception {
        NodeOptions options = new NodeOptions("127.0.0.1", 0, dir, null, null, null, null, "membership-test:7",
                4, EnumSet.of(EngineConfig.Role.API, EngineConfig.Role.ENGINE, EngineConfig.Role.EXECUTOR), Set.of());
        try (Node node = Node.start(options)) {
            String base = "http://127.0.0.1:" + node.port();
            assertThat(get(base + "/health").get("status").asText()).isEqualTo("ok");
            assertThat(get(base + "/ready").get("status").asText()).isEqualTo("ok");

            List<String> services = new ArrayList<>();
            for (JsonNode s : get(base + "/v2/services").get("services")) {
                services.add(s.get("name").asText() + " " + s.get("type").asText());
            }
            assertThat(services).containsExactly("membership-test_7 api_group", "membership-test_7 engine_group",
                    "membership-test_7 executor_group");
        }
        try (JdbcStore store = JdbcStore.openEmbedded(dir)) {
            assertThat(new NodeRegistry(store.dataSource()).seenSince(Instant.EPOCH)).as("the stopped node left").isEmpty();
        }
    }

    private JsonNode get(String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(url + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }
}
