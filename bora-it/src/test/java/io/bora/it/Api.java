package io.bora.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small client of Bora's REST API v2 for black-box tests. */
public final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String root;

    public Api(String url) {
        this.root = url.endsWith("/v2") ? url : url + "/v2";
    }

    public record Response(int status, JsonNode body) {
    }

    public Response send(String method, String path, String contentType, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(30));
        HttpRequest.BodyPublisher pub = body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
        if (contentType != null) b.header("Content-Type", contentType);
        HttpResponse<String> r = http.send(b.method(method, pub).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode node = r.body() == null || r.body().isBlank() ? null : JSON.readTree(r.body());
        return new Response(r.statusCode(), node);
    }

    public JsonNode createWorkflows(String yaml) throws IOException, InterruptedException {
        return expect(send("POST", "/workflows", "text/plain", yaml), 201);
    }

    public JsonNode startExecution(String workflow, Map<String, Object> input) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("workflow_name", workflow, "input", JSON.writeValueAsString(input)));
        return expect(send("POST", "/executions", "application/json", body), 201);
    }

    public JsonNode execution(String id) throws IOException, InterruptedException {
        return expect(send("GET", "/executions/" + id, null, null), 200);
    }

    public JsonNode tasks(String executionId) throws IOException, InterruptedException {
        return expect(send("GET", "/tasks?workflow_execution_id=" + executionId, null, null), 200).get("tasks");
    }

    private static JsonNode expect(Response r, int status) {
        if (r.status() != status) throw new AssertionError("expected " + status + " but got " + r.status() + ": " + r.body());
        return r.body();
    }
}
