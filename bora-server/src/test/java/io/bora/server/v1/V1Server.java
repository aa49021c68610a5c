package io.bora.server.v1;

import io.bora.actions.ActionRegistry;
import io.bora.engine.cron.CronTriggerService;
import io.bora.engine.port.Clock;
import io.bora.engine.runtime.Engine;
import io.bora.engine.runtime.EngineConfig;
import io.bora.engine.runtime.Workers;
import io.bora.lang.v1.V1Workbook;
import io.bora.server.node.ActionsAdapter;
import io.bora.store.JdbcStore;
import io.javalin.Javalin;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real node for the /v1 tests: embedded H2 store, engine, workers, std actions, and Javalin
 * serving only the v1 routes on a free port.
 */
final class V1Server implements AutoCloseable {
    final JdbcStore store;
    final Engine engine;
    final Workers workers;
    final CronTriggerService cron;
    final Javalin app;
    final String base;
    final List<V1Workbook> uploads = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    V1Server(Path dataDir) throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        base = "http://127.0.0.1:" + port;
        store = JdbcStore.openEmbedded(dataDir);
        ActionsAdapter actions = new ActionsAdapter(ActionRegistry.standard(), base);
        engine = new Engine(new EngineConfig("v1-test", 4, Duration.ofMinutes(5), base), store.transactions(),
                store.definitions(), store.executions(), store.jobs(), actions, actions, Clock.SYSTEM);
        workers = new Workers(engine, store.jobs(), store.executions(), actions, Clock.SYSTEM);
        cron = new CronTriggerService(store.cronTriggers(), store.definitions(), store.jobs(), store.transactions(),
                engine, Clock.SYSTEM);
        V1Api api = new V1Api(store.definitions(), store.transactions(), engine, store.executions(), Clock.SYSTEM,
                cron, uploads::add);
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.startupWatcherEnabled = false;
            config.concurrency.useVirtualThreads = true;
            config.router.ignoreTrailingSlashes = true;
            api.register(config.routes);
        });
        app.start("127.0.0.1", port);
        workers.start();
    }

    HttpResponse<String> send(String method, String path, String body, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path) {
        return send("GET", path, null, null);
    }

    HttpResponse<String> json(String method, String path, String body) {
        return send(method, path, body, "application/json");
    }

    HttpResponse<String> text(String method, String path, String body) {
        return send(method, path, body, "text/plain");
    }

    @Override
    public void close() {
        app.stop();
        workers.stop(Duration.ofSeconds(5));
        store.close();
    }
}
