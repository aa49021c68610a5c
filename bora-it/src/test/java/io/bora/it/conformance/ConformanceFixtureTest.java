package io.bora.it.conformance;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP fixture answers the conformance README's endpoint table. */
class ConformanceFixtureTest {
    private static HttpFixture fixture;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() throws Exception {
        fixture = HttpFixture.start();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fixture.url() + path));
        if (contentType != null) b.header("Content-Type", contentType);
        b.header("X-Request-Id", "abc-123").header("Authorization", "Bearer t").header("Accept", "*/*");
        HttpRequest.BodyPublisher p = body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
        return http.send(b.method(method, p).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void fixedItemsAndText() throws Exception {
        HttpResponse<String> fixed = send("GET", "/fixed", null, null);
        assertThat(fixed.statusCode()).isEqualTo(200);
        assertThat(fixed.headers().firstValue("content-type")).hasValue("application/json");
        assertThat(PyJson.canon(PyJson.parse(fixed.body())))
                .isEqualTo("{\"hello\": \"world\", \"items\": [1, 2, 3], \"n\": 2, \"nested\": {\"flag\": true, \"none\": null}}");
        assertThat(PyJson.parse(send("GET", "/items", null, null).body())).isEqualTo(List.of("alpha", "beta", "gamma"));
        HttpResponse<String> text = send("GET", "/text", null, null);
        assertThat(text.headers().firstValue("content-type")).hasValue("text/plain");
        assertThat(text.body()).isEqualTo("plain text body");
    }

    @Test
    void echoReportsMethodPathQuerySelectedHeadersAndBody() throws Exception {
        HttpResponse<String> r = send("POST", "/echo/items?verbose=1&b=x&b=y&blank", "application/json; charset=utf-8",
                "{\"name\": \"widget\", \"qty\": 3}");
        Map<String, Object> echo = Py.map(PyJson.parse(r.body()));
        assertThat(echo.get("method")).isEqualTo("POST");
        assertThat(echo.get("path")).isEqualTo("/echo/items");
        assertThat(echo.get("query")).isEqualTo(Map.of("verbose", "1", "b", List.of("x", "y"), "blank", ""));
        assertThat(echo.get("headers")).isEqualTo(Map.of("content-type", "application/json",
                "x-request-id", "abc-123", "authorization", "Bearer t"));
        assertThat(echo.get("body")).isEqualTo(Map.of("name", "widget", "qty", 3));
        assertThat(Py.map(PyJson.parse(send("PUT", "/echo", "text/plain", "hi").body())).get("body")).isEqualTo("hi");
        assertThat(Py.map(PyJson.parse(send("GET", "/echo", null, null).body())).get("body")).isNull();
    }

    @Test
    void statusFlakyRedirectAndNotFound() throws Exception {
        HttpResponse<String> status = send("GET", "/status/404", null, null);
        assertThat(status.statusCode()).isEqualTo(404);
        assertThat(PyJson.parse(status.body())).isEqualTo(Map.of("status", 404, "error", "fixture error"));

        assertThat(send("GET", "/flaky/fixture_test/2", null, null).statusCode()).isEqualTo(503);
        HttpResponse<String> second = send("GET", "/flaky/fixture_test/2", null, null);
        assertThat(PyJson.parse(second.body())).isEqualTo(Map.of("attempt", 2));
        HttpResponse<String> third = send("GET", "/flaky/fixture_test/2", null, null);
        assertThat(third.statusCode()).isEqualTo(200);
        assertThat(PyJson.parse(third.body())).isEqualTo(Map.of("attempt", 3, "key", "fixture_test"));

        HttpResponse<String> redirect = send("GET", "/redirect", null, null);
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("location")).hasValue("/fixed");

        HttpResponse<String> missing = send("GET", "/nowhere", null, null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(PyJson.parse(missing.body())).isEqualTo(Map.of("error", "not found", "path", "/nowhere"));
        assertThat(PyJson.parse(send("GET", "/slow/0.01", null, null).body())).isEqualTo(Map.of("slept", "0.01"));
    }
}
