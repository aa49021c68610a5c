package io.bora.actions.std;

import io.bora.actions.ActionContext;
import io.bora.actions.ActionRegistry;
import io.bora.actions.ActionResult;
import io.bora.actions.ActionType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HttpActionTest {

    private final ActionRegistry registry = ActionRegistry.standard();
    private final FixtureHttpServer server = FixtureHttpServer.http();
    private final ActionContext context = new ActionContext("ae-1", "te-1", "t1", "wfe-1", "wf", "http://bora:8989/v2/action_executions/ae-1", null, () -> false);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void signatureIsMistrals() {
        assertThat(registry.find("std.http").orElseThrow().signature()).isEqualTo(
                "url, method=\"GET\", params=null, body=null, json=null, headers=null, cookies=null, auth=null,"
                        + " timeout=null, allow_redirects=null, proxies=null, verify=null");
    }

    @Test
    void getJsonDocumentGivesParsedContentAndResponseDetails() throws Exception {
        Map<String, Object> result = success(http(Map.of("url", server.url("/fixed"))));
        assertThat(result).containsEntry("status", 200L).containsEntry("reason", "OK")
                .containsEntry("url", server.url("/fixed")).containsEntry("encoding", "utf-8")
                .containsEntry("history", List.of()).containsKey("elapsed").containsKey("cookies");
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) result.get("content");
        assertThat(content).containsEntry("hello", "world").containsEntry("n", 2L)
                .containsEntry("items", List.of(1L, 2L, 3L)).containsEntry("f", 1.5)
                .containsEntry("big", new java.math.BigInteger("12345678901234567890"));
        assertThat(headers(result)).containsEntry("Content-Type", "application/json");
        assertThat(server.next().method()).isEqualTo("GET");
    }

    @Test
    void textBodyIsDecodedWithItsCharset() throws Exception {
        assertThat(success(http(Map.of("url", server.url("/text")))))
                .containsEntry("content", "plain text body \u00e9").containsEntry("encoding", "utf-8");
        // text/* without charset is ISO-8859-1, as requests assumes
        assertThat(success(http(Map.of("url", server.url("/latin")))))
                .containsEntry("content", "caf\u00e9").containsEntry("encoding", "ISO-8859-1");
    }

    @Test
    void postSendsJsonHeadersAndQueryParams() throws Exception {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("url", server.url("/echo/items"));
        input.put("method", "post");
        input.put("json", Map.of("name", "widget"));
        input.put("headers", Map.of("X-Count", 5L, "X-Name", "five"));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("a", 1L);
        params.put("b", List.of("x", "y z"));
        input.put("params", params);
        Map<String, Object> result = success(http(input));
        FixtureHttpServer.Received got = server.next();
        assertThat(got.method()).isEqualTo("POST");
        assertThat(got.uri()).isEqualTo("/echo/items?a=1&b=x&b=y+z");
        assertThat(got.header("Content-Type")).isEqualTo("application/json");
        assertThat(got.header("X-Count")).isEqualTo("5");
        assertThat(got.body()).isEqualTo("{\"name\": \"widget\"}");
        assertThat(result.get("url")).isEqualTo(server.url("/echo/items?a=1&b=x&b=y+z"));
    }

    @Test
    void mapBodyIsSentAsJsonTextWithoutContentType() throws Exception {
        success(http(Map.of("url", server.url("/echo"), "method", "PUT", "body", Map.of("k", "v"))));
        FixtureHttpServer.Received got = server.next();
        assertThat(got.body()).isEqualTo("{\"k\": \"v\"}");
        assertThat(got.header("Content-Type")).isNull();
    }

    @Test
    void bodyAndJsonTogetherAreRejected() throws Exception {
        assertThat(failureText(http(Map.of("url", server.url("/echo"), "body", "a", "json", Map.of("b", 1L)))))
                .contains("msg='Only one of the parameters 'json' and 'body' can be passed'");
    }

    @Test
    void nonSuccessStatusIsFailureCarryingTheResultMap() throws Exception {
        ActionResult result = http(Map.of("url", server.url("/status/404")));
        assertThat(result).isInstanceOf(ActionResult.Failure.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> error = (Map<String, Object>) ((ActionResult.Failure) result).error();
        assertThat(error).containsEntry("status", 404L).containsEntry("reason", "Not Found")
                .containsEntry("content", Map.of("status", 404L, "error", "fixture error"));
        assertThat(http(Map.of("url", server.url("/status/500")))).isInstanceOf(ActionResult.Failure.class);
        assertThat(http(Map.of("url", server.url("/status/204")))).isInstanceOf(ActionResult.Success.class);
    }

    @Test
    void redirectsAreNotFollowedUnlessAsked() throws Exception {
        Map<String, Object> notFollowed = success(http(Map.of("url", server.url("/redirect"))));
        assertThat(notFollowed).containsEntry("status", 302L).containsEntry("url", server.url("/redirect"))
                .containsEntry("content", Map.of("redirect", "/fixed")).containsEntry("history", List.of());

        Map<String, Object> followed = success(http(Map.of("url", server.url("/redirect"), "allow_redirects", true)));
        assertThat(followed).containsEntry("status", 200L).containsEntry("url", server.url("/fixed"))
                .containsEntry("history", List.of("<Response [302]>"));
    }

    @Test
    void authStringAndListSendBasicAuth() throws Exception {
        success(http(Map.of("url", server.url("/echo"), "auth", "conf:secret")));
        assertThat(server.next().header("Authorization")).isEqualTo("Basic Y29uZjpzZWNyZXQ=");
        success(http(Map.of("url", server.url("/echo"), "auth", List.of("conf", "secret"))));
        assertThat(server.next().header("Authorization")).isEqualTo("Basic Y29uZjpzZWNyZXQ=");
    }

    @Test
    void credentialsAreNotForwardedToAnotherHost() throws Exception {
        Map<String, Object> result = success(http(Map.of("url", server.url("/elsewhere"), "allow_redirects", true,
                "auth", "conf:secret")));
        assertThat(result).containsEntry("url", "http://localhost:" + server.port() + "/echo");
        assertThat(server.next().header("Authorization")).isEqualTo("Basic Y29uZjpzZWNyZXQ=");
        assertThat(server.next().header("Authorization")).isNull();
    }

    @Test
    void cookiesAreSentAndReceived() throws Exception {
        Map<String, Object> result = success(http(Map.of("url", server.url("/cookie"), "cookies", Map.of("a", "1"))));
        assertThat(server.next().header("Cookie")).isEqualTo("a=1");
        assertThat(result).containsEntry("cookies", Map.of("session", "abc123"));
        assertThat(headers(result)).containsEntry("X-Multi", "a, b");
    }

    @Test
    void refusedConnectionFailsWithTheExceptionText() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String text = failureText(http(Map.of("url", "http://127.0.0.1:" + closedPort + "/x")));
        assertThat(text).startsWith("The action raised an exception [action=<mistral.actions.std_actions.HTTPAction object at 0x")
                .contains("action_ex_id=ae-1, msg='Failed to send HTTP request: HTTPConnectionPool(host='127.0.0.1', port=" + closedPort + ")")
                .contains("Connection refused");
    }

    @Test
    void slowServerHitsTheTimeout() throws Exception {
        String text = failureText(http(Map.of("url", server.url("/hang"), "timeout", 0.3)));
        assertThat(text).contains("msg='Failed to send HTTP request: HTTPConnectionPool(host='127.0.0.1', port="
                + server.port() + "): Read timed out. (read timeout=0.3)'");
    }

    @Test
    void bodyThatStopsFlowingHitsTheReadTimeout() throws Exception {
        String text = failureText(http(Map.of("url", server.url("/stall"), "timeout", 0.3)));
        assertThat(text).contains("msg='Failed to send HTTP request: HTTPConnectionPool(host='127.0.0.1', port="
                + server.port() + "): Read timed out. (read timeout=0.3)'");
    }

    @Test
    void oversizedBodyIsRefusedWithTheLimit() throws Exception {
        ActionType small = ActionRegistry.of(List.of(new HttpAction(1000))).find("std.http").orElseThrow();
        ActionResult result = small.run(ActionRegistry.check(small, Map.of("url", server.url("/big"))), context);
        assertThat(failureText(result))
                .contains("msg='Failed to send HTTP request: the response body is larger than the limit of 1000 bytes'");
    }

    @Test
    void gzipResponsesAreDecoded() throws Exception {
        Map<String, Object> result = success(http(Map.of("url", server.url("/gzip"), "headers", Map.of("Accept-Encoding", "gzip"))));
        assertThat(result).containsEntry("content", Map.of("zipped", true));
        assertThat(server.next().header("Accept-Encoding")).isEqualTo("gzip");
    }

    @Test
    void missingSchemeIsReported() throws Exception {
        assertThat(failureText(http(Map.of("url", "example.org/x"))))
                .contains("msg='Invalid URL 'example.org/x': No scheme supplied.");
    }

    @Test
    void proxiesRouteThePlainHttpRequestThroughTheProxy() throws Exception {
        Map<String, Object> result = success(http(Map.of("url", "http://service.invalid/via",
                "proxies", Map.of("http", "http://127.0.0.1:" + server.port()))));
        assertThat(result).containsEntry("status", 200L);
        FixtureHttpServer.Received got = server.next();
        assertThat(got.uri()).isEqualTo("http://service.invalid/via");
    }

    @Test
    void mistralHttpSendsCallbackHeadersAndStaysPending() throws Exception {
        ActionType type = registry.find("std.mistral_http").orElseThrow();
        assertThat(type.async()).isTrue();
        ActionResult result = type.run(registry.prepareInput(type, Map.of("url", server.url("/echo"))), context);
        assertThat(result).isInstanceOf(ActionResult.Pending.class);
        FixtureHttpServer.Received got = server.next();
        assertThat(got.header("Mistral-Action-Execution-Id")).isEqualTo("ae-1");
        assertThat(got.header("Mistral-Task-Id")).isEqualTo("te-1");
        assertThat(got.header("Mistral-Workflow-Execution-Id")).isEqualTo("wfe-1");
        assertThat(got.header("Mistral-Workflow-Name")).isEqualTo("wf");
        assertThat(got.header("Mistral-Callback-URL")).isEqualTo("http://bora:8989/v2/action_executions/ae-1");

        ActionResult failed = type.run(registry.prepareInput(type, Map.of("url", server.url("/status/500"))), context);
        assertThat(failed).isInstanceOf(ActionResult.Failure.class);
    }

    private ActionResult http(Map<String, Object> input) throws InterruptedException {
        ActionType type = registry.find("std.http").orElseThrow();
        return type.run(registry.prepareInput(type, input), context);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> success(ActionResult result) {
        assertThat(result).isInstanceOf(ActionResult.Success.class);
        return (Map<String, Object>) ((ActionResult.Success) result).value();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> headers(Map<String, Object> result) {
        return (Map<String, Object>) result.get("headers");
    }

    private static String failureText(ActionResult result) {
        assertThat(result).isInstanceOf(ActionResult.Failure.class);
        return (String) ((ActionResult.Failure) result).error();
    }
}
