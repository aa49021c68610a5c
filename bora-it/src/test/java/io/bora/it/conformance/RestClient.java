package io.bora.it.conformance;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The REST v2 calls of the runner, answering parsed JSON (or the raw text when the body is not
 * JSON) as plain maps and lists. Definitions go as text/plain, everything else as JSON; no Accept
 * header, as the reference runner and python-mistralclient send none.
 */
final class RestClient {
    /** A transport failure or an unexpected status: the case fails with "API error". */
    static final class ApiError extends Exception {
        ApiError(String message) {
            super(message);
        }
    }

    record Reply(int status, Object body) {
    }

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String base;

    RestClient(String url) {
        String u = url.replaceAll("/+$", "");
        this.base = u.endsWith("/v2") ? u : u + "/v2";
    }

    Reply call(String method, String path, Object body, boolean text) throws ApiError, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.noBody();
        if (body != null) {
            String payload = text ? (String) body : PyJson.write(body);
            publisher = HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8);
            b.header("Content-Type", text ? "text/plain" : "application/json");
        }
        HttpResponse<String> r;
        try {
            r = http.send(b.method(method, publisher).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ApiError(method + " " + path + ": " + e);
        }
        String raw = r.body();
        Object js = raw == null || raw.isEmpty() ? null : PyJson.parseIfJson(raw);
        return new Reply(r.statusCode(), js);
    }

    Reply call(String method, String path, Object body) throws ApiError, InterruptedException {
        return call(method, path, body, false);
    }

    /** A call that must succeed (status below 300). */
    Object ok(String method, String path) throws ApiError, InterruptedException {
        Reply r = call(method, path, null, false);
        if (r.status() >= 300) {
            throw new ApiError(method + " " + path + " -> " + r.status() + " " + ViewDiff.shorten(fault(r.body()), 300));
        }
        return r.body();
    }

    static String query(String key, String value) {
        return "?" + URLEncoder.encode(key, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The error text of an error body, as the reference runner picks it. */
    static Object fault(Object body) {
        if (body instanceof java.util.Map<?, ?> m) {
            for (String k : new String[]{"faultstring", "error", "message", "title"}) {
                if (m.containsKey(k)) return m.get(k);
            }
        }
        return body;
    }
}
