package io.bora.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server on a free port answering canned Mistral-shaped responses, and recording every request
 * (method, decoded path and query, content type, body) so tests can check what the CLI sent.
 */
final class FakeMistral implements AutoCloseable {
    record Request(String method, String path, Map<String, String> query, String contentType, String body) {
    }

    private record Reply(int status, String contentType, String body) {
    }

    private final HttpServer server;
    private final Map<String, Reply> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    FakeMistral() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers {@code method path} (decoded path, no query) with a JSON body. */
    FakeMistral json(String method, String path, int status, String body) {
        routes.put(method + " " + path, new Reply(status, "application/json", body));
        return this;
    }

    FakeMistral text(String method, String path, int status, String body) {
        routes.put(method + " " + path, new Reply(status, "text/plain", body));
        return this;
    }

    List<Request> requests() {
        return requests;
    }

    Request last() {
        if (requests.isEmpty()) {
            throw new AssertionError("the CLI sent no request");
        }
        return requests.get(requests.size() - 1);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        requests.add(new Request(exchange.getRequestMethod(), path, query(exchange.getRequestURI().getRawQuery()),
                exchange.getRequestHeaders().getFirst("Content-Type"), body));
        Reply reply = routes.getOrDefault(exchange.getRequestMethod() + " " + path, new Reply(404, "application/json",
                "{\"faultcode\": \"Client\", \"faultstring\": \"No route " + path + "\", \"debuginfo\": null}"));
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(key, value);
        }
        return params;
    }

    @Override
    public void close() {
        // HttpServer.stop waits for its dispatcher's next wake-up (about a second); nothing needs that wait.
        Thread.ofVirtual().start(() -> server.stop(0));
    }

    static List<String> keys(Map<String, String> query) {
        return new ArrayList<>(query.keySet());
    }
}
