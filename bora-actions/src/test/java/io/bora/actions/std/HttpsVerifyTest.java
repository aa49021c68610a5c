package io.bora.actions.std;

import io.bora.actions.ActionContext;
import io.bora.actions.ActionRegistry;
import io.bora.actions.ActionResult;
import io.bora.actions.ActionType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** std.http's {@code verify} against a real HTTPS server whose self-signed certificate keytool makes. */
class HttpsVerifyTest {

    @TempDir
    static Path dir;
    private static FixtureHttpServer server;
    private static Path caBundle;

    private final ActionRegistry registry = ActionRegistry.standard();

    @BeforeAll
    static void startHttps() throws Exception {
        Path keystore = dir.resolve("server.p12");
        caBundle = dir.resolve("ca.pem");
        keytool("-genkeypair", "-alias", "srv", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", "changeit", "-keypass", "changeit");
        keytool("-exportcert", "-rfc", "-alias", "srv", "-keystore", keystore.toString(), "-storepass", "changeit",
                "-file", caBundle.toString());
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        server = FixtureHttpServer.https(tls);
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

    private static void keytool(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isZero();
    }
}
