package io.bora.server.rest;

import io.bora.actions.ActionRegistry;
import io.bora.engine.api.ExecutionService;
import io.bora.engine.port.Clock;
import io.bora.lang.DslParser;
import io.bora.server.service.DefinitionService;
import io.bora.store.JdbcStore;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import io.javalin.config.RoutesConfig;
import java.util.function.BiFunction;

/** The REST API on a free port over a real embedded H2 store, plus an HTTP client for tests. */
final class ApiServer implements AutoCloseable {
    final JdbcStore store;
    final DefinitionService definitions;
    final ExecutionService engine;
    final RestApi api;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    ApiServer(Path dataDir) {
        this(dataDir, (store, defs) -> new FakeEngine(store.executions(), defs));
    }

    ApiServer(Path dataDir, BiFunction<JdbcStore, DefinitionService, ExecutionService> engineFactory) {
        this(dataDir, engineFactory, List.of());
    }

    ApiServer(Path dataDir, BiFunction<JdbcStore, DefinitionService, ExecutionService> engineFactory,
              List<Consumer<RoutesConfig>> extraRoutes) {
        store = JdbcStore.openEmbedded(dataDir);
        definitions = new DefinitionService(store.definitions(), store.transactions(), new DslParser(),
                ActionRegistry.standard(), Clock.SYSTEM);
        engine = engineFactory.apply(store, definitions);
        api = new RestApi(new RestDependencies(definitions, engine, store.executions(), store.transactions(),
                (expr, ctx) -> expr.equals("<% 1 + 2 %>") ? 3L : ctx.get(expr), null), extraRoutes);
        api.start("127.0.0.1", 0);
    }

    String base() {
        return "http://127.0.0.1:" + api.port();
    }

    Reply get(String path) {
        return send("GET", path, null, null);
    }

    Reply delete(String path) {
        return send("DELETE", path, null, null);
    }

    Reply postText(String path, String text) {
        return send("POST", path, text, "text/plain");
    }

    Reply putText(String path, String text) {
        return send("PUT", path, text, "text/plain");
    }

    Reply postJson(String path, Object body) {
        return send("POST", path, body instanceof String s ? s : Json.write(body), "application/json");
    }

    Reply putJson(String path, Object body) {
        return send("PUT", path, body instanceof String s ? s : Json.write(body), "application/json");
    }

    Reply send(String method, String path, String body, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(20));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(null),
                    r.headers().firstValue("Content-Type").orElse(null));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        api.stop();
        store.close();
    }

    /** One answer; {@code json()} parses the body. */
    record Reply(int status, String body, String location, String contentType) {
        @SuppressWarnings("unchecked")
        Map<String, Object> json() {
            try {
                return (Map<String, Object>) Json.parse(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }
}
