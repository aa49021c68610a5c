package io.bora.it.cluster;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The outside world of the chaos tests: an HTTP server that counts calls per idempotency key.
 * {@code /count/<key>} always answers 200; {@code /flaky/<key>} answers 500 to the first call
 * of a key and 200 afterwards (so that a retry policy has something to do).
 */
final class CallCounter implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    CallCounter() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/count/", ex -> {
            count(ex, "/count/");
            answer(ex, 200);
        });
        server.createContext("/flaky/", ex -> answer(ex, count(ex, "/flaky/") == 1 ? 500 : 200));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private int count(HttpExchange ex, String prefix) {
        String key = ex.getRequestURI().getPath().substring(prefix.length());
        return calls.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    private static void answer(HttpExchange ex, int status) throws IOException {
        byte[] body = ("{\"status\": " + status + "}").getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    /** Calls received so far for {@code key}. */
    int calls(String key) {
        AtomicInteger n = calls.get(key);
        return n == null ? 0 : n.get();
    }

    Map<String, Integer> snapshot() {
        Map<String, Integer> copy = new java.util.TreeMap<>();
        calls.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    int total() {
        return calls.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
