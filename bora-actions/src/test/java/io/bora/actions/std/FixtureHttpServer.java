package io.bora.actions.std;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A real HTTP(S) server on a free local port for std.http tests. Every request is recorded;
 * fixed routes answer like the conformance fixture (/fixed, /text, /status/N, /redirect, /hang).
 */
final class FixtureHttpServer implements AutoCloseable {

    record Received(String method, String uri, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    /** Released when the test is done, so /hang can outlive a client timeout without sleeping. */
    final CountDownLatch release = new CountDownLatch(1);

    private FixtureHttpServer(HttpServer server) {
        this.server = server;
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    static FixtureHttpServer http() {
        try {
            return new FixtureHttpServer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FixtureHttpServer https(SSLContext tls) {
        try {
            HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(tls));
            return new FixtureHttpServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path) {
        String scheme = server instanceof HttpsServer ? "https" : "http";
        String host = server instanceof HttpsServer ? "localhost" : "127.0.0.1";
        return scheme + "://" + host + ":" + server.getAddress().getPort() + path;
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                Map.copyOf(exchange.getRequestHeaders()), body));
        String path = exchange.getRequestURI().getPath();
        Headers out = exchange.getResponseHeaders();
        switch (path) {
            case "/fixed" -> send(exchange, 200, "application/json", "{\"hello\": \"world\", \"n\": 2, \"items\": [1, 2, 3], \"big\": 12345678901234567890, \"f\": 1.5}");
            case "/text" -> send(exchange, 200, "text/plain; charset=utf-8", "plain text body \u00e9");
            case "/latin" -> send(exchange, 200, "text/plain", "caf\u00e9");
            case "/redirect" -> {
                out.add("Location", "/fixed");
                send(exchange, 302, "application/json", "{\"redirect\": \"/fixed\"}");
            }
            case "/elsewhere" -> {
                // same server, other host name: localhost instead of 127.0.0.1
                out.add("Location", "http://localhost:" + port() + "/echo");
                send(exchange, 302, "text/plain", "moved");
            }
            case "/cookie" -> {
                out.add("Set-Cookie", "session=abc123; Path=/");
                out.add("X-Multi", "a");
                out.add("X-Multi", "b");
                send(exchange, 200, "text/plain", "ok");
            }
            case "/stall" -> {
                // headers and the first bytes, then silence
                exchange.getResponseHeaders().add("Content-Type", "text/plain");
                exchange.sendResponseHeaders(200, 1000);
                exchange.getResponseBody().write("partial".getBytes(StandardCharsets.UTF_8));
                exchange.getResponseBody().flush();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.close();
            }
            case "/gzip" -> {
                java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream();
                try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(packed)) {
                    gzip.write("{\"zipped\": true}".getBytes(StandardCharsets.UTF_8));
                }
                byte[] bytes = packed.toByteArray();
                out.add("Content-Type", "application/json");
                out.add("Content-Encoding", "gzip");
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            }
            case "/big" -> send(exchange, 200, "text/plain", "x".repeat(5000));
            case "/hang" -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(exchange, 200, "text/plain", "late");
            }
            default -> {
                if (path.startsWith("/status/")) {
                    int code = Integer.parseInt(path.substring(8));
                    send(exchange, code, "application/json", "{\"status\": " + code + ", \"error\": \"fixture error\"}");
                } else {
                    send(exchange, 200, "text/plain", "echo");
                }
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(type.contains("utf-8") || type.contains("json") ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    Received next() throws InterruptedException {
        Received r = received.poll(10, java.util.concurrent.TimeUnit.SECONDS);
        if (r == null) {
            throw new AssertionError("the server received no request");
        }
        return r;
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}
