package io.bora.server.rest;

import io.javalin.config.RoutesConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class RestApiExtrasTest {
    @TempDir
    Path dir;

    @Test
    void extraRouteGroupsAreServedWithTheSameErrorMappingAndExpressionsEvaluate() {
        Consumer<RoutesConfig> v1 = routes -> {
            routes.get("/v1/", ctx -> ctx.result("{\"uri\": \"v1\"}"));
            routes.get("/v1/fail", ctx -> {
                throw HttpError.notFound("Workbook not found [name=x]");
            });
        };
        try (ApiServer server = new ApiServer(dir, (store, defs) -> new FakeEngine(store.executions(), defs),
                List.of(v1))) {
            assertThat(server.get("/v1/").body()).isEqualTo("{\"uri\": \"v1\"}");
            var failed = server.get("/v1/fail");
            assertThat(failed.status()).isEqualTo(404);
            assertThat(failed.json()).containsEntry("faultcode", "Client").containsEntry("debuginfo", null)
                    .containsEntry("faultstring", "Workbook not found [name=x]");
            assertThat(server.get("/v2/workflows").status()).isEqualTo(200);
            var evaluated = server.postJson("/v2/expressions/evaluate",
                    Map.of("expression", "<% 1 + 2 %>", "context", Map.of()));
            assertThat(evaluated.json()).isEqualTo(Map.of("result", 3L));
        }
    }
}
