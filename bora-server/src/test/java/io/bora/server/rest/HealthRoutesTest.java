package io.bora.server.rest;

import io.bora.actions.ActionRegistry;
import io.bora.engine.port.Clock;
import io.bora.lang.DslParser;
import io.bora.server.service.DefinitionService;
import io.bora.store.JdbcStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** /health answers while the process serves; /ready follows the database check. */
class HealthRoutesTest {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void readyFollowsTheDatabaseWhileHealthStaysOk(@TempDir Path dir) throws Exception {
        AtomicBoolean databaseAnswers = new AtomicBoolean(true);
        try (JdbcStore store = JdbcStore.openEmbedded(dir)) {
            DefinitionService definitions = new DefinitionService(store.definitions(), store.transactions(),
                    new DslParser(), ActionRegistry.standard(), Clock.SYSTEM);
            RestApi api = new RestApi(new RestDependencies(definitions, new FakeEngine(store.executions(), definitions),
                    store.executions(), store.transactions(), null, null, null, null, databaseAnswers::get));
            api.start("127.0.0.1", 0);
            try {
                String base = "http://127.0.0.1:" + api.port();
                assertThat(get(base + "/health")).isEqualTo(new Answer(200, Map.of("status", "ok")));
                assertThat(get(base + "/ready")).isEqualTo(new Answer(200, Map.of("status", "ok")));

                databaseAnswers.set(false);
                assertThat(get(base + "/health")).isEqualTo(new Answer(200, Map.of("status", "ok")));
                assertThat(get(base + "/ready")).isEqualTo(new Answer(503,
                        Map.of("status", "unavailable", "reason", "the database does not answer")));

                databaseAnswers.set(true);
                assertThat(get(base + "/ready").status()).isEqualTo(200);
            } finally {
                api.stop();
            }
        }
    }

    private record Answer(int status, Object body) {
    }

    private Answer get(String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return new Answer(r.statusCode(), Json.parse(r.body()));
    }
}
