package io.bora.it.conformance;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The only network peer of the std.http cases, on a free loopback port: the endpoints of the
 * conformance README's fixture table, answering what the reference runner's fixture answers.
 */
final class HttpFixture implements AutoCloseable {
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH");
    private static final Map<String, Object> FIXED_DOC = fixedDoc();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    /** /flaky counters, kept for the life of the run as the README says. */
    private final Map<String, AtomicInteger> flakyCalls = new ConcurrentHashMap<>();

    private HttpFixture(HttpServer server) {
        this.server = server;
    }

    static HttpFixture start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        HttpFixture fixture = new HttpFixture(server);
        server.createContext("/", fixture::handle);
        // /slow blocks its thread, so every request gets its own
        server.setExecutor(fixture.threads);
        server.start();
        return fixture;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!METHODS.contains(ex.getRequestMethod())) {
                send(ex, 501, Map.of("error", "unsupported method"));
                return;
            }
            route(ex);
        } catch (RuntimeException | InterruptedException e) {
            // A malformed path (e.g. /slow/abc) drops the connection, as the Python handler does.
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
        }
    }

    private void route(HttpExchange ex) throws IOException, InterruptedException {
        String path = ex.getRequestURI().getRawPath();
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) if (!p.isEmpty()) parts.add(p);
        byte[] raw = ex.getRequestBody().readAllBytes();
        if (path.equals("/fixed")) {
            send(ex, 200, FIXED_DOC);
        } else if (path.equals("/items")) {
            send(ex, 200, List.of("alpha", "beta", "gamma"));
        } else if (path.equals("/text")) {
            sendBytes(ex, 200, "text/plain", "plain text body".getBytes(StandardCharsets.UTF_8), Map.of());
        } else if (!parts.isEmpty() && parts.get(0).equals("echo")) {
            send(ex, 200, echo(ex, path, raw));
        } else if (parts.size() == 2 && parts.get(0).equals("status") && isDigits(parts.get(1))) {
            int code = Integer.parseInt(parts.get(1));
            send(ex, code, ordered("status", code, "error", "fixture error"));
        } else if (parts.size() == 2 && parts.get(0).equals("slow")) {
            double seconds = Double.parseDouble(parts.get(1));
            // the endpoint's whole purpose is a slow answer
            Thread.sleep((long) (seconds * 1000));
            send(ex, 200, Map.of("slept", parts.get(1)));
        } else if (parts.size() == 3 && parts.get(0).equals("flaky") && isDigits(parts.get(2))) {
            String key = parts.get(1);
            int failures = Integer.parseInt(parts.get(2));
            int attempt = flakyCalls.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            if (attempt <= failures) send(ex, 503, Map.of("attempt", attempt));
            else send(ex, 200, ordered("attempt", attempt, "key", key));
        } else if (path.equals("/redirect")) {
            ex.getResponseHeaders().add("Location", "/fixed");
            send(ex, 302, Map.of("redirect", "/fixed"));
        } else {
            send(ex, 404, ordered("error", "not found", "path", path));
        }
    }

    private static Map<String, Object> echo(HttpExchange ex, String path, byte[] raw) {
        Map<String, Object> headers = new LinkedHashMap<>();
        ex.getRequestHeaders().forEach((name, values) -> {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            String value = values.get(values.size() - 1);
            if (lower.equals("content-type")) headers.put(lower, value.split(";", -1)[0].strip());
            else if (lower.startsWith("x-") || lower.equals("authorization")) headers.put(lower, value);
        });
        Object body = null;
        if (raw.length > 0) body = PyJson.parseIfJson(new String(raw, StandardCharsets.UTF_8));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("method", ex.getRequestMethod());
        out.put("path", path);
        out.put("query", query(ex.getRequestURI().getRawQuery()));
        out.put("headers", headers);
        out.put("body", body);
        return out;
    }

    /** parse_qs(keep_blank_values=True): one value stays a string, repeated keys become a list. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> query(String raw) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) return out;
        for (String field : raw.split("&")) {
            if (field.isEmpty()) continue;
            int eq = field.indexOf('=');
            String key = decode(eq < 0 ? field : field.substring(0, eq));
            String value = eq < 0 ? "" : decode(field.substring(eq + 1));
            Object seen = out.get(key);
            if (seen == null) {
                out.put(key, value);
            } else if (seen instanceof List<?> list) {
                ((List<Object>) list).add(value);
            } else {
                out.put(key, new ArrayList<>(List.of(seen, value)));
            }
        }
        return out;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }

    private static void send(HttpExchange ex, int status, Object payload) throws IOException {
        sendBytes(ex, status, "application/json", PyJson.canonUnsorted(payload).getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private static void sendBytes(HttpExchange ex, int status, String contentType, byte[] body, Map<String, String> extra)
            throws IOException {
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.getResponseHeaders().set("Server", "ConformanceFixture/1.0");
        extra.forEach(ex.getResponseHeaders()::set);
        boolean noBody = status == 204 || status == 304 || (status >= 100 && status < 200) || ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    private static Map<String, Object> fixedDoc() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("flag", true);
        nested.put("none", null);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("hello", "world");
        doc.put("n", 2);
        doc.put("items", List.of(1, 2, 3));
        doc.put("nested", nested);
        return doc;
    }
}
