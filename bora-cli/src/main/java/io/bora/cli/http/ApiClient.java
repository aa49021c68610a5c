package io.bora.cli.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The only way the CLI reaches the server: plain HTTP/1.1 calls against the REST API.
 * Paths are absolute from the server root ("/v2/workbooks"), so v1 and v2 share one client.
 */
public final class ApiClient {
    public static final ObjectMapper JSON = new ObjectMapper();

    private final String root;
    private final HttpClient http;

    /** @param root server root without the API version, e.g. {@code http://127.0.0.1:8989} */
    public ApiClient(String root) {
        this.root = root;
        // HTTP/1.1 on purpose: the default h2c upgrade attempt confuses some servers.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public String root() {
        return root;
    }

    public JsonNode get(String path, Query query) {
        return json(send(request(path, query).GET()));
    }

    /** GET of a text resource (the v1 definition endpoint answers text/plain). */
    public String getText(String path) {
        return send(request(path, Query.of()).GET()).body();
    }

    public JsonNode postJson(String path, Query query, JsonNode body) {
        return json(send(withJson(request(path, query), "POST", body)));
    }

    public JsonNode putJson(String path, Query query, JsonNode body) {
        return json(send(withJson(request(path, query), "PUT", body)));
    }

    /** Definitions travel as the raw text with Content-Type text/plain, as Mistral requires. */
    public JsonNode postText(String path, Query query, String text) {
        return json(send(withText(request(path, query), "POST", text)));
    }

    public JsonNode putText(String path, Query query, String text) {
        return json(send(withText(request(path, query), "PUT", text)));
    }

    /** PUT of text answered with text (the v1 definition endpoint). */
    public String putTextForText(String path, String text) {
        return send(withText(request(path, Query.of()), "PUT", text)).body();
    }

    public void delete(String path, Query query) {
        send(request(path, query).DELETE());
    }

    private HttpRequest.Builder request(String path, Query query) {
        return HttpRequest.newBuilder(URI.create(root + path + query.toQueryString()))
                .timeout(Duration.ofMinutes(5));
    }

    private static HttpRequest.Builder withJson(HttpRequest.Builder b, String method, JsonNode body) {
        return b.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder withText(HttpRequest.Builder b, String method, String text) {
        return b.header("Content-Type", "text/plain")
                .method(method, HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException e) {
            throw new ApiException(0, "Unable to connect to " + root + " (is the server running? set --url or BORA_URL)");
        } catch (IOException e) {
            throw new ApiException(0, "Request to " + request.uri() + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(0, "Interrupted while waiting for " + request.uri());
        }
        if (response.statusCode() >= 400) {
            throw new ApiException(response.statusCode(), errorMessage(response));
        }
        return response;
    }

    /** The server's faultstring when it sent one, else whatever text came back. */
    static String errorMessage(HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body().strip();
        try {
            JsonNode node = JSON.readTree(body);
            if (node != null && node.hasNonNull("faultstring")) {
                return node.get("faultstring").asText();
            }
            if (node != null && node.hasNonNull("error")) {
                return node.get("error").asText();
            }
        } catch (JsonProcessingException notJson) {
            // fall through to the raw body
        }
        return body.isEmpty() ? "HTTP " + response.statusCode() + " from " + response.uri() : body;
    }

    private static JsonNode json(HttpResponse<String> response) {
        String body = response.body();
        if (body == null || body.isBlank()) {
            return NullNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiException(response.statusCode(),
                    "Server answered " + response.uri() + " with a body that is not JSON: " + abbreviate(body));
        }
    }

    private static String abbreviate(String s) {
        String one = s.strip().replace('\n', ' ');
        return one.length() > 200 ? one.substring(0, 200) + "..." : one;
    }
}
