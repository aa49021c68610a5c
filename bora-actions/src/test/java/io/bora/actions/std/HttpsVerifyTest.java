package io.bora.actions.std;

import io.bora.actions.ActionContext;
import io.bora.actions.ActionRegistry;
import io.bora.actions.ActionResult;
import io.bora.actions.ActionType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** std.http's {@code verify} against a real HTTPS server whose self-signed certificate keytool makes. */
class HttpsVerifyTest {

    private static FixtureHttpServer server;
    private static Path caBundle;

    private final ActionRegistry registry = ActionRegistry.standard();

    @BeforeAll
    static void startHttps() throws Exception {
        TestCertificates tls = TestCertificates.get();
        caBundle = tls.caBundle;
        server = FixtureHttpServer.https(tls.serverContext);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void untrustedCertificateIsRefusedByDefault() throws Exception {
        ActionResult result = http(Map.of("url", server.url("/fixed")));
        assertThat(result).isInstanceOf(ActionResult.Failure.class);
        assertThat((String) ((ActionResult.Failure) result).error())
                .contains("msg='Failed to send HTTP request: HTTPSConnectionPool(host='localhost', port=" + server.port() + ")")
                .contains("SSLError");
    }

    @Test
    void verifyFalseAcceptsAnyCertificate() throws Exception {
        assertThat(http(Map.of("url", server.url("/fixed"), "verify", false))).isInstanceOf(ActionResult.Success.class);
    }

    @Test
    void verifyCanNameACaBundle() throws Exception {
        ActionResult result = http(Map.of("url", server.url("/fixed"), "verify", caBundle.toString()));
        assertThat(result).isInstanceOf(ActionResult.Success.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) ((ActionResult.Success) result).value();
        assertThat(map).containsEntry("status", 200L);
    }

    private ActionResult http(Map<String, Object> input) throws InterruptedException {
        ActionType type = registry.find("std.http").orElseThrow();
        return type.run(registry.prepareInput(type, input), ActionContext.standalone("ae-tls"));
    }
}
